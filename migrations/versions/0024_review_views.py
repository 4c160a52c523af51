"""Families' views before annual reviews, and the reports they add (documents.
review_views_id).

Revision ID: 0024
Revises: 0023
Create Date: 2026-12-02
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0024"
down_revision: str | None = "0023"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "review_views",
        sa.Column("id", sa.String(length=32), primary_key=True),
        sa.Column(
            "account_id",
            sa.String(length=32),
            sa.ForeignKey("accounts.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("case_reference", sa.String(length=32), nullable=False),
        sa.Column("author_role", sa.String(length=20), nullable=False),
        sa.Column("review_due_on", sa.Date(), nullable=False),
        sa.Column("meeting_on", sa.Date(), nullable=True),
        sa.Column("answers", sa.Text(), nullable=False),
        sa.Column("language", sa.String(length=10), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("submitted_at", sa.DateTime(timezone=True), nullable=True),
        sa.UniqueConstraint(
            "account_id", "case_reference", "review_due_on", name="uq_review_views"
        ),
    )
    for column in ("account_id", "case_reference", "submitted_at"):
        op.create_index(f"ix_review_views_{column}", "review_views", [column])
    with op.batch_alter_table("documents") as table:
        table.add_column(sa.Column("review_views_id", sa.String(length=32), nullable=True))
        table.create_foreign_key(
            "fk_documents_review_views_id",
            "review_views",
            ["review_views_id"],
            ["id"],
            ondelete="CASCADE",
        )
        table.create_index("ix_documents_review_views_id", ["review_views_id"])


def downgrade() -> None:
    with op.batch_alter_table("documents") as table:
        table.drop_index("ix_documents_review_views_id")
        table.drop_constraint("fk_documents_review_views_id", type_="foreignkey")
        table.drop_column("review_views_id")
    for column in ("submitted_at", "case_reference", "account_id"):
        op.drop_index(f"ix_review_views_{column}", table_name="review_views")
    op.drop_table("review_views")
