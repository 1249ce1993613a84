from __future__ import annotations

from typing import TYPE_CHECKING

from .. import model_base as _rt
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.app import App


_c_0: _rt.Codec[App | None] = _rt.nullable(_rt.model("app", "App"))


class AppCreated(_rt.Model):
    """
    Attributes:
        app (App | None):
    """

    __slots__ = ()
    _fields = {
        "app": (_c_0, False),
    }
    _required = frozenset({})

    def __init__(
        self,
        *,
        app: App | None | Unset = UNSET,
    ) -> None:
        super().__init__()
        if not isinstance(app, Unset):
            self._write("app", app)

    @property
    def app(self) -> App | None:

        return self._opt("app", _c_0)

    @app.setter
    def app(self, value: App | None) -> None:
        self._write("app", value)
