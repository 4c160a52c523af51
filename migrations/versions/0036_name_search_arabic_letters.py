"""Names found however their letters were typed: a caseworker searching "احمدي" with the
Arabic yeh found nothing of a young person who typed "احمدی" with the Persian one, nor ك
of ک. The name as a search matches it now folds the letters Arabic and Persian write
differently, without the tatweel or the invisible zero-width non-joiner and direction
marks (portal.models.folding); every request's is made again here, as the search
compares it.

Revision ID: 0036
Revises: 0035
Create Date: 2026-12-06
"""

from collections.abc import Callable, Sequence

import sqlalchemy as sa
from alembic import op

from portal.models.folding import folded, without_marks

revision: str = "0036"
down_revision: str | None = "0035"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_REQUESTS = sa.table(
    "assessment_requests",
    sa.column("id", sa.String),
    sa.column("child_name", sa.String),
    sa.column("child_name_search", sa.String),
)
_BATCH = 1000


def _fold_names(fold: Callable[[str], str]) -> None:
    """Every request's name as `fold` makes it, a batch at a time, where it changes."""
    connection = op.get_bind()
    last = ""
    while True:
        rows = connection.execute(
            sa.select(_REQUESTS.c.id, _REQUESTS.c.child_name, _REQUESTS.c.child_name_search)
            .where(_REQUESTS.c.id > last)
            .order_by(_REQUESTS.c.id)
            .limit(_BATCH)
        ).all()
        if not rows:
            break
        changed = [
            {"row_id": id_, "searched": fold(name)[:210]}
            for id_, name, searched in rows
            if fold(name)[:210] != searched
        ]
        if changed:
            connection.execute(
                _REQUESTS.update()
                .where(_REQUESTS.c.id == sa.bindparam("row_id"))
                .values(child_name_search=sa.bindparam("searched")),
                changed,
            )
        last = rows[-1][0]


def upgrade() -> None:
    _fold_names(folded)


def downgrade() -> None:
    _fold_names(without_marks)
