from __future__ import annotations

from .. import model_base as _rt


class JsonObject(_rt.Model):
    """A JSON object whose fields the docs do not list; set them as items (body['key'] = value)."""

    __slots__ = ()
    _fields = {}
    _required = frozenset({})

    def __init__(
        self,
    ) -> None:
        super().__init__()
