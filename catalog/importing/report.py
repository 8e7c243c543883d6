"""What an import did: documents and pages created, duplicates found, files refused and why."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class ImportedPage:
    page_id: int
    document_id: int
    seq: int
    sha256: str
    origin_name: str


@dataclass(frozen=True)
class ImportedDocument:
    id: int
    title: str
    page_ids: tuple[int, ...]
    # False when the pages were added to a document an earlier file of the same group made.
    created: bool = True


@dataclass(frozen=True)
class DuplicatePage:
    """A page image the catalogue already held: not stored again; here is where it is."""

    path: str
    origin_name: str
    sha256: str
    document_id: int
    page_id: int
    page_seq: int


@dataclass(frozen=True)
class ImportProblem:
    path: str
    reason: str

    def __str__(self) -> str:
        return f"{self.path}: {self.reason}"


@dataclass(frozen=True)
class ImportReport:
    documents: tuple[ImportedDocument, ...] = ()
    pages: tuple[ImportedPage, ...] = ()
    duplicates: tuple[DuplicatePage, ...] = ()
    errors: tuple[ImportProblem, ...] = ()
    # Worth knowing but not a failure: a PNG named .jpg, a page repeated inside one PDF.
    notes: tuple[ImportProblem, ...] = ()
    files: int = 0
    cancelled: bool = False

    @property
    def ok(self) -> bool:
        return not self.errors and not self.cancelled

    def summary(self) -> str:
        documents = len({d.id for d in self.documents if d.created})
        parts = [
            f"{len(self.pages)} page(s) imported into {documents} new document(s)"
            + (
                f" (and {len({d.id for d in self.documents if not d.created})} existing)"
                if any(not d.created for d in self.documents)
                else ""
            ),
            f"{len(self.duplicates)} duplicate page(s) already in the catalogue",
            f"{len(self.errors)} file(s) could not be imported",
        ]
        text = f"{self.files} file(s): " + "; ".join(parts)
        return text + (" — cancelled; work finished so far is kept" if self.cancelled else "")


@dataclass
class ReportBuilder:
    """Collects the report while an import runs (mutable); `build()` freezes it."""

    documents: dict[int, ImportedDocument] = field(default_factory=dict)
    pages: list[ImportedPage] = field(default_factory=list)
    duplicates: list[DuplicatePage] = field(default_factory=list)
    errors: list[ImportProblem] = field(default_factory=list)
    notes: list[ImportProblem] = field(default_factory=list)
    files: int = 0
    cancelled: bool = False

    def add_pages(
        self, document_id: int, title: str, created: bool, pages: list[ImportedPage]
    ) -> None:
        self.pages.extend(pages)
        previous = self.documents.get(document_id)
        page_ids = (previous.page_ids if previous else ()) + tuple(p.page_id for p in pages)
        self.documents[document_id] = ImportedDocument(
            id=document_id,
            title=title,
            page_ids=page_ids,
            created=previous.created if previous else created,
        )

    def build(self) -> ImportReport:
        return ImportReport(
            documents=tuple(self.documents.values()),
            pages=tuple(self.pages),
            duplicates=tuple(self.duplicates),
            errors=tuple(self.errors),
            notes=tuple(self.notes),
            files=self.files,
            cancelled=self.cancelled,
        )
