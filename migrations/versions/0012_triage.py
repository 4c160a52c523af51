"""Triage: status, assignment, a version for stale forms, searchable name and date of
birth, deadline exceptions and messages between the council and the family.

Revision ID: 0012
Revises: 0011
Create Date: 2026-11-29
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0012"
down_revision: str | None = "0011"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "deadline_exceptions",
        sa.Column("id", sa.String(length=32), primary_key=True),
        sa.Column(
            "request_id",
            sa.String(length=32),
            sa.ForeignKey("assessment_requests.id"),
            nullable=False,
        ),
        sa.Column("kind", sa.String(length=30), nullable=False),
        sa.Column("days", sa.Integer(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column(
            "recorded_by", sa.String(length=32), sa.ForeignKey("accounts.id"), nullable=False
        ),
        sa.Column("recorded_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_index("ix_deadline_exceptions_request_id", "deadline_exceptions", ["request_id"])
    op.create_table(
        "family_messages",
        sa.Column("id", sa.String(length=32), primary_key=True),
        sa.Column(
            "request_id",
            sa.String(length=32),
            sa.ForeignKey("assessment_requests.id"),
            nullable=False,
        ),
        sa.Column("sender", sa.String(length=10), nullable=False),
        sa.Column("account_id", sa.String(length=32), sa.ForeignKey("accounts.id"), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("language", sa.String(length=10), nullable=False),
        sa.Column("sent_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_index("ix_family_messages_request_id", "family_messages", ["request_id"])
    with op.batch_alter_table("assessment_requests") as batch_op:
        batch_op.add_column(
            sa.Column("status", sa.String(length=24), nullable=False, server_default="received")
        )
        batch_op.add_column(sa.Column("assigned_to", sa.String(length=32), nullable=True))
        batch_op.add_column(sa.Column("version", sa.Integer(), nullable=False, server_default="1"))
        batch_op.add_column(
            sa.Column("child_name", sa.String(length=210), nullable=False, server_default="")
        )
        batch_op.add_column(sa.Column("child_date_of_birth", sa.Date(), nullable=True))
        batch_op.add_column(sa.Column("upn", sa.String(length=13), nullable=True))
        batch_op.add_column(sa.Column("decided_on", sa.Date(), nullable=True))
        batch_op.add_column(sa.Column("duplicate_of", sa.String(length=20), nullable=True))
        batch_op.create_index("ix_assessment_requests_assigned_to", ["assigned_to"])
        batch_op.create_index("ix_assessment_requests_child_name", ["child_name"])
        batch_op.create_index("ix_assessment_requests_queue", ["decision_due", "id"])
        batch_op.create_index("ix_assessment_requests_status", ["status"])
        batch_op.create_index(
            "ix_assessment_requests_status_queue", ["status", "decision_due", "id"]
        )
        batch_op.create_index("ix_assessment_requests_upn", ["upn"])
        batch_op.create_foreign_key(
            "fk_assessment_requests_assigned_to", "accounts", ["assigned_to"], ["id"]
        )


def downgrade() -> None:
    with op.batch_alter_table("assessment_requests") as batch_op:
        batch_op.drop_constraint("fk_assessment_requests_assigned_to", type_="foreignkey")
        for index in ("assigned_to", "child_name", "queue", "status", "status_queue", "upn"):
            batch_op.drop_index(f"ix_assessment_requests_{index}")
        for column in (
            "status",
            "assigned_to",
            "version",
            "child_name",
            "child_date_of_birth",
            "upn",
            "decided_on",
            "duplicate_of",
        ):
            batch_op.drop_column(column)
    op.drop_table("family_messages")
    op.drop_table("deadline_exceptions")
