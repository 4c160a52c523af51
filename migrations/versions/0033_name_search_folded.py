"""Names found as caseworkers type them: the child's name kept also as a search matches
it (lower case, without accents: portal.models.folding), so "yilmaz" finds the Turkish
name with its dotless i and "przykladowa" the Polish one with its barred l, on SQLite and
PostgreSQL alike. Part of a name is
found by trigram index on the folded name (on PostgreSQL), which replaces the one on the
name as written.

Revision ID: 0033
Revises: 0032
Create Date: 2026-12-04
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from portal.models.folding import folded

revision: str = "0033"
down_revision: str | None = "0032"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_REQUESTS = sa.table(
    "assessment_requests",
    sa.column("id", sa.String),
    sa.column("child_name", sa.String),
    sa.column("child_name_search", sa.String),
)
_BATCH = 1000


def _trigram_index(column: str, name: str) -> None:
    if op.get_bind().dialect.name == "postgresql":
        schema = op.get_bind().scalar(
            sa.text(
                "SELECT extnamespace::regnamespace::text FROM pg_extension "
                "WHERE extname = 'pg_trgm'"
            )
        )
        op.execute(
            f"CREATE INDEX {name} ON assessment_requests "
            f"USING gin ({column} {schema}.gin_trgm_ops) WITH (fastupdate = off)"
        )
    else:
        op.create_index(name, "assessment_requests", [column])


def upgrade() -> None:
    with op.batch_alter_table("assessment_requests") as batch_op:
        batch_op.add_column(
            sa.Column("child_name_search", sa.String(length=210), nullable=False, server_default="")
        )
    connection = op.get_bind()
    last = ""
    while True:
        rows = connection.execute(
            sa.select(_REQUESTS.c.id, _REQUESTS.c.child_name)
            .where(_REQUESTS.c.id > last)
            .order_by(_REQUESTS.c.id)
            .limit(_BATCH)
        ).all()
        if not rows:
            break
        connection.execute(
            _REQUESTS.update()
            .where(_REQUESTS.c.id == sa.bindparam("row_id"))
            .values(child_name_search=sa.bindparam("searched")),
            [{"row_id": id_, "searched": folded(name)[:210]} for id_, name in rows],
        )
        last = rows[-1][0]
    op.drop_index("ix_assessment_requests_child_name_trigrams", "assessment_requests")
    _trigram_index("child_name_search", "ix_assessment_requests_child_name_search_trigrams")


def downgrade() -> None:
    op.drop_index("ix_assessment_requests_child_name_search_trigrams", "assessment_requests")
    _trigram_index("child_name", "ix_assessment_requests_child_name_trigrams")
    with op.batch_alter_table("assessment_requests") as batch_op:
        batch_op.drop_column("child_name_search")
