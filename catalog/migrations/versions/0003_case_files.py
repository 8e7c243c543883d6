"""Case files: the documents list sorts by issue date and title through indexes, and every
document a claim cites is linked to the claim's person.

Before this revision a claim could cite a document its person was not linked to, so a dossier
said "no documents are linked" while its claims cited one. The links are added here once; from
now on the claim services add them as claims are written.

Revision ID: 0003_case_files
Revises: 0004_families (re-chained after the families revision, which reached main first)
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0003_case_files"
down_revision: str | Sequence[str] | None = "0004_families"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_index("ix_documents_issued", "documents", ["issued_date"])
    op.create_index("ix_documents_title", "documents", ["title"])
    op.create_index("ix_documents_kind_issued", "documents", ["kind", "issued_date"])
    op.create_index("ix_documents_kind_title", "documents", ["kind", "title"])
    # A cited document with no link at all concerns the claim's person as its subject;
    # one already linked to others mentions them.
    op.execute(
        """
        INSERT INTO document_links (document_id, person_id, role)
        SELECT DISTINCT c.document_id, c.person_id,
               CASE WHEN EXISTS (SELECT 1 FROM document_links l WHERE l.document_id = c.document_id)
                    THEN 'mentioned' ELSE 'subject' END
        FROM claims c
        WHERE c.document_id IS NOT NULL
          AND NOT EXISTS (
              SELECT 1 FROM document_links l
              WHERE l.document_id = c.document_id AND l.person_id = c.person_id
          )
        """
    )


def downgrade() -> None:
    op.drop_index("ix_documents_kind_title", "documents")
    op.drop_index("ix_documents_kind_issued", "documents")
    op.drop_index("ix_documents_title", "documents")
    op.drop_index("ix_documents_issued", "documents")
