from __future__ import annotations

from .. import model_base as _rt
from ..types import UNSET, Unset

_c_0: _rt.Codec[str | None] = _rt.nullable(_rt.STR)
_c_1: _rt.Codec[str | None] = _rt.nullable(_rt.STR)
_c_2: _rt.Codec[str | None] = _rt.nullable(_rt.STR)


class ParticipantUpdateParams(_rt.Model):
    """
    Attributes:
        name (str | None): (Optional) Name of the participant.
        picture (str | None): (Optional) A URL to a picture to be used for the participant.
        preset_name (str | None): (Optional) Name of the preset to apply to this participant.
    """

    __slots__ = ()
    _fields = {
        "name": (_c_0, False),
        "picture": (_c_1, False),
        "preset_name": (_c_2, False),
    }
    _required = frozenset({})

    def __init__(
        self,
        *,
        name: str | None | Unset = UNSET,
        picture: str | None | Unset = UNSET,
        preset_name: str | None | Unset = UNSET,
    ) -> None:
        super().__init__()
        if not isinstance(name, Unset):
            self._write("name", name)
        if not isinstance(picture, Unset):
            self._write("picture", picture)
        if not isinstance(preset_name, Unset):
            self._write("preset_name", preset_name)

    @property
    def name(self) -> str | None:
        """(Optional) Name of the participant."""

        return self._opt("name", _c_0)

    @name.setter
    def name(self, value: str | None) -> None:
        self._write("name", value)

    @property
    def picture(self) -> str | None:
        """(Optional) A URL to a picture to be used for the participant."""

        return self._opt("picture", _c_1)

    @picture.setter
    def picture(self, value: str | None) -> None:
        self._write("picture", value)

    @property
    def preset_name(self) -> str | None:
        """(Optional) Name of the preset to apply to this participant."""

        return self._opt("preset_name", _c_2)

    @preset_name.setter
    def preset_name(self, value: str | None) -> None:
        self._write("preset_name", value)
