"""ID tokens, private_key_jwt and back-channel logout, against a provider of the tests' own.

The embedded provider always signs good tokens and only accepts client secrets, so these
tests use `tests/support/oidc_provider.py`, which serves real HTTP: it verifies client
assertions with authlib's JWTBearerClientAssertion and returns the ID tokens each test
crafts with joserfc.
"""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest
import requests
from flask import Flask
from flask.testing import FlaskClient
from joserfc import jwt
from joserfc.jwk import RSAKey
from sqlalchemy import select

from portal.models import Account, WebSession
from portal.platform import db
from tests.conftest import build_app, make_settings, migrate, write_config
from tests.support.oidc_provider import TestProvider, serve

CLIENT_ID = "send-portal-families"
FAMILY_KEY = RSAKey.generate_key(2048, private=True, auto_kid=True)


@pytest.fixture(scope="module")
def provider() -> Iterator[TestProvider]:
    test_provider, server = serve(TestProvider())
    test_provider.clients[CLIENT_ID] = RSAKey.import_key(FAMILY_KEY.as_dict(private=False))
    yield test_provider
    server.shutdown()


@pytest.fixture
def app(tmp_path: Path, provider: TestProvider) -> Iterator[Flask]:
    """The portal with the families' provider pointed at the test provider."""

    def use_test_provider(data: dict) -> None:
        data["identity_providers"]["families"].update(embedded=False, issuer=provider.issuer)

    url = f"sqlite:///{tmp_path / 'portal.db'}"
    migrate(url)
    settings = make_settings(
        tmp_path,
        url,
        PORTAL_CONFIG=str(write_config(tmp_path, use_test_provider)),
        FAMILY_OIDC_PRIVATE_KEY=FAMILY_KEY.as_pem(private=True).decode(),
    )
    application = build_app(settings)
    yield application
    application.extensions["db_engine"].dispose()


def begin(client: FlaskClient) -> dict[str, str]:
    start = client.get("/auth/families/start")
    return {k: v[0] for k, v in parse_qs(urlsplit(start.headers["Location"]).query).items()}


def finish(client: FlaskClient, provider: TestProvider, id_token: str, state: str):  # type: ignore[no-untyped-def]
    provider.next_id_token = id_token
    return client.get(f"/auth/families/callback?code=abc&state={state}")


def signed_in(client: FlaskClient) -> bool:
    return client.get("/account/").status_code == 200


def test_a_good_id_token_signs_in_using_private_key_jwt(
    client: FlaskClient, provider: TestProvider
) -> None:
    request = begin(client)
    response = finish(
        client, provider, provider.id_token(request["nonce"], CLIENT_ID), request["state"]
    )
    assert response.status_code == 302
    assert signed_in(client)
    assert "kid" not in provider.assertion_headers_seen[-1], "a PEM key has no kid"
    assertion = provider.assertions_seen[-1]
    assert assertion["iss"] == assertion["sub"] == CLIENT_ID
    assert assertion["aud"] == provider.token_url
    assert assertion["exp"] - assertion["iat"] == 300, "assertions live five minutes"


def test_the_email_comes_from_userinfo_as_with_one_login(
    app: Flask, client: FlaskClient, provider: TestProvider
) -> None:
    provider.next_userinfo = None
    request = begin(client)
    token = provider.id_token(request["nonce"], CLIENT_ID, sub="urn:fdc:test:from-userinfo")
    assert finish(client, provider, token, request["state"]).status_code == 302
    with app.app_context():
        account = db.session().scalar(
            select(Account).where(Account.subject == "urn:fdc:test:from-userinfo")
        )
        assert account is not None and account.email == "family@example.org"


def test_userinfo_about_someone_else_is_refused(
    client: FlaskClient, provider: TestProvider
) -> None:
    provider.next_userinfo = {"sub": "urn:fdc:test:someone-else", "email": "other@example.org"}
    try:
        request = begin(client)
        response = finish(
            client, provider, provider.id_token(request["nonce"], CLIENT_ID), request["state"]
        )
    finally:
        provider.next_userinfo = None
    assert response.status_code == 400
    assert "Sorry, we could not sign you in" in response.get_data(as_text=True)
    assert not signed_in(client)


def test_a_jwk_client_key_signs_in_with_its_kid_in_the_assertion_header(
    tmp_path: Path, provider: TestProvider
) -> None:
    def use_test_provider(data: dict) -> None:
        data["identity_providers"]["families"].update(embedded=False, issuer=provider.issuer)

    url = f"sqlite:///{tmp_path / 'jwk.db'}"
    migrate(url)
    app = build_app(
        make_settings(
            tmp_path,
            url,
            PORTAL_CONFIG=str(write_config(tmp_path, use_test_provider)),
            FAMILY_OIDC_PRIVATE_KEY=json.dumps(FAMILY_KEY.as_dict(private=True)),
        )
    )
    client = app.test_client()
    request = begin(client)
    response = finish(
        client, provider, provider.id_token(request["nonce"], CLIENT_ID), request["state"]
    )
    assert response.status_code == 302
    assert signed_in(client)
    assert provider.assertion_headers_seen[-1]["kid"] == FAMILY_KEY.kid
    app.extensions["db_engine"].dispose()


@pytest.mark.parametrize(
    "tamper",
    [
        pytest.param(lambda p, nonce: p.id_token(nonce, "someone-else"), id="wrong audience"),
        pytest.param(
            lambda p, nonce: p.id_token(nonce, "someone-else", azp=CLIENT_ID),
            id="wrong audience naming us as azp",
        ),
        pytest.param(
            lambda p, nonce: p.id_token(nonce, CLIENT_ID, iss="https://evil.example"),
            id="wrong issuer",
        ),
        pytest.param(
            lambda p, nonce: p.id_token(
                nonce, CLIENT_ID, iat=int(time.time()) - 3600, exp=int(time.time()) - 1800
            ),
            id="expired",
        ),
        pytest.param(lambda p, nonce: p.id_token("another-nonce", CLIENT_ID), id="wrong nonce"),
        pytest.param(lambda p, nonce: p.id_token(nonce, CLIENT_ID, vot="Cl"), id="weaker vot"),
        pytest.param(lambda p, nonce: p.id_token(nonce, CLIENT_ID, vot=None), id="no vot"),
        pytest.param(
            lambda p, nonce: p.sign(
                jwt.decode(p.id_token(nonce, CLIENT_ID), p.key).claims,
                RSAKey.generate_key(2048, private=True, auto_kid=True),
            ),
            id="bad signature",
        ),
    ],
)
def test_a_bad_id_token_is_refused_with_no_session(
    client: FlaskClient, provider: TestProvider, tamper
) -> None:  # type: ignore[no-untyped-def]
    request = begin(client)
    response = finish(client, provider, tamper(provider, request["nonce"]), request["state"])
    assert response.status_code == 400
    assert "Sorry, we could not sign you in" in response.get_data(as_text=True)
    assert not signed_in(client)


def assertion(key: RSAKey, audience: str, lifetime: int = 300, issued: int | None = None) -> str:
    now = issued or int(time.time())
    claims = {
        "iss": CLIENT_ID,
        "sub": CLIENT_ID,
        "aud": audience,
        "iat": now,
        "exp": now + lifetime,
        "jti": str(time.time_ns()),
    }
    return jwt.encode({"alg": "RS256"}, claims, key)


def post_assertion(provider: TestProvider, client_assertion: str) -> requests.Response:
    return requests.post(
        provider.token_url,
        data={
            "grant_type": "authorization_code",
            "code": "abc",
            "client_assertion_type": "urn:ietf:params:oauth:client-assertion-type:jwt-bearer",
            "client_assertion": client_assertion,
        },
        timeout=5,
    )


def test_the_token_endpoint_accepts_a_good_assertion(provider: TestProvider) -> None:
    assert post_assertion(provider, assertion(FAMILY_KEY, provider.token_url)).status_code == 200


@pytest.mark.parametrize(
    "make",
    [
        pytest.param(
            lambda p: assertion(RSAKey.generate_key(2048, private=True), p.token_url),
            id="wrong key",
        ),
        pytest.param(
            lambda p: assertion(FAMILY_KEY, "https://other.example/token"), id="wrong aud"
        ),
        pytest.param(
            lambda p: assertion(FAMILY_KEY, p.token_url, issued=int(time.time()) - 900),
            id="expired",
        ),
    ],
)
def test_the_token_endpoint_refuses_a_bad_assertion(provider: TestProvider, make) -> None:  # type: ignore[no-untyped-def]
    response = post_assertion(provider, make(provider))
    assert response.status_code == 401
    assert response.json()["error"] == "invalid_client"


def test_a_replayed_assertion_is_refused(provider: TestProvider) -> None:
    once = assertion(FAMILY_KEY, provider.token_url)
    assert post_assertion(provider, once).status_code == 200
    assert post_assertion(provider, once).status_code == 401


def test_signing_in_with_the_wrong_client_key_is_refused(
    tmp_path: Path, provider: TestProvider
) -> None:
    def use_test_provider(data: dict) -> None:
        data["identity_providers"]["families"].update(embedded=False, issuer=provider.issuer)

    url = f"sqlite:///{tmp_path / 'other.db'}"
    migrate(url)
    wrong_key = RSAKey.generate_key(2048, private=True).as_pem(private=True).decode()
    app = build_app(
        make_settings(
            tmp_path,
            url,
            PORTAL_CONFIG=str(write_config(tmp_path, use_test_provider)),
            FAMILY_OIDC_PRIVATE_KEY=wrong_key,
        )
    )
    client = app.test_client()
    request = begin(client)
    response = finish(
        client, provider, provider.id_token(request["nonce"], CLIENT_ID), request["state"]
    )
    assert response.status_code == 400
    assert not signed_in(client)


def sign_in_as(client: FlaskClient, provider: TestProvider, subject: str) -> None:
    request = begin(client)
    token = provider.id_token(request["nonce"], CLIENT_ID, sub=subject)
    assert finish(client, provider, token, request["state"]).status_code == 302


def test_back_channel_logout_ends_every_session_of_the_subject(
    app: Flask, provider: TestProvider
) -> None:
    phone, laptop, other = app.test_client(), app.test_client(), app.test_client()
    sign_in_as(phone, provider, "urn:fdc:person-1")
    sign_in_as(laptop, provider, "urn:fdc:person-1")
    sign_in_as(other, provider, "urn:fdc:person-2")
    token = provider.logout_token(CLIENT_ID, "urn:fdc:person-1")
    response = app.test_client().post(
        "/auth/families/backchannel-logout", data={"logout_token": token}
    )
    assert response.status_code == 200
    assert not signed_in(phone) and not signed_in(laptop)
    assert signed_in(other)
    replay = app.test_client().post(
        "/auth/families/backchannel-logout", data={"logout_token": token}
    )
    assert replay.status_code == 400
    assert "already used" in replay.get_json()["error_description"]


@pytest.mark.parametrize(
    "make",
    [
        pytest.param(
            lambda p: p.logout_token("someone-else", "urn:fdc:person-1"), id="wrong audience"
        ),
        pytest.param(
            lambda p: p.logout_token(CLIENT_ID, "urn:fdc:person-1", iss="https://evil.example"),
            id="wrong issuer",
        ),
        pytest.param(
            lambda p: p.logout_token(CLIENT_ID, "urn:fdc:person-1", nonce="n"), id="has a nonce"
        ),
        pytest.param(
            lambda p: p.logout_token(CLIENT_ID, "urn:fdc:person-1", events={}), id="no event"
        ),
        pytest.param(
            lambda p: p.logout_token(CLIENT_ID, "urn:fdc:person-1", jti=None), id="no jti"
        ),
        pytest.param(
            lambda p: p.logout_token(CLIENT_ID, "urn:fdc:person-1", iat=int(time.time()) - 3600),
            id="old",
        ),
        pytest.param(
            lambda p: p.sign(
                jwt.decode(p.logout_token(CLIENT_ID, "urn:fdc:person-1"), p.key).claims,
                RSAKey.generate_key(2048, private=True, auto_kid=True),
            ),
            id="bad signature",
        ),
    ],
)
def test_a_bad_logout_token_changes_nothing(app: Flask, provider: TestProvider, make) -> None:  # type: ignore[no-untyped-def]
    person = app.test_client()
    sign_in_as(person, provider, "urn:fdc:person-1")
    response = app.test_client().post(
        "/auth/families/backchannel-logout", data={"logout_token": make(provider)}
    )
    assert response.status_code == 400
    assert signed_in(person)
    with app.app_context():
        assert len(db.session().scalars(select(WebSession)).all()) == 1
