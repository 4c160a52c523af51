"""A parent rang about "Sunny", the name the child goes by, and the queue's search found
nothing: it matched the legal name only. The preferred name the family gave is kept beside
the child's name (plain, as the name is: names are not special category data), shown to
caseworkers, and searched with it. It is in the encrypted answers, so requests already
stored are read with the data keys, PORTAL_DATA_KEYS or the development key, as migration
0034 reads them.

Revision ID: 0037
Revises: 0036
Create Date: 2026-12-07
"""

import json
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from portal.models.folding import name_as_searched
from portal.platform.crypto import DataCipher
from portal.platform.settings import load_settings

revision: str = "0037"
down_revision: str | None = "0036"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_REQUESTS = sa.table(
    "assessment_requests",
    sa.column("id", sa.String),
    sa.column("child_name", sa.String),
    sa.column("child_name_search", sa.String),
    sa.column("child_preferred_name", sa.String),
    sa.column("answers", sa.String),
)
_BATCH = 500


def upgrade() -> None:
    with op.batch_alter_table("assessment_requests") as batch_op:
        batch_op.add_column(sa.Column("child_preferred_name", sa.String(length=210)))
    connection = op.get_bind()
    cipher = DataCipher(load_settings().data_keys)
    last = ""
    while True:
        rows = connection.execute(
            sa.select(_REQUESTS.c.id, _REQUESTS.c.child_name, _REQUESTS.c.answers)
            .where(_REQUESTS.c.id > last)
            .order_by(_REQUESTS.c.id)
            .limit(_BATCH)
        ).all()
        if not rows:
            break
        named = []
        for row in rows:
            answers = json.loads(cipher.decrypt(row.answers.encode())) if row.answers else {}
            preferred = (answers.get("child.preferred_name") or "")[:210] or None
            if preferred:
                searched = name_as_searched(row.child_name, preferred)
                named.append({"row_id": row.id, "preferred": preferred, "searched": searched})
        if named:
            connection.execute(
                _REQUESTS.update()
                .where(_REQUESTS.c.id == sa.bindparam("row_id"))
                .values(
                    child_preferred_name=sa.bindparam("preferred"),
                    child_name_search=sa.bindparam("searched"),
                ),
                named,
            )
        last = rows[-1].id


def downgrade() -> None:
    connection = op.get_bind()
    named = connection.execute(
        sa.select(_REQUESTS.c.id, _REQUESTS.c.child_name).where(
            _REQUESTS.c.child_preferred_name.is_not(None)
        )
    ).all()
    if named:
        connection.execute(
            _REQUESTS.update()
            .where(_REQUESTS.c.id == sa.bindparam("row_id"))
            .values(child_name_search=sa.bindparam("searched")),
            [{"row_id": row.id, "searched": name_as_searched(row.child_name)} for row in named],
        )
    with op.batch_alter_table("assessment_requests") as batch_op:
        batch_op.drop_column("child_preferred_name")
