"""The reference case system as a WSGI application of its own, for running it in its
own process (gunicorn 'devtools.reference_case_system.wsgi:app'), as another machine would.

CASE_SYSTEM_DATABASE_URL names its database; CASE_SYSTEM_CLIENTS lists its clients as
"client_id:secret" pairs, comma-separated (devtools.settings reads them).
"""

from __future__ import annotations

from devtools.reference_case_system.app import create_reference_app
from devtools.settings import ReferenceCaseSystemSettings

_settings = ReferenceCaseSystemSettings()  # type: ignore[call-arg]  # from the environment
app = create_reference_app(_settings.database_url, _settings.client_secrets)
