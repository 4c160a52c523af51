"""Encryption at rest for special category data: answers, outbox payloads, cached plans
and uploaded files.

Keys are Fernet keys (AES-128-CBC with HMAC-SHA256) from PORTAL_DATA_KEYS, separated by
commas: the first encrypts, every one decrypts, so a new key can be put first and old
data re-encrypted with `flask data-keys rotate` before the old key is removed. In
development a key is generated and kept in instance/data_keys.
"""

from __future__ import annotations

from cryptography.fernet import Fernet, InvalidToken, MultiFernet

__all__ = ["DataCipher", "InvalidToken", "new_key"]


def new_key() -> str:
    return Fernet.generate_key().decode()


class DataCipher:
    def __init__(self, keys: list[str]) -> None:
        if not keys:
            raise ValueError("at least one data key is needed")
        self._fernet = MultiFernet([Fernet(key.encode()) for key in keys])

    def encrypt(self, data: bytes) -> bytes:
        return self._fernet.encrypt(data)

    def decrypt(self, token: bytes) -> bytes:
        return self._fernet.decrypt(token)

    def rotate(self, token: bytes) -> bytes:
        """The same data under the first key."""
        return self._fernet.rotate(token)
