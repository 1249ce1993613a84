from __future__ import annotations

from .. import model_base as _rt
from ..types import UNSET, Unset

_c_0: _rt.Codec[str] = _rt.STR
_c_1: _rt.Codec[str] = _rt.STR
_c_2: _rt.Codec[str | None] = _rt.nullable(_rt.STR)
_c_3: _rt.Codec[str | None] = _rt.nullable(_rt.STR)


class ParticipantParams(_rt.Model):
    """
    Attributes:
        custom_participant_id (str): Promised by the API. A unique participant ID.

            You must specify a unique ID for the participant, for example, UUID, email
            address, and so on.
        preset_name (str): Promised by the API. Name of the preset to apply to this participant.
        name (str | None): (Optional) Name of the participant.
        picture (str | None): (Optional) A URL to a picture to be used for the participant.
    """

    __slots__ = ()
    _fields = {
        "custom_participant_id": (_c_0, True),
        "preset_name": (_c_1, True),
        "name": (_c_2, False),
        "picture": (_c_3, False),
    }
    _required = frozenset(
        {
            "custom_participant_id",
            "preset_name",
        }
    )

    def __init__(
        self,
        *,
        custom_participant_id: str,
        preset_name: str,
        name: str | None | Unset = UNSET,
        picture: str | None | Unset = UNSET,
    ) -> None:
        super().__init__()
        self._write("custom_participant_id", custom_participant_id)
        self._write("preset_name", preset_name)
        if not isinstance(name, Unset):
            self._write("name", name)
        if not isinstance(picture, Unset):
            self._write("picture", picture)

    @property
    def custom_participant_id(self) -> str:
        """A unique participant ID.

        You must specify a unique ID for the participant, for example, UUID, email
        address, and so on."""

        return self._req("custom_participant_id", _c_0)

    @custom_participant_id.setter
    def custom_participant_id(self, value: str) -> None:
        self._write("custom_participant_id", value)

    @property
    def preset_name(self) -> str:
        """Name of the preset to apply to this participant."""

        return self._req("preset_name", _c_1)

    @preset_name.setter
    def preset_name(self, value: str) -> None:
        self._write("preset_name", value)

    @property
    def name(self) -> str | None:
        """(Optional) Name of the participant."""

        return self._opt("name", _c_2)

    @name.setter
    def name(self, value: str | None) -> None:
        self._write("name", value)

    @property
    def picture(self) -> str | None:
        """(Optional) A URL to a picture to be used for the participant."""

        return self._opt("picture", _c_3)

    @picture.setter
    def picture(self, value: str | None) -> None:
        self._write("picture", value)
