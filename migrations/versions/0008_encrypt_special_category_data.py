"""Encrypt answers, outbox payloads and cached plans at rest.

Existing rows are encrypted with the first data key (PORTAL_DATA_KEYS, or the
development key in instance/data_keys).

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-29
"""

import json
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

COLUMNS = [
    ("request_drafts", "id", "answers"),
    ("assessment_requests", "id", "answers"),
    ("outbox_messages", "id", "payload"),
    ("case_cache", "case_reference", "body"),
]


def _cipher():  # type: ignore[no-untyped-def]
    from portal.platform.crypto import DataCipher
    from portal.platform.settings import load_settings

    return DataCipher(load_settings().data_keys)


def _convert(encrypting: bool) -> None:
    connection = op.get_bind()
    cipher = _cipher()
    for table, key, column in COLUMNS:
        with op.batch_alter_table(table) as batch:
            batch.alter_column(column, type_=sa.Text(), existing_nullable=True)
        rows = connection.execute(sa.text(f"SELECT {key}, {column} FROM {table}")).all()
        for row_key, value in rows:
            if value is None:
                continue
            if encrypting:
                text = value if isinstance(value, str) else json.dumps(value)
                new = cipher.encrypt(text.encode()).decode()
            else:
                new = cipher.decrypt(value.encode()).decode()
            connection.execute(
                sa.text(f"UPDATE {table} SET {column} = :value WHERE {key} = :key"),
                {"value": new, "key": row_key},
            )


def upgrade() -> None:
    _convert(encrypting=True)


def downgrade() -> None:
    _convert(encrypting=False)
    for table, _key, column in COLUMNS:
        with op.batch_alter_table(table) as batch:
            batch.alter_column(
                column,
                type_=sa.JSON(),
                existing_nullable=True,
                postgresql_using=f"{column}::json",
            )
