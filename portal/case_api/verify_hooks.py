"""Schemathesis hooks for `flask case-api verify`.

Every write needs its own Idempotency-Key: the contract refuses a key reused with a
different body (422), so the generator's repeated values are replaced. A missing or
malformed key is left alone, so the checks that it is refused still run.

Only schemathesis loads this module (SCHEMATHESIS_HOOKS), so importing schemathesis, which
is optional (the `verify` extra), at the top is safe: the portal never imports it.
"""

from __future__ import annotations

import uuid
from typing import Any

import schemathesis


@schemathesis.hook
def before_call(ctx: Any, case: Any, **kwargs: Any) -> None:
    headers = case.headers or {}
    for name in list(headers):
        if (
            name.lower() == "idempotency-key"
            and isinstance(headers[name], str)
            and len(headers[name]) >= 8
        ):
            headers[name] = f"verify-{uuid.uuid4().hex}"
