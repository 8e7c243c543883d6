"""Full-text tokens: words folded and stemmed with the Snowball Russian stemmer, and snippets.

What is indexed is a stream of tokens separated by spaces: the Snowball stem of every word
("приговорена тройкой" → "приговор тройк"), so that one FTS5 token matches every inflected form.
Before stemming, letters are folded as for names: lower case, ё→е, the pre-1918 letters (ѣ→е,
і→и, ѳ→ф, ѵ→и) and a final ъ dropped, so "приговоренъ" meets "приговорен".

Snowball knows Russian words, not names: it reads "Киев" as a verb form and cuts it to "ки", while
"Киеве" becomes "киев". A capitalised word (a name, a place) is therefore indexed twice, as its
stem and as the folded word itself, and a typed word matches either. Snowball also cuts some nouns
short ("плеврит" → "плевр", but "плеврита" → "плеврит"); a typed word whose stem-of-the-stem is
long enough to be specific matches every token that begins with it.

Snippets are cut from the original text (never from the tokens): every word is stemmed again,
the words a query asked for are marked, and the window around the densest run of matches is
returned with the character spans of the marked words.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterable
from dataclasses import dataclass

import Stemmer

_FOLD = str.maketrans({"ё": "е", "ѣ": "е", "і": "и", "ѳ": "ф", "ѵ": "и", "\u0301": None})
WORD = re.compile(r"[^\W_]+")
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_local = threading.local()

# A prefix shorter than this would match too many unrelated words.
PREFIX_MIN = 5
# Words too common to narrow anything; dropped from queries (not from the index) unless a query
# holds nothing else. Single letters are mostly initials or conjunctions.
STOPWORDS = frozenset(
    [
        "и",
        "в",
        "во",
        "не",
        "на",
        "с",
        "со",
        "по",
        "к",
        "ко",
        "о",
        "об",
        "от",
        "до",
        "за",
        "из",
        "у",
        "а",
        "но",
        "же",
        "ли",
        "бы",
        "то",
        "что",
        "как",
        "для",
        "при",
    ]
)


def _stemmer() -> Stemmer.Stemmer:
    # PyStemmer objects are not safe to share between threads; the GUI searches from workers.
    stemmer = getattr(_local, "stemmer", None)
    if stemmer is None:
        stemmer = _local.stemmer = Stemmer.Stemmer("russian")
    return stemmer


def fold_word(word: str) -> str:
    word = word.casefold().translate(_FOLD)
    if len(word) > 1 and word.endswith("ъ"):
        word = word[:-1]
    return word


# Stems of words seen recently: archival texts repeat a small vocabulary, and a dictionary
# lookup is much cheaper than folding and stemming again. Per thread, like the stemmer.
_CACHE_LIMIT = 200_000


def _cache() -> dict[str, tuple[str, str]]:
    cache = getattr(_local, "cache", None)
    if cache is None or len(cache) > _CACHE_LIMIT:
        cache = _local.cache = {}
    return cache


def analyse(words: Iterable[str]) -> list[tuple[str, str]]:
    """(stem, folded word) of each word; Latin words and numbers are their own stem."""
    cache = _cache()
    words = list(words)
    out = [cache.get(w) for w in words]
    missing = [i for i, pair in enumerate(out) if pair is None]
    if missing:
        folded = [fold_word(words[i]) for i in missing]
        stemmed = list(folded)
        cyrillic = [k for k, w in enumerate(folded) if _CYRILLIC.search(w)]
        if cyrillic:
            for k, stem in zip(
                cyrillic, _stemmer().stemWords([folded[k] for k in cyrillic]), strict=True
            ):
                stemmed[k] = stem
        for i, stem, fold in zip(missing, stemmed, folded, strict=True):
            out[i] = cache[words[i]] = (stem, fold)
    return out  # type: ignore[return-value]


def stems(words: Iterable[str]) -> list[str]:
    return [stem for stem, _ in analyse(words)]


def index_tokens(text: str) -> str:
    """The token stream stored for a text (see the module docstring)."""
    words = WORD.findall(text)
    tokens: list[str] = []
    for word, (stem, folded) in zip(words, analyse(words), strict=True):
        tokens.append(stem)
        if folded != stem and word[0].isupper():
            tokens.append(folded)
    return " ".join(tokens)


def join_fields(*fields: str | None) -> str:
    """The searchable text of a record made of several fields, as indexed and as shown."""
    return " · ".join(f.strip() for f in fields if f and f.strip())


@dataclass(frozen=True)
class QueryTerm:
    """One typed word (alternative tokens and a prefix) or one group of words ("58-10")."""

    tokens: tuple[str, ...]
    prefix: str | None = None
    group: bool = False

    def expression(self) -> str:
        # Tokens hold only letters and digits, so quoting them is safe.
        if self.group:
            # A capitalised word may be followed by its second token: allow one per word.
            quoted = " ".join(f'"{token}"' for token in self.tokens)
            return f"NEAR({quoted}, {len(self.tokens) - 1})"
        options = [f'"{token}"' for token in self.tokens]
        if self.prefix:
            options.append(f'"{self.prefix}"*')
        return options[0] if len(options) == 1 else "(" + " OR ".join(options) + ")"

    def matches(self, stem: str, folded: str) -> bool:
        if self.prefix is not None and (
            stem.startswith(self.prefix) or folded.startswith(self.prefix)
        ):
            return True
        return stem in self.tokens or folded in self.tokens


@dataclass(frozen=True)
class TextQuery:
    """A typed full-text query: every term must occur."""

    terms: tuple[QueryTerm, ...]

    def match_expression(self) -> str:
        return " AND ".join(term.expression() for term in self.terms)

    def matches(self, stem: str, folded: str) -> bool:
        return any(term.matches(stem, folded) for term in self.terms)


def _term(word: str) -> QueryTerm:
    ((stem, folded),) = analyse([word])
    # A stem cut to two letters ("Киев" → "ки") would match unrelated words; the word will do.
    options = tuple(dict.fromkeys((stem, folded) if len(stem) > 2 else (folded,)))
    if not _CYRILLIC.search(stem):
        return QueryTerm(options)
    again = _stemmer().stemWord(stem)
    if len(again) < PREFIX_MIN:
        return QueryTerm(options)
    # The prefix covers every option that begins with it.
    return QueryTerm(tuple(o for o in options if not o.startswith(again)), again)


def parse_query(query: str) -> TextQuery | None:
    """Words become required terms; words joined by - . / ("58-10") must occur together."""
    chunks = [WORD.findall(chunk) for chunk in query.split()]
    chunks = [words for words in chunks if words]
    useful = [
        words
        for words in chunks
        if len(words) > 1 or (len(words[0]) > 1 and fold_word(words[0]) not in STOPWORDS)
    ]
    terms: list[QueryTerm] = []
    for words in useful or chunks:
        if len(words) > 1:
            terms.append(QueryTerm(tuple(stems(words)), group=True))
        else:
            terms.append(_term(words[0]))
    return TextQuery(tuple(terms)) if terms else None


@dataclass(frozen=True)
class Snippet:
    text: str
    # Character spans of highlighted words within `text`.
    highlights: tuple[tuple[int, int], ...]
    # Character offset in the original text of the first highlighted word (for word boxes).
    first_match: int | None

    def marked(self, open_mark: str = "[", close_mark: str = "]") -> str:
        out: list[str] = []
        last = 0
        for start, end in self.highlights:
            out += [self.text[last:start], open_mark, self.text[start:end], close_mark]
            last = end
        out.append(self.text[last:])
        return "".join(out)


def snippet(text: str, query: TextQuery, *, width: int = 16) -> Snippet:
    """The window of about `width` words with the most query words, highlighted."""
    spans = [(m.start(), m.end()) for m in WORD.finditer(text)]
    if not spans:
        return Snippet("", (), None)
    analysed = analyse(text[s:e] for s, e in spans)
    hits = [i for i, (stem, folded) in enumerate(analysed) if query.matches(stem, folded)]
    if not hits:
        end = spans[min(width, len(spans)) - 1][1]
        return Snippet(_clean(text[:end]) + ("…" if WORD.search(text, end) else ""), (), None)
    # The start position whose window covers the most hits (hits are sorted).
    best_start, best_count, j = hits[0], 0, 0
    for i, hit in enumerate(hits):
        while hits[j] < hit - width + 1:
            j += 1
        if i - j + 1 > best_count:
            best_count, best_start = i - j + 1, hits[j]
    first = max(0, best_start - width // 4)
    last = min(len(spans), first + width) - 1
    start_char, end_char = spans[first][0], spans[last][1]
    prefix = "…" if start_char > 0 else ""
    suffix = "…" if WORD.search(text, end_char) else ""
    # Whitespace (line breaks of a transcription) is shown as single spaces; map the offsets.
    cleaned, offsets = _clean_with_offsets(text[start_char:end_char])
    shown = [i for i in hits if first <= i <= last]
    highlights = tuple(
        (
            len(prefix) + offsets[spans[i][0] - start_char],
            len(prefix) + offsets[spans[i][1] - start_char],
        )
        for i in shown
    )
    return Snippet(prefix + cleaned + suffix, highlights, spans[shown[0]][0])


def _clean(text: str) -> str:
    return " ".join(text.split())


def _clean_with_offsets(text: str) -> tuple[str, list[int]]:
    """Collapse whitespace runs to one space; offsets[i] is where text[i] lands (len+1 long)."""
    out: list[str] = []
    offsets: list[int] = []
    in_space = False
    for ch in text:
        offsets.append(len(out))
        if ch.isspace():
            if not in_space and out:
                out.append(" ")
            in_space = True
        else:
            out.append(ch)
            in_space = False
    offsets.append(len(out))
    return "".join(out).rstrip(), offsets
