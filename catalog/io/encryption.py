"""Passphrase encryption of packages and backups in the age format (https://age-encryption.org).

An encrypted file is a standard age file with one scrypt (passphrase) recipient, written by
`pyrage`, so the `age` tool reads it (`age -d FILE`) and Spravka reads what `age -p` writes.
Encryption and decryption happen in memory: the plain bytes are never written beside the
encrypted file. A wrong passphrase, a truncated or altered file, a plain file where an encrypted
one is expected and the reverse each raise `EncryptionError` with a `reason` the GUI translates.
"""

from __future__ import annotations

import enum
import math
import re
import string
from pathlib import Path

import pyrage

from catalog.errors import SpravkaError
from catalog.io.files import atomic_output

AGE_MAGIC = b"age-encryption.org/v1\n"
ARMOR_MAGIC = b"-----BEGIN AGE ENCRYPTED FILE-----"
ZIP_MAGICS = (b"PK\x03\x04", b"PK\x05\x06")
# What is read before deciding; an age header is far shorter than this.
SNIFF_SIZE = 64
# A passphrase file holds one line; anything longer is not a passphrase file.
PASSPHRASE_FILE_LIMIT = 4096


class Reason(enum.StrEnum):
    EMPTY_PASSPHRASE = "empty_passphrase"
    WRONG_PASSPHRASE = "wrong_passphrase"
    DAMAGED = "damaged"
    NOT_ENCRYPTED = "not_encrypted"
    ENCRYPTED = "encrypted"
    ARMORED = "armored"
    NOT_AGE = "not_age"
    UNREADABLE = "unreadable"
    MISMATCH = "mismatch"
    TOO_SLOW_HERE = "too_slow_here"


class EncryptionError(SpravkaError):
    """An encrypted file that cannot be read or written; nothing was changed."""

    def __init__(self, file: Path | str, reason: Reason, problem: str) -> None:
        self.file = str(file)
        self.reason = reason
        self.problem = problem
        super().__init__(f"{self.file}: {problem}; nothing was changed")


class FileKind(enum.StrEnum):
    AGE = "age"
    ARMORED_AGE = "armored_age"
    ZIP = "zip"
    OTHER = "other"


def sniff(path: Path | str) -> FileKind:
    """What the first bytes of `path` say it is (a missing folder or file raises OSError)."""
    with open(path, "rb") as handle:
        head = handle.read(SNIFF_SIZE)
    if head.startswith(AGE_MAGIC):
        return FileKind.AGE
    if head.startswith(ARMOR_MAGIC):
        return FileKind.ARMORED_AGE
    if head.startswith(ZIP_MAGICS):
        return FileKind.ZIP
    return FileKind.OTHER


def is_encrypted(path: Path | str) -> bool:
    """True when `path` is a file in the age format (armoured or not)."""
    path = Path(path)
    if not path.is_file():
        return False
    try:
        return sniff(path) in (FileKind.AGE, FileKind.ARMORED_AGE)
    except OSError:
        return False


def check_passphrase(file: Path | str, passphrase: str | None) -> str:
    if not passphrase:
        raise EncryptionError(file, Reason.EMPTY_PASSPHRASE, "the passphrase is empty")
    return passphrase


def read_passphrase_file(path: Path | str) -> str:
    """The passphrase in the first line of `path` (its line end is not part of it)."""
    path = Path(path)
    try:
        with open(path, "rb") as handle:
            raw = handle.read(PASSPHRASE_FILE_LIMIT + 1)
    except OSError as exc:
        raise EncryptionError(
            path, Reason.UNREADABLE, f"the passphrase file cannot be read ({exc.strerror or exc})"
        ) from None
    if len(raw) > PASSPHRASE_FILE_LIMIT:
        raise EncryptionError(path, Reason.UNREADABLE, "this is too long for a passphrase file")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise EncryptionError(
            path, Reason.UNREADABLE, "the passphrase file is not UTF-8 text"
        ) from None
    lines = text.splitlines()
    return check_passphrase(path, lines[0] if lines else "")


def encrypt(data: bytes, passphrase: str, file: Path | str = "") -> bytes:
    check_passphrase(file, passphrase)
    try:
        return pyrage.passphrase.encrypt(data, passphrase)
    except pyrage.EncryptError as exc:  # pragma: no cover - pyrage fails only without memory
        raise EncryptionError(file, Reason.UNREADABLE, f"cannot encrypt ({exc})") from None


def write_encrypted(target: Path | str, data: bytes, passphrase: str) -> Path:
    """Encrypt `data` in memory and write it to `target` (complete, then renamed into place)."""
    target = Path(target)
    sealed = encrypt(data, passphrase, target)
    with atomic_output(target) as handle:
        handle.write(sealed)
    return target


def decrypt_file(path: Path | str, passphrase: str) -> bytes:
    """The plain bytes of the age file `path`, decrypted in memory."""
    path = Path(path)
    check_passphrase(path, passphrase)
    try:
        kind = sniff(path)
        if kind is FileKind.AGE:
            sealed = path.read_bytes()
    except FileNotFoundError:
        raise EncryptionError(path, Reason.UNREADABLE, "file not found") from None
    except OSError as exc:
        raise EncryptionError(
            path, Reason.UNREADABLE, f"cannot be read ({exc.strerror or exc})"
        ) from None
    if kind is FileKind.ARMORED_AGE:
        raise EncryptionError(
            path,
            Reason.ARMORED,
            "this is an armoured (text) age file; decrypt it with `age -d` first, or encrypt "
            "without --armor",
        )
    if kind is FileKind.ZIP:
        raise EncryptionError(
            path, Reason.NOT_ENCRYPTED, "the file is not encrypted (it is a plain zip file)"
        )
    if kind is not FileKind.AGE:
        raise EncryptionError(path, Reason.NOT_AGE, "the file is not an age-encrypted file")
    try:
        return pyrage.passphrase.decrypt(sealed, passphrase)
    except pyrage.DecryptError as exc:
        # The header's MAC is checked with the key the passphrase gives: a wrong passphrase
        # (or a changed header) fails there; changed or missing payload fails later.
        if str(exc).startswith("Excessive work"):
            # age tunes the passphrase's work to about a second on the computer that encrypts,
            # and refuses on reading what this computer would need far longer for. The file
            # is whole: say so, lest a sound backup be thrown away as damaged.
            seconds = re.search(r"(\d+)\D*seconds", str(exc))
            raise EncryptionError(
                path,
                Reason.TOO_SLOW_HERE,
                "the file was encrypted on a much faster computer: opening it here would take "
                + (f"about {seconds.group(1)} seconds" if seconds else "too long")
                + "; open it on a faster computer (the file itself is not damaged)",
            ) from None
        if str(exc) == "Decryption failed":
            raise EncryptionError(
                path,
                Reason.WRONG_PASSPHRASE,
                "the passphrase is wrong (or the file's header was altered)",
            ) from None
        raise EncryptionError(
            path,
            Reason.DAMAGED,
            f"the encrypted file is truncated or was altered after it was encrypted ({exc})",
        ) from None


class Strength(enum.IntEnum):
    """How hard a passphrase is to guess, for the hint beside the passphrase field."""

    EMPTY = 0
    TOO_SHORT = 1
    WEAK = 2
    FAIR = 3
    STRONG = 4


MIN_LENGTH = 8


def estimate_bits(passphrase: str) -> float:
    """A rough guessing estimate: length times the size of the character classes used.

    Words from a dictionary make this an overestimate, so the thresholds are set high; a
    passphrase of five or six random words reaches 'strong' by length alone.
    """
    pool = 0
    if any(ch in string.ascii_lowercase for ch in passphrase):
        pool += 26
    if any(ch in string.ascii_uppercase for ch in passphrase):
        pool += 26
    if any(ch.isdigit() for ch in passphrase):
        pool += 10
    if any(ch in string.punctuation or ch == " " for ch in passphrase):
        pool += 33
    if any(ord(ch) > 127 for ch in passphrase):
        pool += 33  # Cyrillic and other letters: one alphabet's worth, not all of Unicode
    distinct = len(set(passphrase))
    # Repetition ('aaaaaaaa') adds little: count each character only once beyond the distinct.
    effective = distinct + (len(passphrase) - distinct) * 0.25
    return effective * math.log2(max(pool, 2))


def strength(passphrase: str) -> Strength:
    if not passphrase:
        return Strength.EMPTY
    if len(passphrase) < MIN_LENGTH:
        return Strength.TOO_SHORT
    bits = estimate_bits(passphrase)
    if bits < 50:
        return Strength.WEAK
    if bits < 75:
        return Strength.FAIR
    return Strength.STRONG
