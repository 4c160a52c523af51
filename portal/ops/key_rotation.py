"""Re-encrypting data at rest with the newest key, so an old key can be retired."""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from typing import Any

from flask import Flask
from sqlalchemy import Connection, text

from portal.assessment_request.postcodes import outward_code_index, postcode_index
from portal.platform import db, extensions
from portal.platform.crypto import DataCipher
from portal.platform.files import storage_root

# Every encrypted column: (table, primary key, column). A test keeps this in step with
# the models' EncryptedJSON columns.
ENCRYPTED_COLUMNS = (
    ("request_drafts", "id", "answers"),
    ("assessment_requests", "id", "answers"),
    ("assessment_requests", "id", "decision"),
    ("outbox_messages", "id", "payload"),
    ("case_cache", "case_reference", "body"),
    ("consent_events", "id", "detail"),
    ("contributions", "id", "answers"),
    ("family_messages", "id", "body"),
    ("case_notes", "id", "body"),
    ("draft_plan_responses", "id", "answers"),
    ("review_views", "id", "answers"),
    ("data_rights_requests", "id", "content"),
    ("data_rights_updates", "id", "reason"),
    ("deadline_exceptions", "id", "reason"),
    ("feedback", "id", "worked_well"),
    ("feedback", "id", "could_be_better"),
    ("feedback", "id", "contact"),
    ("contact_preferences", "account_id", "mobile"),
)
Indexer = Callable[[dict[str, Any], DataCipher], str | None]
# Every blind index of a request's answers: its column, and how it is made from them.
BLIND_INDEXES: Mapping[str, Indexer] = {
    "child_postcode_index": postcode_index,
    "child_postcode_outward_index": outward_code_index,
}


def rotate_all(app: Flask) -> tuple[int, int]:
    """Returns how many values and files were re-encrypted. Blind indexes are made again
    under the first key too."""
    rows = stored_files = 0
    with app.app_context(), db.engine(app).begin() as connection:
        data_cipher = extensions.cipher(app)
        for table, key, column in ENCRYPTED_COLUMNS:
            found = connection.execute(
                text(f"SELECT {key}, {column} FROM {table} WHERE {column} IS NOT NULL")  # noqa: S608
            ).all()
            for row_key, value in found:
                connection.execute(
                    text(f"UPDATE {table} SET {column} = :value WHERE {key} = :key"),  # noqa: S608
                    {"value": data_cipher.rotate(value.encode()).decode(), "key": row_key},
                )
                rows += 1
        reindex(connection, data_cipher)
        for stored in list(storage_root().glob("*/*")):
            stored.write_bytes(data_cipher.rotate(stored.read_bytes()))
            stored_files += 1
    return rows, stored_files


def reindex(
    connection: Connection,
    data_cipher: DataCipher,
    indexes: Mapping[str, Indexer] = BLIND_INDEXES,
) -> None:
    """Every request's blind indexes, under the first key. A migration names the indexes
    it made, since later ones' columns do not exist yet when it runs."""
    found = connection.execute(text("SELECT id, answers FROM assessment_requests")).all()
    assignments = ", ".join(f"{column} = :{column}" for column in indexes)
    for row_id, answers in found:
        decrypted = json.loads(data_cipher.decrypt(answers.encode()))
        connection.execute(
            text(f"UPDATE assessment_requests SET {assignments} WHERE id = :id"),  # noqa: S608
            {
                "id": row_id,
                **{column: made(decrypted, data_cipher) for column, made in indexes.items()},
            },
        )
