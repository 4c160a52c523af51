"""Asking for an EHC needs assessment, from "who is asking" to the confirmation email."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import func, select, update

from forms.assessment_request.sections import SECTIONS
from portal.assessment_request.service import remove_stale_drafts
from portal.case_api import outbox as outbox_worker
from portal.models import (
    AssessmentRequest,
    CaseLink,
    MailboxMessage,
    OutboxMessage,
    RequestDraft,
)
from portal.platform import db, deadlines
from tests.conftest import sign_in
from tests.support.answers import TEN_YEARS_AGO
from tests.support.pages import one, page, post, token
from tests.support.requests import ANSWERS, fill, named, start


@pytest.fixture
def family(client: FlaskClient) -> FlaskClient:
    sign_in(client)
    return client


def test_who_is_asking_sends_professionals_elsewhere(family: FlaskClient) -> None:
    response = post(family, "/account/request/who", {"role": "professional"})
    assert response.headers["Location"] == "/account/request/professionals"
    assert "ask through your organisation" in family.get(response.headers["Location"]).get_data(
        as_text=True
    )


def test_a_parent_completes_and_sends_a_request(app: Flask, family: FlaskClient) -> None:
    draft = start(family)
    task_list = page(family.get(f"/account/request/{draft}/"))
    statuses = [s.get_text(strip=True) for s in task_list.select(".govuk-task-list__status")]
    assert statuses == ["Not yet started"] * len(SECTIONS) + ["Optional"] * 2 + ["Not yet started"]
    fill(family, draft)
    task_list = page(family.get(f"/account/request/{draft}/"))
    assert [s.get_text(strip=True) for s in task_list.select(".govuk-task-list__status")] == [
        "Completed"
    ] * len(SECTIONS) + ["Optional"] * 2 + ["Completed"]

    check = page(family.get(f"/account/request/{draft}/check"))
    text = check.get_text(" ")
    assert "Zoë" in text and "O'Neill-Kowalska" in text
    assert "EN5 4AB" in text, "postcodes are tidied"
    assert f"27 March {TEN_YEARS_AGO}" in text
    assert "Communication and interaction" in text

    response = post(family, f"/account/request/{draft}/check", {})
    assert response.headers["Location"] == f"/account/request/{draft}/submitted"
    confirmation = page(family.get(response.headers["Location"]))
    reference = confirmation.select_one(".govuk-panel strong").get_text(strip=True)
    assert re.fullmatch(rf"BNT-{deadlines.council_today().year}-\d{{6}}", reference)
    due = deadlines.council_today() + dt.timedelta(weeks=6)
    assert f"{due.day} {due:%B %Y}" in confirmation.get_text(" ")

    with app.app_context():
        sent = db.session().scalars(select(AssessmentRequest)).one()
        assert sent.reference == reference
        assert sent.answers["child.first_name"] == "Zoë"
        assert sent.answers["child.ethnicity"] is None
        outbox = (
            db.session()
            .scalars(select(OutboxMessage).where(OutboxMessage.kind == "assessment_request.create"))
            .one()
        )
        assert outbox.payload["reference"] == reference and outbox.status == "pending"
        assert not any(key.startswith("consent.") for key in outbox.payload["answers"])
        link = db.session().scalars(select(CaseLink)).one()
        assert (link.case_reference, link.via, link.relationship) == (
            reference,
            "submitted",
            "parent_carer",
        )
        email = (
            db.session()
            .scalars(select(OutboxMessage).where(OutboxMessage.kind == "email.send"))
            .one()
        )
        assert email.status == "pending", "the email waits in the outbox with the request"
    outbox_worker.run_once(app)
    with app.app_context():
        email = db.session().scalars(select(MailboxMessage)).one()
        assert email.to == "anna@example.org"
        assert reference in email.subject and reference in email.body
    account = page(family.get("/account/")).get_text(" ")
    assert reference in account


def test_sending_twice_makes_one_request(app: Flask, family: FlaskClient) -> None:
    draft = start(family)
    fill(family, draft)
    csrf = token(family, f"/account/request/{draft}/check")
    first = family.post(f"/account/request/{draft}/check", data={"csrf_token": csrf})
    second = family.post(f"/account/request/{draft}/check", data={"csrf_token": csrf})
    assert first.headers["Location"] == second.headers["Location"]
    with app.app_context():
        assert db.session().scalar(select(func.count()).select_from(AssessmentRequest)) == 1
        kinds = db.session().scalars(select(OutboxMessage.kind)).all()
        assert sorted(kinds) == ["assessment_request.create"] + ["consent_event.create"] * 3 + [
            "email.send"
        ], "one email, not one for each time the button was pressed"


def html_title(response) -> str:  # type: ignore[no-untyped-def]
    return page(response).title.get_text()


def test_the_request_cannot_be_sent_with_a_required_answer_missing(family: FlaskClient) -> None:
    draft = start(family)
    partial = {k: v for k, v in ANSWERS.items() if k != "support"}
    fill(family, draft, partial)
    response = post(family, f"/account/request/{draft}/check", {})
    assert response.status_code == 200
    summary = page(response).select_one(".govuk-error-summary")
    link = summary.find("a", string="Tell us about the support given now")
    current = f"/account/request/{draft}/support/current"
    assert link["href"] == f"{current}?return_to=check&row=current#current", "to the row"
    assert html_title(response).startswith("Error:")


def test_a_young_person_is_spoken_to_as_you(family: FlaskClient) -> None:
    draft = start(family, "young_person")
    html = page(family.get(f"/account/request/{draft}/child/date-of-birth"))
    assert html.h1.get_text(strip=True) == "What is your date of birth?"
    sections = [
        a.get_text(strip=True)
        for a in page(family.get(f"/account/request/{draft}/")).select(".govuk-task-list__link")
    ]
    assert sections[0] == "About you" and sections[1] == "Your contact details"
    too_young = post(
        family,
        f"/account/request/{draft}/child/date-of-birth",
        {"date_of_birth": ["1", "1", str(deadlines.council_today().year - 12)]},
    )
    assert "You must be 16 or older to ask for yourself" in page(too_young).get_text()


def test_optional_questions_say_so_and_explain_why(family: FlaskClient) -> None:
    draft = start(family)
    html = page(family.get(f"/account/request/{draft}/child/name"))
    labels = [label.get_text(strip=True) for label in html.select("label.govuk-label")]
    assert labels == ["First name", "Last name", "Name they like to be called (optional)"]
    whys = html.select("details.portal-why")
    assert len(whys) == 2, "the first and last names are asked for one reason"
    assert "Why we ask for this" in whys[0].summary.get_text()
    assert "Department for Education (DfE)" in whys[0].get_text()
    assert "You must answer these questions." in whys[0].get_text()
    assert "you can leave it blank" in whys[1].get_text()


@pytest.mark.parametrize(
    ("slug", "data", "field", "message"),
    [
        ("name", {"first_name": "", "last_name": "Smith"}, "first_name", "Enter a first name"),
        (
            "name",
            {"first_name": "J0hn", "last_name": "Smith"},
            "first_name",
            "First name must only include letters, spaces, hyphens and apostrophes",
        ),
        (
            "name",
            {"first_name": "x" * 101, "last_name": "Smith"},
            "first_name",
            "First name must be 100 characters or fewer",
        ),
        (
            "date-of-birth",
            {"date_of_birth": ["31", "2", "2015"]},
            "date_of_birth-day",
            "Date of birth must be a real date",
        ),
        (
            "date-of-birth",
            {"date_of_birth": ["3", "", "2015"]},
            "date_of_birth-month",
            "Date of birth must include a month",
        ),
        (
            "date-of-birth",
            {"date_of_birth": ["1", "1", str(deadlines.council_today().year + 1)]},
            "date_of_birth-day",
            "Date of birth must be today or in the past",
        ),
        (
            "date-of-birth",
            {"date_of_birth": ["1", "1", "1990"]},
            "date_of_birth-day",
            "The child or young person must be under 25",
        ),
        (
            "date-of-birth",
            {"date_of_birth": ["", "", ""]},
            "date_of_birth-day",
            "Enter a date of birth",
        ),
        (
            "address",
            {
                "address_line_1": "1 High St",
                "address_town": "Barnet",
                "address_postcode": "NOT A CODE",
            },
            "address_postcode",
            "Enter a real postcode, like SW1A 1AA",
        ),
        (
            "upn",
            {"upn": "A801200001001"},
            "upn",
            "Check the unique pupil number: it is not a real one",
        ),
        (
            "upn",
            {"upn": "12345"},
            "upn",
            "Unique pupil number must be a letter followed by 12 numbers, like H801200001001",
        ),
        ("looked-after", {}, "looked_after", "Select yes if they are or were looked after"),
    ],
)
def test_bad_answers_get_a_message_and_keep_what_was_typed(
    family: FlaskClient,
    slug: str,
    data: dict,
    field: str,
    message: str,  # type: ignore[type-arg]
) -> None:
    draft = start(family)
    response = post(family, f"/account/request/{draft}/child/{slug}", data)
    assert response.status_code == 200
    html = page(response)
    assert html.title.get_text().startswith("Error:")
    summary = html.select_one(".govuk-error-summary")
    assert summary.find("a", href=f"#{field}").get_text(strip=True) == message
    assert message in html.select_one(".govuk-error-message").get_text()
    for name, value in data.items():
        if isinstance(value, str) and value:
            assert html.find("input", {"name": name})["value"] == value


@pytest.mark.parametrize(
    ("path", "data", "field", "message"),
    [
        (
            "child/name",
            {"first_name": "Иван", "last_name": "   "},
            "last_name",
            "Enter a last name",
        ),
        (
            "needs/description",
            {"description": " \r\n "},
            "description",
            "Tell us about the needs and what is difficult",
        ),
    ],
)
def test_an_answer_of_only_spaces_is_asked_for_on_its_own_page(
    family: FlaskClient, path: str, data: dict[str, str], field: str, message: str
) -> None:
    """A young person typed spaces for a last name: the page moved on, the answer was
    kept empty, and only check your answers asked for it."""
    draft = start(family)
    response = post(family, f"/account/request/{draft}/{path}", data)
    assert response.status_code == 200
    html = page(response)
    summary, beside = html.select_one(".govuk-error-summary"), html.select_one(f"#{field}-error")
    assert summary is not None and summary.find("a", href=f"#{field}") is not None
    assert beside is not None and message in beside.get_text()


@pytest.mark.parametrize(
    ("typed", "message", "marked"),
    [
        (["14", "", ""], "Date of birth must include a month and year", ["month", "year"]),
        (["", "", "2015"], "Date of birth must include a day and month", ["day", "month"]),
        (["", "3", ""], "Date of birth must include a day and year", ["day", "year"]),
    ],
)
def test_a_date_of_birth_missing_two_parts_names_both(
    family: FlaskClient, typed: list[str], message: str, marked: list[str]
) -> None:
    draft = start(family)
    response = post(
        family, f"/account/request/{draft}/child/date-of-birth", {"date_of_birth": typed}
    )
    assert response.status_code == 200
    html = page(response)
    linked = one(html, f".govuk-error-summary a[href='#date_of_birth-{marked[0]}']")
    assert linked.get_text(strip=True) == message
    assert message in one(html, ".govuk-error-message").get_text()
    boxes = html.select("input[name=date_of_birth]")
    assert [box.get("value", "") for box in boxes] == typed
    wrong = [
        str(box["id"]).split("-")[-1]
        for box in boxes
        if "govuk-input--error" in box.get_attribute_list("class")
    ]
    assert wrong == marked


@pytest.mark.parametrize(
    ("data", "ok"),
    [
        ({"email": "anna@example.org", "phone": "+44 7700 900982"}, True),
        ({"email": "anna@example.org", "phone": "+48 601 234 567"}, True),
        ({"email": "anna@example", "phone": "07700 900 982"}, False),
        ({"email": "bad@", "phone": "07700 900 982"}, False),
        ({"email": "not an email", "phone": "07700 900 982"}, False),
        ({"email": "anna@example.org", "phone": "12"}, False),
    ],
)
def test_email_and_phone_are_checked(family: FlaskClient, data: dict, ok: bool) -> None:  # type: ignore[type-arg]
    draft = start(family)
    response = post(family, f"/account/request/{draft}/you/contact", data)
    assert (response.status_code == 302) is ok


def eastern(text: str, zero: int = 0x06F0) -> str:
    """`text` with its digits written in Persian (or, from 0x0660, Arabic-Indic) digits."""
    return "".join(chr(zero + int(ch)) if ch.isdigit() else ch for ch in text)


def test_numbers_typed_in_persian_or_arabic_indic_digits_are_kept_in_0_to_9(
    family: FlaskClient,
) -> None:
    family.get("/account/?lang=fa")
    draft = start(family)
    fill(family, draft)
    typed = {
        "you/contact": {"email": "anna@example.org", "phone": eastern("020 8359 2000")},
        "child/upn": {"upn": eastern("H801200001001", 0x0660)},
        "child/address": {**ANSWERS["child"]["address"], "address_postcode": eastern("n11 1np")},
    }
    for slug, data in typed.items():
        response = post(family, f"/account/request/{draft}/{slug}", data)
        assert response.status_code == 302, (slug, page(response).get_text(" "))
    check = page(family.get(f"/account/request/{draft}/check")).get_text(" ")
    for written in ("020 8359 2000", "H801200001001", "N11 1NP"):
        assert written in check, written


def test_names_in_any_script_are_accepted(family: FlaskClient) -> None:
    draft = start(family)
    for first, last in [("محمد", "الأحمد"), ("Ştefan", "Ionescu-Popa"), ("Дмитрий", "Д'Артаньян")]:
        response = post(
            family, f"/account/request/{draft}/child/name", {"first_name": first, "last_name": last}
        )
        assert response.status_code == 302, first


def test_a_change_link_returns_to_check_your_answers(family: FlaskClient) -> None:
    draft = start(family)
    fill(family, draft)
    check = page(family.get(f"/account/request/{draft}/check"))
    change = check.find("a", href=re.compile(r"/child/upn\?return_to=check"))["href"]
    response = post(family, change, {"upn": "H801200001001"})
    assert response.headers["Location"] == f"/account/request/{draft}/check#child-upn"
    returned = page(family.get(response.headers["Location"]))
    assert "H801200001001" in one(returned, "#child-upn").get_text()


def test_drafts_are_saved_and_resumed_after_signing_out(app: Flask, family: FlaskClient) -> None:
    draft = start(family)
    post(family, f"/account/request/{draft}/child/name", ANSWERS["child"]["name"])
    family.delete_cookie("__Host-session", domain="localhost")
    sign_in(family)
    account = page(family.get("/account/"))
    assert account.find("a", href=f"/account/request/{draft}/")
    deletion = deadlines.council_today() + dt.timedelta(days=28)
    assert f"{deletion.day} {deletion:%B %Y}" in account.get_text(" ")
    name_page = page(family.get(f"/account/request/{draft}/child/name"))
    assert name_page.find("input", {"name": "first_name"})["value"] == "Zoë"


def test_untouched_drafts_are_deleted_after_the_retention_period(
    app: Flask, family: FlaskClient
) -> None:
    old = named(family, start(family))
    recent = start(family)
    with app.app_context():
        db.session().execute(
            update(RequestDraft)
            .where(RequestDraft.id == old)
            .values(updated_at=dt.datetime.now(dt.UTC) - dt.timedelta(days=29))
        )
        db.session().commit()
    assert remove_stale_drafts(app) == 1
    assert family.get(f"/account/request/{old}/").status_code == 404
    assert family.get(f"/account/request/{recent}/").status_code == 200


def test_another_family_cannot_reach_a_draft(app: Flask, family: FlaskClient) -> None:
    draft = start(family)
    other = app.test_client()
    sign_in(other, person="second.parent@example.org")
    for path in ("", "child/name", "check", "submitted"):
        assert other.get(f"/account/request/{draft}/{path}").status_code == 404
    response = other.post(
        f"/account/request/{draft}/child/name",
        data={"csrf_token": token(other, "/account/link"), "first_name": "X", "last_name": "Y"},
    )
    assert response.status_code == 404


def test_the_email_is_in_the_persons_language(app: Flask, family: FlaskClient) -> None:
    family.get("/account/?lang=pl")
    draft = start(family)
    fill(family, draft)
    post(family, f"/account/request/{draft}/check", {})
    outbox_worker.run_once(app)
    with app.app_context():
        email = db.session().scalars(select(MailboxMessage)).one()
        assert email.language == "pl"
    mailbox = family.get("/dev/mailbox?lang=en")
    assert mailbox.status_code == 200
    assert email.subject in mailbox.get_data(as_text=True)


def test_a_phone_number_is_shown_back_as_typed_after_an_error(family: FlaskClient) -> None:
    draft = start(family)
    typed = {"email": "bad@", "phone": "020 8359 2000"}
    refused = page(post(family, f"/account/request/{draft}/you/contact", typed))
    box = refused.find("input", {"name": "phone"})
    assert box is not None and box["value"] == "020 8359 2000"


@pytest.mark.parametrize("lang", ["en", "pl"])
def test_check_your_answers_names_questions_without_optional(
    family: FlaskClient, lang: str
) -> None:
    draft = start(family)
    fill(family, draft)
    shown = page(family.get(f"/account/request/{draft}/check?lang={lang}"))
    keys = [k.get_text(" ", strip=True) for k in shown.select(".govuk-summary-list__key")]
    assert any(k.startswith("Name they like to be called") for k in keys) or lang != "en"
    assert not [k for k in keys if "(optional)" in k or "(opcjonalnie)" in k], keys
