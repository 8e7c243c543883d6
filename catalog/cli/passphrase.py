"""Passphrases on the command line: asked on the terminal (twice when new) or read from a file.

A passphrase is never an argument value (it would show in the process list and the shell's
history): `--passphrase-file FILE` reads its first line, for scripts; otherwise `getpass` asks on
the terminal, and without a terminal the command says how to give one.
"""

from __future__ import annotations

import argparse
import getpass
import sys
from pathlib import Path

from catalog.errors import SpravkaError


class PassphraseNeeded(SpravkaError):
    """No terminal to ask on and no --passphrase-file."""


def add_passphrase_file_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--passphrase-file",
        metavar="FILE",
        type=Path,
        help="read the passphrase from the first line of FILE instead of asking (for scripts)",
    )


def _interactive() -> bool:
    return sys.stdin.isatty()


def new_passphrase(args: argparse.Namespace, file: Path) -> str:
    """The passphrase to encrypt `file` with: from --passphrase-file, or asked twice."""
    from catalog.io.encryption import Strength, check_passphrase, read_passphrase_file, strength

    if args.passphrase_file is not None:
        passphrase = read_passphrase_file(args.passphrase_file)
    else:
        if not _interactive():
            raise PassphraseNeeded(
                f"{file}: --encrypt needs a passphrase: run in a terminal to be asked, or give "
                "--passphrase-file FILE"
            )
        from catalog.cli.common import say

        passphrase = check_passphrase(file, getpass.getpass(say("passphrase_prompt")))
        if getpass.getpass(say("passphrase_again")) != passphrase:
            raise PassphraseNeeded(f"{file}: the two passphrases differ; nothing was written")
    if strength(passphrase) < Strength.FAIR:
        from catalog.cli.common import words

        print(
            words(
                "spravka: warning: this passphrase is easy to guess; a longer one (five or six "
                "words) protects the file far better"
            ),
            file=sys.stderr,
        )
    return passphrase


def existing_passphrase(args: argparse.Namespace, file: Path) -> str:
    """The passphrase to decrypt `file` with: from --passphrase-file, or asked once."""
    from catalog.io.encryption import check_passphrase, read_passphrase_file

    if args.passphrase_file is not None:
        return read_passphrase_file(args.passphrase_file)
    if not _interactive():
        raise PassphraseNeeded(
            f"{file}: the file is encrypted: run in a terminal to be asked for its passphrase, "
            "or give --passphrase-file FILE; nothing was changed"
        )
    from catalog.cli.common import say

    return check_passphrase(file, getpass.getpass(say("passphrase_for", name=file.name)))
