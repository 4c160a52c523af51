"""When the family last answered a request for more information: the caseworkers' queue
marks such a request as replied, not as new.

Revision ID: 0032
Revises: 0031
Create Date: 2026-12-03
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0032"
down_revision: str | None = "0031"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("assessment_requests") as batch_op:
        batch_op.add_column(sa.Column("replied_at", sa.DateTime(timezone=True), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("assessment_requests") as batch_op:
        batch_op.drop_column("replied_at")
