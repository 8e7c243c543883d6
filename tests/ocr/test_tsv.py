"""Tesseract's TSV becomes words with boxes, structure, confidences and spans of the text."""

from __future__ import annotations

from catalog.imaging.processing import Transform
from catalog.ocr.engine import read_words
from catalog.ocr.tsv import assemble, parse_tsv

HEADER = (
    "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext"
)
ROWS = [
    "1\t1\t0\t0\t0\t0\t0\t0\t1000\t800\t-1\t",
    "2\t1\t1\t0\t0\t0\t10\t10\t500\t100\t-1\t",
    "5\t1\t1\t1\t1\t1\t10\t10\t120\t30\t96.5\tСПРАВКА",
    "5\t1\t2\t1\t1\t1\t10\t60\t80\t30\t91\tДело",
    "5\t1\t2\t1\t1\t2\t100\t60\t40\t30\t88\tпо",
    '5\t1\t2\t1\t2\t1\t10\t100\t90\t30\t45.25\t"Тройка"',
    "5\t1\t2\t1\t2\t2\t110\t100\t5\t30\t12\t|",
    "5\t1\t2\t1\t2\t3\t118\t100\t4\t30\t93\t||",
    "5\t1\t2\t1\t2\t3\t120\t100\t5\t30\t30\t   ",
    "5\t1\t2\t2\t1\t1\t10\t150\t60\t30\t93\t1937",
    "5\t1\t3\tbad row",
    "5\t1\t4\t1\t1\t1\t10\t200\t60\t30\t20\tНКВД",
]
TSV = "\n".join([HEADER, *ROWS]) + "\n"


def test_words_keep_boxes_confidence_and_structure() -> None:
    words = parse_tsv(TSV)
    texts = [w.text for w in words]
    assert texts == ["СПРАВКА", "Дело", "по", '"Тройка"', "|", "||", "1937", "НКВД"]
    first = words[0]
    assert (first.left, first.top, first.width, first.height) == (10, 10, 120, 30)
    assert first.confidence == 96.5
    assert [(w.block, w.paragraph, w.line) for w in words[1:4]] == [(2, 1, 1), (2, 1, 1), (2, 1, 2)]


def test_noise_is_dropped_and_blocks_renumbered() -> None:
    words = read_words(TSV)
    # Bars are ruled lines or folds, however sure Tesseract is; a word with letters is kept
    # however unsure.
    assert not {"|", "||"} & {w.text for w in words}
    assert words[-1].text == "НКВД" and words[-1].block == 3  # block 4 follows blocks 1 and 2


def test_text_is_built_from_words_and_spans_point_into_it() -> None:
    text, words = assemble(read_words(TSV), lambda box: box)
    # Tesseract's paragraphs follow one another closely here (gaps shorter than a line), so
    # no empty line is put between them: a typed sentence stays together.
    assert text == 'СПРАВКА\nДело по\n"Тройка"\n1937\nНКВД'
    for word in words:
        assert text[word.start : word.end] == word.text


def test_an_empty_line_is_kept_where_the_page_shows_one() -> None:
    spaced = TSV.replace("10\t200\t60\t30\t20\tНКВД", "10\t260\t60\t30\t20\tНКВД")
    text, words = assemble(read_words(spaced), lambda box: box)
    assert text.endswith("1937\n\nНКВД")
    assert all(text[w.start : w.end] == w.text for w in words)


def test_boxes_are_mapped_back_through_the_transform() -> None:
    # Prepared image = original scaled by 2 and shifted: boxes come back halved and shifted.
    to_prepared = Transform(a=2, e=2).then(Transform(c=-20, f=-40))
    back = to_prepared.inverse()
    _, words = assemble(read_words(TSV), back.map_box)
    assert words[0].box == (15, 25, 60, 15)
