"""Search index: name keys, list order, full text (FTS5), filled for the existing records.

The tables are written out as SQL here, a frozen snapshot of `catalog.search.schema` at this
revision. Filling them uses the indexing code itself (`catalog.search.rebuild`), which reads only
columns that exist since revision 0001; later changes to how keys are computed raise
`INDEX_VERSION` and are applied by `spravka reindex`, not by editing this migration.

Revision ID: 0002_search
Revises: 0001
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0002_search"
down_revision: str | Sequence[str] | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TABLES = (
    """CREATE TABLE search_keys (
	"key" TEXT NOT NULL,
	term TEXT NOT NULL,
	base TEXT NOT NULL,
	CONSTRAINT pk_search_keys PRIMARY KEY ("key", term, base)
) WITHOUT ROWID""",
    """CREATE TABLE search_names (
	surname_key TEXT NOT NULL,
	given_key TEXT NOT NULL,
	patronymic_key TEXT NOT NULL,
	person_id INTEGER NOT NULL,
	variant_id INTEGER NOT NULL,
	CONSTRAINT pk_search_names PRIMARY KEY (surname_key, given_key, patronymic_key, person_id, variant_id),
	CONSTRAINT fk_search_names_person_id_persons FOREIGN KEY(person_id) REFERENCES persons (id) ON DELETE CASCADE
) WITHOUT ROWID""",
    "CREATE INDEX ix_search_names_given ON search_names (given_key, patronymic_key)",
    "CREATE INDEX ix_search_names_patronymic ON search_names (patronymic_key)",
    "CREATE INDEX ix_search_names_person ON search_names (person_id)",
    """CREATE TABLE search_persons (
	person_id INTEGER NOT NULL,
	name_key TEXT NOT NULL,
	first_arrest TEXT,
	first_arrest_qualifier TEXT,
	CONSTRAINT pk_search_persons PRIMARY KEY (person_id),
	CONSTRAINT fk_search_persons_person_id_persons FOREIGN KEY(person_id) REFERENCES persons (id) ON DELETE CASCADE
)""",
    "CREATE INDEX ix_search_persons_name ON search_persons (name_key)",
    "CREATE INDEX ix_search_persons_arrest ON search_persons (first_arrest)",
    """CREATE TABLE search_texts (
	id INTEGER NOT NULL,
	person_id INTEGER,
	document_id INTEGER,
	page_id INTEGER,
	claim_id INTEGER,
	transcription_id INTEGER,
	tokens TEXT NOT NULL,
	CONSTRAINT pk_search_texts PRIMARY KEY (id),
	CONSTRAINT ck_search_texts_one_owner CHECK ((person_id IS NOT NULL) + (document_id IS NOT NULL) + (page_id IS NOT NULL) + (claim_id IS NOT NULL) = 1),
	CONSTRAINT fk_search_texts_person_id_persons FOREIGN KEY(person_id) REFERENCES persons (id) ON DELETE CASCADE,
	CONSTRAINT fk_search_texts_document_id_documents FOREIGN KEY(document_id) REFERENCES documents (id) ON DELETE CASCADE,
	CONSTRAINT fk_search_texts_page_id_pages FOREIGN KEY(page_id) REFERENCES pages (id) ON DELETE CASCADE,
	CONSTRAINT fk_search_texts_claim_id_claims FOREIGN KEY(claim_id) REFERENCES claims (id) ON DELETE CASCADE
)""",
    "CREATE UNIQUE INDEX ix_search_texts_person ON search_texts (person_id) WHERE person_id IS NOT NULL",
    "CREATE UNIQUE INDEX ix_search_texts_document ON search_texts (document_id) WHERE document_id IS NOT NULL",
    "CREATE UNIQUE INDEX ix_search_texts_page ON search_texts (page_id) WHERE page_id IS NOT NULL",
    "CREATE UNIQUE INDEX ix_search_texts_claim ON search_texts (claim_id) WHERE claim_id IS NOT NULL",
    "CREATE VIRTUAL TABLE search_fts USING fts5(tokens, content='search_texts', content_rowid='id', tokenize='unicode61 remove_diacritics 0')",
)

TRIGGERS = (
    "CREATE TRIGGER search_texts_ai AFTER INSERT ON search_texts BEGIN INSERT INTO search_fts(rowid, tokens) VALUES (new.id, new.tokens); END",
    "CREATE TRIGGER search_texts_ad AFTER DELETE ON search_texts BEGIN INSERT INTO search_fts(search_fts, rowid, tokens) VALUES ('delete', old.id, old.tokens); END",
    "CREATE TRIGGER search_texts_au AFTER UPDATE ON search_texts BEGIN INSERT INTO search_fts(search_fts, rowid, tokens) VALUES ('delete', old.id, old.tokens); INSERT INTO search_fts(rowid, tokens) VALUES (new.id, new.tokens); END",
)


def upgrade() -> None:
    for statement in TABLES + TRIGGERS:
        op.execute(statement)
    # Imported here: the indexing code needs the tables above.
    from catalog.search.rebuild import rebuild_index

    rebuild_index(op.get_bind().connection.driver_connection)


def downgrade() -> None:
    op.execute("DROP TABLE IF EXISTS search_fts")
    for table in ("search_texts", "search_persons", "search_names", "search_keys"):
        op.execute(f"DROP TABLE {table}")
    op.execute("DELETE FROM catalog_info WHERE key = 'search_index_version'")
