"""A parent rang about "Sunny", the name the child goes by, and the queue's search found
nothing: it matched the legal name only. The name a search matches is now the child's
name followed by their preferred name, where the family gave one (it is in the encrypted
answers, so requests already stored are read with the data keys, PORTAL_DATA_KEYS or the
development key, as migration 0034 reads them).

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
    sa.column("answers", sa.String),
)
_BATCH = 500


def _make_names(with_preferred: bool) -> None:
    """Every request's search name, a batch at a time, where it changes."""
    connection = op.get_bind()
    cipher = DataCipher(load_settings().data_keys) if with_preferred else None
    last = ""
    while True:
        rows = connection.execute(
            sa.select(_REQUESTS).where(_REQUESTS.c.id > last).order_by(_REQUESTS.c.id).limit(_BATCH)
        ).all()
        if not rows:
            break
        changed = []
        for row in rows:
            preferred = None
            if cipher is not None and row.answers:
                preferred = json.loads(cipher.decrypt(row.answers.encode())).get(
                    "child.preferred_name"
                )
            searched = name_as_searched(row.child_name, preferred)
            if searched != row.child_name_search:
                changed.append({"row_id": row.id, "searched": searched})
        if changed:
            connection.execute(
                _REQUESTS.update()
                .where(_REQUESTS.c.id == sa.bindparam("row_id"))
                .values(child_name_search=sa.bindparam("searched")),
                changed,
            )
        last = rows[-1].id


def upgrade() -> None:
    _make_names(with_preferred=True)


def downgrade() -> None:
    _make_names(with_preferred=False)
