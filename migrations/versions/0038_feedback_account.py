"""A parent who gave feedback signed in, and asked to be contacted, found neither the
feedback nor the name and email they left in "Your data". Such feedback is now linked to
their account (only then: anonymous feedback stays unlinked), so it is theirs to see,
download, and ask us to correct or erase. Feedback kept before stays unlinked: nothing
says whose it was.

Revision ID: 0038
Revises: 0037
Create Date: 2026-12-07
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0038"
down_revision: str | None = "0037"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("feedback") as table:
        table.add_column(sa.Column("account_id", sa.String(length=32), nullable=True))
        table.create_foreign_key(
            "fk_feedback_account_id", "accounts", ["account_id"], ["id"], ondelete="CASCADE"
        )
        table.create_index("ix_feedback_account_id", ["account_id"])


def downgrade() -> None:
    with op.batch_alter_table("feedback") as table:
        table.drop_index("ix_feedback_account_id")
        table.drop_constraint("fk_feedback_account_id", type_="foreignkey")
        table.drop_column("account_id")
