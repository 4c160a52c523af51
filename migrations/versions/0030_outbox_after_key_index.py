"""Index the outbox's after_key: a request's history follows each message to the one that
waits behind it.

Revision ID: 0030
Revises: 0029
Create Date: 2026-12-03
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0030"
down_revision: str | None = "0029"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_index("ix_outbox_after_key", "outbox_messages", ["after_key"])


def downgrade() -> None:
    op.drop_index("ix_outbox_after_key", table_name="outbox_messages")
