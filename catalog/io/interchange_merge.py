"""How a record already in the catalogue meets the same record from a file or a package.

The rule is the README's: nothing the catalogue holds is changed silently. Empty fields are
filled; where both sides hold a value and the values differ, the catalogue's stays and the
difference is reported as a conflict, with the file's value kept somewhere a person can reach it:

- a transcription that differs from the page's current one is added as a version (history), and
  the catalogue's current text stays current (its version is repeated as the newest), unless
  the file carries that current version in its own history (the same history carried further:
  a correction made where the page came from, which then becomes current as it would there);
- a claim whose date, place, cause or other content differs is added as a second claim beside
  the catalogue's, with its own uid derived from the two (so loading the file again adds nothing);
- an unknown field (`extra`) whose value differs keeps the catalogue's value under its key and
  the file's in `extra["conflicting_values"][key]`, a list (an ordinary extension key: `dump`
  writes it, and the next merge unites the lists).
"""

from __future__ import annotations

import hashlib
import json
import uuid
from collections.abc import Sequence
from typing import Any

from catalog import models
from catalog.dates import PartialDate

# The key of `extra` holding the values a merge did not put in place, by field name.
CONFLICTING_VALUES = "conflicting_values"

# The claim fields whose differing values make two claims with one uid say different things.
CLAIM_CONTENT = (
    "place",
    "body",
    "article",
    "sentence",
    "cause",
    "basis",
    "note",
    "quote",
)


def merge_extra(
    current: dict[str, Any] | None, incoming: dict[str, Any] | None, label: str
) -> tuple[dict[str, Any] | None, list[str]]:
    """The catalogue's unknown fields united with a file's, and the conflicts found.

    Keys only the file has are added; keys both have with the same value stay; a differing value
    stays as the catalogue's, and the file's is added to `conflicting_values[key]`.
    """
    if not incoming:
        return current, []
    merged: dict[str, Any] = dict(current or {})
    kept: dict[str, list[Any]] = (
        {
            key: list(values) if isinstance(values, list) else [values]
            for key, values in dict(merged.get(CONFLICTING_VALUES) or {}).items()
        }
        if isinstance(merged.get(CONFLICTING_VALUES), dict)
        else {}
    )
    conflicts: list[str] = []
    for key, value in incoming.items():
        if key == CONFLICTING_VALUES and isinstance(value, dict):
            for name, values in value.items():
                for item in values if isinstance(values, list) else [values]:
                    if item not in kept.setdefault(name, []):
                        kept[name].append(item)
            continue
        if key not in merged or merged[key] in (None, ""):
            merged[key] = value
        elif merged[key] != value and value not in kept.get(key, []):
            kept.setdefault(key, []).append(value)
            conflicts.append(
                f"{label}: {key} is {_short(merged[key])} in the catalogue, {_short(value)} in "
                f"the file; kept the catalogue's, the file's is under {CONFLICTING_VALUES}"
            )
    if kept:
        merged[CONFLICTING_VALUES] = kept
    return merged, conflicts


def _short(value: Any, limit: int = 80) -> str:
    text = json.dumps(value, ensure_ascii=False) if not isinstance(value, str) else repr(value)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def claim_differences(
    claim: models.Claim,
    kind: str,
    date: PartialDate | None,
    texts: dict[str, str],
    document: models.Document | None,
) -> tuple[dict[str, tuple[Any, Any]], dict[str, Any]]:
    """What a file's claim says differently from the catalogue's claim of the same uid.

    Returns (conflicting fields with (catalogue, file) values, fields the file fills that are
    empty in the catalogue).
    """
    differing: dict[str, tuple[Any, Any]] = {}
    fills: dict[str, Any] = {}
    if kind and kind != claim.kind:
        differing["kind"] = (claim.kind, kind)
    current_date = claim.when
    if date is not None:
        if current_date is None:
            fills["when"] = date
        elif current_date != date:
            differing["date"] = (str(current_date), str(date))
    for key in CLAIM_CONTENT:
        value = texts.get(key) or ""
        if not value:
            continue
        mine = getattr(claim, key) or ""
        if not mine:
            fills[key] = value
        elif mine != value:
            differing[key] = (mine, value)
    if document is not None:
        if claim.document is None:
            fills["document"] = document
        elif claim.document.uid != document.uid:
            differing["source"] = (claim.document.uid, document.uid)
    return differing, fills


def side_by_side_uid(uid: str, kind: str, date: PartialDate | None, texts: dict[str, str]) -> str:
    """The uid of a claim added beside a differing one: the same content, the same uid."""
    content = json.dumps(
        [uid, kind, str(date) if date else "", sorted(texts.items())], ensure_ascii=False
    )
    digest = hashlib.sha256(content.encode("utf-8")).hexdigest()
    return str(uuid.uuid5(uuid.NAMESPACE_URL, f"spravka-claim-beside:{digest}"))


def describe_claim_conflict(label: str, differing: dict[str, tuple[Any, Any]], new_id: str) -> str:
    parts = [
        f"{key} is {_short(mine)} in the catalogue, {_short(theirs)} in the file"
        for key, (mine, theirs) in differing.items()
    ]
    return (
        f"{label}: " + "; ".join(parts) + f"; the catalogue's claim kept, the file's added beside "
        f"it as claim {new_id}"
    )


def describe_transcription_conflict(
    label: str, kept: models.Transcription, theirs: Sequence[models.Transcription]
) -> str:
    versions = ", ".join(str(t.version) for t in theirs)
    return (
        f"{label}: the file's transcription differs from the catalogue's current one; the file's "
        f"is kept as version {versions} in the page's history, the catalogue's text (version "
        f"{kept.version}, {kept.origin}{', ' + kept.author if kept.author else ''}) stays current"
    )
