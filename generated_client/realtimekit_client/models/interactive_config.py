from __future__ import annotations

from .. import model_base as _rt
from ..models.interactive_config_type import InteractiveConfigType, check_interactive_config_type
from ..types import UNSET, Unset

_c_0: _rt.Codec[InteractiveConfigType] = _rt.checked(check_interactive_config_type, "ID3")


class InteractiveConfig(_rt.Model):
    """Allows you to add timed metadata to your recordings, which are digital markers
    inserted into a video file to provide contextual information at specific points
    in the content range. The ID3 tags containing this information are available to
    clients on the playback timeline in HLS format. The output files are generated
    in a compressed .tar format.

        Attributes:
            type_ (InteractiveConfigType | None): The metadata is presented in the form of ID3 tags.
    """

    __slots__ = ()
    _fields = {
        "type": (_c_0, False),
    }
    _required = frozenset({})

    def __init__(
        self,
        *,
        type_: InteractiveConfigType | Unset = UNSET,
    ) -> None:
        super().__init__()
        if not isinstance(type_, Unset):
            self._write("type", type_)

    @property
    def type_(self) -> InteractiveConfigType | None:
        """The metadata is presented in the form of ID3 tags."""

        return self._opt("type", _c_0)

    @type_.setter
    def type_(self, value: InteractiveConfigType) -> None:
        self._write("type", value)
