"""case reference on requests

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-29 13:50:44.320689
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("assessment_requests", schema=None) as batch_op:
        batch_op.add_column(sa.Column("case_reference", sa.String(length=32), nullable=True))
        batch_op.add_column(sa.Column("delivered_at", sa.DateTime(timezone=True), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("assessment_requests", schema=None) as batch_op:
        batch_op.drop_column("delivered_at")
        batch_op.drop_column("case_reference")
