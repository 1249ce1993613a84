from __future__ import annotations

from typing import TYPE_CHECKING

from .. import model_base as _rt
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.preset_update_params_ui_design_tokens import PresetUpdateParamsUiDesignTokens


_c_0: _rt.Codec[PresetUpdateParamsUiDesignTokens] = _rt.model(
    "preset_update_params_ui_design_tokens", "PresetUpdateParamsUiDesignTokens"
)


class PresetUpdateParamsUi(_rt.Model):
    """
    Attributes:
        design_tokens (PresetUpdateParamsUiDesignTokens | None):
    """

    __slots__ = ()
    _fields = {
        "design_tokens": (_c_0, False),
    }
    _required = frozenset({})

    def __init__(
        self,
        *,
        design_tokens: PresetUpdateParamsUiDesignTokens | Unset = UNSET,
    ) -> None:
        super().__init__()
        if not isinstance(design_tokens, Unset):
            self._write("design_tokens", design_tokens)

    @property
    def design_tokens(self) -> PresetUpdateParamsUiDesignTokens | None:

        return self._opt("design_tokens", _c_0)

    @design_tokens.setter
    def design_tokens(self, value: PresetUpdateParamsUiDesignTokens) -> None:
        self._write("design_tokens", value)
