"""Signing in through the embedded providers (oidc-provider-mock, over real HTTP)."""

from __future__ import annotations

import base64
import json
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest
import requests
from bs4 import BeautifulSoup
from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import select

from devtools import identity as embedded
from portal.models import Account, AuditEvent, WebSession
from portal.platform import db
from tests.conftest import (
    RATELIMIT_URL,
    authorize,
    build_app,
    make_settings,
    migrate,
    relative,
    sign_in,
    write_config,
)
from tests.support.sessions import held_by, session_cookie


def heading(response) -> str:  # type: ignore[no-untyped-def]
    return BeautifulSoup(response.get_data(as_text=True), "html.parser").h1.get_text(strip=True)


def audit_actions(app: Flask) -> list[str]:
    with app.app_context():
        return [e.action for e in db.session().scalars(select(AuditEvent).order_by(AuditEvent.id))]


def test_a_family_page_sends_you_to_sign_in_and_back(client: FlaskClient) -> None:
    response = client.get("/account/link")
    assert response.status_code == 302
    assert response.headers["Location"] == "/auth/families/start?next=/account/link"
    signed_in = sign_in(client, next_path="/account/link")
    assert signed_in.status_code == 302
    assert signed_in.headers["Location"] == "/account/link"
    assert client.get("/account/link").status_code == 200


def test_the_authorization_request_is_one_login_compatible(client: FlaskClient) -> None:
    start = client.get("/auth/families/start?lang=cy")
    query = {k: v[0] for k, v in parse_qs(urlsplit(start.headers["Location"]).query).items()}
    assert query["response_type"] == "code"
    assert query["code_challenge_method"] == "S256"
    assert len(query["code_challenge"]) >= 43
    assert len(query["state"]) >= 20 and len(query["nonce"]) >= 20
    assert query["vtr"] == '["Cl.Cm"]'
    assert query["ui_locales"] == "en"
    assert query["scope"].split() == ["openid", "email"]
    arabic = client.get("/auth/families/start?lang=ar")
    arabic_query = parse_qs(urlsplit(arabic.headers["Location"]).query)
    assert arabic_query["ui_locales"] == ["ar en"], "Arabic first; One Login has en and cy"


def test_signing_in_gives_a_new_session_id(app: Flask, client: FlaskClient) -> None:
    client.get("/auth/families/start")
    assert session_cookie(client) is None, "a visitor's session is not stored"
    visit = client.get_cookie("__Host-visit", domain="localhost")
    assert visit is not None
    before = visit.value
    sign_in(client)
    assert client.get_cookie("__Host-visit", domain="localhost") is None
    after = session_cookie(client)
    assert after and after != before
    with app.app_context():
        sessions = db.session().scalars(select(WebSession)).all()
        assert len(sessions) == 1
        assert sessions[0].account_id is not None
        assert after not in sessions[0].id_hash, "only a hash of the id is stored"


def test_accounts_are_keyed_on_issuer_and_subject_never_email(
    app: Flask, client: FlaskClient
) -> None:
    issuer = embedded.start()["families"]
    for person in ("first@example.org", "second@example.org"):
        requests.put(
            f"{issuer}/users/{person}",
            json={"email": "shared@example.org", "vot": "Cl.Cm"},
            timeout=5,
        ).raise_for_status()
        sign_in(client, person=person)
        client.post("/sign-out", data={"csrf_token": "x"})
        client.delete_cookie("__Host-session", domain="localhost")
    with app.app_context():
        accounts = db.session().scalars(
            select(Account).where(Account.email == "shared@example.org")
        )
        assert sorted(a.subject for a in accounts) == ["first@example.org", "second@example.org"]


def test_a_person_typed_on_the_embedded_form_gets_one_login_claims(
    app: Flask, client: FlaskClient
) -> None:
    response = sign_in(client, person="someone.new@example.org")
    assert response.status_code == 302
    assert response.headers["Location"] == "/account/"
    with app.app_context():
        account = db.session().scalar(
            select(Account).where(Account.subject == "someone.new@example.org")
        )
        assert account is not None and account.email == "someone.new@example.org"


def test_the_family_id_token_has_no_email_so_it_is_taken_from_userinfo(
    app: Flask, client: FlaskClient
) -> None:
    issuer = embedded.start()["families"]
    metadata = requests.get(f"{issuer}/.well-known/openid-configuration", timeout=5).json()
    assert metadata["ui_locales_supported"] == ["en", "cy"]
    assert metadata["token_endpoint_auth_methods_supported"] == ["private_key_jwt"]
    assert sign_in(client).status_code == 302
    stored = held_by(app, client)["id_token"]
    with app.app_context():
        id_token = json.loads(base64.urlsafe_b64decode(stored.split(".")[1] + "=="))
        assert "email" not in id_token, "One Login's ID token carries no email"
        assert id_token["vot"] == "Cl.Cm"
        account = db.session().scalar(
            select(Account).where(Account.subject == "parent@example.org")
        )
        assert account is not None and account.email == "parent@example.org"


def test_the_embedded_one_login_refuses_a_client_secret(client: FlaskClient) -> None:
    issuer = embedded.start()["families"]
    refused = requests.post(
        f"{issuer}/oauth2/token",
        data={"grant_type": "authorization_code", "code": "x", "client_id": "send-portal-families"},
        auth=("send-portal-families", "guessed"),
        timeout=5,
    )
    assert refused.status_code == 401
    assert refused.json()["error"] == "invalid_client"


def test_a_family_sign_in_without_the_required_vot_is_refused_saying_why(
    app: Flask, client: FlaskClient
) -> None:
    issuer = embedded.start()["families"]
    requests.put(
        f"{issuer}/users/no-identity-check@example.org",
        json={"email": "no-identity-check@example.org"},
        timeout=5,
    ).raise_for_status()
    response = sign_in(client, person="no-identity-check@example.org")
    assert response.status_code == 400
    assert heading(response) == "Sorry, we could not sign you in"
    text = response.get_data(as_text=True)
    assert "back button" not in text
    assert "password and a security code" in text
    assert client.get("/account/").status_code == 302
    assert "sign_in_failed" in audit_actions(app)


def test_staff_sign_in_takes_roles_from_the_claim(client: FlaskClient) -> None:
    response = sign_in(client, "staff", "caseworker@council.example")
    assert response.headers["Location"] == "/caseworker/"
    page = client.get("/caseworker/")
    assert page.status_code == 200
    assert heading(page) == "Caseworker workspace"


def test_staff_without_a_mapped_role_are_refused_with_a_clear_page(
    app: Flask, client: FlaskClient
) -> None:
    response = sign_in(client, "staff", "no.role@council.example")
    assert response.status_code == 403
    assert heading(response) == "You do not have access to the caseworker workspace"
    assert client.get("/caseworker/").status_code == 302
    assert audit_actions(app)[-1] == "sign_in_failed"


def test_a_family_cannot_use_the_caseworker_workspace(app: Flask, client: FlaskClient) -> None:
    sign_in(client)
    response = client.get("/caseworker/")
    assert response.status_code == 404, "a family is not told the staff pages exist"
    assert audit_actions(app)[-1] == "access_refused"


def test_a_caseworker_cannot_use_family_pages(client: FlaskClient) -> None:
    sign_in(client, "staff", "caseworker@council.example")
    assert client.get("/account/").status_code == 403


def test_each_callback_is_bound_to_its_own_provider(client: FlaskClient) -> None:
    callback = authorize(client).replace("/families/", "/staff/")
    response = client.get(callback)
    assert response.status_code == 400
    assert client.get("/account/").status_code == 302


def test_a_wrong_or_missing_state_is_refused(client: FlaskClient) -> None:
    code = parse_qs(urlsplit(authorize(client)).query)["code"][0]
    assert client.get(f"/auth/families/callback?code={code}&state=forged").status_code == 400
    assert client.get(f"/auth/families/callback?code={code}").status_code == 400
    assert client.get("/account/").status_code == 302


def test_a_replayed_callback_is_refused(client: FlaskClient) -> None:
    callback = authorize(client)
    assert client.get(callback).status_code == 302
    client.post("/sign-out", data={"csrf_token": "x"})
    client.delete_cookie("__Host-session", domain="localhost")
    replay = client.get(callback)
    assert replay.status_code == 400
    assert client.get("/account/").status_code == 302


def test_the_provider_refusing_is_a_clear_page(client: FlaskClient) -> None:
    client.get("/auth/families/start")
    response = client.get("/auth/families/callback?error=access_denied&state=x")
    assert response.status_code == 400
    assert heading(response) == "Sorry, we could not sign you in"
    assert "You chose not to share your details" in response.get_data(as_text=True)


def test_the_provider_temporarily_unavailable_is_the_not_available_page(
    client: FlaskClient,
) -> None:
    client.get("/auth/families/start")
    response = client.get("/auth/families/callback?error=temporarily_unavailable&state=x")
    assert response.status_code == 503
    assert heading(response) == "Sorry, signing in is not available right now"


def test_only_paths_on_this_site_are_followed_after_sign_in(client: FlaskClient) -> None:
    response = sign_in(client, next_path="https://evil.example/steal")
    assert response.headers["Location"] == "/account/"


def test_signing_out_ends_the_session_here_and_at_the_provider(
    app: Flask, client: FlaskClient
) -> None:
    sign_in(client)
    old_cookie = session_cookie(client)
    page = BeautifulSoup(client.get("/account/").get_data(as_text=True), "html.parser")
    token = page.select_one("form.portal-sign-out input[name=csrf_token]")["value"]
    response = client.post("/sign-out", data={"csrf_token": token})
    assert response.status_code == 302
    logout = urlsplit(response.headers["Location"])
    assert logout.path == "/oauth2/end_session"
    query = parse_qs(logout.query)
    assert query["id_token_hint"][0].count(".") == 2
    assert query["post_logout_redirect_uri"] == ["https://localhost/signed-out"]
    with app.app_context():
        assert db.session().scalars(select(WebSession)).all() == []
    client.set_cookie("__Host-session", old_cookie, domain="localhost")
    assert client.get("/account/").status_code == 302
    assert audit_actions(app)[-1] == "sign_out"


def test_sign_out_needs_the_form_token(client: FlaskClient) -> None:
    sign_in(client)
    assert client.post("/sign-out").status_code == 400
    assert client.get("/account/").status_code == 200


def test_audit_records_who_when_and_where_without_personal_data(
    app: Flask, client: FlaskClient
) -> None:
    sign_in(client)
    with app.app_context():
        event = db.session().scalars(select(AuditEvent).where(AuditEvent.action == "sign_in")).one()
        account = db.session().get(Account, event.actor_id)
        assert account is not None and account.kind == "family"
        assert event.actor_kind == "family"
        assert event.client_address == "127.0.0.1"
        assert event.occurred_at is not None and event.request_id
        stored = " ".join(str(v) for v in vars(event).values())
        assert "parent@example.org" not in stored


def test_sign_in_is_unavailable_when_the_provider_is_down(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from tests.conftest import build_app, make_settings, migrate, write_config

    def down(data: dict) -> None:
        data["identity_providers"]["families"].update(embedded=False, issuer="http://127.0.0.1:9/")

    config = write_config(tmp_path, down)
    url = f"sqlite:///{tmp_path / 'p.db'}"
    migrate(url)
    app = build_app(make_settings(tmp_path, url, PORTAL_CONFIG=str(config)))
    response = app.test_client().get("/auth/families/start")
    assert response.status_code == 503
    assert heading(response) == "Sorry, signing in is not available right now"


def test_sign_in_callbacks_are_rate_limited(client: FlaskClient) -> None:
    statuses = [client.get("/auth/families/callback?state=x&code=y").status_code for _ in range(21)]
    assert statuses[:20] == [400] * 20
    assert statuses[20] == 429
    assert "Sorry, there have been too many attempts" in client.get(
        "/auth/families/callback?state=x"
    ).get_data(as_text=True)


def test_bogus_callbacks_from_one_address_do_not_lock_out_genuine_sign_ins(
    app: Flask, client: FlaskClient
) -> None:
    attacker = app.test_client()  # the same address: a shared office network
    for attempt in range(25):
        attacker.get(f"/auth/families/callback?state=bogus-{attempt}&code=y")
        attacker.get(f"/auth/staff/callback?state=bogus-{attempt}&code=y")
    assert sign_in(client).status_code == 302
    staff = app.test_client()
    assert sign_in(staff, "staff", "caseworker@council.example").status_code == 302


@pytest.mark.skipif(not RATELIMIT_URL, reason="TEST_RATELIMIT_STORAGE_URI is not set (CI sets it)")
def test_rate_limits_are_counted_in_redis_shared_by_every_worker(
    app: Flask, client: FlaskClient
) -> None:
    import redis

    for _ in range(3):
        client.get("/auth/families/callback?state=counted&code=y")
    prefix = app.config["RATELIMIT_KEY_PREFIX"]
    keys = redis.Redis.from_url(RATELIMIT_URL).keys(f"*{prefix}*sign-in:families:counted*")
    assert keys, "the count is in Redis, where every worker sees it"


def test_signing_in_from_a_polish_page_lands_back_on_a_polish_page(client: FlaskClient) -> None:
    """One Login shows its pages in English or Welsh only, so the provider is asked for
    Polish, then English; the person's own choice of Polish is kept for when they come
    back."""
    chosen = client.get("/language/pl?next=/account/link")
    assert chosen.headers["Location"] == "/account/link"
    to_sign_in = client.get("/account/link")
    start = client.get(relative(to_sign_in.headers["Location"]))
    query = {k: v[0] for k, v in parse_qs(urlsplit(start.headers["Location"]).query).items()}
    assert query["ui_locales"] == "pl en"
    at_provider = requests.post(
        start.headers["Location"], data={"sub": "pl@example.org"}, allow_redirects=False, timeout=10
    )
    back = client.get(relative(at_provider.headers["Location"]))
    assert back.headers["Location"] == "/account/link"
    landed = BeautifulSoup(client.get("/account/link").get_data(as_text=True), "html.parser")
    assert landed.html is not None and landed.html["lang"] == "pl"


def test_a_provider_that_shows_polish_is_asked_for_polish(tmp_path: Path) -> None:
    """The provider's languages are configurable (app.yaml `ui_locales`); one the provider
    does not list is never asked for."""

    def polish_too(data: dict[str, Any]) -> None:
        data["identity_providers"]["families"]["ui_locales"] = ["en", "cy", "pl"]

    url = f"sqlite:///{tmp_path / 'portal.db'}"
    migrate(url)
    app = build_app(
        make_settings(tmp_path, url, PORTAL_CONFIG=str(write_config(tmp_path, polish_too)))
    )
    try:
        client = app.test_client()
        for language, asked in (("pl", "pl"), ("fa", "fa en"), ("en", "en")):
            start = client.get(f"/auth/families/start?lang={language}")
            query = parse_qs(urlsplit(start.headers["Location"]).query)
            assert query["ui_locales"] == [asked], language
    finally:
        app.extensions["db_engine"].dispose()
