"""Encryption at rest for special category data: answers, outbox payloads, cached plans
and uploaded files.

Keys are Fernet keys (AES-128-CBC with HMAC-SHA256) from PORTAL_DATA_KEYS, separated by
commas: the first encrypts, every one decrypts, so a new key can be put first and old
data re-encrypted with `flask data-keys rotate` before the old key is removed. In
development a key is generated and kept in instance/data_keys.

A blind index lets the portal find rows by an encrypted value without decrypting every
row: a keyed hash (HMAC-SHA256) of the normalised value, stored beside it. The hash key
is derived from a data key, so it is as secret as the data; without it, a list of every
postcode could not be hashed to find whose is whose. Searching hashes the term under
every key, so rows indexed before a new key was put first are still found; `flask
data-keys rotate` re-indexes them under the first key.
"""

from __future__ import annotations

import base64
import hashlib
import hmac

from cryptography.fernet import Fernet, InvalidToken, MultiFernet

__all__ = ["DataCipher", "InvalidToken", "new_key"]


def new_key() -> str:
    return Fernet.generate_key().decode()


class DataCipher:
    def __init__(self, keys: list[str]) -> None:
        if not keys:
            raise ValueError("at least one data key is needed")
        self._fernet = MultiFernet([Fernet(key.encode()) for key in keys])
        self._index_keys = [
            hmac.new(
                base64.urlsafe_b64decode(key.encode()), b"blind index", hashlib.sha256
            ).digest()
            for key in keys
        ]

    def encrypt(self, data: bytes) -> bytes:
        return self._fernet.encrypt(data)

    def decrypt(self, token: bytes) -> bytes:
        return self._fernet.decrypt(token)

    def rotate(self, token: bytes) -> bytes:
        """The same data under the first key."""
        return self._fernet.rotate(token)

    def blind_index(self, value: str) -> str:
        """The keyed hash of a normalised value, under the first key, to store."""
        return self._index(self._index_keys[0], value)

    def blind_indexes(self, value: str) -> list[str]:
        """The value's keyed hash under every key, to search with."""
        return [self._index(key, value) for key in self._index_keys]

    @staticmethod
    def _index(key: bytes, value: str) -> str:
        return hmac.new(key, value.encode(), hashlib.sha256).hexdigest()
