"""A caseworker who made a second link code because the first was lost found both
"Waiting to be used", with no way to stop the lost one, which stayed usable for 14 days.
A code can now be cancelled while it waits: when, and by whom. Codes made before stay as
they were.

Revision ID: 0039
Revises: 0038
Create Date: 2026-12-07
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0039"
down_revision: str | None = "0038"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("link_codes") as table:
        table.add_column(sa.Column("cancelled_at", sa.DateTime(timezone=True), nullable=True))
        table.add_column(sa.Column("cancelled_by", sa.String(length=32), nullable=True))
        table.create_foreign_key("fk_link_codes_cancelled_by", "accounts", ["cancelled_by"], ["id"])


def downgrade() -> None:
    with op.batch_alter_table("link_codes") as table:
        table.drop_constraint("fk_link_codes_cancelled_by", type_="foreignkey")
        table.drop_column("cancelled_by")
        table.drop_column("cancelled_at")
