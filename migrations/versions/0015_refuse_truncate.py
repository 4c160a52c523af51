"""PostgreSQL: TRUNCATE of the audit trail and of consent is refused, as DELETE is.

Row triggers do not fire for TRUNCATE, so the append-only tables also get a statement
trigger (it fires for a table emptied by TRUNCATE ... CASCADE from another table too).
The retention job deletes old audit events row by row and never truncates. SQLite has
no TRUNCATE.

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-01
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0015"
down_revision: str | None = "0014"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TABLES = ("audit_events", "consent_events", "consent_wordings")


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute(
        """
        CREATE FUNCTION refuse_truncate() RETURNS trigger AS $$
        BEGIN
            RAISE EXCEPTION '% is append-only: TRUNCATE is refused', TG_TABLE_NAME;
        END;
        $$ LANGUAGE plpgsql
        """
    )
    for table in TABLES:
        op.execute(
            f"""
            CREATE TRIGGER {table}_no_truncate
            BEFORE TRUNCATE ON {table}
            FOR EACH STATEMENT EXECUTE FUNCTION refuse_truncate()
            """
        )


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for table in TABLES:
        op.execute(f"DROP TRIGGER {table}_no_truncate ON {table}")
    op.execute("DROP FUNCTION refuse_truncate()")
