"""Caseworkers' internal notes on a request (the body encrypted at rest).

Revision ID: 0016
Revises: 0015
Create Date: 2026-12-02
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0016"
down_revision: str | None = "0015"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "case_notes",
        sa.Column("id", sa.String(length=32), primary_key=True),
        sa.Column(
            "request_id",
            sa.String(length=32),
            sa.ForeignKey("assessment_requests.id"),
            nullable=False,
        ),
        sa.Column("account_id", sa.String(length=32), sa.ForeignKey("accounts.id"), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("written_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_index("ix_case_notes_request_id", "case_notes", ["request_id"])


def downgrade() -> None:
    op.drop_index("ix_case_notes_request_id", table_name="case_notes")
    op.drop_table("case_notes")
