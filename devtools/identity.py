"""The embedded sign-in providers for development and tests (never in production).

Two instances of the `oidc-provider-mock` package run in background threads on free
ports: one plays the families' provider (GOV.UK One Login), one the council's staff
directory. Each offers ready-made people to sign in as with one click.

The families' provider behaves as One Login does where the portal could get it wrong:
- its token endpoint accepts only `private_key_jwt`, signed with a key the portal
  registered (`trust_client_key`), found by the `kid` in the assertion's header;
- its ID token carries `sub`, `vot`, `vtm` and `sid` but no email: the email is only
  in the userinfo answer;
- everyone it signs in, including a person typed on its form, gets One Login's claims;
- its discovery document lists the languages its pages come in (`en`, `cy`).
"""

from __future__ import annotations

import json
import secrets
import threading
import time
from typing import Any

import oidc_provider_mock
from flask import Flask, current_app, jsonify, request
from joserfc import jws, jwt
from joserfc.errors import JoseError
from joserfc.jwk import RSAKey
from oidc_provider_mock import _app as mock
from werkzeug.datastructures import CombinedMultiDict, ImmutableMultiDict
from werkzeug.serving import make_server
from werkzeug.wrappers import Response

from portal.auth.providers import FAMILIES, STAFF
from portal.platform.keys import load_client_key

ONE_LOGIN_ID_TOKEN_CLAIMS = {"sub", "vot", "vtm", "sid"}
ONE_LOGIN_LOCALES = ["en", "cy"]
ASSERTION_TYPE = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer"
# What the mock is handed in place of a client secret once the client's signed assertion
# has been checked here (the mock itself only knows secrets, and accepts any).
ASSERTION_CHECKED = "assertion-checked"


def one_login_claims(email: str) -> dict[str, Any]:
    """What One Login knows of someone who signed in with a password and a security code."""
    return {
        "email": email,
        "email_verified": True,
        "vot": "Cl.Cm",
        "vtm": "https://oidc.integration.account.gov.uk/trustmark",
        "sid": secrets.token_urlsafe(16),
    }


FAMILY_PEOPLE = [
    (email, one_login_claims(email))
    for email in (
        "parent@example.org",
        "young.person@example.org",
        "second.parent@example.org",
        "young.adult@example.org",
        "young.student@example.org",
    )
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


# The client keys the families' provider accepts, by `kid` (None for a PEM's key).
_client_keys: dict[tuple[str, str | None], RSAKey] = {}
_spent_assertions: set[str] = set()
_lock = threading.Lock()


def trust_client_key(client_id: str, private_key: str) -> None:
    """Register the portal's public key with the families' provider, as a council does
    with One Login."""
    key = load_client_key(private_key)
    public = RSAKey.import_key(key.as_dict(private=False))
    with _lock:
        _client_keys[(client_id, key.kid)] = public


def _client_assertion_refused() -> str | None:
    """Why the token request's client assertion is not acceptable, or None."""
    form = request.form
    if form.get("client_assertion_type") != ASSERTION_TYPE or not form.get("client_assertion"):
        return "only private_key_jwt client authentication is accepted"
    assertion = form["client_assertion"]
    try:
        header = jws.extract_compact(assertion.encode()).protected
        client_id = _assertion_client_id(assertion)
    except (JoseError, ValueError, AttributeError):
        return "the client assertion is not a JWT"
    key = _client_keys.get((str(client_id), header.get("kid")))
    if key is None:
        return "no registered key has the assertion's kid"
    try:
        claims = jwt.decode(assertion, key, algorithms=["RS256"]).claims
    except JoseError:
        return "the client assertion's signature does not match the registered key"
    now = time.time()
    if claims.get("sub") != client_id or claims.get("aud") != request.base_url:
        return "the client assertion's sub or aud is wrong"
    if not isinstance(claims.get("exp"), int) or not now < claims["exp"] <= now + 600:
        return "the client assertion has expired or lives too long"
    jti = claims.get("jti")
    with _lock:
        if not jti or jti in _spent_assertions:
            return "the client assertion has no jti or was used before"
        _spent_assertions.add(jti)
    return None


def _assertion_client_id(assertion: str) -> str:
    return str(json.loads(jws.extract_compact(assertion.encode()).payload).get("iss"))


def _behave_as_one_login(app: Flask) -> None:

    app.config["ID_TOKEN_CLAIMS"] = ONE_LOGIN_ID_TOKEN_CLAIMS
    if not getattr(mock.OpenIDCode.generate_user_info, "filtered", False):
        original = mock.OpenIDCode.generate_user_info

        def generate_user_info(self: Any, user: Any, scope: str) -> dict[str, object]:
            claims = original(self, user, scope)
            only = current_app.config.get("ID_TOKEN_CLAIMS")
            return claims if only is None else {k: v for k, v in claims.items() if k in only}

        generate_user_info.filtered = True  # type: ignore[attr-defined]
        mock.OpenIDCode.generate_user_info = generate_user_info  # type: ignore[method-assign]

    @app.before_request
    def one_login_rules() -> Response | None:
        if request.method != "POST":
            return None
        if request.path == "/oauth2/token":
            refused = _client_assertion_refused()
            if refused:
                response = jsonify(error="invalid_client", error_description=refused)
                response.status_code = 401
                return response
            # The mock itself only knows client secrets: hand it the client, now checked.
            form = request.form.to_dict()
            form.update(
                client_id=_assertion_client_id(form["client_assertion"]),
                client_secret=ASSERTION_CHECKED,
            )
            request.form = ImmutableMultiDict(form)  # type: ignore[misc]
            request.values = CombinedMultiDict([request.args, request.form])  # type: ignore[misc]
        elif request.path == "/oauth2/authorize" and request.form.get("sub"):
            sub = request.form["sub"]
            if mock.storage.get_user(sub) is None:
                mock.storage.store_user(
                    oidc_provider_mock.User(sub=sub, claims=one_login_claims(sub))
                )
        return None

    @app.after_request
    def one_login_discovery(response: Response) -> Response:
        if request.path == "/.well-known/openid-configuration" and response.is_json:
            document = response.get_json()
            document["ui_locales_supported"] = ONE_LOGIN_LOCALES
            document["token_endpoint_auth_methods_supported"] = ["private_key_jwt"]
            response.set_data(jsonify(document).get_data())
        return response


def _sign_with_the_key_itself() -> None:
    """The mock hands authlib its signing key as a dict, so every ID token imports the
    private key anew, and cryptography checks an RSA key's numbers as it does (about 30
    ms, most of a sign-in's time here): hand it the key imported once, as joserfc's
    RSAKey, which authlib uses as it is."""
    if getattr(mock.OpenIDCode.get_jwt_config, "keeps_the_key", False):
        return
    original = mock.OpenIDCode.get_jwt_config
    imported: dict[int, RSAKey] = {}  # the mock's key (authlib's type) as joserfc's, once

    def get_jwt_config(self: Any, grant: Any, client: object = None) -> dict[str, Any]:
        key = mock.storage.jwk
        if id(key) not in imported:
            imported[id(key)] = RSAKey.import_key(key.as_dict(is_private=True))
        return {**original(self, grant, client), "key": imported[id(key)]}

    get_jwt_config.keeps_the_key = True  # type: ignore[attr-defined]
    mock.OpenIDCode.get_jwt_config = get_jwt_config  # type: ignore[method-assign]


def _serve(people: list[tuple[str, dict]], port: int, one_login: bool = False) -> str:
    _sign_with_the_key_itself()
    users = [oidc_provider_mock.User(sub=sub, claims=claims) for sub, claims in people]
    app = oidc_provider_mock.app(require_nonce=True, user_claims=users)
    app.wsgi_app = app.wsgi_app.app  # no interactive debugger, even in development
    app.debug = False
    if one_login:
        _behave_as_one_login(app)
    server = make_server("127.0.0.1", port, app, threaded=True)
    threading.Thread(target=server.serve_forever, daemon=True, name="embedded-idp").start()
    return f"http://127.0.0.1:{server.server_port}"


_issuers: dict[str, str] = {}
_starting = threading.Lock()


def start(first_port: int | None = None) -> dict[str, str]:
    """Start both providers once per process; returns their issuers. The caller passes
    the settings' port (PORTAL_EMBEDDED_IDP_PORT), if any: the families' provider takes
    it and the staff provider the next one. Later calls get the providers already started."""
    # Fixed ports in development keep the issuers, and so people's accounts, the same
    # from one `make run` to the next; tests use free ports.
    first = first_port or 0
    with _starting:
        if not _issuers:
            _issuers.update(
                {
                    FAMILIES: _serve(FAMILY_PEOPLE, first, one_login=True),
                    STAFF: _serve(STAFF_PEOPLE, first + 1 if first else 0),
                    "embedded_secret": secrets.token_urlsafe(16),
                }
            )
        return dict(_issuers)


# Who a newcomer can sign in as, for the start page and `make run`'s greeting.
PEOPLE = {
    "parent": "parent@example.org",
    "young_person": "young.person@example.org",
    "second_parent": "second.parent@example.org",
    "young_adult": "young.adult@example.org",
    "young_student": "young.student@example.org",
    "caseworker": "caseworker@council.example",
    "manager": "manager@council.example",
}
