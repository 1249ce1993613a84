from __future__ import annotations

from .. import model_base as _rt
from ..models.permissions_media_audio_can_produce import (
    PermissionsMediaAudioCanProduce,
    check_permissions_media_audio_can_produce,
)
from ..types import UNSET, Unset

_c_0: _rt.Codec[PermissionsMediaAudioCanProduce] = _rt.checked(
    check_permissions_media_audio_can_produce, "ALLOWED, CAN_REQUEST, NOT_ALLOWED"
)


class PresetUpdateParamsPermissionsMediaAudio(_rt.Model):
    """Audio permissions

    Attributes:
        can_produce (PermissionsMediaAudioCanProduce | None): Can produce audio
    """

    __slots__ = ()
    _fields = {
        "can_produce": (_c_0, False),
    }
    _required = frozenset({})

    def __init__(
        self,
        *,
        can_produce: PermissionsMediaAudioCanProduce | Unset = UNSET,
    ) -> None:
        super().__init__()
        if not isinstance(can_produce, Unset):
            self._write("can_produce", can_produce)

    @property
    def can_produce(self) -> PermissionsMediaAudioCanProduce | None:
        """Can produce audio"""

        return self._opt("can_produce", _c_0)

    @can_produce.setter
    def can_produce(self, value: PermissionsMediaAudioCanProduce) -> None:
        self._write("can_produce", value)
