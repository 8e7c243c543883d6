"""Families and uncertain dates: kinship between persons, and the end of a date range.

Each stored date gains a column for the end of a range ("between 1937 and 1938"): the first
point stays in the existing ISO text column, which keeps sorting chronologically by the earliest
point. The `relationships` table holds parent/child, spouse and sibling links, each cited like a
claim.

Revision ID: 0004_families
Revises: 0002_search
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004_families"
down_revision: str | Sequence[str] | None = "0002_search"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

END_COLUMNS = (
    ("persons", "birth_date_end"),
    ("documents", "issued_date_end"),
    ("documents", "act_record_date_end"),
    ("claims", "date_end"),
)


def upgrade() -> None:
    for table, column in END_COLUMNS:
        op.add_column(table, sa.Column(column, sa.String(length=10), nullable=True))
    op.create_table(
        "relationships",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.String(length=36), nullable=False),
        sa.Column("source_id", sa.String(length=200), nullable=True),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("relative_id", sa.Integer(), nullable=False),
        sa.Column("detail", sa.String(length=20), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("date", sa.String(length=10), nullable=True),
        sa.Column("date_qualifier", sa.String(length=10), nullable=True),
        sa.Column("date_end", sa.String(length=10), nullable=True),
        sa.Column("end_date", sa.String(length=10), nullable=True),
        sa.Column("end_qualifier", sa.String(length=10), nullable=True),
        sa.Column("end_date_end", sa.String(length=10), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("document_id", sa.Integer(), nullable=True),
        sa.Column("page_id", sa.Integer(), nullable=True),
        sa.Column("quote", sa.Text(), nullable=False),
        sa.Column("extra", sa.Text(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint("person_id <> relative_id", name=op.f("ck_relationships_not_self")),
        sa.CheckConstraint(
            "kind IN ('parent', 'spouse', 'sibling')", name=op.f("ck_relationships_kind")
        ),
        sa.ForeignKeyConstraint(
            ["document_id"],
            ["documents.id"],
            name=op.f("fk_relationships_document_id_documents"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["page_id"],
            ["pages.id"],
            name=op.f("fk_relationships_page_id_pages"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["persons.id"],
            name=op.f("fk_relationships_person_id_persons"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["relative_id"],
            ["persons.id"],
            name=op.f("fk_relationships_relative_id_persons"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_relationships")),
        sa.UniqueConstraint(
            "kind",
            "person_id",
            "relative_id",
            name=op.f("uq_relationships_kind_person_id_relative_id"),
        ),
        sa.UniqueConstraint("uid", name=op.f("uq_relationships_uid")),
    )
    op.create_index("ix_relationships_relative", "relationships", ["relative_id", "kind"])
    op.create_index(
        op.f("ix_relationships_document_id"), "relationships", ["document_id"], unique=False
    )
    op.create_index(op.f("ix_relationships_page_id"), "relationships", ["page_id"], unique=False)


def downgrade() -> None:
    op.drop_table("relationships")
    for table, column in END_COLUMNS:
        with op.batch_alter_table(table) as batch:
            batch.drop_column(column)
