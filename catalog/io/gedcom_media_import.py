"""The pictures a GEDCOM file links to (OBJE … FILE), imported as pages after its records.

GEDCOM carries no pictures, only paths: absolute paths of the machine that wrote the file
(Windows ones too), or paths relative to it. Like Gramps, a path is looked for as written, then
beside the GEDCOM file under its relative path, then by its bare name beside the file; Spravka's
own export writes `family-media/S12-p1.jpg`, so a file exported with its folder comes back whole.

A source's files become the pages of its document; an individual's files become documents of
their own (kind photo), linked to the person as subject. Every file goes through the ordinary
image import (`catalog.importing`): the same checks of what is and is not an image, the same
messages, images already in the catalogue not stored twice (so importing the same tree again
adds no page). A file that is missing or cannot be imported is reported with the GEDCOM line that
names it; the tree's records are already in, in their own transaction.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath, PureWindowsPath

from catalog.db import Catalog
from catalog.io.gedcom_map import PlannedMedia
from catalog.io.gedcom_read import Problem
from catalog.progress import CancelToken, Progress, ProgressCallback, ignore_progress
from catalog.vocab import DocumentKind


@dataclass
class MediaOutcome:
    pages: int = 0  # pages added to the catalogue
    present: int = 0  # files whose images the catalogue already held
    problems: list[Problem] = field(default_factory=list)


def locate(written: str, gedcom_folder: Path) -> Path | None:
    """The file a FILE line names, or None: as written, relative to the GEDCOM file, or by its
    name beside it."""
    text = written.strip()
    if text.lower().startswith("file://"):
        text = text[len("file://") :]
    windows = "\\" in text or (len(text) > 1 and text[1] == ":")
    parts = PureWindowsPath(text) if windows else PurePosixPath(text)
    candidates = []
    if not windows and parts.is_absolute():
        candidates.append(Path(text))
    elif not parts.is_absolute() and not parts.drive:
        candidates.append(gedcom_folder.joinpath(*parts.parts))
    candidates.append(gedcom_folder / parts.name)
    for candidate in candidates:
        if parts.name and candidate.is_file():
            return candidate
    return None


def import_media(
    catalog: Catalog,
    gedcom_file: Path,
    targets: list[tuple[list[PlannedMedia], int | None, int | None]],
    *,
    progress: ProgressCallback = ignore_progress,
    cancel: CancelToken | None = None,
) -> MediaOutcome:
    """`targets`: (files, document id, person id) — a source's files go to its document, a
    person's to new photo documents linked to the person."""
    from catalog.importing import import_paths

    outcome = MediaOutcome()
    folder = gedcom_file.resolve().parent
    total = sum(len(files) for files, _, _ in targets)
    done = 0
    for files, document_id, person_id in targets:
        for media in files:
            done += 1
            progress(Progress(done, total, "pictures"))
            found = locate(media.path, folder)
            if found is None:
                outcome.problems.append(
                    Problem(
                        media.line, f"the file {media.path} was not found beside {gedcom_file.name}"
                    )
                )
                continue
            report = import_paths(
                catalog,
                [found],
                document_id=document_id,
                person_id=person_id,
                kind=None if document_id is not None else DocumentKind.PHOTO.value,
                jobs=1,
                cancel=cancel,
            )
            outcome.pages += len(report.pages)
            outcome.present += 1 if report.duplicates and not report.pages else 0
            outcome.problems += [
                Problem(media.line, f"{media.path}: {error.reason}") for error in report.errors
            ]
    return outcome
