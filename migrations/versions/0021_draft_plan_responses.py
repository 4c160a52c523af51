"""A family's responses to draft EHC plans, and the evidence they attach (documents.
draft_response_id).

Revision ID: 0021
Revises: 0020
Create Date: 2026-12-02
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0021"
down_revision: str | None = "0020"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "draft_plan_responses",
        sa.Column("id", sa.String(length=32), primary_key=True),
        sa.Column(
            "account_id",
            sa.String(length=32),
            sa.ForeignKey("accounts.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("case_reference", sa.String(length=32), nullable=False),
        sa.Column("responder_role", sa.String(length=20), nullable=False),
        sa.Column("draft_issued_on", sa.Date(), nullable=False),
        sa.Column("case_received_on", sa.Date(), nullable=True),
        sa.Column("answers", sa.Text(), nullable=False),
        sa.Column("language", sa.String(length=10), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("submitted_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("late", sa.Boolean(), nullable=False),
        sa.UniqueConstraint(
            "account_id", "case_reference", "draft_issued_on", name="uq_draft_plan_responses_draft"
        ),
    )
    for column in ("account_id", "case_reference", "submitted_at"):
        op.create_index(f"ix_draft_plan_responses_{column}", "draft_plan_responses", [column])
    with op.batch_alter_table("documents") as table:
        table.add_column(sa.Column("draft_response_id", sa.String(length=32), nullable=True))
        table.create_foreign_key(
            "fk_documents_draft_response_id",
            "draft_plan_responses",
            ["draft_response_id"],
            ["id"],
            ondelete="CASCADE",
        )
        table.create_index("ix_documents_draft_response_id", ["draft_response_id"])


def downgrade() -> None:
    with op.batch_alter_table("documents") as table:
        table.drop_index("ix_documents_draft_response_id")
        table.drop_constraint("fk_documents_draft_response_id", type_="foreignkey")
        table.drop_column("draft_response_id")
    for column in ("submitted_at", "case_reference", "account_id"):
        op.drop_index(f"ix_draft_plan_responses_{column}", table_name="draft_plan_responses")
    op.drop_table("draft_plan_responses")
