"""The reference case system as a WSGI application of its own, for running it in its
own process (gunicorn 'devtools.reference_case_system.wsgi:app'), as another machine would.

CASE_SYSTEM_DATABASE_URL names its database; CASE_SYSTEM_CLIENTS lists its clients as
"client_id:secret" pairs, comma-separated.
"""

from __future__ import annotations

import os

from devtools.reference_case_system.app import create_reference_app

app = create_reference_app(
    os.environ["CASE_SYSTEM_DATABASE_URL"],
    dict(pair.split(":", 1) for pair in os.environ["CASE_SYSTEM_CLIENTS"].split(",")),
)
