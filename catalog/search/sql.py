"""The search index's SQL-only parts: its version, the FTS5 table and the triggers feeding it.

Kept apart from `schema` (which declares the tables on SQLAlchemy's metadata) so that searching
and checking the index, which use plain sqlite3, do not load SQLAlchemy.
"""

from __future__ import annotations

# Bumped when the keys computed from a name or a text change; `index_status` then reports the
# index as outdated and `spravka reindex` rebuilds it.
INDEX_VERSION = "1"
INDEX_VERSION_KEY = "search_index_version"

FTS_TABLE = "search_fts"

# unicode61 without diacritic removal: it would fold й into и and break the stems.
FTS_CREATE = (
    "CREATE VIRTUAL TABLE search_fts USING fts5("
    "tokens, content='search_texts', content_rowid='id', "
    "tokenize='unicode61 remove_diacritics 0')"
)

FTS_TRIGGERS = (
    "CREATE TRIGGER search_texts_ai AFTER INSERT ON search_texts BEGIN "
    "INSERT INTO search_fts(rowid, tokens) VALUES (new.id, new.tokens); END",
    "CREATE TRIGGER search_texts_ad AFTER DELETE ON search_texts BEGIN "
    "INSERT INTO search_fts(search_fts, rowid, tokens) VALUES ('delete', old.id, old.tokens); END",
    "CREATE TRIGGER search_texts_au AFTER UPDATE ON search_texts BEGIN "
    "INSERT INTO search_fts(search_fts, rowid, tokens) VALUES ('delete', old.id, old.tokens); "
    "INSERT INTO search_fts(rowid, tokens) VALUES (new.id, new.tokens); END",
)
FTS_TRIGGER_NAMES = ("search_texts_ai", "search_texts_ad", "search_texts_au")

INDEX_TABLES = ("search_keys", "search_names", "search_persons", "search_texts")
