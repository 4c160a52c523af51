"""Documents a family attaches to a reply to the council (documents.message_id).

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-01
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0014"
down_revision: str | None = "0013"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("documents") as table:
        table.add_column(sa.Column("message_id", sa.String(length=32), nullable=True))
        table.create_foreign_key(
            "fk_documents_message_id",
            "family_messages",
            ["message_id"],
            ["id"],
            ondelete="CASCADE",
        )
        table.create_index("ix_documents_message_id", ["message_id"])


def downgrade() -> None:
    with op.batch_alter_table("documents") as table:
        table.drop_index("ix_documents_message_id")
        table.drop_constraint("fk_documents_message_id", type_="foreignkey")
        table.drop_column("message_id")
