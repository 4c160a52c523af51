"""The families' client key for `private_key_jwt`: a JWK (as GOV.UK One Login documents)
or a PEM, read once and checked at start-up."""

from __future__ import annotations

import json
from functools import cache

from joserfc.errors import JoseError
from joserfc.jwk import RSAKey


class ClientKeyError(ValueError):
    """The key cannot be used; the message says why, without showing the key."""


@cache
def load_client_key(text: str) -> RSAKey:
    stripped = text.strip()
    try:
        if stripped.startswith("{"):
            data = json.loads(stripped)
            if not isinstance(data, dict):
                raise ClientKeyError("it is JSON but not a JWK object")
            key = RSAKey.import_key(data)
        else:
            key = RSAKey.import_key(stripped)
    except json.JSONDecodeError as error:
        raise ClientKeyError(f"it starts like a JWK but is not valid JSON ({error.msg})") from None
    except (JoseError, ValueError, TypeError) as error:
        if isinstance(error, ClientKeyError):
            raise
        raise ClientKeyError(
            "it is neither an RSA private JWK nor an RSA private PEM key"
        ) from None
    if not key.is_private:
        raise ClientKeyError("it is a public key: the portal needs the private key")
    return key


def key_id(key: RSAKey) -> str | None:
    """The key's `kid`, from its JWK; a PEM has none."""
    return key.kid
