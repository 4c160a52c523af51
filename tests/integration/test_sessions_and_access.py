"""Session time-outs, link codes, and families kept apart from each other's cases."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import select, update

from devtools.reference_case_system import demo
from portal.models import AuditEvent, LinkCode, SpentLogoutToken, WebSession
from portal.platform import db
from tests.conftest import sign_in
from tests.support.links import BORN, ask_for_code, issue_code, redeem
from tests.support.pages import page
from tests.support.sessions import change_held, held_by


def csrf(client: FlaskClient, path: str) -> str:
    return page(client.get(path)).find("input", {"name": "csrf_token"})["value"]


def age_sessions(app: Flask, **changes: dt.timedelta) -> None:
    """Move every stored session back in time, as if the person had gone away."""
    with app.app_context():
        for row in db.session().scalars(select(WebSession)):
            for column, delta in changes.items():
                setattr(row, column, getattr(row, column) - delta)
        db.session().commit()


def test_a_session_ends_after_30_idle_minutes(app: Flask, client: FlaskClient) -> None:
    sign_in(client)
    age_sessions(app, last_seen_at=dt.timedelta(minutes=29))
    assert client.get("/account/").status_code == 200
    age_sessions(app, last_seen_at=dt.timedelta(minutes=31))
    response = client.get("/account/")
    assert response.status_code == 302
    assert response.headers["Location"] == "/session/ended?next=/account/"
    ended = client.get(response.headers["Location"])
    assert page(ended).h1.get_text(strip=True) == "For your security, we signed you out"


def test_a_session_ends_after_12_hours_however_active(app: Flask, client: FlaskClient) -> None:
    sign_in(client)
    with app.app_context():
        stored = db.session().scalars(select(WebSession)).one()
        assert stored.expires_at - stored.created_at == dt.timedelta(hours=12)
    age_sessions(app, expires_at=dt.timedelta(hours=12, seconds=1))
    assert client.get("/account/").status_code == 302


def test_the_warning_page_lets_you_stay_signed_in(app: Flask, client: FlaskClient) -> None:
    sign_in(client)
    age_sessions(app, last_seen_at=dt.timedelta(minutes=26))
    warning = client.get("/session/expiring?next=/account/link")
    assert warning.status_code == 200
    html = page(warning)
    assert html.h1.get_text(strip=True) == "You will be signed out soon"
    assert html.body["data-session-warning-page"] == "true"
    with app.app_context():
        seen = db.session().scalars(select(WebSession)).one().last_seen_at
    assert dt.datetime.now(dt.UTC) - seen > dt.timedelta(minutes=25), "looking is not activity"
    token = html.find("input", {"name": "csrf_token"})["value"]
    stay = client.post("/session/extend", data={"csrf_token": token, "next": "/account/link"})
    assert stay.headers["Location"] == "/account/link"
    age_sessions(app, last_seen_at=dt.timedelta(minutes=10))
    assert client.get("/account/link").status_code == 200


def keep_alive(client: FlaskClient, token: str | None):  # type: ignore[no-untyped-def]
    headers = {"X-CSRFToken": token} if token else {}
    return client.post("/session/keep-alive", headers=headers)


def test_stay_signed_in_from_the_dialog_really_extends_the_session(
    app: Flask, client: FlaskClient
) -> None:
    sign_in(client)
    dialog = page(client.get("/account/")).find("dialog", id="session-timeout")
    token = dialog["data-csrf-token"]
    age_sessions(app, last_seen_at=dt.timedelta(minutes=26))
    assert keep_alive(client, None).status_code == 400, "the CSRF token is required"
    stay = keep_alive(client, token)
    assert stay.status_code == 200
    assert 1790 <= stay.get_json()["seconds_left"] <= 1800
    age_sessions(app, last_seen_at=dt.timedelta(minutes=26))
    assert client.get("/account/link").status_code == 200, "52 minutes after the last page"
    age_sessions(app, last_seen_at=dt.timedelta(minutes=31))
    gone = keep_alive(client, token)
    assert gone.status_code in (400, 401), "an ended session is not brought back"
    assert client.get("/account/").status_code == 302


def test_keep_alive_answers_a_visitor_without_a_session(client: FlaskClient) -> None:
    token = csrf(client, "/feedback/")
    answer = keep_alive(client, token)
    assert answer.status_code == 401
    assert answer.get_json() == {"signed_in": False}


def test_the_warning_dialog_counts_down_in_each_language_s_plural_forms(
    client: FlaskClient,
) -> None:
    sign_in(client)
    html = page(client.get("/account/?lang=ar"))
    dialog = html.find("dialog", id="session-timeout")
    assert dialog["aria-modal"] == "true"
    texts = json.loads(dialog["data-countdown"])
    assert set(texts["seconds"]) == {"zero", "one", "two", "few", "many", "other"}
    assert "{count}" in texts["minutes"]["other"]
    assert texts["minutes"]["two"] != texts["minutes"]["other"], "Arabic has a dual"
    english = page(client.get("/account/?lang=en")).find("dialog", id="session-timeout")
    assert json.loads(english["data-countdown"])["seconds"] == {
        "one": "To protect your information, we will sign you out in {count} second.",
        "other": "To protect your information, we will sign you out in {count} seconds.",
    }
    assert 1795 <= int(html.body["data-session-seconds-left"]) <= 1800


def test_signed_in_pages_carry_the_time_out_for_the_warning_script(client: FlaskClient) -> None:
    sign_in(client)
    body = page(client.get("/account/")).body
    assert body["data-session-timeout-seconds"] == "1800"
    assert body["data-session-warning-seconds"] == "300"
    assert page(client.get("/account/")).find("script", src=lambda s: s and "session-timeout" in s)


@pytest.fixture
def caseworker(app: Flask) -> FlaskClient:
    staff = app.test_client()
    sign_in(staff, "staff", "caseworker@council.example")
    return staff


def test_a_link_code_gives_one_named_person_access_once(
    app: Flask, client: FlaskClient, caseworker: FlaskClient
) -> None:
    code = issue_code(caseworker, demo.FINAL.lower(), "Jo Parent", "parent_carer")
    assert len(code) == 14 and code.count("-") == 2
    with app.app_context():
        stored = db.session().scalars(select(LinkCode)).one()
        assert code.replace("-", "") not in stored.code_hash
        assert stored.case_reference == demo.FINAL
        assert stored.expires_at - stored.issued_at == dt.timedelta(days=14)
    sign_in(client)
    response = redeem(client, code.lower().replace("-", " "))
    assert response.headers["Location"] == f"/account/cases/{demo.FINAL}"
    case_page = client.get(f"/account/cases/{demo.FINAL}")
    assert case_page.status_code == 200
    assert "Parent or carer" in case_page.get_data(as_text=True)
    assert demo.FINAL in page(client.get("/account/")).get_text()

    other_family = app.test_client()
    sign_in(other_family, person="second.parent@example.org")
    again = redeem(other_family, code)
    assert again.status_code == 200
    assert "already been used" in page(again).select_one(".govuk-error-summary").get_text()


def test_an_expired_code_is_refused(
    app: Flask, client: FlaskClient, caseworker: FlaskClient
) -> None:
    code = issue_code(caseworker, demo.DRAFT, "Jo Parent", "parent_carer")
    with app.app_context():
        db.session().execute(update(LinkCode).values(expires_at=LinkCode.issued_at))
        db.session().commit()
    sign_in(client)
    response = redeem(client, code, BORN[demo.DRAFT])
    assert "This link code has expired" in page(response).get_text()
    assert client.get(f"/account/cases/{demo.DRAFT}").status_code == 404


@pytest.mark.parametrize(
    ("typed", "message"),
    [
        ("", "Enter the link code"),
        ("ABC", "The link code must be 12 letters and numbers"),
        ("ABCD-EFGH-JKMN", "Check the link code: it does not match a code we sent"),
    ],
)
def test_bad_codes_get_a_message_by_the_field_and_keep_what_was_typed(
    client: FlaskClient, typed: str, message: str
) -> None:
    sign_in(client)
    response = redeem(client, typed)
    assert response.status_code == 200
    html = page(response)
    assert html.title.get_text().startswith("Error:")
    assert html.select_one(".govuk-error-summary a[href='#code']").get_text(strip=True) == message
    assert message in html.select_one("#code-error").get_text()
    assert html.select_one("input#code")["value"] == typed


def test_two_families_cannot_see_or_detect_each_others_cases(
    app: Flask, client: FlaskClient, caseworker: FlaskClient
) -> None:
    sign_in(client)
    redeem(client, issue_code(caseworker, demo.FINAL, "Jo Parent", "parent_carer"))
    other = app.test_client()
    sign_in(other, person="second.parent@example.org")
    code = issue_code(caseworker, demo.DRAFT, "Kim Parent", "parent_carer")
    redeem(other, code, BORN[demo.DRAFT])

    assert client.get(f"/account/cases/{demo.FINAL}").status_code == 200
    theirs = other.get(f"/account/cases/{demo.FINAL}")
    nothing = other.get("/account/cases/EHC-2026-99999")
    assert theirs.status_code == nothing.status_code == 404
    assert page(theirs).h1.get_text() == page(nothing).h1.get_text()
    assert demo.FINAL not in page(other.get("/account/")).get_text()
    assert other.get(f"/account/cases/{demo.DRAFT}").status_code == 200
    assert client.get(f"/account/cases/{demo.DRAFT}").status_code == 404


def test_code_redemption_is_rate_limited(client: FlaskClient) -> None:
    sign_in(client)
    statuses = [redeem(client, "ABCD-EFGH-JKMN").status_code for _ in range(11)]
    assert statuses[:10] == [200] * 10
    assert statuses[10] == 429
    assert page(client.get("/account/link")).h1 is not None


def test_someone_not_signed_in_is_sent_to_the_right_sign_in(client: FlaskClient) -> None:
    assert client.get("/account/cases/X").headers["Location"].startswith("/auth/families/start")
    assert client.get("/caseworker/").headers["Location"].startswith("/auth/staff/start")


def test_viewing_a_case_is_audited(
    app: Flask, client: FlaskClient, caseworker: FlaskClient
) -> None:
    sign_in(client)
    redeem(client, issue_code(caseworker, demo.FINAL, "Jo Parent", "parent_carer"))
    client.get(f"/account/cases/{demo.FINAL}")
    with app.app_context():
        viewed = (
            db.session().scalars(select(AuditEvent).where(AuditEvent.action == "viewed_case")).all()
        )
        assert [(e.object_kind, e.object_id, e.actor_kind) for e in viewed] == [
            ("case", demo.FINAL, "family")
        ]


def test_a_code_cannot_be_issued_for_a_case_the_case_system_does_not_know(
    app: Flask, caseworker: FlaskClient
) -> None:
    response = ask_for_code(caseworker, "ZZZ-9999-000001", "Jo Parent", "parent_carer")
    assert response.status_code == 200
    html = page(response)
    assert html.title.get_text().startswith("Error:")
    assert html.select_one(".govuk-error-summary a[href='#case_reference']").get_text(
        strip=True
    ) == ("There is no case with this reference in the case system. Check the reference")
    assert html.select_one("input#case_reference")["value"] == "ZZZ-9999-000001"
    assert caseworker.get("/caseworker/link-codes/confirm").status_code == 302
    with app.app_context():
        assert db.session().scalars(select(LinkCode)).all() == []


def test_the_caseworker_sees_whose_case_it_is_before_the_code_is_created(
    app: Flask, caseworker: FlaskClient
) -> None:
    asked = ask_for_code(caseworker, demo.FINAL, "Jo Parent", "parent_carer")
    assert asked.headers["Location"] == "/caseworker/link-codes/confirm"
    shown = page(caseworker.get("/caseworker/link-codes/confirm")).get_text(" ")
    assert "Amara Okafor" in shown and "14 May 2016" in shown and "Jo Parent" in shown
    with app.app_context():
        assert db.session().scalars(select(LinkCode)).all() == [], "no code until confirmed"
    back = page(caseworker.get("/caseworker/link-codes/new"))
    assert back.select_one("input#case_reference")["value"] == demo.FINAL, "details kept"


def test_the_family_must_give_the_childs_date_of_birth_with_the_code(
    app: Flask, client: FlaskClient, caseworker: FlaskClient
) -> None:
    code = issue_code(caseworker, demo.FINAL, "Jo Parent", "parent_carer")
    sign_in(client)
    missing = redeem(client, code, "")
    assert missing.status_code == 200
    assert "Enter the date of birth" in page(missing).select_one(".govuk-error-summary").get_text()
    wrong = redeem(client, code, "2016-05-15")
    assert wrong.status_code == 200
    html = page(wrong)
    assert html.title.get_text().startswith("Error:")
    assert "The date of birth does not match the case this code is for" in html.select_one(
        ".govuk-error-summary"
    ).get_text(" ")
    assert "The date of birth does not match" in html.select_one("#date_of_birth-error").get_text()
    assert html.select_one("input#code")["value"] == code, "what was typed is kept"
    assert client.get(f"/account/cases/{demo.FINAL}").status_code == 404
    right = redeem(client, code)
    assert right.headers["Location"] == f"/account/cases/{demo.FINAL}"


def test_wrong_dates_of_birth_count_towards_the_redemption_limit(
    client: FlaskClient, caseworker: FlaskClient
) -> None:
    code = issue_code(caseworker, demo.FINAL, "Jo Parent", "parent_carer")
    sign_in(client)
    statuses = [redeem(client, code, "2016-01-01").status_code for _ in range(10)]
    assert statuses == [200] * 10
    assert redeem(client, code).status_code == 429, "even with the right date, for a while"


def test_when_the_case_system_does_not_answer_no_code_is_made_or_spent(
    app: Flask, client: FlaskClient, caseworker: FlaskClient
) -> None:
    faults = app.extensions["case_system"].extensions["case_system"]["faults"]
    faults.add("error", times=1)
    try:
        refused = ask_for_code(caseworker, demo.FINAL, "Jo Parent", "parent_carer")
        assert refused.status_code == 200
        assert "The case system cannot be reached at the moment" in page(refused).get_text()
        code = issue_code(caseworker, demo.FINAL, "Jo Parent", "parent_carer")
        sign_in(client)
        faults.add("error", times=1)
        waiting = redeem(client, code)
        assert waiting.status_code == 200
        assert "We cannot check the date of birth at the moment" in page(waiting).get_text()
        assert redeem(client, code).headers["Location"] == f"/account/cases/{demo.FINAL}"
    finally:
        faults.clear()


def staff_sessions_checked_ago(app: Flask, staff: FlaskClient, minutes: int) -> None:
    checked = dt.datetime.fromisoformat(held_by(app, staff)["roles_checked_at"])
    change_held(app, staff, roles_checked_at=(checked - dt.timedelta(minutes=minutes)).isoformat())


def test_a_staff_session_ends_after_8_hours_however_active(app: Flask) -> None:
    staff = app.test_client()
    sign_in(staff, "staff", "caseworker@council.example")
    with app.app_context():
        stored = db.session().scalars(select(WebSession)).one()
        assert stored.expires_at - stored.created_at == dt.timedelta(hours=8)


def test_staff_roles_are_checked_again_with_the_provider_every_15_minutes(app: Flask) -> None:
    import requests

    from devtools import identity as embedded

    person = "roles.change@council.example"
    issuer = embedded.start()["staff"]
    claims = {"email": person, "name": "Robin Changes", "roles": ["caseworker"]}
    requests.put(f"{issuer}/users/{person}", json=claims, timeout=5).raise_for_status()
    staff = app.test_client()
    sign_in(staff, "staff", person)
    assert staff.get("/caseworker/").status_code == 200

    staff_sessions_checked_ago(app, staff, 16)
    assert staff.get("/caseworker/").status_code == 200, "still a caseworker: carries on"

    requests.put(
        f"{issuer}/users/{person}", json={**claims, "roles": []}, timeout=5
    ).raise_for_status()
    staff_sessions_checked_ago(app, staff, 10)
    assert staff.get("/caseworker/").status_code == 200, "not checked again before 15 minutes"
    staff_sessions_checked_ago(app, staff, 6)
    response = staff.get("/caseworker/")
    assert response.status_code == 302
    assert response.headers["Location"].startswith("/auth/staff/start")
    with app.app_context():
        assert db.session().scalars(select(WebSession)).all() == []
        actions = [e.action for e in db.session().scalars(select(AuditEvent))]
    assert actions[-1] == "roles_withdrawn"


def test_anonymous_visitors_cannot_grow_the_session_table(db_app: Flask) -> None:
    for _ in range(40):
        visitor = db_app.test_client()
        assert visitor.get("/feedback/").status_code == 200
        assert visitor.get("/auth/families/start").status_code == 302
    with db_app.app_context():
        assert db.session().scalars(select(WebSession)).all() == []


def test_an_anonymous_visitor_can_still_send_a_form(db_app: Flask) -> None:
    visitor = db_app.test_client()
    token = csrf(visitor, "/feedback/")
    response = visitor.post(
        "/feedback/", data={"csrf_token": token, "service": "sen_team", "satisfaction": "4"}
    )
    assert response.status_code == 302
    forged = db_app.test_client()
    forged.set_cookie("__Host-visit", "not-a-real-one", domain="localhost")
    refused = forged.post(
        "/feedback/", data={"csrf_token": token, "service": "sen_team", "satisfaction": "4"}
    )
    assert refused.status_code == 400


def test_purging_removes_ended_sessions_and_spent_logout_tokens_only(db_app: Flask) -> None:
    family = db_app.test_client()
    sign_in(family)
    now = dt.datetime.now(dt.UTC)
    with db_app.app_context():
        session = db.session()
        session.add(SpentLogoutToken(jti="old", issuer="idp", expires_at=now - dt.timedelta(1)))
        session.add(SpentLogoutToken(jti="new", issuer="idp", expires_at=now + dt.timedelta(1)))
        session.commit()
    result = db_app.test_cli_runner().invoke(args=["sessions", "purge"])
    assert "Removed 0 expired sessions and 1 spent logout tokens." in result.output
    with db_app.app_context():
        kept = db.session().scalars(select(SpentLogoutToken.jti)).all()
    assert kept == ["new"], "a token that has not expired still blocks a replay"
    assert family.get("/account/").status_code == 200, "a live session stays"


def test_the_caseworker_is_told_a_code_is_not_tied_to_the_person_and_sees_who_used_it(
    app: Flask, client: FlaskClient, caseworker: FlaskClient
) -> None:
    """A code is not bound to the person it was made for: anyone with it and the date of
    birth is linked. The page says so, and the workspace shows which account used it."""
    asking = page(caseworker.get("/caseworker/link-codes/new")).select_one("main")
    assert asking is not None
    said = asking.get_text(" ", strip=True)
    assert "for that person only" not in said
    assert (
        "Whoever uses it, with the child's or young person's date of birth, is linked to the "
        "case with the relationship you choose." in said
    )
    assert "give it only to that person" in said
    code = issue_code(caseworker, demo.FINAL, "Jo Parent", "parent_carer")
    sign_in(client, person="someone.else@example.org")
    assert redeem(client, code).status_code == 302
    row = next(
        r
        for r in page(caseworker.get("/caseworker/")).select("tbody tr")
        if "Jo Parent" in r.get_text()
    )
    cell = row.select("td")[3]  # its status; a button to cancel it may follow
    for label in cell.select(".portal-stack-label"):  # the column's name, shown on a phone
        label.decompose()
    status = cell.get_text(" ", strip=True)
    with app.app_context():
        used = db.session().scalars(select(LinkCode)).one().redeemed_at
    assert used is not None
    assert status.startswith("Used on ") and status.endswith("by someone.else@example.org")
