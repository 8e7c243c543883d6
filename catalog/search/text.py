"""Full-text tokens: words folded and stemmed with the Snowball Russian stemmer, and snippets.

What is indexed is a stream of tokens separated by spaces: the Snowball stem of every word
("приговорена тройкой" → "приговор тройк"), so that one FTS5 token matches every inflected form.
Before stemming, letters are folded as for names: lower case, ё→е, the pre-1918 letters (ѣ→е,
і→и, ѳ→ф, ѵ→и) and a final ъ dropped, so "приговоренъ" meets "приговорен".

Snowball knows Russian words, not names, and is not idempotent: it reads "Киев" as a verb form
and cuts it to "ки" while "Киеве" becomes "киев"; it cuts "плеврит" to "плевр" but "плеврита"
only to "плеврит". So a word is indexed under up to three tokens: its stem, the stem of its stem
when that is shorter (and at least four letters), and, for a capitalised word (a name, a place),
the folded word itself. A typed word asks for any of its own three, so each form of a word finds
the others.

Snippets are cut from the original text (never from the tokens): every word is stemmed again,
the words a query asked for are marked, and the window around the densest run of matches is
returned with the character spans of the marked words.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

import Stemmer

_FOLD = str.maketrans({"ё": "е", "ѣ": "е", "і": "и", "ѳ": "ф", "ѵ": "и", "\u0301": None})
WORD = re.compile(r"[^\W_]+")
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_local = threading.local()

# A stem of a stem shorter than this is too unspecific to index ("воен" → "во").
MIN_SECOND_STEM = 4
# A pasted paragraph is not a query; its first words are.
MAX_TERMS = 16
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


def _cache() -> dict[str, tuple[str, str, str]]:
    cache = getattr(_local, "cache", None)
    if cache is None or len(cache) > _CACHE_LIMIT:
        cache = _local.cache = {}
    return cache


def _analyse_word(word: str) -> tuple[str, str, str]:
    folded = fold_word(word)
    if not _CYRILLIC.search(folded):
        return folded, folded, folded
    stemmer = _stemmer()
    stem = stemmer.stemWord(folded)
    again = stemmer.stemWord(stem)
    return stem, (again if len(again) >= MIN_SECOND_STEM else stem), folded


def analyse(words: Iterable[str]) -> list[tuple[str, str, str]]:
    """(stem, stem of the stem, folded word) of each word; Latin words and numbers are folded
    only."""
    cache = _cache()
    out: list[tuple[str, str, str]] = []
    for word in words:
        triple = cache.get(word)
        if triple is None:
            triple = cache[word] = _analyse_word(word)
        out.append(triple)
    return out


def stems(words: Iterable[str]) -> list[str]:
    return [triple[0] for triple in analyse(words)]


def word_tokens(word: str, stem: str, again: str, folded: str) -> list[str]:
    """The tokens one word of a text is indexed under."""
    tokens = [stem]
    if again != stem:
        tokens.append(again)
    if folded != stem and word[0].isupper():
        tokens.append(folded)
    return tokens


@lru_cache(maxsize=65536)
def _short_tokens(text: str) -> str:
    return _tokens(text)


def _tokens(text: str) -> str:
    words = WORD.findall(text)
    tokens: list[str] = []
    for word, triple in zip(words, analyse(words), strict=True):
        tokens += word_tokens(word, *triple)
    return " ".join(tokens)


def index_tokens(text: str) -> str:
    """The token stream stored for a text (see the module docstring)."""
    # Claims and notes repeat the same short texts ("Тройка при УНКВД …") thousands of times.
    return _short_tokens(text) if len(text) < 200 else _tokens(text)


def join_fields(*fields: str | None) -> str:
    """The searchable text of a record made of several fields, as indexed and as shown."""
    return " · ".join(f.strip() for f in fields if f and f.strip())


@dataclass(frozen=True)
class QueryTerm:
    """One typed word (any of its tokens) or one group of words that must be close ("58-10")."""

    tokens: tuple[str, ...]
    group: bool = False

    def expression(self) -> str:
        # Tokens hold only letters and digits, so quoting them is safe.
        if self.group:
            # Each word of the text may be followed by up to two more tokens of its own.
            quoted = " ".join(f'"{token}"' for token in self.tokens)
            return f"NEAR({quoted}, {2 * (len(self.tokens) - 1)})"
        options = [f'"{token}"' for token in self.tokens]
        return options[0] if len(options) == 1 else "(" + " OR ".join(options) + ")"

    def matches(self, triple: tuple[str, str, str]) -> bool:
        return any(token in self.tokens for token in triple)


@dataclass(frozen=True)
class TextQuery:
    """A typed full-text query: every term must occur."""

    terms: tuple[QueryTerm, ...]

    def match_expression(self) -> str:
        return " AND ".join(term.expression() for term in self.terms)

    def matches(self, triple: tuple[str, str, str]) -> bool:
        return any(term.matches(triple) for term in self.terms)


def parse_query(query: str) -> TextQuery | None:
    """Words become required terms; words joined by - . / ("58-10") must occur together."""
    chunks = [WORD.findall(chunk) for chunk in query.split()]
    chunks = [words for words in chunks if words][:MAX_TERMS]
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
            ((stem, again, folded),) = analyse(words)
            # A stem cut to two letters ("Киев" → "ки") would match unrelated words.
            options = (stem, again, folded) if len(stem) > 2 else (folded,)
            terms.append(QueryTerm(tuple(dict.fromkeys(options))))
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
    verdicts = {triple: query.matches(triple) for triple in set(analysed)}
    hits = [i for i, triple in enumerate(analysed) if verdicts[triple]]
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
    if not suffix:
        end_char = len(text)  # keep the closing punctuation
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
