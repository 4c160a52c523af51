"""An index on the audit events' object id alone: a caseworker's request history looks up
the events about a request, its draft and its files by id, whatever their kind, which
the (object_kind, object_id) index cannot serve, so every history page read the whole
table.

Revision ID: 0019
Revises: 0018
Create Date: 2026-12-02
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0019"
down_revision: str | None = "0018"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_index("ix_audit_events_object_id", "audit_events", ["object_id"])


def downgrade() -> None:
    op.drop_index("ix_audit_events_object_id", table_name="audit_events")
