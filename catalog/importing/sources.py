"""Which files an import takes, in which order, and how they group into documents.

Folders are walked recursively in natural order (`scan2` before `scan10`, as a person counts),
hidden files and the litter of file managers are passed over silently, and a folder that cannot
be listed is reported and skipped. Files named on the command line are taken as they are, in the
order given.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from catalog.importing.report import ImportProblem

# Left by file managers, cameras and archivers; never a page.
LITTER = {"thumbs.db", "desktop.ini", "ehthumbs.db", "__macosx", "$recycle.bin"}
# Files still being written by a browser or a copy program.
PARTIAL_SUFFIXES = (".part", ".crdownload", ".download", ".tmp", ".partial", ".filepart")

LOOSE_GROUP = ""


@dataclass(frozen=True)
class SourceFile:
    path: Path
    # How the page's origin is named: the file name, or its path from the folder imported.
    display: str
    # With grouping: the key of the document the file's pages go to (None: a document each).
    group: str | None = None
    group_title: str = ""


def natural_key(text: str) -> tuple[tuple[int, int | str], ...]:
    """Sort key that orders embedded numbers by value: page2 < page10, case-insensitively."""
    return tuple(
        (0, int(part)) if part.isdigit() else (1, part.casefold())
        for part in re.split(r"(\d+)", text)
        if part
    )


def is_litter(name: str) -> bool:
    lowered = name.casefold()
    return name.startswith(".") or lowered in LITTER or lowered.endswith(PARTIAL_SUFFIXES)


def walk_folder(root: Path, problems: list[ImportProblem]) -> list[Path]:
    """Every candidate file under `root`, depth first, each folder's files before its
    sub-folders, all in natural order. Links to folders are not followed (no loops)."""
    found: list[Path] = []

    def on_error(error: OSError) -> None:
        where = error.filename or str(root)
        problems.append(
            ImportProblem(str(where), f"cannot list this folder: {error.strerror or error}")
        )

    for folder, dirs, files in os.walk(root, onerror=on_error):
        dirs[:] = sorted((d for d in dirs if not is_litter(d)), key=natural_key)
        here = Path(folder)
        found.extend(here / name for name in sorted(files, key=natural_key) if not is_litter(name))
    return found


def expand(
    paths: Iterable[str | os.PathLike[str]], *, group: bool = False
) -> tuple[list[SourceFile], list[ImportProblem]]:
    """The files to import and the problems found on the way (paths that do not exist)."""
    sources: list[SourceFile] = []
    problems: list[ImportProblem] = []
    for given in paths:
        path = Path(given).expanduser()
        if path.is_dir():
            top = path.name or path.resolve().name
            for file in walk_folder(path, problems):
                sources.append(
                    SourceFile(
                        path=file,
                        display=f"{top}/{file.relative_to(path).as_posix()}",
                        group=str(file.parent) if group else None,
                        group_title=file.parent.name or top if group else "",
                    )
                )
        elif path.exists() or path.is_symlink():
            sources.append(
                SourceFile(
                    path=path,
                    display=path.name,
                    group=LOOSE_GROUP if group else None,
                    group_title=path.stem if group else "",
                )
            )
        else:
            problems.append(ImportProblem(str(path), "no such file or folder"))
    return sources, problems
