"""Encrypt at rest the reasons staff write about a family: a deadline exception's details
(exceptional personal circumstances, often health) and the answer to a request to
correct, restrict, object to a use of or erase information.

Reasons already stored are encrypted here with the first data key (PORTAL_DATA_KEYS, or
the development key in instance/data_keys), as the portal's encrypted columns hold them:
the value as JSON. Going back decrypts them with any of the keys.

Revision ID: 0028
Revises: 0027
Create Date: 2026-12-02
"""

import json
from collections.abc import Callable, Sequence

import sqlalchemy as sa
from alembic import op

from portal.platform.crypto import DataCipher
from portal.platform.settings import load_settings

revision: str = "0028"
down_revision: str | None = "0027"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TABLES = ("deadline_exceptions", "data_rights_updates")


def _convert(change: Callable[[DataCipher, str], str]) -> None:
    connection = op.get_bind()
    cipher: DataCipher | None = None
    for table in TABLES:
        rows = connection.execute(
            sa.text(f"SELECT id, reason FROM {table} WHERE reason IS NOT NULL")
        ).all()
        if not rows:
            continue
        cipher = cipher or DataCipher(load_settings().data_keys)
        connection.execute(
            sa.text(f"UPDATE {table} SET reason = :reason WHERE id = :id"),
            [{"id": key, "reason": change(cipher, reason)} for key, reason in rows],
        )


def _encrypted(cipher: DataCipher, reason: str) -> str:
    return cipher.encrypt(json.dumps(reason).encode()).decode()


def _decrypted(cipher: DataCipher, stored: str) -> str:
    return str(json.loads(cipher.decrypt(stored.encode())))


def upgrade() -> None:
    _convert(_encrypted)


def downgrade() -> None:
    _convert(_decrypted)
