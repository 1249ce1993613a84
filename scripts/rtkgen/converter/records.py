"""Plain typed records that the markdown parser produces and the OpenAPI builder consumes."""

from __future__ import annotations

from dataclasses import dataclass

JsonValue = None | bool | int | float | str | list["JsonValue"] | dict[str, "JsonValue"]


@dataclass(frozen=True)
class SourceLocation:
    """Where something was written: a file and a 1-based line number."""

    path: str
    line: int

    def __str__(self) -> str:
        return f"{self.path}:{self.line}"


@dataclass(frozen=True)
class Skeleton:
    """The JSON between a response's fences, with placeholders such as ``"*string*"`` still in it.

    ``value`` is the parsed JSON; a response whose fence is empty has no Skeleton at all.
    """

    value: JsonValue


@dataclass(frozen=True)
class Response:
    """One ``#### {status} {description}`` block of an operation."""

    status: str
    description: str
    skeleton: Skeleton | None
    location: SourceLocation


@dataclass(frozen=True)
class Operation:
    """One documented operation, its texts kept exactly as written. ``responses`` is empty
    for an operation of the older generation of the format, which has no ``### Responses``
    section (the current format always lists at least one response)."""

    tag: str
    summary: str
    method: str
    path: str
    description: str
    responses: tuple[Response, ...]
    location: SourceLocation

    @property
    def responses_documented(self) -> bool:
        """Whether the docs list the operation's responses (the older format did not)."""
        return bool(self.responses)

    @property
    def path_parameters(self) -> tuple[str, ...]:
        """The ``{name}`` parameters of the path template, names as written, each once, in the
        order of their first place: a name repeated in the path is one parameter whose value fills
        every place it appears (``/a/{id}/b/{id}``)."""
        names: list[str] = []
        rest = self.path
        while "{" in rest:
            start = rest.index("{")
            end = rest.index("}", start)
            names.append(rest[start + 1 : end])
            rest = rest[end + 1 :]
        return tuple(dict.fromkeys(names))


@dataclass(frozen=True)
class DocFile:
    """One markdown file: its ``# title`` (the tag) and its operations in written order."""

    path: str
    tag: str
    operations: tuple[Operation, ...]


@dataclass(frozen=True)
class DocError:
    """A problem in the input, reported as ``FILE:LINE: message``."""

    location: SourceLocation
    message: str

    def __str__(self) -> str:
        return f"{self.location}: {self.message}"


class ConversionError(Exception):
    """Raised when the input has problems; carries every problem found, not only the first."""

    def __init__(self, errors: list[DocError]) -> None:
        super().__init__("\n".join(str(e) for e in errors))
        self.errors = errors
