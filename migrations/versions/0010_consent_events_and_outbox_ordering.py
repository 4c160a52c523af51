"""Consent events (append-only) with the wording people read, and outbox ordering.

Revision ID: 0010
Revises: 0009
Create Date: 2026-11-29
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0010"
down_revision: str | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

MESSAGE = "consent events are append-only"
# Every column but `detail`, which the data-key rotation re-encrypts in place (its plain
# value never changes; the ORM refuses any change to an event).
FIXED = (
    "id, case_reference, account_id, given_by, choice, given, occurred_at, "
    "wording_version, wording_sha256, language, method"
)


def upgrade() -> None:
    op.create_table(
        "consent_wordings",
        sa.Column("sha256", sa.String(length=64), primary_key=True),
        sa.Column("version", sa.String(length=32), nullable=False),
        sa.Column("language", sa.String(length=10), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("first_shown_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_table(
        "consent_events",
        sa.Column("id", sa.String(length=32), primary_key=True),
        sa.Column("case_reference", sa.String(length=32), nullable=False),
        sa.Column("account_id", sa.String(length=32), sa.ForeignKey("accounts.id"), nullable=False),
        sa.Column("given_by", sa.String(length=20), nullable=False),
        sa.Column("choice", sa.String(length=64), nullable=False),
        sa.Column("given", sa.Boolean(), nullable=False),
        sa.Column("detail", sa.Text(), nullable=True),
        sa.Column("occurred_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("wording_version", sa.String(length=32), nullable=False),
        sa.Column(
            "wording_sha256",
            sa.String(length=64),
            sa.ForeignKey("consent_wordings.sha256"),
            nullable=False,
        ),
        sa.Column("language", sa.String(length=10), nullable=False),
        sa.Column("method", sa.String(length=10), nullable=False),
    )
    op.create_index("ix_consent_events_account_id", "consent_events", ["account_id"])
    op.create_index("ix_consent_events_case", "consent_events", ["case_reference", "occurred_at"])
    with op.batch_alter_table("outbox_messages") as batch_op:
        batch_op.add_column(sa.Column("after_key", sa.String(length=64), nullable=True))
    with op.batch_alter_table("request_drafts") as batch_op:
        batch_op.add_column(sa.Column("consent_wording", sa.JSON(), nullable=True))

    if op.get_bind().dialect.name == "postgresql":
        op.execute(
            f"""
            CREATE FUNCTION consent_events_refuse_change() RETURNS trigger AS $$
            BEGIN
                RAISE EXCEPTION '{MESSAGE}';
            END;
            $$ LANGUAGE plpgsql
            """
        )
        op.execute(
            f"""
            CREATE TRIGGER consent_events_append_only
            BEFORE UPDATE OF {FIXED} OR DELETE ON consent_events
            FOR EACH ROW EXECUTE FUNCTION consent_events_refuse_change()
            """
        )
    else:
        for name, event in (("update", f"UPDATE OF {FIXED}"), ("delete", "DELETE")):
            op.execute(
                f"""
                CREATE TRIGGER consent_events_no_{name}
                BEFORE {event} ON consent_events
                BEGIN SELECT RAISE(ABORT, '{MESSAGE}'); END
                """
            )


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP TRIGGER consent_events_append_only ON consent_events")
        op.execute("DROP FUNCTION consent_events_refuse_change()")
    with op.batch_alter_table("request_drafts") as batch_op:
        batch_op.drop_column("consent_wording")
    with op.batch_alter_table("outbox_messages") as batch_op:
        batch_op.drop_column("after_key")
    op.drop_table("consent_events")
    op.drop_table("consent_wordings")
