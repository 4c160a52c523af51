"""The caseworkers' queue as flat at a million requests as at a thousand: requests
counted by status as they change (request_status_counts, kept by triggers, so the trays'
counts read seven rows rather than counting the history), and names found by trigram
index on PostgreSQL (pg_trgm), so a search by part of a name is an index lookup.

Revision ID: 0025
Revises: 0024
Create Date: 2026-12-02
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0025"
down_revision: str | None = "0024"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_POSTGRES_COUNTING = """
CREATE FUNCTION request_status_counts_{event}() RETURNS trigger AS $$
BEGIN
    INSERT INTO request_status_counts AS counted (status, count)
    SELECT status, sum(change) FROM ({changes}) AS changes
    GROUP BY status HAVING sum(change) <> 0
    ON CONFLICT (status) DO UPDATE SET count = counted.count + excluded.count;
    RETURN NULL;
END $$ LANGUAGE plpgsql;
CREATE TRIGGER request_status_counts_{event} AFTER {event} ON assessment_requests
REFERENCING {tables} FOR EACH STATEMENT EXECUTE FUNCTION request_status_counts_{event}();
"""
_POSTGRES_EVENTS = {
    "insert": ("SELECT status, 1 AS change FROM new_rows", "NEW TABLE AS new_rows"),
    "delete": ("SELECT status, -1 AS change FROM old_rows", "OLD TABLE AS old_rows"),
    "update": (
        "SELECT status, -1 AS change FROM old_rows "
        "UNION ALL SELECT status, 1 AS change FROM new_rows",
        "OLD TABLE AS old_rows NEW TABLE AS new_rows",
    ),
}
_SQLITE_COUNTING = """
CREATE TRIGGER request_status_counts_{event} AFTER {when} ON assessment_requests {condition}
BEGIN
{steps}
END
"""
_SQLITE_STEP = """
    INSERT OR IGNORE INTO request_status_counts (status, count) VALUES ({row}.status, 0);
    UPDATE request_status_counts SET count = count {sign} 1 WHERE status = {row}.status;
"""
_SQLITE_EVENTS = {
    "insert": ("INSERT", "", (("NEW", "+"),)),
    "delete": ("DELETE", "", (("OLD", "-"),)),
    "update": (
        "UPDATE OF status",
        "WHEN OLD.status <> NEW.status",
        (("OLD", "-"), ("NEW", "+")),
    ),
}


def upgrade() -> None:
    op.create_table(
        "request_status_counts",
        sa.Column("status", sa.String(length=24), primary_key=True),
        sa.Column("count", sa.Integer(), nullable=False),
    )
    op.execute(
        "INSERT INTO request_status_counts (status, count) "
        "SELECT status, count(*) FROM assessment_requests GROUP BY status"
    )
    if op.get_bind().dialect.name == "postgresql":
        for event, (changes, tables) in _POSTGRES_EVENTS.items():
            op.execute(_POSTGRES_COUNTING.format(event=event, changes=changes, tables=tables))
        op.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
        # The extension is one per database, in whichever schema it was first made:
        # name its operator class there, whatever this schema's search path.
        schema = op.get_bind().scalar(
            sa.text(
                "SELECT extnamespace::regnamespace::text FROM pg_extension "
                "WHERE extname = 'pg_trgm'"
            )
        )
        op.execute(
            "CREATE INDEX ix_assessment_requests_child_name_trigrams ON assessment_requests "
            f"USING gin (child_name {schema}.gin_trgm_ops) WITH (fastupdate = off)"
        )
    else:
        for event, (when, condition, steps) in _SQLITE_EVENTS.items():
            body = "".join(_SQLITE_STEP.format(row=row, sign=sign) for row, sign in steps)
            op.execute(
                _SQLITE_COUNTING.format(event=event, when=when, condition=condition, steps=body)
            )
        op.create_index(
            "ix_assessment_requests_child_name_trigrams", "assessment_requests", ["child_name"]
        )


def downgrade() -> None:
    op.drop_index("ix_assessment_requests_child_name_trigrams", "assessment_requests")
    for event in _POSTGRES_EVENTS:
        op.execute(
            f"DROP TRIGGER IF EXISTS request_status_counts_{event} ON assessment_requests"
            if op.get_bind().dialect.name == "postgresql"
            else f"DROP TRIGGER IF EXISTS request_status_counts_{event}"
        )
        if op.get_bind().dialect.name == "postgresql":
            op.execute(f"DROP FUNCTION IF EXISTS request_status_counts_{event}()")
    op.drop_table("request_status_counts")
