"""The whole conversion as one pure function over file contents, and the file discovery."""

from __future__ import annotations

import gc
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from pathlib import Path

from rtkgen.converter.markdown_parser import decode_document, parse_document
from rtkgen.converter.openapi_builder import (
    DEFAULT_INFO,
    Document,
    DocumentInfo,
    build_document,
    route_errors,
)
from rtkgen.converter.records import ConversionError, DocError, DocFile, SourceLocation


def markdown_files(paths: Iterable[Path]) -> list[Path]:
    """The files to read: each file as given, each folder's ``*.md`` files sorted by name."""
    files: list[Path] = []
    for path in paths:
        if path.is_dir():
            files.extend(sorted(path.glob("*.md")))
        else:
            files.append(path)
    return files


def read_sources(files: Sequence[Path]) -> list[tuple[str, bytes]]:
    """(name, bytes) of each file; a missing or unreadable file is a :class:`ConversionError`."""
    sources: list[tuple[str, bytes]] = []
    errors: list[DocError] = []
    for file in files:
        try:
            sources.append((str(file), file.read_bytes()))
        except OSError as exc:
            errors.append(DocError(SourceLocation(str(file), 0), f"cannot read: {exc.strerror}"))
    if errors:
        raise ConversionError(errors)
    return sources


def parse_sources(sources: Sequence[tuple[str, bytes]]) -> list[DocFile]:
    """Parse every source; raises one :class:`ConversionError` listing every problem of every file.

    A method and path documented twice is reported too, among the files that parsed, so one
    run shows all problems, not only those of the first stage that found some.
    """
    docs: list[DocFile] = []
    errors: list[DocError] = []
    for name, data in sources:
        text, problems = decode_document(name, data)
        if text is not None:
            doc, problems = parse_document(name, text)
            if doc is not None:
                docs.append(doc)
        errors.extend(problems)
    errors.extend(route_errors(docs))
    if errors:
        raise ConversionError(errors)
    return docs


def convert(
    sources: Sequence[tuple[str, bytes]],
    info: DocumentInfo = DEFAULT_INFO,
    previous_names: Mapping[tuple[str, str], str] | None = None,
) -> Document:
    """Markdown sources into an OpenAPI document; ``previous_names``: the operationIds the
    previous spec published (``rtkgen.core.openapi_common.operation_ids``), which operations keep."""
    if not sources:
        raise ConversionError([DocError(SourceLocation("<input>", 0), "no markdown files to convert")])
    with _collector_paused():
        return build_document(parse_sources(sources), info, previous_names)


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Pause Python's cyclic garbage collector while the document is built.

    The conversion allocates hundreds of thousands of small dicts and lists and creates no
    reference cycles; with the collector running, its full passes over the growing heap took
    three quarters of the build's time on the whole upstream corpus. Memory is still freed by
    reference counting.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
