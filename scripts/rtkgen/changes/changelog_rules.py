"""Does CHANGES.md match the spec? Its newest entry must carry the spec's version and no version
may have two entries. A spec still at the first version (``INITIAL_VERSION``, which the
converter writes) needs no CHANGES.md, since no run has written an entry yet.
"""

from __future__ import annotations

import re

from rtkgen.core.markdown_lines import split_lines

INITIAL_VERSION = "0.1.0"
_HEADING = re.compile(r"## (\S+) \(")


def entry_versions(changelog: str) -> list[tuple[int, str]]:
    """(line number, version) of each entry heading, in file order (newest first). Lines end
    where markdown's do: a report line may hold a property name with NEL or U+2028."""
    return [
        (number, match.group(1))
        for number, line in enumerate(split_lines(changelog), start=1)
        if (match := _HEADING.match(line))
    ]


def changelog_problems(changelog: str | None, version: str, where: str) -> list[str]:
    """What is wrong with CHANGES.md (None: there is none) for a spec at ``version``; each
    problem as ``FILE:LINE: message`` (``where`` is the file's name)."""
    entries = entry_versions(changelog or "")
    if not entries:
        if version == INITIAL_VERSION:
            return []
        missing = "does not exist" if changelog is None else "has no entry"
        return [f"{where}:1: {missing}, but the spec is at version {version}; run make generate and commit"]
    problems = []
    line, newest = entries[0]
    if newest != version:
        problems.append(f"{where}:{line}: the newest entry is {newest}, but the spec is at version {version}")
    first_line: dict[str, int] = {}
    for line, entry in entries:
        if entry in first_line:
            first = first_line[entry]
            problems.append(f"{where}:{line}: a second entry for {entry} (the first is on line {first})")
        else:
            first_line[entry] = line
    return problems
