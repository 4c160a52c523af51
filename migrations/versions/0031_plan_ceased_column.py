"""A plain column beside each kept answer of the case system: whether the case says the
council stopped (ceased) its plan. The caseworkers' list of annual reviews leaves such a
case out: a stopped plan has no review, though the plan the case system keeps may still
say final.

Answers already kept are given the column here with the data keys (PORTAL_DATA_KEYS, or
the development key), as migration 0027 gave its columns.

Revision ID: 0031
Revises: 0030
Create Date: 2026-12-03
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from portal.case_api.annual_reviews import backfill
from portal.platform.crypto import DataCipher
from portal.platform.settings import load_settings

revision: str = "0031"
down_revision: str | None = "0030"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("case_cache") as table:
        table.add_column(
            sa.Column("plan_ceased", sa.Boolean(), nullable=False, server_default=sa.false())
        )
    connection = op.get_bind()
    if connection.execute(sa.text("SELECT 1 FROM case_cache WHERE kind = 'case' LIMIT 1")).first():
        backfill(connection, DataCipher(load_settings().data_keys), ("plan_ceased",))


def downgrade() -> None:
    with op.batch_alter_table("case_cache") as table:
        table.drop_column("plan_ceased")
