"""Why a decision whether to assess was made after it was due (the SEND Regulations 2014,
regulation 5(4)): null for a decision made in time, and for one made before this.

Revision ID: 0035
Revises: 0034
Create Date: 2026-12-06
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0035"
down_revision: str | None = "0034"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("assessment_requests") as batch_op:
        batch_op.add_column(sa.Column("late_reason", sa.String(32), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("assessment_requests") as batch_op:
        batch_op.drop_column("late_reason")
