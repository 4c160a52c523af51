"""Feedback about the council's SEND services (the feedback package's table).

Revision ID: 0013
Revises: 0012
Create Date: 2026-11-29
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0013"
down_revision: str | None = "0012"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "feedback",
        sa.Column("id", sa.String(length=32), primary_key=True),
        sa.Column("service", sa.String(length=40), nullable=False),
        sa.Column("satisfaction", sa.Integer(), nullable=False),
        sa.Column("worked_well", sa.Text(), nullable=True),
        sa.Column("could_be_better", sa.Text(), nullable=True),
        sa.Column("contact_wanted", sa.Boolean(), nullable=False),
        sa.Column("contact", sa.Text(), nullable=True),
        sa.Column("language", sa.String(length=10), nullable=False),
        sa.Column("received_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("anonymised_at", sa.DateTime(timezone=True), nullable=True),
    )
    op.create_index("ix_feedback_service_received", "feedback", ["service", "received_at"])


def downgrade() -> None:
    op.drop_table("feedback")
