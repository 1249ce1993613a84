from __future__ import annotations

from typing import TYPE_CHECKING

from .. import model_base as _rt
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.metadata import Metadata
    from ..models.quality import Quality


_c_0: _rt.Codec[Metadata | None] = _rt.nullable(_rt.model("metadata", "Metadata"))
_c_1: _rt.Codec[Quality | None] = _rt.nullable(_rt.model("quality", "Quality"))


class PeerReport(_rt.Model):
    """Peer call statistics report.

    Attributes:
        metadata (Metadata | None): Connection and device metadata for the participant.
        quality (Quality | None): Media quality statistics for the participant.
    """

    __slots__ = ()
    _fields = {
        "metadata": (_c_0, False),
        "quality": (_c_1, False),
    }
    _required = frozenset({})

    def __init__(
        self,
        *,
        metadata: Metadata | None | Unset = UNSET,
        quality: Quality | None | Unset = UNSET,
    ) -> None:
        super().__init__()
        if not isinstance(metadata, Unset):
            self._write("metadata", metadata)
        if not isinstance(quality, Unset):
            self._write("quality", quality)

    @property
    def metadata(self) -> Metadata | None:
        """Connection and device metadata for the participant."""

        return self._opt("metadata", _c_0)

    @metadata.setter
    def metadata(self, value: Metadata | None) -> None:
        self._write("metadata", value)

    @property
    def quality(self) -> Quality | None:
        """Media quality statistics for the participant."""

        return self._opt("quality", _c_1)

    @quality.setter
    def quality(self, value: Quality | None) -> None:
        self._write("quality", value)
