"""Caseworkers search requests by the first part of the child's postcode, the outward
code ("EN5" of "EN5 4AB": they search by area, and only a full postcode found a request):
a second blind index beside the encrypted answers, of the outward code marked so that its
hash never equals a full postcode's (portal.assessment_request.postcodes), searched with
one indexed lookup on SQLite and PostgreSQL alike.

Requests already stored are indexed here with the data keys (PORTAL_DATA_KEYS, or the
development key), as `flask data-keys rotate` re-indexes them.

Revision ID: 0034
Revises: 0033
Create Date: 2026-12-06
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from portal.assessment_request.postcodes import outward_code_index
from portal.ops.key_rotation import reindex
from portal.platform.crypto import DataCipher
from portal.platform.settings import load_settings

revision: str = "0034"
down_revision: str | None = "0033"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

INDEX = "ix_assessment_requests_child_postcode_outward_index"


def upgrade() -> None:
    with op.batch_alter_table("assessment_requests") as batch_op:
        batch_op.add_column(
            sa.Column("child_postcode_outward_index", sa.String(length=64), nullable=True)
        )
        batch_op.create_index(INDEX, ["child_postcode_outward_index"])
    connection = op.get_bind()
    if connection.execute(sa.text("SELECT 1 FROM assessment_requests LIMIT 1")).first():
        cipher = DataCipher(load_settings().data_keys)
        reindex(connection, cipher, {"child_postcode_outward_index": outward_code_index})


def downgrade() -> None:
    with op.batch_alter_table("assessment_requests") as batch_op:
        batch_op.drop_index(INDEX)
        batch_op.drop_column("child_postcode_outward_index")
