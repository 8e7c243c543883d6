"""The test suite really runs offline: a connection attempt fails, here and in subprocesses."""

from __future__ import annotations

import socket
import subprocess
import sys

import pytest

from tests.support.cli import offline_env

TRY_TO_CONNECT = """
import socket
try:
    socket.create_connection(("127.0.0.1", 9), timeout=1)
except OSError as exc:
    print(type(exc).__name__)
"""


def test_this_process_cannot_open_a_network_connection() -> None:
    with pytest.raises(OSError, match="forbid network connections"):
        socket.create_connection(("127.0.0.1", 9), timeout=1)


def test_processes_the_tests_start_cannot_either() -> None:
    result = subprocess.run(
        [sys.executable, "-c", TRY_TO_CONNECT],
        env=offline_env(),
        capture_output=True,
        text=True,
        check=True,
    )
    assert result.stdout.strip() == "NetworkBlocked"


def test_local_sockets_still_work() -> None:
    left, right = socket.socketpair()
    with left, right:
        left.sendall(b"ok")
        assert right.recv(2) == b"ok"
