"""Families' requests to correct, restrict, object to a use of or erase their information,
and what staff did about each.

Revision ID: 0023
Revises: 0022
Create Date: 2026-12-03
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0023"
down_revision: str | None = "0022"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "data_rights_requests",
        sa.Column("id", sa.String(length=32), primary_key=True),
        sa.Column("reference", sa.String(length=16), nullable=False, unique=True),
        sa.Column(
            "account_id",
            sa.String(length=32),
            sa.ForeignKey("accounts.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("right", sa.String(length=20), nullable=False),
        sa.Column("item_id", sa.String(length=64), nullable=False),
        sa.Column("content", sa.Text(), nullable=False),
        sa.Column("language", sa.String(length=10), nullable=False),
        sa.Column("received_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("received_on", sa.Date(), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=False),
        sa.Column("status", sa.String(length=12), nullable=False),
        sa.Column("closed_on", sa.Date(), nullable=True),
    )
    op.create_index("ix_data_rights_requests_account_id", "data_rights_requests", ["account_id"])
    op.create_index("ix_data_rights_requests_due_on", "data_rights_requests", ["due_on"])
    op.create_index("ix_data_rights_requests_status", "data_rights_requests", ["status"])
    op.create_table(
        "data_rights_updates",
        sa.Column("id", sa.String(length=32), primary_key=True),
        sa.Column(
            "request_id",
            sa.String(length=32),
            sa.ForeignKey("data_rights_requests.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("status", sa.String(length=12), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("made_by", sa.String(length=32), sa.ForeignKey("accounts.id"), nullable=False),
        sa.Column("made_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_index("ix_data_rights_updates_request_id", "data_rights_updates", ["request_id"])


def downgrade() -> None:
    op.drop_index("ix_data_rights_updates_request_id", table_name="data_rights_updates")
    op.drop_table("data_rights_updates")
    op.drop_index("ix_data_rights_requests_status", table_name="data_rights_requests")
    op.drop_index("ix_data_rights_requests_due_on", table_name="data_rights_requests")
    op.drop_index("ix_data_rights_requests_account_id", table_name="data_rights_requests")
    op.drop_table("data_rights_requests")
