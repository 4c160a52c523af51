"""The embedded sign-in providers for development and tests (never in production).

Two instances of the `oidc-provider-mock` package run in background threads on free
ports: one plays the families' provider (GOV.UK One Login), one the council's staff
directory. Each offers ready-made people to sign in as with one click.
"""

from __future__ import annotations

import secrets
import threading
import warnings
from functools import cache

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    import oidc_provider_mock
from werkzeug.serving import make_server

from portal.auth.providers import FAMILIES, STAFF

FAMILY_PEOPLE = [
    oidc_provider_mock.User(
        sub="parent@example.org",
        claims={"email": "parent@example.org", "email_verified": True, "vot": "Cl.Cm"},
    ),
    oidc_provider_mock.User(
        sub="young.person@example.org",
        claims={"email": "young.person@example.org", "email_verified": True, "vot": "Cl.Cm"},
    ),
    oidc_provider_mock.User(
        sub="second.parent@example.org",
        claims={"email": "second.parent@example.org", "email_verified": True, "vot": "Cl.Cm"},
    ),
]
STAFF_PEOPLE = [
    oidc_provider_mock.User(
        sub="caseworker@council.example",
        claims={
            "email": "caseworker@council.example",
            "name": "Sam Caseworker",
            "roles": ["caseworker"],
        },
    ),
    oidc_provider_mock.User(
        sub="manager@council.example",
        claims={"email": "manager@council.example", "name": "Morgan Manager", "roles": ["manager"]},
    ),
    oidc_provider_mock.User(
        sub="no.role@council.example",
        claims={"email": "no.role@council.example", "name": "Alex Visitor", "roles": []},
    ),
]


def _serve(people: list[oidc_provider_mock.User]) -> str:
    app = oidc_provider_mock.app(require_nonce=True, user_claims=people)
    app.wsgi_app = app.wsgi_app.app  # no interactive debugger, even in development
    app.debug = False
    server = make_server("127.0.0.1", 0, app, threaded=True)
    threading.Thread(target=server.serve_forever, daemon=True, name="embedded-idp").start()
    return f"http://127.0.0.1:{server.server_port}"


@cache
def start() -> dict[str, str]:
    """Start both providers once per process; returns their issuers."""
    return {
        FAMILIES: _serve(FAMILY_PEOPLE),
        STAFF: _serve(STAFF_PEOPLE),
        "embedded_secret": secrets.token_urlsafe(16),
    }


# Who a newcomer can sign in as, for the start page and `make run`'s greeting.
PEOPLE = {
    "parent": "parent@example.org",
    "young_person": "young.person@example.org",
    "caseworker": "caseworker@council.example",
    "manager": "manager@council.example",
}
