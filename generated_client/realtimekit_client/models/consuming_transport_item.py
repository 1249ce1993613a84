from __future__ import annotations

from .. import model_base as _rt
from ..types import UNSET, Unset

_c_0: _rt.Codec[float | None] = _rt.nullable(_rt.FLOAT)
_c_1: _rt.Codec[float | None] = _rt.nullable(_rt.FLOAT)
_c_2: _rt.Codec[float | None] = _rt.nullable(_rt.FLOAT)
_c_3: _rt.Codec[float | None] = _rt.nullable(_rt.FLOAT)
_c_4: _rt.Codec[float | None] = _rt.nullable(_rt.FLOAT)
_c_5: _rt.Codec[float | None] = _rt.nullable(_rt.FLOAT)
_c_6: _rt.Codec[float | None] = _rt.nullable(_rt.FLOAT)
_c_7: _rt.Codec[float | None] = _rt.nullable(_rt.FLOAT)
_c_8: _rt.Codec[str | None] = _rt.nullable(_rt.STR)
_c_9: _rt.Codec[str | None] = _rt.nullable(_rt.STR)
_c_10: _rt.Codec[str | None] = _rt.nullable(_rt.STR)
_c_11: _rt.Codec[float | None] = _rt.nullable(_rt.FLOAT)
_c_12: _rt.Codec[str | None] = _rt.nullable(_rt.STR)
_c_13: _rt.Codec[str | None] = _rt.nullable(_rt.STR)
_c_14: _rt.Codec[float | None] = _rt.nullable(_rt.FLOAT)
_c_15: _rt.Codec[str | None] = _rt.nullable(_rt.STR)
_c_16: _rt.Codec[str | None] = _rt.nullable(_rt.STR)
_c_17: _rt.Codec[bool | None] = _rt.nullable(_rt.BOOL)
_c_18: _rt.Codec[float | None] = _rt.nullable(_rt.FLOAT)
_c_19: _rt.Codec[float | None] = _rt.nullable(_rt.FLOAT)
_c_20: _rt.Codec[float | None] = _rt.nullable(_rt.FLOAT)
_c_21: _rt.Codec[str | None] = _rt.nullable(_rt.STR)
_c_22: _rt.Codec[str | None] = _rt.nullable(_rt.STR)
_c_23: _rt.Codec[float | None] = _rt.nullable(_rt.FLOAT)
_c_24: _rt.Codec[str | None] = _rt.nullable(_rt.STR)
_c_25: _rt.Codec[str | None] = _rt.nullable(_rt.STR)
_c_26: _rt.Codec[str | None] = _rt.nullable(_rt.STR)
_c_27: _rt.Codec[float | None] = _rt.nullable(_rt.FLOAT)


class ConsumingTransportItem(_rt.Model):
    """ICE candidate pair statistics for a transport.

    Attributes:
        available_incoming_bitrate (float | None):
        available_outgoing_bitrate (float | None):
        bytes_discarded_on_send (float | None):
        bytes_received (float | None):
        bytes_sent (float | None):
        current_round_trip_time (float | None):
        last_packet_received_timestamp (float | None): Epoch milliseconds when the last packet was received.
        last_packet_sent_timestamp (float | None): Epoch milliseconds when the last packet was sent.
        local_candidate_address (str | None):
        local_candidate_id (str | None):
        local_candidate_network_type (str | None):
        local_candidate_port (float | None):
        local_candidate_protocol (str | None):
        local_candidate_related_address (str | None):
        local_candidate_related_port (float | None):
        local_candidate_type (str | None):
        local_candidate_url (str | None):
        nominated (bool | None):
        packets_discarded_on_send (float | None):
        packets_received (float | None):
        packets_sent (float | None):
        remote_candidate_address (str | None):
        remote_candidate_id (str | None):
        remote_candidate_port (float | None):
        remote_candidate_protocol (str | None):
        remote_candidate_type (str | None):
        remote_candidate_url (str | None):
        total_round_trip_time (float | None):
    """

    __slots__ = ()
    _fields = {
        "available_incoming_bitrate": (_c_0, False),
        "available_outgoing_bitrate": (_c_1, False),
        "bytes_discarded_on_send": (_c_2, False),
        "bytes_received": (_c_3, False),
        "bytes_sent": (_c_4, False),
        "current_round_trip_time": (_c_5, False),
        "last_packet_received_timestamp": (_c_6, False),
        "last_packet_sent_timestamp": (_c_7, False),
        "local_candidate_address": (_c_8, False),
        "local_candidate_id": (_c_9, False),
        "local_candidate_network_type": (_c_10, False),
        "local_candidate_port": (_c_11, False),
        "local_candidate_protocol": (_c_12, False),
        "local_candidate_related_address": (_c_13, False),
        "local_candidate_related_port": (_c_14, False),
        "local_candidate_type": (_c_15, False),
        "local_candidate_url": (_c_16, False),
        "nominated": (_c_17, False),
        "packets_discarded_on_send": (_c_18, False),
        "packets_received": (_c_19, False),
        "packets_sent": (_c_20, False),
        "remote_candidate_address": (_c_21, False),
        "remote_candidate_id": (_c_22, False),
        "remote_candidate_port": (_c_23, False),
        "remote_candidate_protocol": (_c_24, False),
        "remote_candidate_type": (_c_25, False),
        "remote_candidate_url": (_c_26, False),
        "total_round_trip_time": (_c_27, False),
    }
    _required = frozenset({})

    def __init__(
        self,
        *,
        available_incoming_bitrate: float | None | Unset = UNSET,
        available_outgoing_bitrate: float | None | Unset = UNSET,
        bytes_discarded_on_send: float | None | Unset = UNSET,
        bytes_received: float | None | Unset = UNSET,
        bytes_sent: float | None | Unset = UNSET,
        current_round_trip_time: float | None | Unset = UNSET,
        last_packet_received_timestamp: float | None | Unset = UNSET,
        last_packet_sent_timestamp: float | None | Unset = UNSET,
        local_candidate_address: str | None | Unset = UNSET,
        local_candidate_id: str | None | Unset = UNSET,
        local_candidate_network_type: str | None | Unset = UNSET,
        local_candidate_port: float | None | Unset = UNSET,
        local_candidate_protocol: str | None | Unset = UNSET,
        local_candidate_related_address: str | None | Unset = UNSET,
        local_candidate_related_port: float | None | Unset = UNSET,
        local_candidate_type: str | None | Unset = UNSET,
        local_candidate_url: str | None | Unset = UNSET,
        nominated: bool | None | Unset = UNSET,
        packets_discarded_on_send: float | None | Unset = UNSET,
        packets_received: float | None | Unset = UNSET,
        packets_sent: float | None | Unset = UNSET,
        remote_candidate_address: str | None | Unset = UNSET,
        remote_candidate_id: str | None | Unset = UNSET,
        remote_candidate_port: float | None | Unset = UNSET,
        remote_candidate_protocol: str | None | Unset = UNSET,
        remote_candidate_type: str | None | Unset = UNSET,
        remote_candidate_url: str | None | Unset = UNSET,
        total_round_trip_time: float | None | Unset = UNSET,
    ) -> None:
        super().__init__()
        if not isinstance(available_incoming_bitrate, Unset):
            self._write("available_incoming_bitrate", available_incoming_bitrate)
        if not isinstance(available_outgoing_bitrate, Unset):
            self._write("available_outgoing_bitrate", available_outgoing_bitrate)
        if not isinstance(bytes_discarded_on_send, Unset):
            self._write("bytes_discarded_on_send", bytes_discarded_on_send)
        if not isinstance(bytes_received, Unset):
            self._write("bytes_received", bytes_received)
        if not isinstance(bytes_sent, Unset):
            self._write("bytes_sent", bytes_sent)
        if not isinstance(current_round_trip_time, Unset):
            self._write("current_round_trip_time", current_round_trip_time)
        if not isinstance(last_packet_received_timestamp, Unset):
            self._write("last_packet_received_timestamp", last_packet_received_timestamp)
        if not isinstance(last_packet_sent_timestamp, Unset):
            self._write("last_packet_sent_timestamp", last_packet_sent_timestamp)
        if not isinstance(local_candidate_address, Unset):
            self._write("local_candidate_address", local_candidate_address)
        if not isinstance(local_candidate_id, Unset):
            self._write("local_candidate_id", local_candidate_id)
        if not isinstance(local_candidate_network_type, Unset):
            self._write("local_candidate_network_type", local_candidate_network_type)
        if not isinstance(local_candidate_port, Unset):
            self._write("local_candidate_port", local_candidate_port)
        if not isinstance(local_candidate_protocol, Unset):
            self._write("local_candidate_protocol", local_candidate_protocol)
        if not isinstance(local_candidate_related_address, Unset):
            self._write("local_candidate_related_address", local_candidate_related_address)
        if not isinstance(local_candidate_related_port, Unset):
            self._write("local_candidate_related_port", local_candidate_related_port)
        if not isinstance(local_candidate_type, Unset):
            self._write("local_candidate_type", local_candidate_type)
        if not isinstance(local_candidate_url, Unset):
            self._write("local_candidate_url", local_candidate_url)
        if not isinstance(nominated, Unset):
            self._write("nominated", nominated)
        if not isinstance(packets_discarded_on_send, Unset):
            self._write("packets_discarded_on_send", packets_discarded_on_send)
        if not isinstance(packets_received, Unset):
            self._write("packets_received", packets_received)
        if not isinstance(packets_sent, Unset):
            self._write("packets_sent", packets_sent)
        if not isinstance(remote_candidate_address, Unset):
            self._write("remote_candidate_address", remote_candidate_address)
        if not isinstance(remote_candidate_id, Unset):
            self._write("remote_candidate_id", remote_candidate_id)
        if not isinstance(remote_candidate_port, Unset):
            self._write("remote_candidate_port", remote_candidate_port)
        if not isinstance(remote_candidate_protocol, Unset):
            self._write("remote_candidate_protocol", remote_candidate_protocol)
        if not isinstance(remote_candidate_type, Unset):
            self._write("remote_candidate_type", remote_candidate_type)
        if not isinstance(remote_candidate_url, Unset):
            self._write("remote_candidate_url", remote_candidate_url)
        if not isinstance(total_round_trip_time, Unset):
            self._write("total_round_trip_time", total_round_trip_time)

    @property
    def available_incoming_bitrate(self) -> float | None:

        return self._opt("available_incoming_bitrate", _c_0)

    @available_incoming_bitrate.setter
    def available_incoming_bitrate(self, value: float | None) -> None:
        self._write("available_incoming_bitrate", value)

    @property
    def available_outgoing_bitrate(self) -> float | None:

        return self._opt("available_outgoing_bitrate", _c_1)

    @available_outgoing_bitrate.setter
    def available_outgoing_bitrate(self, value: float | None) -> None:
        self._write("available_outgoing_bitrate", value)

    @property
    def bytes_discarded_on_send(self) -> float | None:

        return self._opt("bytes_discarded_on_send", _c_2)

    @bytes_discarded_on_send.setter
    def bytes_discarded_on_send(self, value: float | None) -> None:
        self._write("bytes_discarded_on_send", value)

    @property
    def bytes_received(self) -> float | None:

        return self._opt("bytes_received", _c_3)

    @bytes_received.setter
    def bytes_received(self, value: float | None) -> None:
        self._write("bytes_received", value)

    @property
    def bytes_sent(self) -> float | None:

        return self._opt("bytes_sent", _c_4)

    @bytes_sent.setter
    def bytes_sent(self, value: float | None) -> None:
        self._write("bytes_sent", value)

    @property
    def current_round_trip_time(self) -> float | None:

        return self._opt("current_round_trip_time", _c_5)

    @current_round_trip_time.setter
    def current_round_trip_time(self, value: float | None) -> None:
        self._write("current_round_trip_time", value)

    @property
    def last_packet_received_timestamp(self) -> float | None:
        """Epoch milliseconds when the last packet was received."""

        return self._opt("last_packet_received_timestamp", _c_6)

    @last_packet_received_timestamp.setter
    def last_packet_received_timestamp(self, value: float | None) -> None:
        self._write("last_packet_received_timestamp", value)

    @property
    def last_packet_sent_timestamp(self) -> float | None:
        """Epoch milliseconds when the last packet was sent."""

        return self._opt("last_packet_sent_timestamp", _c_7)

    @last_packet_sent_timestamp.setter
    def last_packet_sent_timestamp(self, value: float | None) -> None:
        self._write("last_packet_sent_timestamp", value)

    @property
    def local_candidate_address(self) -> str | None:

        return self._opt("local_candidate_address", _c_8)

    @local_candidate_address.setter
    def local_candidate_address(self, value: str | None) -> None:
        self._write("local_candidate_address", value)

    @property
    def local_candidate_id(self) -> str | None:

        return self._opt("local_candidate_id", _c_9)

    @local_candidate_id.setter
    def local_candidate_id(self, value: str | None) -> None:
        self._write("local_candidate_id", value)

    @property
    def local_candidate_network_type(self) -> str | None:

        return self._opt("local_candidate_network_type", _c_10)

    @local_candidate_network_type.setter
    def local_candidate_network_type(self, value: str | None) -> None:
        self._write("local_candidate_network_type", value)

    @property
    def local_candidate_port(self) -> float | None:

        return self._opt("local_candidate_port", _c_11)

    @local_candidate_port.setter
    def local_candidate_port(self, value: float | None) -> None:
        self._write("local_candidate_port", value)

    @property
    def local_candidate_protocol(self) -> str | None:

        return self._opt("local_candidate_protocol", _c_12)

    @local_candidate_protocol.setter
    def local_candidate_protocol(self, value: str | None) -> None:
        self._write("local_candidate_protocol", value)

    @property
    def local_candidate_related_address(self) -> str | None:

        return self._opt("local_candidate_related_address", _c_13)

    @local_candidate_related_address.setter
    def local_candidate_related_address(self, value: str | None) -> None:
        self._write("local_candidate_related_address", value)

    @property
    def local_candidate_related_port(self) -> float | None:

        return self._opt("local_candidate_related_port", _c_14)

    @local_candidate_related_port.setter
    def local_candidate_related_port(self, value: float | None) -> None:
        self._write("local_candidate_related_port", value)

    @property
    def local_candidate_type(self) -> str | None:

        return self._opt("local_candidate_type", _c_15)

    @local_candidate_type.setter
    def local_candidate_type(self, value: str | None) -> None:
        self._write("local_candidate_type", value)

    @property
    def local_candidate_url(self) -> str | None:

        return self._opt("local_candidate_url", _c_16)

    @local_candidate_url.setter
    def local_candidate_url(self, value: str | None) -> None:
        self._write("local_candidate_url", value)

    @property
    def nominated(self) -> bool | None:

        return self._opt("nominated", _c_17)

    @nominated.setter
    def nominated(self, value: bool | None) -> None:
        self._write("nominated", value)

    @property
    def packets_discarded_on_send(self) -> float | None:

        return self._opt("packets_discarded_on_send", _c_18)

    @packets_discarded_on_send.setter
    def packets_discarded_on_send(self, value: float | None) -> None:
        self._write("packets_discarded_on_send", value)

    @property
    def packets_received(self) -> float | None:

        return self._opt("packets_received", _c_19)

    @packets_received.setter
    def packets_received(self, value: float | None) -> None:
        self._write("packets_received", value)

    @property
    def packets_sent(self) -> float | None:

        return self._opt("packets_sent", _c_20)

    @packets_sent.setter
    def packets_sent(self, value: float | None) -> None:
        self._write("packets_sent", value)

    @property
    def remote_candidate_address(self) -> str | None:

        return self._opt("remote_candidate_address", _c_21)

    @remote_candidate_address.setter
    def remote_candidate_address(self, value: str | None) -> None:
        self._write("remote_candidate_address", value)

    @property
    def remote_candidate_id(self) -> str | None:

        return self._opt("remote_candidate_id", _c_22)

    @remote_candidate_id.setter
    def remote_candidate_id(self, value: str | None) -> None:
        self._write("remote_candidate_id", value)

    @property
    def remote_candidate_port(self) -> float | None:

        return self._opt("remote_candidate_port", _c_23)

    @remote_candidate_port.setter
    def remote_candidate_port(self, value: float | None) -> None:
        self._write("remote_candidate_port", value)

    @property
    def remote_candidate_protocol(self) -> str | None:

        return self._opt("remote_candidate_protocol", _c_24)

    @remote_candidate_protocol.setter
    def remote_candidate_protocol(self, value: str | None) -> None:
        self._write("remote_candidate_protocol", value)

    @property
    def remote_candidate_type(self) -> str | None:

        return self._opt("remote_candidate_type", _c_25)

    @remote_candidate_type.setter
    def remote_candidate_type(self, value: str | None) -> None:
        self._write("remote_candidate_type", value)

    @property
    def remote_candidate_url(self) -> str | None:

        return self._opt("remote_candidate_url", _c_26)

    @remote_candidate_url.setter
    def remote_candidate_url(self, value: str | None) -> None:
        self._write("remote_candidate_url", value)

    @property
    def total_round_trip_time(self) -> float | None:

        return self._opt("total_round_trip_time", _c_27)

    @total_round_trip_time.setter
    def total_round_trip_time(self, value: float | None) -> None:
        self._write("total_round_trip_time", value)
