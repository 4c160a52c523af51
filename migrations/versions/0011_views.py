"""Views ("All about me") and their attachments.

Revision ID: 0011
Revises: 0010
Create Date: 2026-11-29
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0011"
down_revision: str | None = "0010"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "contributions",
        sa.Column("id", sa.String(length=32), primary_key=True),
        sa.Column(
            "account_id",
            sa.String(length=32),
            sa.ForeignKey("accounts.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("author_role", sa.String(length=20), nullable=False),
        sa.Column("case_reference", sa.String(length=32), nullable=True),
        sa.Column(
            "draft_id",
            sa.String(length=32),
            sa.ForeignKey("request_drafts.id", ondelete="CASCADE"),
            nullable=True,
        ),
        sa.Column("answers", sa.Text(), nullable=False),
        sa.Column("language", sa.String(length=10), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("ready_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("submitted_at", sa.DateTime(timezone=True), nullable=True),
    )
    for column in ("account_id", "case_reference", "draft_id", "updated_at"):
        op.create_index(f"ix_contributions_{column}", "contributions", [column])
    with op.batch_alter_table("documents") as batch_op:
        batch_op.add_column(sa.Column("contribution_id", sa.String(length=32), nullable=True))
        batch_op.alter_column("draft_id", existing_type=sa.String(length=32), nullable=True)
        batch_op.create_index("ix_documents_contribution_id", ["contribution_id"])
        batch_op.create_foreign_key(
            "fk_documents_contribution_id",
            "contributions",
            ["contribution_id"],
            ["id"],
            ondelete="CASCADE",
        )


def downgrade() -> None:
    with op.batch_alter_table("documents") as batch_op:
        batch_op.drop_constraint("fk_documents_contribution_id", type_="foreignkey")
        batch_op.drop_index("ix_documents_contribution_id")
        batch_op.alter_column("draft_id", existing_type=sa.String(length=32), nullable=False)
        batch_op.drop_column("contribution_id")
    op.drop_table("contributions")
