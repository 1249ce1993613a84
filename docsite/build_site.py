"""Stage the documentation site's sources and its MkDocs configuration (``make docs``).

Usage: build_site.py --root REPO --stage DIR --site DIR

The site holds the guides (README.md as the home page, docs/*.md, CHANGES.md and docs/changes/)
and the generated package's API reference, read from its docstrings by mkdocstrings (griffe, as
the change report reads the package): a page per resource module
(``realtimekit_client/resources/*.py``), one for the client classes, one for the models and one
for the errors. The guides are written for reading in the repository, so their relative links
name repository paths (``docs/maintaining.md``, ``../README.md``); each one that points to a page
of the site is rewritten to that page. A link to anything else is left as it is, and MkDocs
(``--strict``, with anchors checked) then fails the build on it.

The stage folder (``.docs-src/``) and the site (``site/``) are build output, outside the sources
and gitignored; ``mkdocs build --strict -f STAGE/mkdocs.yml`` builds the site from them.
"""

from __future__ import annotations

import argparse
import ast
import os
import posixpath
import re
import shutil
from pathlib import Path
from typing import Any

import yaml

PACKAGE = "realtimekit_client"
# A markdown link's target: ``[text](target)``; the target has no spaces or parentheses here.
_LINK = re.compile(r"(\]\()([^)\s]+)(\))")
_EXTERNAL = re.compile(r"^([a-z][a-z0-9+.-]*:|#|/)", re.IGNORECASE)
# A code fence whose info string has words after the language (```` ```text output ````, the
# marker of tests/readme_blocks.py): Python-Markdown reads no fence there.
_FENCE_WITH_WORDS = re.compile(r"^(\s*```+[\w-]+)[ \t]+\S.*$", re.MULTILINE)


def guide_pages(root: Path) -> dict[str, str]:
    """Each guide's repository path (posix, relative to ``root``) -> its path in the site."""
    pages = {"README.md": "index.md", "CHANGES.md": "CHANGES.md"}
    pages |= {f"docs/{path.name}": path.name for path in sorted((root / "docs").glob("*.md"))}
    changes = root / "docs" / "changes"
    pages |= {f"docs/changes/{path.name}": f"changes/{path.name}" for path in sorted(changes.glob("*.md"))}
    return pages


def plain_fences(text: str) -> str:
    """``text`` with each code fence's info string cut to its language (```` ```text ````)."""
    return _FENCE_WITH_WORDS.sub(r"\1", text)


def rewrite_links(text: str, source: str, pages: dict[str, str]) -> str:
    """``text`` of the guide at repository path ``source``, each relative link to another guide
    pointing to that guide's page in the site; every other link unchanged."""
    here = posixpath.dirname(source)
    target_dir = posixpath.dirname(pages[source])

    def replace(match: re.Match[str]) -> str:
        target = match.group(2)
        if _EXTERNAL.match(target):
            return match.group(0)
        path, hash_, anchor = target.partition("#")
        repository_path = posixpath.normpath(posixpath.join(here, path))
        if repository_path not in pages:
            return match.group(0)
        relative = posixpath.relpath(pages[repository_path], target_dir or ".")
        return f"{match.group(1)}{relative}{hash_}{anchor}{match.group(3)}"

    return _LINK.sub(replace, text)


def public_classes(module: Path) -> list[str]:
    """The public classes a module defines (``class Name``, not starting with ``_``), in order."""
    tree = ast.parse(module.read_text(encoding="utf-8"))
    return [
        node.name for node in tree.body if isinstance(node, ast.ClassDef) and not node.name.startswith("_")
    ]


def directive(identifier: str, heading_level: int = 2) -> str:
    """An mkdocstrings block rendering ``identifier`` with a heading of ``heading_level``."""
    return f"::: {identifier}\n    options:\n      heading_level: {heading_level}\n"


def reference_pages(package: Path) -> dict[str, str]:
    """The API reference: site path -> page text, a page per resource module, then the client,
    the models and the errors."""
    pages: dict[str, str] = {}
    resources = sorted(path for path in (package / "resources").glob("*.py") if path.name != "__init__.py")
    for module in resources:
        classes = public_classes(module)
        body = "\n".join(directive(f"{PACKAGE}.resources.{module.stem}.{name}") for name in classes)
        title = module.stem.replace("_", " ").capitalize()
        pages[f"reference/resources/{module.stem}.md"] = f"# {title}\n\n{body}"
    client = "\n".join(
        directive(f"{PACKAGE}.facade.{name}") for name in public_classes(package / "facade.py")
    )
    pages["reference/client.md"] = f"# The client\n\n{client}"
    models = sorted(path for path in (package / "models").glob("*.py") if path.name != "__init__.py")
    entries = [
        f"{PACKAGE}.models.{module.stem}.{name}" for module in models for name in public_classes(module)
    ]
    pages["reference/models.md"] = "# Models\n\n" + "\n".join(directive(entry) for entry in entries)
    errors = "\n".join(
        directive(f"{PACKAGE}.errors.{name}") for name in public_classes(package / "errors.py")
    )
    pages["reference/errors.md"] = f"# Errors\n\n{errors}"
    return pages


def navigation(guides: dict[str, str], reference: dict[str, str]) -> list[Any]:
    """The site's menu: the home page, the guides, the change log, the API reference."""
    listed = [page for page in guides.values() if page not in {"index.md", "CHANGES.md"}]
    top = [page for page in listed if "/" not in page]
    resources = [page for page in reference if page.startswith("reference/resources/")]
    return [
        {"Home": "index.md"},
        {"Guides": top},
        {"Changes": ["CHANGES.md", *[page for page in listed if page.startswith("changes/")]]},
        {
            "API reference": [
                "reference/client.md",
                {"Resources": resources},
                "reference/models.md",
                "reference/errors.md",
            ]
        },
    ]


def configuration(stage: Path, site: Path, client: Path, nav: list[Any]) -> dict[str, Any]:
    """The MkDocs configuration: the default theme, mkdocstrings' Python handler reading the
    package from ``client`` (Google-style docstrings, as the package writes them), and every link
    and anchor checked (a problem is a warning; ``--strict`` makes it an error)."""
    python_options = {
        "docstring_style": "google",
        "show_source": False,
        "show_root_heading": True,
        "show_root_full_path": False,
        "members_order": "source",
        "separate_signature": True,
        "show_signature_annotations": True,
        "show_bases": True,
        "filters": ["!^_"],
    }
    return {
        "site_name": "RealtimeKit API client",
        "docs_dir": str(stage / "pages"),
        "site_dir": str(site),
        "use_directory_urls": True,
        # highlight.js would come from a CDN: the site loads nothing from outside (browser_check.py)
        "theme": {"name": "mkdocs", "highlightjs": False},
        "nav": nav,
        "markdown_extensions": ["toc", "tables", "admonition", "pymdownx.superfences"],
        "plugins": [
            "search",
            {"mkdocstrings": {"handlers": {"python": {"paths": [str(client)], "options": python_options}}}},
        ],
        "validation": {
            "omitted_files": "warn",
            "absolute_links": "warn",
            "unrecognized_links": "warn",
            "anchors": "warn",
        },
    }


def stage_site(root: Path, stage: Path, site: Path) -> Path:
    """Write the site's pages and ``mkdocs.yml`` into ``stage`` (emptied first); returns the
    configuration file's path."""
    if stage.exists():
        shutil.rmtree(stage)
    pages_dir = stage / "pages"
    guides = guide_pages(root)
    for source, page in guides.items():
        text = (root / source).read_text(encoding="utf-8")
        target = pages_dir / page
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(plain_fences(rewrite_links(text, source, guides)), encoding="utf-8")
    client = root / "generated_client"
    reference = reference_pages(client / PACKAGE)
    for page, text in reference.items():
        target = pages_dir / page
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")
    config = configuration(stage, site, client, navigation(guides, reference))
    config_path = stage / "mkdocs.yml"
    config_path.write_text(yaml.safe_dump(config, sort_keys=False), encoding="utf-8")
    return config_path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--root", type=Path, default=Path.cwd(), help="the repository")
    parser.add_argument("--stage", type=Path, required=True, help="the folder of the site's sources")
    parser.add_argument("--site", type=Path, required=True, help="the folder the site is built into")
    arguments = parser.parse_args()
    root = arguments.root.resolve()
    config = stage_site(root, Path(os.path.abspath(arguments.stage)), Path(os.path.abspath(arguments.site)))
    print(config)


if __name__ == "__main__":
    main()
