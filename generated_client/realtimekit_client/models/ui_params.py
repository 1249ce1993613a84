from __future__ import annotations

from typing import TYPE_CHECKING

from .. import model_base as _rt

if TYPE_CHECKING:
    from ..models.design_tokens_params import DesignTokensParams


_c_0: _rt.Codec[DesignTokensParams] = _rt.model("design_tokens_params", "DesignTokensParams")


class UiParams(_rt.Model):
    """
    Attributes:
        design_tokens (DesignTokensParams): Promised by the API.
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
        design_tokens: DesignTokensParams,
    ) -> None:
        super().__init__()
        self._write("design_tokens", design_tokens)

    @property
    def design_tokens(self) -> DesignTokensParams:

        return self._req("design_tokens", _c_0)

    @design_tokens.setter
    def design_tokens(self, value: DesignTokensParams) -> None:
        self._write("design_tokens", value)
