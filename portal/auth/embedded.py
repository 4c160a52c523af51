"""The embedded sign-in providers for development and tests (never in production).

Two instances of the `oidc-provider-mock` package run in background threads on free
ports: one plays the families' provider (GOV.UK One Login), one the council's staff
directory. Each offers ready-made people to sign in as with one click.
"""

from __future__ import annotations

import os
import secrets
import threading
from functools import cache

from werkzeug.serving import make_server

from portal.auth.providers import FAMILIES, STAFF

FAMILY_PEOPLE = [
    (
        "parent@example.org",
        {"email": "parent@example.org", "email_verified": True, "vot": "Cl.Cm"},
    ),
    (
        "young.person@example.org",
        {"email": "young.person@example.org", "email_verified": True, "vot": "Cl.Cm"},
    ),
    (
        "second.parent@example.org",
        {"email": "second.parent@example.org", "email_verified": True, "vot": "Cl.Cm"},
    ),
]
STAFF_PEOPLE = [
    (
        "caseworker@council.example",
        {
            "email": "caseworker@council.example",
            "name": "Sam Caseworker",
            "roles": ["caseworker"],
        },
    ),
    (
        "manager@council.example",
        {"email": "manager@council.example", "name": "Morgan Manager", "roles": ["manager"]},
    ),
    (
        "no.role@council.example",
        {"email": "no.role@council.example", "name": "Alex Visitor", "roles": []},
    ),
]


def _serve(people: list[tuple[str, dict]], port: int) -> str:
    # Imported here: the package is a development dependency, absent in production.
    import oidc_provider_mock

    users = [oidc_provider_mock.User(sub=sub, claims=claims) for sub, claims in people]
    app = oidc_provider_mock.app(require_nonce=True, user_claims=users)
    app.wsgi_app = app.wsgi_app.app  # no interactive debugger, even in development
    app.debug = False
    server = make_server("127.0.0.1", port, app, threaded=True)
    threading.Thread(target=server.serve_forever, daemon=True, name="embedded-idp").start()
    return f"http://127.0.0.1:{server.server_port}"


@cache
def start() -> dict[str, str]:
    """Start both providers once per process; returns their issuers."""
    # Fixed ports in development keep the issuers, and so people's accounts, the same
    # from one `make run` to the next; tests use free ports.
    first = int(os.environ.get("PORTAL_EMBEDDED_IDP_PORT", "0"))
    return {
        FAMILIES: _serve(FAMILY_PEOPLE, first),
        STAFF: _serve(STAFF_PEOPLE, first + 1 if first else 0),
        "embedded_secret": secrets.token_urlsafe(16),
    }


# Who a newcomer can sign in as, for the start page and `make run`'s greeting.
PEOPLE = {
    "parent": "parent@example.org",
    "young_person": "young.person@example.org",
    "caseworker": "caseworker@council.example",
    "manager": "manager@council.example",
}
