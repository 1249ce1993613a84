from __future__ import annotations

from .. import model_base as _rt
from ..types import UNSET, Unset

_c_0: _rt.Codec[list[str]] = _rt.list_of(_rt.STR)
_c_1: _rt.Codec[list[str]] = _rt.list_of(_rt.STR)


class KickParams(_rt.Model):
    """
    Attributes:
        custom_participant_ids (list[str] | None):
        participant_ids (list[str] | None):
    """

    __slots__ = ()
    _fields = {
        "custom_participant_ids": (_c_0, False),
        "participant_ids": (_c_1, False),
    }
    _required = frozenset({})

    def __init__(
        self,
        *,
        custom_participant_ids: list[str] | Unset = UNSET,
        participant_ids: list[str] | Unset = UNSET,
    ) -> None:
        super().__init__()
        if not isinstance(custom_participant_ids, Unset):
            self._write("custom_participant_ids", custom_participant_ids)
        if not isinstance(participant_ids, Unset):
            self._write("participant_ids", participant_ids)

    @property
    def custom_participant_ids(self) -> list[str] | None:

        return self._opt("custom_participant_ids", _c_0)

    @custom_participant_ids.setter
    def custom_participant_ids(self, value: list[str]) -> None:
        self._write("custom_participant_ids", value)

    @property
    def participant_ids(self) -> list[str] | None:

        return self._opt("participant_ids", _c_1)

    @participant_ids.setter
    def participant_ids(self, value: list[str]) -> None:
        self._write("participant_ids", value)
