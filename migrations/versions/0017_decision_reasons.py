"""The reasons for a decision not to assess, kept (encrypted) so the family's case page
shows them in the family's language, as the decision email does.

Revision ID: 0017
Revises: 0016
Create Date: 2026-12-02
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0017"
down_revision: str | None = "0016"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("assessment_requests") as batch:
        batch.add_column(sa.Column("decision", sa.Text(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("assessment_requests") as batch:
        batch.drop_column("decision")
