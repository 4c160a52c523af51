"""How families hear from us: their contact preferences, and texts in the mailbox.

Revision ID: 0022
Revises: 0021
Create Date: 2026-12-03
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0022"
down_revision: str | None = "0021"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "contact_preferences",
        sa.Column(
            "account_id",
            sa.String(length=32),
            sa.ForeignKey("accounts.id", ondelete="CASCADE"),
            primary_key=True,
        ),
        sa.Column("channels", sa.String(length=10), nullable=False),
        sa.Column("mobile", sa.Text(), nullable=True),
        sa.Column("language", sa.String(length=10), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
    )
    with op.batch_alter_table("mailbox_messages") as table:
        table.add_column(
            sa.Column("channel", sa.String(length=10), nullable=False, server_default="email")
        )


def downgrade() -> None:
    with op.batch_alter_table("mailbox_messages") as table:
        table.drop_column("channel")
    op.drop_table("contact_preferences")
