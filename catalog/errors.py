"""Typed exceptions of the catalogue core.

Each carries its data as attributes so that the GUI can build a translated message; `str()` gives
a plain English sentence that the CLI prints as it is. Every message names the file (or catalogue)
and the problem, because the person reading it has to find what to fix.
"""

from __future__ import annotations

from pathlib import Path


class SpravkaError(Exception):
    """Base of every error the catalogue reports to a person rather than a programmer."""


class InvalidDate(SpravkaError, ValueError):
    def __init__(self, text: str, problem: str) -> None:
        self.text = text
        self.problem = problem
        super().__init__(f"impossible date {text!r}: {problem}")


class CatalogError(SpravkaError):
    def __init__(self, folder: Path, problem: str) -> None:
        self.folder = Path(folder)
        self.problem = problem
        super().__init__(f"{self.folder}: {problem}")


class NotACatalog(CatalogError):
    """The folder exists but does not hold a Spravka catalogue; nothing was changed in it."""


class CatalogMissing(CatalogError):
    """No catalogue at that place yet (`spravka init` creates one)."""


class CatalogTooNew(CatalogError):
    """The catalogue was written by a newer Spravka whose schema this version does not know."""

    def __init__(self, folder: Path, revision: str) -> None:
        self.revision = revision
        super().__init__(
            folder,
            f"the catalogue has schema revision {revision!r}, newer than this version of Spravka "
            "knows; nothing was changed. Install a newer Spravka to open it.",
        )


class CatalogReadOnly(CatalogError):
    """The catalogue cannot be written (read-only medium, permissions, or opened read-only)."""


class CatalogDamaged(CatalogReadOnly):
    """The database failed SQLite's check: it is open for reading at most, and never written.

    `problems` are SQLite's own words; `backup` is the newest automatic backup whose database
    passes the quick check, when there is one.
    """

    def __init__(
        self, folder: Path, problems: list[str] | tuple[str, ...], backup: Path | None = None
    ) -> None:
        self.problems = tuple(problems)
        self.backup = backup
        way_back = (
            f"the newest automatic backup whose database passes the check is {backup}; "
            "`spravka doctor --restore` restores it into a new folder"
            if backup is not None
            else "no automatic backup passes the check; restore a backup of your own with "
            "`spravka restore`"
        )
        super().__init__(
            folder,
            f"the database catalog.sqlite is damaged ({self.problems[0] if self.problems else ''}"
            f"); nothing will be written to it. Run `spravka doctor` for the whole report; "
            f"{way_back}.",
        )


class CatalogBusy(CatalogError):
    """Another process held the write lock longer than the busy timeout."""


class NotFound(SpravkaError, LookupError):
    def __init__(self, entity: str, ident: object) -> None:
        self.entity = entity
        self.ident = ident
        super().__init__(f"no {entity} with id {ident}")


class InvalidInput(SpravkaError, ValueError):
    """A value given by a person (on the command line or in a form) is not acceptable."""

    def __init__(self, field: str, problem: str) -> None:
        self.field = field
        self.problem = problem
        super().__init__(f"{field}: {problem}")


class InterchangeError(SpravkaError):
    """One problem in an interchange file, located by a JSON path (`persons[0].claims[2].date`)."""

    def __init__(self, file: Path | str, json_path: str, problem: str) -> None:
        self.file = str(file)
        self.json_path = json_path
        self.problem = problem
        where = f"{self.file}: {json_path}: " if json_path else f"{self.file}: "
        super().__init__(where + problem)


class InterchangeErrors(SpravkaError):
    """All the problems found in one interchange file; nothing of it was loaded."""

    def __init__(self, file: Path | str, errors: list[InterchangeError]) -> None:
        self.file = str(file)
        self.errors = errors
        lines = "\n".join(f"  {error}" for error in errors[:50])
        more = f"\n  … and {len(errors) - 50} more" if len(errors) > 50 else ""
        super().__init__(
            f"{self.file}: {len(errors)} problem(s), nothing was loaded:\n{lines}{more}"
        )


class BlobError(SpravkaError):
    """An image blob is missing or does not match its hash."""

    def __init__(self, sha256: str, problem: str) -> None:
        self.sha256 = sha256
        self.problem = problem
        super().__init__(f"blob {sha256}: {problem}")


class StorageError(SpravkaError):
    """A file could not be written: the disk is full, the medium read-only, permissions."""

    def __init__(self, path: Path | str, error: OSError) -> None:
        self.path = str(path)
        self.errno = error.errno
        self.reason = error.strerror or str(error)
        super().__init__(
            f"{self.path}: cannot write ({self.reason}); nothing already saved was lost"
        )
