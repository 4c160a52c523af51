"""Caseworkers search requests by the child's postcode: a blind index beside the
encrypted answers (a keyed hash of the postcode, portal.platform.crypto), so the search is
one indexed lookup on SQLite and PostgreSQL alike and no request is decrypted to find it.

Requests already stored are indexed here with the data keys (PORTAL_DATA_KEYS, or the
development key), as `flask data-keys rotate` re-indexes them.

Revision ID: 0018
Revises: 0017
Create Date: 2026-12-02
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from portal.assessment_request.postcodes import postcode_index
from portal.ops.key_rotation import reindex
from portal.platform.crypto import DataCipher
from portal.platform.settings import load_settings

revision: str = "0018"
down_revision: str | None = "0017"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

INDEX = "ix_assessment_requests_child_postcode_index"


def upgrade() -> None:
    with op.batch_alter_table("assessment_requests") as batch_op:
        batch_op.add_column(sa.Column("child_postcode_index", sa.String(length=64), nullable=True))
        batch_op.create_index(
            "ix_assessment_requests_child_postcode_index", ["child_postcode_index"]
        )
    connection = op.get_bind()
    if connection.execute(sa.text("SELECT 1 FROM assessment_requests LIMIT 1")).first():
        cipher = DataCipher(load_settings().data_keys)
        reindex(connection, cipher, {"child_postcode_index": postcode_index})


def downgrade() -> None:
    with op.batch_alter_table("assessment_requests") as batch_op:
        batch_op.drop_index(INDEX)
        batch_op.drop_column("child_postcode_index")
