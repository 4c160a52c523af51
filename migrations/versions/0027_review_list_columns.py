"""The caseworkers' list of annual reviews is ordered, counted and paged by the database:
plain columns beside each kept answer of the case system (whether it says the case has a
final plan; a review's due date, its next step's date and the day after which it is
overdue), so a page decrypts its own cases' answers only.

Answers already kept are given their columns here with the data keys (PORTAL_DATA_KEYS,
or the development key), as migration 0018 indexes postcodes already stored.

Revision ID: 0027
Revises: 0026
Create Date: 2026-12-02
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from portal.case_api.annual_reviews import backfill
from portal.platform.crypto import DataCipher
from portal.platform.settings import load_settings

revision: str = "0027"
down_revision: str | None = "0026"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("case_cache") as table:
        table.add_column(
            sa.Column("final_plan", sa.Boolean(), nullable=False, server_default=sa.false())
        )
        table.add_column(sa.Column("review_due_on", sa.Date(), nullable=True))
        table.add_column(sa.Column("next_step_due", sa.Date(), nullable=True))
        table.add_column(sa.Column("overdue_after", sa.Date(), nullable=True))
    connection = op.get_bind()
    if connection.execute(sa.text("SELECT 1 FROM case_cache LIMIT 1")).first():
        columns = ("final_plan", "review_due_on", "next_step_due", "overdue_after")
        backfill(connection, DataCipher(load_settings().data_keys), columns)


def downgrade() -> None:
    with op.batch_alter_table("case_cache") as table:
        for column in ("overdue_after", "next_step_due", "review_due_on", "final_plan"):
            table.drop_column(column)
