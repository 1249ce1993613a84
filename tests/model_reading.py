"""Reading a parsed model as a user would, and what the package's logger said meanwhile.

Used by the drift property tests and by the contract tests (which read every field of what the
mock server answers: a body that fits the spec must read without a warning).
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from realtimekit_client import model_base
from realtimekit_client.model_base import MissingFieldError, Model


def read_all(model: Model) -> list[MissingFieldError]:
    """Read every field of ``model`` and every entry of a map, nested models too; the errors of
    the promised fields the body lacked (each names its field and the path of its model)."""
    raised: list[MissingFieldError] = []
    values: list[Any] = []
    for name, member in vars(type(model)).items():
        if not isinstance(member, property):
            continue
        try:
            values.append(getattr(model, name))
        except MissingFieldError as error:
            raised.append(error)
    values += [model[key] for key in model.additional_keys]  # a map's entries read as its values
    for value in values:
        for item in value if isinstance(value, list) else [value]:
            if isinstance(item, Model):
                raised += read_all(item)
    return raised


class _Messages(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(record.getMessage())


@contextmanager
def warnings_logged() -> Iterator[list[str]]:
    """The warnings the package logs inside the block (every deviation reported afresh)."""
    model_base.reset_warnings()
    handler = _Messages()
    model_base.logger.addHandler(handler)
    try:
        yield handler.messages
    finally:
        model_base.logger.removeHandler(handler)
