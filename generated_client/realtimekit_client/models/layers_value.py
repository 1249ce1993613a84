from __future__ import annotations

from .. import model_base as _rt
from ..models.layers_value_media_kind import LayersValueMediaKind, check_layers_value_media_kind
from ..types import UNSET, Unset

_c_0: _rt.Codec[str] = _rt.STR
_c_1: _rt.Codec[LayersValueMediaKind] = _rt.checked(check_layers_value_media_kind, "audio")


class LayersValue(_rt.Model):
    """
    Attributes:
        file_name_prefix (str | None): A file name prefix to apply for files generated from this layer
        media_kind (LayersValueMediaKind | None): Media kind to record. Track recording currently supports audio only.
    """

    __slots__ = ()
    _fields = {
        "file_name_prefix": (_c_0, False),
        "media_kind": (_c_1, False),
    }
    _required = frozenset({})

    def __init__(
        self,
        *,
        file_name_prefix: str | Unset = UNSET,
        media_kind: LayersValueMediaKind | Unset = UNSET,
    ) -> None:
        super().__init__()
        if not isinstance(file_name_prefix, Unset):
            self._write("file_name_prefix", file_name_prefix)
        if not isinstance(media_kind, Unset):
            self._write("media_kind", media_kind)

    @property
    def file_name_prefix(self) -> str | None:
        """A file name prefix to apply for files generated from this layer"""

        return self._opt("file_name_prefix", _c_0)

    @file_name_prefix.setter
    def file_name_prefix(self, value: str) -> None:
        self._write("file_name_prefix", value)

    @property
    def media_kind(self) -> LayersValueMediaKind | None:
        """Media kind to record. Track recording currently supports audio only."""

        return self._opt("media_kind", _c_1)

    @media_kind.setter
    def media_kind(self, value: LayersValueMediaKind) -> None:
        self._write("media_kind", value)
