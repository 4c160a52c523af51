"""Consent: given with full knowledge, recorded as append-only events with the wording
read, changed or withdrawn from the account, and seen by caseworkers."""

from __future__ import annotations

import hashlib
from typing import Any

import pytest
from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import func, select, text

from portal.case_api import outbox
from portal.models import (
    Account,
    AssessmentRequest,
    AuditEvent,
    CaseLink,
    ConsentEvent,
    ConsentWording,
    OutboxMessage,
    RequestDraft,
)
from portal.platform import db
from tests.conftest import sign_in
from tests.support.pages import hidden, page, post
from tests.support.requests import (
    fill,
    give_consent,
    start,
    submitted,
    young_person_answers,
)


def events(app: Flask) -> list[ConsentEvent]:
    with app.app_context():
        return list(db.session().scalars(select(ConsentEvent).order_by(ConsentEvent.occurred_at)))


def count(app: Flask, table: Any) -> int:
    with app.app_context():
        return db.session().scalar(select(func.count()).select_from(table))


@pytest.fixture
def family(client: FlaskClient) -> FlaskClient:
    sign_in(client)
    return client


def test_the_page_explains_legal_duties_and_offers_each_partner_as_a_choice(
    family: FlaskClient,
) -> None:
    draft = start(family)
    shown = page(family.get(f"/account/request/{draft}/consent"))
    boxes = [box["value"] for box in shown.select("input[name=sharing]")]
    assert boxes == [
        "family_services",
        "nhs_commissioner",
        "nhs_trusts",
        "west_london_alliance",
        "vcds",
        "none",
    ]
    duties = shown.select_one("ul.govuk-list--bullet").get_text(" ")
    assert "Department for Education" in duties, "a legal duty is explained..."
    assert "dfe" not in boxes, "...and not offered as a choice"
    assert not shown.select("input[name=sharing]:checked"), "nothing is ticked for them"
    assert "Barnet Family Services" in shown.get_text(" ")
    assert shown.select_one("input[name=wording_sha256]")["value"]


def test_every_choice_must_be_made_and_each_error_says_which(family: FlaskClient) -> None:
    draft = start(family)
    path = f"/account/request/{draft}/consent"
    response = family.post(path, data=hidden(family.get(path)))
    summary = page(response).select_one(".govuk-error-summary").get_text(" ")
    assert "Select yes if you agree to the EHC needs assessment" in summary
    assert "Select who we can share information with" in summary
    assert "Confirm that you can give consent" in summary

    both = give_consent(family, path, sharing=["vcds", "none"])
    shown = page(both)
    assert "not both" in shown.select_one(".govuk-error-summary").get_text(" ")
    assert shown.select_one("input[value=vcds]").has_attr("checked"), "keeps what was chosen"
    assert shown.select_one("input[name=assessment][value=yes]").has_attr("checked")


def test_a_tampered_wording_version_or_hash_is_refused_and_nothing_kept(
    app: Flask, family: FlaskClient
) -> None:
    draft = start(family)
    path = f"/account/request/{draft}/consent"
    for tampered in ({"wording_version": "2019-01.1"}, {"wording_sha256": "0" * 64}):
        response = give_consent(family, path, **tampered)
        assert response.status_code == 200
        summary = page(response).select_one(".govuk-error-summary").get_text(" ")
        assert "The wording on this page has changed" in summary
    with app.app_context():
        kept = db.session().get(RequestDraft, draft)
        assert kept.consent_wording is None
        assert not any(key.startswith("consent.") for key in kept.answers)


def test_submission_records_events_with_the_exact_wording_read(
    app: Flask, family: FlaskClient
) -> None:
    reference = submitted(family)
    recorded = events(app)
    assert sorted((e.choice, e.given) for e in recorded) == [
        ("assessment", True),
        ("share:family_services", True),
        ("share:nhs_trusts", True),
    ]
    assert {(e.case_reference, e.given_by, e.method, e.language) for e in recorded} == {
        (reference, "parent_carer", "online", "en")
    }
    with app.app_context():
        wording = db.session().get(ConsentWording, recorded[0].wording_sha256)
        assert wording is not None and wording.version == recorded[0].wording_version
        assert hashlib.sha256(wording.text.encode()).hexdigest() == wording.sha256
        assert "Department for Education" in wording.text
        assert "Virtual Child Development Service" in wording.text
        kinds = db.session().scalars(select(OutboxMessage.kind)).all()
        assert kinds.count("consent_event.create") == 3


def test_the_request_cannot_be_sent_without_agreement_to_the_assessment(
    app: Flask, family: FlaskClient
) -> None:
    draft = start(family)
    fill(family, draft)
    give_consent(family, f"/account/request/{draft}/consent", assessment="no")
    task_list = page(family.get(f"/account/request/{draft}/")).get_text(" ")
    assert "You must agree to the assessment before you can send the request" in task_list
    consent_row = page(family.get(f"/account/request/{draft}/")).select(".govuk-task-list__item")[
        -1
    ]
    status = consent_row.select(".govuk-task-list__status")[0].get_text(" ", strip=True)
    assert status == "Not agreed", "a parent read 'Completed' beside consent they refused"
    response = post(family, f"/account/request/{draft}/check", {})
    assert response.status_code == 200
    assert "You must agree to the assessment" in page(response).select_one(
        ".govuk-error-summary"
    ).get_text(" ")
    assert count(app, AssessmentRequest) == 0


def test_a_young_person_confirms_they_understand_and_can_name_people_not_to_share_with(
    app: Flask, client: FlaskClient
) -> None:
    sign_in(client, person="young.person@example.org")
    draft = start(client, "young_person")
    path = f"/account/request/{draft}/consent"
    shown = page(client.get(path))
    assert shown.select_one("textarea[name=exclusions]") is not None
    assert "I understand what I am agreeing to" in shown.get_text(" ")
    refused = give_consent(client, path, declaration="")
    assert "Confirm that you understand what you are agreeing to" in page(refused).select_one(
        ".govuk-error-summary"
    ).get_text(" ")

    give_consent(client, path, exclusions="My uncle, Bartholomew Quince")
    fill(client, draft, young_person_answers())
    give_consent(client, path, exclusions="My uncle, Bartholomew Quince")
    assert post(client, f"/account/request/{draft}/check", {}).status_code == 302
    recorded = {e.choice: e for e in events(app)}
    assert recorded["named_exclusions"].detail == "My uncle, Bartholomew Quince"
    assert {e.given_by for e in recorded.values()} == {"young_person"}
    with app.app_context():
        raw = db.session().execute(text("SELECT detail FROM consent_events")).scalars().all()
    assert not any("Bartholomew" in (value or "") for value in raw), "encrypted at rest"


def test_consent_is_changed_from_the_account_with_a_confirmation(
    app: Flask, family: FlaskClient
) -> None:
    reference = submitted(family)
    before = events(app)
    current = page(family.get(f"/account/cases/{reference}/consent")).get_text(" ")
    assert "Sharing with NHS trusts providing health services" in current

    path = f"/account/cases/{reference}/consent/change"
    shown = page(family.get(path))
    ticked = {box["value"] for box in shown.select("input[name=sharing][checked]")}
    assert ticked == {"family_services", "nhs_trusts"}, "starts from the consent in force"
    response = give_consent(family, path, sharing=["family_services", "vcds"])
    assert response.headers["Location"].endswith("/consent/confirm")
    assert len(events(app)) == len(before), "nothing is recorded before confirming"
    confirm = page(family.get(response.headers["Location"])).get_text(" ")
    assert "We will stop sharing information with: NHS trusts providing health services." in confirm
    assert "We will start sharing information with: Virtual Child Development Service." in confirm

    done = post(family, f"/account/cases/{reference}/consent/confirm", {})
    assert done.headers["Location"] == f"/account/cases/{reference}/consent"
    assert "Your consent has been updated" in page(family.get(done.headers["Location"])).get_text(
        " "
    )
    after = events(app)
    assert [(e.id, e.given) for e in after[: len(before)]] == [(e.id, e.given) for e in before]
    added = sorted((e.choice, e.given) for e in after[len(before) :])
    assert added == [("share:nhs_trusts", False), ("share:vcds", True)]

    again = give_consent(family, path, sharing=["family_services", "vcds"])
    assert "You have not changed any of your choices" in page(again).get_text(" ")


def test_withdrawing_is_one_page_and_withdrawing_nothing_is_refused(
    app: Flask, family: FlaskClient
) -> None:
    reference = submitted(family)
    path = f"/account/cases/{reference}/consent/withdraw/share:nhs_trusts"
    assert "We will stop sharing information with them" in page(family.get(path)).get_text(" ")
    response = family.post(path, data=hidden(family.get(path)))
    assert response.headers["Location"] == f"/account/cases/{reference}/consent"
    withdrawn = events(app)[-1]
    assert (withdrawn.choice, withdrawn.given) == ("share:nhs_trusts", False)

    recorded = len(events(app))
    again = family.post(path, data=hidden(family.get(path)))
    assert again.headers["Location"] == f"/account/cases/{reference}/consent", (
        "pressed again, the consent now is shown"
    )
    never = f"/account/cases/{reference}/consent/withdraw/share:west_london_alliance"
    shown = page(family.get(never)).get_text(" ")
    assert "nothing to withdraw" in shown
    refused = family.post(never, data=hidden(family.get(never)))
    assert refused.status_code == 409
    assert "nothing to withdraw" in page(refused).get_text(" ")
    assert len(events(app)) == recorded
    assert family.get(f"/account/cases/{reference}/consent/withdraw/astrology").status_code == 404


def test_another_familys_case_is_not_found_and_nothing_recorded(
    app: Flask, family: FlaskClient
) -> None:
    reference = submitted(family)
    recorded = len(events(app))
    stamp = hidden(family.get(f"/account/cases/{reference}/consent/change"))
    other = app.test_client()
    sign_in(other, person="second.parent@example.org")
    token = hidden(other.get("/account/link"))["csrf_token"]
    forged = {**stamp, "csrf_token": token, "assessment": "no", "sharing": "none"}
    for path in ("change", "confirm", "withdraw/assessment"):
        response = other.post(f"/account/cases/{reference}/consent/{path}", data=forged)
        assert response.status_code == 404, path
    assert other.get(f"/account/cases/{reference}/consent").status_code == 404
    assert len(events(app)) == recorded


def test_a_young_person_cannot_consent_for_a_child_under_16(
    app: Flask, family: FlaskClient
) -> None:
    reference = submitted(family)  # the child is ten
    young = app.test_client()
    sign_in(young, person="young.person@example.org")
    with app.app_context():
        account = (
            db.session()
            .scalars(select(Account).where(Account.email == "young.person@example.org"))
            .one()
        )
        db.session().add(
            CaseLink(
                account_id=account.id,
                case_reference=reference,
                relationship="young_person",
                via="link_code",
            )
        )
        db.session().commit()
    recorded = len(events(app))
    shown = page(young.get(f"/account/cases/{reference}/consent")).get_text(" ")
    assert "You can give consent for yourself from the age of 16" in shown
    path = f"/account/cases/{reference}/consent/change"
    response = young.post(
        path, data={**hidden(young.get("/account/link")), "assessment": "yes", "sharing": "none"}
    )
    assert response.status_code == 403
    assert "You cannot give consent for this case yet" in page(response).get_text(" ")
    assert (
        young.post(
            f"/account/cases/{reference}/consent/withdraw/assessment",
            data=hidden(young.get("/account/link")),
        ).status_code
        == 403
    )
    assert len(events(app)) == recorded


def test_caseworkers_see_current_consent_its_history_and_the_wording(
    app: Flask, family: FlaskClient
) -> None:
    reference = submitted(family)
    path = f"/account/cases/{reference}/consent/withdraw/share:family_services"
    family.post(path, data=hidden(family.get(path)))
    staff = app.test_client()
    sign_in(staff, "staff", "caseworker@council.example")
    shown = page(staff.get(f"/caseworker/cases/{reference}/consent"))
    rows = {
        row.select_one("dt").get_text(strip=True): row.select_one("dd").get_text(strip=True)
        for row in shown.select(".govuk-summary-list__row")
    }
    assert rows["Sharing with Barnet Family Services"] == "Withdrawn"
    assert rows["Sharing with NHS trusts providing health services"] == "Given"
    assert rows["Agreement to the EHC needs assessment"] == "Given"
    history = shown.select("tbody tr")
    assert len(history) == 4
    assert "parent@example.org" in history[0].get_text(" ")
    wording_link = history[-1].select_one("a")["href"]
    wording = page(staff.get(wording_link)).get_text(" ")
    assert "Department for Education" in wording
    with app.app_context():
        actions = (
            db.session()
            .scalars(select(AuditEvent.action).where(AuditEvent.object_id == reference))
            .all()
        )
    assert "viewed_consent" in actions
    assert staff.get("/caseworker/cases/BNT-1999-000000/consent").status_code == 404
    assert family.get(f"/caseworker/cases/{reference}/consent").status_code in (403, 404)


def history_after_withdrawing(app: Flask, family: FlaskClient, choice: str) -> list[str]:
    """The titles in the History of a request sent, once the family withdrew `choice`."""
    reference = submitted(family)
    path = f"/account/cases/{reference}/consent/withdraw/{choice}"
    family.post(path, data=hidden(family.get(path)))
    staff = app.test_client()
    sign_in(staff, "staff", "caseworker@council.example")
    shown = page(staff.get(f"/caseworker/requests/{reference}/history"))
    return [title.get_text(" ", strip=True) for title in shown.select(".moj-timeline__title")]


def test_the_request_history_names_each_consent_given_and_withdrawn(
    app: Flask, family: FlaskClient
) -> None:
    titles = history_after_withdrawing(app, family, "share:family_services")
    consents = [title for title in titles if title.startswith("Consent")]
    assert sorted(consents) == [
        "Consent given: Agreement to the EHC needs assessment",
        "Consent given: Sharing with Barnet Family Services",
        "Consent given: Sharing with NHS trusts providing health services",
        "Consent withdrawn: Sharing with Barnet Family Services",
    ]


def test_your_data_includes_the_consent_history(app: Flask, family: FlaskClient) -> None:
    reference = submitted(family)
    data = family.get("/account/your-data.json").get_json()
    history = data["consent_history"]
    assert {(h["case"], h["choice"], h["given"]) for h in history} == {
        (reference, "Agreement to the EHC needs assessment", True),
        (reference, "Sharing with Barnet Family Services", True),
        (reference, "Sharing with NHS trusts providing health services", True),
    }
    assert all(len(h["wording_sha256"]) == 64 for h in history)
    assert "Sharing with Barnet Family Services" in page(family.get("/account/your-data")).get_text(
        " "
    )


def test_persian_consent_history_joins_its_parts_with_the_persian_comma(
    family: FlaskClient,
) -> None:
    submitted(family)
    family.get("/account/?lang=fa")
    shown = page(family.get("/account/your-data"))
    heading = next(h for h in shown.select("h2") if "درباره رضایت" in h.get_text())
    history = heading.find_next("ul")
    assert history is not None
    for line in history.select("li"):
        said = line.get_text(" ", strip=True)
        assert "،" in said and "," not in said, said


def test_people_named_not_to_share_with_are_shown_as_added_not_as_consent_given(
    client: FlaskClient,
) -> None:
    """A young person named their uncle among the people we must not share information
    with: their consent page and their data's log read it as a consent "Given on" the day,
    "given (My uncle Adam)". Naming someone is not a consent: it was added."""
    sign_in(client, person="young.person@example.org")
    draft = start(client, "young_person")
    path = f"/account/request/{draft}/consent"
    fill(client, draft, young_person_answers())
    give_consent(client, path, exclusions="My uncle Adam")
    sent = post(client, f"/account/request/{draft}/check", {})
    strong = page(client.get(sent.headers["Location"])).select_one(".govuk-panel strong")
    assert strong is not None
    reference = strong.get_text(strip=True)

    rows = page(client.get(f"/account/cases/{reference}/consent")).select(
        ".govuk-summary-list__row"
    )
    named = next(row for row in rows if "My uncle Adam" in row.get_text(" "))
    cell = named.select_one(".govuk-summary-list__value")
    assert cell is not None
    value = " ".join(cell.get_text(" ").split())
    assert value.startswith("Added on ") and value.endswith(": My uncle Adam"), value

    # The text as shown: the name is isolated in a <bdi>, which adds no space around it.
    log = [
        " ".join(item.get_text().split())
        for item in page(client.get("/account/your-data")).select("li")
        if "My uncle Adam" in item.get_text(" ")
    ]
    assert len(log) == 1 and "added (My uncle Adam)" in log[0], log
    assert "given" not in log[0], log

    # The caseworker's History read "Consent given: People we must not share information with".
    outbox.run_once(client.application)
    staff = client.application.test_client()
    sign_in(staff, "staff", "caseworker@council.example")
    shown = page(staff.get(f"/caseworker/requests/{reference}/history"))
    entries = [" ".join(e.get_text(" ").split()) for e in shown.select(".moj-timeline__item")]
    [named_in_history] = [e for e in entries if "must not share" in e]
    assert named_in_history.startswith("People we must not share information with: added")
    assert "My uncle Adam" in named_in_history and "Consent given" not in named_in_history


def test_the_email_saying_the_assessment_stopped_is_in_the_request_history(
    app: Flask, family: FlaskClient
) -> None:
    """The family withdrew consent to the assessment and was emailed that it stopped: the
    History did not show that email, so a caseworker could not tell what the family was
    told, or when."""
    titles = history_after_withdrawing(app, family, "assessment")
    assert "Family told by email the assessment stopped as consent was withdrawn" in titles, titles
    assert "Email to the family" not in titles, titles
