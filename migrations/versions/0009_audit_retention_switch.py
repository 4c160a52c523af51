"""Let the retention job, and only it, delete audit events past their retention period.

The job inserts a row into audit_retention_switch, deletes, and removes the row in one
transaction, so no other connection ever sees the switch on. Updates stay refused.

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-29
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

MESSAGE = "audit events are append-only"


def upgrade() -> None:
    op.create_table("audit_retention_switch", sa.Column("on", sa.Boolean(), primary_key=True))
    if op.get_bind().dialect.name == "postgresql":
        op.execute(
            f"""
            CREATE OR REPLACE FUNCTION audit_events_refuse_change() RETURNS trigger AS $$
            BEGIN
                IF TG_OP = 'DELETE' AND EXISTS (SELECT 1 FROM audit_retention_switch) THEN
                    RETURN OLD;
                END IF;
                RAISE EXCEPTION '{MESSAGE}';
            END;
            $$ LANGUAGE plpgsql
            """
        )
    else:
        op.execute("DROP TRIGGER audit_events_no_delete")
        op.execute(
            f"""
            CREATE TRIGGER audit_events_no_delete
            BEFORE DELETE ON audit_events
            WHEN NOT EXISTS (SELECT 1 FROM audit_retention_switch)
            BEGIN SELECT RAISE(ABORT, '{MESSAGE}'); END
            """
        )


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute(
            f"""
            CREATE OR REPLACE FUNCTION audit_events_refuse_change() RETURNS trigger AS $$
            BEGIN
                RAISE EXCEPTION '{MESSAGE}';
            END;
            $$ LANGUAGE plpgsql
            """
        )
    else:
        op.execute("DROP TRIGGER audit_events_no_delete")
        op.execute(
            f"""
            CREATE TRIGGER audit_events_no_delete
            BEFORE DELETE ON audit_events
            BEGIN SELECT RAISE(ABORT, '{MESSAGE}'); END
            """
        )
    op.drop_table("audit_retention_switch")
