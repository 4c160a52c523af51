"""Mediation steps a family records on a decision they disagree with.

Revision ID: 0020
Revises: 0019
Create Date: 2026-12-02
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0020"
down_revision: str | None = "0019"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "mediation_steps",
        sa.Column("id", sa.String(length=32), primary_key=True),
        sa.Column(
            "account_id",
            sa.String(length=32),
            sa.ForeignKey("accounts.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("case_reference", sa.String(length=32), nullable=False),
        sa.Column("decision", sa.String(length=20), nullable=False),
        sa.Column("decided_on", sa.Date(), nullable=False),
        sa.Column("step", sa.String(length=30), nullable=False),
        sa.Column("happened_on", sa.Date(), nullable=False),
        sa.Column("recorded_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_index("ix_mediation_steps_account_id", "mediation_steps", ["account_id"])
    op.create_index("ix_mediation_steps_case_reference", "mediation_steps", ["case_reference"])


def downgrade() -> None:
    op.drop_index("ix_mediation_steps_case_reference", table_name="mediation_steps")
    op.drop_index("ix_mediation_steps_account_id", table_name="mediation_steps")
    op.drop_table("mediation_steps")
