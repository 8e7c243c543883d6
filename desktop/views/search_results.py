"""Where the words of a search were found: pages, claims and notes, each with its snippet.

The list is a text browser of links, one paragraph per hit with the found words marked, so long
snippets wrap in a narrow panel and Tab/Enter move between the hits from the keyboard. A page hit
opens the page with the found words outlined; a note opens the person's dossier.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QUrl, Signal
from PySide6.QtWidgets import QTextBrowser, QWidget

from desktop import labels, theme
from desktop.searching import TextHit, TextResults


def marked_snippet(hit: TextHit) -> str:
    """The snippet as HTML with the found words on a highlight."""
    colour = theme.css(theme.accents().highlight)
    out, position = [], 0
    for start, end in sorted(hit.highlights):
        if start < position:
            continue
        out.append(html.escape(hit.snippet[position:start]))
        out.append(
            f'<span style="background-color: {colour}; font-weight: bold;">'
            f"{html.escape(hit.snippet[start:end])}</span>"
        )
        position = end
    out.append(html.escape(hit.snippet[position:]))
    return "".join(out)


class TextResultsView(QTextBrowser):
    hit_opened = Signal(object)  # TextHit

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("textResults")
        self.setAccessibleName(self.tr("Texts found"))
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.anchorClicked.connect(self._clicked)
        self.results: TextResults | None = None
        self.show_hint()

    def show_hint(self, text: str | None = None) -> None:
        self.results = None
        hint = text or self.tr(
            "Type words in the search box to find them in the text of pages, in claims and in "
            "notes, in any grammatical form."
        )
        self.setHtml(f"<p style='color: gray'>{html.escape(hint)}</p>")

    def show_results(self, results: TextResults) -> None:
        self.results = results
        if not results.hits:
            self.show_hint(
                self.tr("No page, claim or note contains “%1”.").replace("%1", results.query)
            )
            return
        parts = []
        for index, hit in enumerate(results.hits):
            title = html.escape(self.title(hit))
            where = html.escape(self.subtitle(hit))
            parts.append(
                f'<p style="margin-bottom: 8px;"><a href="hit:{index}"><b>{title}</b></a>'
                + (f"<br/><small>{where}</small>" if where else "")
                + f"<br/>{marked_snippet(hit)}</p>"
            )
        if results.truncated:
            parts.append(
                "<p><small>"
                + html.escape(
                    self.tr(
                        "The words occur in many more places; the newest are shown. Add a word "
                        "to narrow the search."
                    )
                )
                + "</small></p>"
            )
        self.setHtml("".join(parts))

    def title(self, hit: TextHit) -> str:
        if hit.what == "person":
            return self.tr("Notes on %1").replace("%1", hit.person_name)
        if hit.what == "conclusion":
            return self.tr("Conclusion about %1").replace("%1", hit.person_name)
        text = hit.document_title or labels.document_kind(hit.document_kind)
        if hit.page_seq is not None:
            text += self.tr(", page %1").replace("%1", str(hit.page_seq))
        return text

    def subtitle(self, hit: TextHit) -> str:
        parts = []
        if hit.opens_page:
            parts.append(labels.document_kind(hit.document_kind))
            if hit.document_issued is not None:
                parts.append(labels.date(hit.document_issued))
        if hit.what == "claim":
            parts.append(self.tr("a claim about %1").replace("%1", hit.person_name))
        elif hit.what == "document":
            parts.append(self.tr("the document's description"))
        return " · ".join(p for p in parts if p)

    def hit_count(self) -> int:
        return len(self.results.hits) if self.results else 0

    def _clicked(self, url: QUrl) -> None:
        text = url.toString()
        if self.results is None or not text.startswith("hit:"):
            return
        index = int(text.removeprefix("hit:"))
        if 0 <= index < len(self.results.hits):
            self.hit_opened.emit(self.results.hits[index])

    def open_hit(self, index: int) -> None:
        """Open a hit as a click would (for the keyboard and the tests)."""
        self._clicked(QUrl(f"hit:{index}"))
