"""Privacy marks: a person marked living or deceased by hand, private notes, documents, claims.

`persons.living` is NULL unless set by hand (then the presumption of `catalog.io.privacy`
decides); the private marks default to false for every existing record.

Revision ID: 0005_privacy
Revises: 0004_families (first 0002_search; re-chained when main brought 0004_families)
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005_privacy"
down_revision: str | Sequence[str] | None = "0003_case_files"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

PRIVATE = (("persons", "notes_private"), ("documents", "private"), ("claims", "private"))


def upgrade() -> None:
    # SQLite adds a NOT NULL column with a constant default in place: no table rebuild.
    op.add_column("persons", sa.Column("living", sa.Boolean(), nullable=True))
    for table, column in PRIVATE:
        op.add_column(
            table, sa.Column(column, sa.Boolean(), nullable=False, server_default=sa.text("0"))
        )


def downgrade() -> None:
    for table, column in (*PRIVATE, ("persons", "living")):
        with op.batch_alter_table(table) as batch:
            batch.drop_column(column)
