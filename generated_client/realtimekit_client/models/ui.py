from __future__ import annotations

from typing import TYPE_CHECKING

from .. import model_base as _rt

if TYPE_CHECKING:
    from ..models.design_tokens import DesignTokens


_c_0: _rt.Codec[DesignTokens] = _rt.model("design_tokens", "DesignTokens")


class Ui(_rt.Model):
    """
    Attributes:
        design_tokens (DesignTokens): Promised by the API.
    """

    __slots__ = ()
    _fields = {
        "design_tokens": (_c_0, True),
    }
    _required = frozenset(
        {
            "design_tokens",
        }
    )

    def __init__(
        self,
        *,
        design_tokens: DesignTokens,
    ) -> None:
        super().__init__()
        self._write("design_tokens", design_tokens)

    @property
    def design_tokens(self) -> DesignTokens:

        return self._req("design_tokens", _c_0)

    @design_tokens.setter
    def design_tokens(self, value: DesignTokens) -> None:
        self._write("design_tokens", value)
