from __future__ import annotations

from .. import model_base as _rt
from ..types import UNSET, Unset

_c_0: _rt.Codec[str | None] = _rt.nullable(_rt.STR)
_c_1: _rt.Codec[str | None] = _rt.nullable(_rt.STR)
_c_2: _rt.Codec[str | None] = _rt.nullable(_rt.STR)
_c_3: _rt.Codec[str | None] = _rt.nullable(_rt.STR)
_c_4: _rt.Codec[bool | None] = _rt.nullable(_rt.BOOL)


class BrowserMetadata(_rt.Model):
    """
    Attributes:
        browser (str | None):
        browser_version (str | None):
        engine (str | None):
        user_agent (str | None):
        webgl_support (bool | None):
    """

    __slots__ = ()
    _fields = {
        "browser": (_c_0, False),
        "browser_version": (_c_1, False),
        "engine": (_c_2, False),
        "user_agent": (_c_3, False),
        "webgl_support": (_c_4, False),
    }
    _required = frozenset({})

    def __init__(
        self,
        *,
        browser: str | None | Unset = UNSET,
        browser_version: str | None | Unset = UNSET,
        engine: str | None | Unset = UNSET,
        user_agent: str | None | Unset = UNSET,
        webgl_support: bool | None | Unset = UNSET,
    ) -> None:
        super().__init__()
        if not isinstance(browser, Unset):
            self._write("browser", browser)
        if not isinstance(browser_version, Unset):
            self._write("browser_version", browser_version)
        if not isinstance(engine, Unset):
            self._write("engine", engine)
        if not isinstance(user_agent, Unset):
            self._write("user_agent", user_agent)
        if not isinstance(webgl_support, Unset):
            self._write("webgl_support", webgl_support)

    @property
    def browser(self) -> str | None:

        return self._opt("browser", _c_0)

    @browser.setter
    def browser(self, value: str | None) -> None:
        self._write("browser", value)

    @property
    def browser_version(self) -> str | None:

        return self._opt("browser_version", _c_1)

    @browser_version.setter
    def browser_version(self, value: str | None) -> None:
        self._write("browser_version", value)

    @property
    def engine(self) -> str | None:

        return self._opt("engine", _c_2)

    @engine.setter
    def engine(self, value: str | None) -> None:
        self._write("engine", value)

    @property
    def user_agent(self) -> str | None:

        return self._opt("user_agent", _c_3)

    @user_agent.setter
    def user_agent(self, value: str | None) -> None:
        self._write("user_agent", value)

    @property
    def webgl_support(self) -> bool | None:

        return self._opt("webgl_support", _c_4)

    @webgl_support.setter
    def webgl_support(self, value: bool | None) -> None:
        self._write("webgl_support", value)
