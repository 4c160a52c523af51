"""Seal what a web session holds (who is signed in, their roles, a caseworker's tokens
from the staff provider) with a key derived from the session's cookie, instead of
storing it as readable JSON (portal.auth.sessions).

A stored session cannot be sealed without its cookie, which the portal never keeps, so
the sessions open when this runs are ended: everyone signed in signs in again once.
Going back ends them too.

Revision ID: 0029
Revises: 0028
Create Date: 2026-12-03
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0029"
down_revision: str | None = "0028"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.execute(sa.text("DELETE FROM web_sessions"))
    with op.batch_alter_table("web_sessions") as batch_op:
        batch_op.drop_column("data")
        batch_op.add_column(sa.Column("sealed", sa.LargeBinary(), nullable=False))


def downgrade() -> None:
    op.execute(sa.text("DELETE FROM web_sessions"))
    with op.batch_alter_table("web_sessions") as batch_op:
        batch_op.drop_column("sealed")
        batch_op.add_column(sa.Column("data", sa.JSON(), nullable=False))
