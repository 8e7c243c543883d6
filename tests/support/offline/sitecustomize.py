"""Loaded by Python processes the tests start (via PYTHONPATH): refuse every network connection.

Spravka must never open one; a test that makes it try fails loudly instead of silently reaching
out. Local (AF_UNIX) sockets stay allowed.
"""

import socket

_real_connect = socket.socket.connect
_real_connect_ex = socket.socket.connect_ex


class NetworkBlocked(OSError):
    pass


def _guard(sock: socket.socket) -> None:
    if sock.family in (socket.AF_INET, socket.AF_INET6):
        raise NetworkBlocked("Spravka's tests forbid network connections")


def _connect(self, address):  # type: ignore[no-untyped-def]
    _guard(self)
    return _real_connect(self, address)


def _connect_ex(self, address):  # type: ignore[no-untyped-def]
    _guard(self)
    return _real_connect_ex(self, address)


socket.socket.connect = _connect  # type: ignore[method-assign]
socket.socket.connect_ex = _connect_ex  # type: ignore[method-assign]
