"""Driving the `age` command-line tool, which reads passphrases only from a terminal: it runs on
a pseudo-terminal (`pty`) and is answered when it prompts."""

from __future__ import annotations

import os
import pty
import select
from pathlib import Path

# Only a guard against a hung tool; the tests never assert on time.
IDLE_LIMIT = 120


def run_age(arguments: list[str], passphrase: str, prompts: int) -> tuple[int, str]:
    """Run `age ARGUMENTS`, answering its first `prompts` passphrase prompts.

    Returns the exit code and what age wrote to the terminal."""
    pid, fd = pty.fork()
    if pid == 0:  # the child: age, with the pty as its controlling terminal
        os.execvp("age", ["age", *arguments])
    output = b""
    answered = 0
    try:
        while True:
            ready, _, _ = select.select([fd], [], [], IDLE_LIMIT)
            if not ready:
                os.kill(pid, 9)
                break
            try:
                chunk = os.read(fd, 1024)
            except OSError:  # the child closed the terminal
                break
            if not chunk:
                break
            output += chunk
            if answered < prompts and output.lower().count(b"passphrase") > answered:
                os.write(fd, passphrase.encode("utf-8") + b"\n")
                answered += 1
    finally:
        os.close(fd)
    _, status = os.waitpid(pid, 0)
    return os.waitstatus_to_exitcode(status), output.decode("utf-8", "replace")


def age_encrypt(source: Path, target: Path, passphrase: str) -> None:
    code, output = run_age(["-p", "-o", str(target), str(source)], passphrase, prompts=2)
    assert code == 0, output


def age_decrypt(source: Path, target: Path, passphrase: str) -> tuple[int, str]:
    return run_age(["-d", "-o", str(target), str(source)], passphrase, prompts=1)
