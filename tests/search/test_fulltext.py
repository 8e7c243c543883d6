"""Full text: Russian stemming, the current transcription, claims and notes, snippets, boxes."""

from __future__ import annotations

from catalog.db import Catalog
from catalog.search import search
from catalog.services import claims, documents, persons
from tests.search.conftest import add, add_page, transcribe

PAGE = (
    "АРХИВНАЯ СПРАВКА\n"
    "Зеров Михаил Константинович, 1890 г. р., арестован 28 апреля 1935 г.\n"
    "Особой тройкой НКВД приговорен к высшей мере наказания.\n"
    "Приговор приведен в исполнение 3 ноября 1937 г. в урочище Сандармох."
)


def _document(catalog: Catalog, person_id: int, title: str = "Архивная справка") -> int:
    return documents.add_document(
        catalog,
        documents.DocumentFields(kind="archival_reply", title=title),
        [(person_id, "subject")],
    ).id


def test_stemmed_words_find_the_page_with_a_snippet_and_word_box(catalog: Catalog) -> None:
    pid = add(catalog, "Зеров Михаил Константинович")
    did = _document(catalog, pid)
    page = add_page(catalog, did)
    transcribe(catalog, page, PAGE, origin="engine")

    result = search(catalog, "урочища Сандармоха")  # other case forms than on the page
    hit = result.pages[0]
    assert (hit.document_id, hit.page_id, hit.page_seq, hit.kind) == (did, page, 1, "transcription")
    assert 0 < hit.score < 1
    assert "[урочище] [Сандармох]" in hit.marked()
    # The box is the first highlighted word's box on the page image.
    line = PAGE.split("\n")[3]
    x = 10 + sum(10 * len(w) + 8 for w in line.split()[: line.split().index("урочище")])
    assert hit.box == (x, 10 + 30 * 3, 10 * len("урочище"), 20)

    assert search(catalog, "тройка приговорён").pages[0].page_id == page  # ё and stems
    assert search(catalog, "приговоренъ").pages[0].page_id == page  # pre-1918 spelling
    assert search(catalog, "расстрел Сандармох").pages == []  # every word must occur


def test_the_current_transcription_is_what_is_searched(catalog: Catalog) -> None:
    pid = add(catalog, "Курбас Лесь Степанович")
    page = add_page(catalog, _document(catalog, pid))
    transcribe(catalog, page, "Курбас осуждён Особым совещанием", origin="engine")
    assert search(catalog, "совещанием").pages[0].page_id == page

    transcribe(catalog, page, "Курбас осуждён тройкой НКВД", origin="human")
    assert search(catalog, "совещанием").pages == []
    assert search(catalog, "тройкой").pages[0].page_id == page
    # A later engine run does not replace the human correction.
    transcribe(catalog, page, "Курбас осуждён коллегией ОГПУ", origin="engine")
    assert search(catalog, "коллегией").pages == []
    assert search(catalog, "тройкой").pages[0].page_id == page


def test_claims_link_to_their_page_or_to_the_person(catalog: Catalog) -> None:
    pid = add(catalog, "Гудро Ольга Андреевна")
    did = _document(catalog, pid)
    page = add_page(catalog, did)
    cited = claims.add_claim(
        catalog,
        pid,
        claims.ClaimFields(
            kind="death",
            date="1938",
            cause="инфаркт миокарда",
            document_id=did,
            page_id=page,
            region=(5, 6, 70, 20),
        ),
    )
    conclusion = claims.add_claim(
        catalog, pid, claims.ClaimFields(kind="execution", place="Левашовская пустошь")
    )

    hit = search(catalog, "инфаркта").pages[0]
    assert (hit.kind, hit.claim_id, hit.person_id) == ("claim", cited.id, pid)
    assert (hit.document_id, hit.page_id, hit.box) == (did, page, (5, 6, 70, 20))

    note = search(catalog, "Левашовской пустоши").notes[0]
    assert (note.kind, note.claim_id, note.person_id) == ("claim", conclusion.id, pid)

    claims.update_claim(catalog, cited.id, cause="гнойный плеврит")
    assert search(catalog, "инфаркт").pages == []
    assert search(catalog, "плеврита").pages[0].claim_id == cited.id
    claims.delete_claim(catalog, conclusion.id)
    assert search(catalog, "Левашовская").notes == []


def test_person_and_document_notes(catalog: Catalog) -> None:
    pid = add(catalog, "Доценко Николай", birth_place="с. Ковали Полтавской губ.")
    persons.update_person(catalog, pid, notes="Семье сообщили о смерти от бронхиальной астмы")
    did = _document(catalog, pid, title="Извещение")
    documents.update_document(catalog, did, notes="Получено от внучки в 2019 году")

    assert search(catalog, "астма").notes[0].person_id == pid
    assert search(catalog, "Полтавская").notes[0].person_id == pid
    doc_hit = search(catalog, "внучка").pages[0]
    assert (doc_hit.kind, doc_hit.document_id, doc_hit.page_id) == ("document", did, None)


def test_deleting_removes_hits_and_phrases_match_together(catalog: Catalog) -> None:
    pid = add(catalog, "Злотников Самуил")
    did = _document(catalog, pid)
    page = add_page(catalog, did)
    transcribe(catalog, page, "осужден по ст. 58-10 УК; статья 10 часть 58 не применялась")
    assert search(catalog, "58-10").pages[0].page_id == page
    assert "[58]-[10]" in search(catalog, "58-10").pages[0].marked()

    documents.delete_document(catalog, did)
    assert search(catalog, "58-10").pages == []
    persons.delete_person(catalog, pid)
    assert search(catalog, "Злотников").persons == []


def test_one_page_is_listed_once(catalog: Catalog) -> None:
    pid = add(catalog, "Агафонов Кирилл")
    did = _document(catalog, pid)
    page = add_page(catalog, did)
    transcribe(catalog, page, "умер естественной смертью в 1943 г.")
    claims.add_claim(
        catalog,
        pid,
        claims.ClaimFields(
            kind="death", cause="естественной смертью", document_id=did, page_id=page
        ),
    )
    pages = search(catalog, "естественной смертью").pages
    assert [(h.document_id, h.page_id) for h in pages] == [(did, page)]
