"""Rate limits on the routes an attacker would hammer: sign-in callbacks, code redemption.

Limits are counted in memory in development. In production set RATELIMIT_STORAGE_URI
(for example `redis://host:6379`) so every worker and machine shares one count.
"""

from __future__ import annotations

import os

from flask import Flask
from flask_limiter import Limiter
from flask_limiter.util import get_remote_address

limiter = Limiter(key_func=get_remote_address, default_limits=[], headers_enabled=True)

SIGN_IN_CALLBACK = "20 per minute"
CODE_REDEMPTION = "10 per 15 minutes"
# Enough for a family, or a busy children's centre sharing one address; not a flood.
FEEDBACK = "10 per 10 minutes;50 per day"


def init_app(app: Flask) -> None:
    app.config["RATELIMIT_STORAGE_URI"] = os.environ.get("RATELIMIT_STORAGE_URI", "memory://")
    limiter.init_app(app)
