"""The search index's tables, declared on the catalogue's metadata (SQL-only parts: `sql`).

- `search_keys`: the dictionary of name keys. For every distinct name key ("term") it maps every
  way of reaching it to the term: the term itself, its one-letter deletions (typo tolerance by a
  symmetric deletion neighbourhood), and its Latin keys in each transliteration scheme with their
  deletions. `base` is the undeleted key a row came from, so a typo can be measured exactly.
  It is small: one set of rows per distinct name word, not per person.
- `search_names`: one row per way a person is named (the name itself and each variant), holding
  the three part keys. Clustered by (surname, given name, patronymic) key; secondary indexes
  serve queries that start from a given name or a patronymic.
- `search_persons`: per person, the key that sorts names in Russian alphabetical order and the
  date of the first accepted arrest claim, so that a million people are listed in either order
  straight from an index.
- `search_texts` + `search_fts`: the full text of current transcriptions, claims, person and
  document notes, stemmed (Snowball Russian) into a token stream, indexed by an FTS5 table that
  uses `search_texts` as its external content. Plain SQL triggers keep the FTS index in step with
  `search_texts`, including rows removed by foreign-key cascades when a page, claim, person or
  document is deleted.
"""

from __future__ import annotations

from sqlalchemy import (
    CheckConstraint,
    Column,
    ForeignKey,
    Index,
    Integer,
    PrimaryKeyConstraint,
    Table,
    Text,
)

from catalog.models import Base
from catalog.search.sql import (  # noqa: F401  (the index's SQL-only parts, re-exported)
    FTS_CREATE,
    FTS_TABLE,
    FTS_TRIGGER_NAMES,
    FTS_TRIGGERS,
    INDEX_TABLES,
    INDEX_VERSION,
    INDEX_VERSION_KEY,
)

search_keys = Table(
    "search_keys",
    Base.metadata,
    Column("key", Text, nullable=False),
    Column("term", Text, nullable=False),
    Column("base", Text, nullable=False),
    PrimaryKeyConstraint("key", "term", "base"),
    sqlite_with_rowid=False,
)

search_names = Table(
    "search_names",
    Base.metadata,
    Column("surname_key", Text, nullable=False),
    Column("given_key", Text, nullable=False),
    Column("patronymic_key", Text, nullable=False),
    Column("person_id", Integer, ForeignKey("persons.id", ondelete="CASCADE"), nullable=False),
    # 0 for the person's own name, otherwise the id of the name variant.
    Column("variant_id", Integer, nullable=False),
    PrimaryKeyConstraint("surname_key", "given_key", "patronymic_key", "person_id", "variant_id"),
    Index("ix_search_names_given", "given_key", "patronymic_key"),
    Index("ix_search_names_patronymic", "patronymic_key"),
    Index("ix_search_names_person", "person_id"),
    sqlite_with_rowid=False,
)

search_persons = Table(
    "search_persons",
    Base.metadata,
    Column("person_id", Integer, ForeignKey("persons.id", ondelete="CASCADE"), primary_key=True),
    Column("name_key", Text, nullable=False),
    Column("first_arrest", Text),
    Column("first_arrest_qualifier", Text),
    Index("ix_search_persons_name", "name_key"),
    Index("ix_search_persons_arrest", "first_arrest"),
)

search_texts = Table(
    "search_texts",
    Base.metadata,
    Column("id", Integer, primary_key=True),
    # Exactly one of these says what the text belongs to.
    Column("person_id", Integer, ForeignKey("persons.id", ondelete="CASCADE")),
    Column("document_id", Integer, ForeignKey("documents.id", ondelete="CASCADE")),
    Column("page_id", Integer, ForeignKey("pages.id", ondelete="CASCADE")),
    Column("claim_id", Integer, ForeignKey("claims.id", ondelete="CASCADE")),
    # For a page: the transcription version whose text is indexed.
    Column("transcription_id", Integer),
    Column("tokens", Text, nullable=False),
    CheckConstraint(
        "(person_id IS NOT NULL) + (document_id IS NOT NULL) + (page_id IS NOT NULL)"
        " + (claim_id IS NOT NULL) = 1",
        name="one_owner",
    ),
    Index(
        "ix_search_texts_person",
        "person_id",
        unique=True,
        sqlite_where=Column("person_id").isnot(None),
    ),
    Index(
        "ix_search_texts_document",
        "document_id",
        unique=True,
        sqlite_where=Column("document_id").isnot(None),
    ),
    Index(
        "ix_search_texts_page", "page_id", unique=True, sqlite_where=Column("page_id").isnot(None)
    ),
    Index(
        "ix_search_texts_claim",
        "claim_id",
        unique=True,
        sqlite_where=Column("claim_id").isnot(None),
    ),
)
