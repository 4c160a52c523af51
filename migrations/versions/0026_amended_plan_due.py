"""A response to proposed amendments after an annual review keeps the date the amended plan
is due, which caseworkers see in place of the 20 weeks of a first plan.

Revision ID: 0026
Revises: 0025
Create Date: 2026-12-02
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0026"
down_revision: str | None = "0025"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("draft_plan_responses") as table:
        table.add_column(sa.Column("amended_plan_due", sa.Date(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("draft_plan_responses") as table:
        table.drop_column("amended_plan_due")
