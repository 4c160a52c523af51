"""Rate limits on the routes an attacker would hammer: sign-in callbacks, code redemption.

Limits are counted in memory in development. Production refuses to start without
RATELIMIT_STORAGE_URI (for example `redis://host:6379`), so every worker and machine
shares one count.
"""

from __future__ import annotations

import secrets

from flask import Flask, request
from flask_limiter import Limiter
from flask_limiter.util import get_remote_address

from portal.platform.settings import Settings

limiter = Limiter(key_func=get_remote_address, default_limits=[], headers_enabled=True)

# Per sign-in attempt (its `state`) and provider, never per address: bogus callbacks from
# a shared office network must not lock out the genuine sign-ins made beside them.
SIGN_IN_CALLBACK = "20 per minute"
CODE_REDEMPTION = "10 per 15 minutes"
# Enough for a family, or a busy children's centre sharing one address; not a flood.
FEEDBACK = "10 per 10 minutes;50 per day"


def sign_in_attempt() -> str:
    provider = (request.view_args or {}).get("provider_name", "")
    return f"sign-in:{provider}:{request.args.get('state', '')[:100]}"


def init_app(app: Flask, settings: Settings) -> None:
    app.config["RATELIMIT_STORAGE_URI"] = settings.ratelimit_storage_uri
    limiter.init_app(app)
    if settings.env == "test":
        # Each test's app counts on its own, even in one shared Redis. The limiter keeps
        # the first app's prefix for good, so it is replaced here.
        app.config["RATELIMIT_KEY_PREFIX"] = f"test-{secrets.token_hex(8)}"
        limiter._key_prefix = app.config["RATELIMIT_KEY_PREFIX"]
