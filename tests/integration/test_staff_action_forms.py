"""A caseworker's action forms: what they typed is kept whenever the action is refused,
each message sits by its question, and each action done is confirmed on the summary."""

from __future__ import annotations

from typing import Any

import pytest
from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import select

from portal.models import Account
from portal.platform import db, deadlines
from tests.conftest import sign_in
from tests.support.pages import hidden, one, page
from tests.support.requests import submitted
from tests.support.staff import act

STALE = "Someone else changed this request after you opened it. Check what changed, then try again"


def _me(app: Flask) -> str:
    with app.app_context():
        return str(
            db.session()
            .scalars(select(Account.id).where(Account.email == "caseworker@council.example"))
            .one()
        )


def _today() -> list[str]:
    today = deadlines.council_today()
    return [str(today.day), str(today.month), str(today.year)]


def test_a_message_typed_in_a_second_tab_is_kept_when_the_first_tab_already_asked(
    staff: FlaskClient, reference: str
) -> None:
    ask = f"/caseworker/requests/{reference}/actions/more_information"
    tab_b = hidden(staff.get(ask))
    sent = act(staff, reference, "more_information", {"message": "Send the report"})
    assert sent.status_code == 302
    longer = "Please send the latest school report and the speech and language therapy advice."
    late = staff.post(ask, data={**tab_b, "info-message": longer})
    assert late.status_code == 409
    shown = page(late)
    assert STALE in one(shown, ".govuk-error-summary").get_text(" ")
    assert one(shown, "textarea[name=info-message]").get_text() == longer


# action: (what the other tab does first, after the set-up; what this tab typed; how the
# page shows it again); "ME", "OTHER" and "TODAY" are read when the test runs
KEPT: dict[str, tuple[str, dict[str, Any], list[tuple[str, str]]]] = {
    "assign": (
        "withdraw",
        {"assignee": "ME"},
        [("select[name=assign-assignee] option[selected]", "ME")],
    ),
    "accept": ("withdraw", {}, []),
    "duplicate": (
        "withdraw",
        {"of_reference": "OTHER"},
        [("input[name=duplicate-of_reference]", "OTHER")],
    ),
    "exception": (
        "withdraw",
        {"kind": "family_away", "days": "30", "reason": "Abroad until March"},
        [
            ("input[name=exception-days]", "30"),
            ("textarea[name=exception-reason]", "Abroad until March"),
        ],
    ),
    "decide": (
        "withdraw",
        {
            "decision": "not_assess",
            "decided_on": "TODAY",
            "standard_reasons": ["needs_met_by_setting"],
            "reason": "The school has a plan in place.",
        },
        [
            ("textarea[name=decide-reason]", "The school has a plan in place."),
            ("input[name=decide-standard_reasons][checked]", "needs_met_by_setting"),
            ("input[name=decide-decision][checked]", "not_assess"),
        ],
    ),
}


@pytest.mark.parametrize("action", sorted(KEPT))
def test_every_action_refused_after_another_tab_keeps_what_was_typed(
    app: Flask, client: FlaskClient, staff: FlaskClient, reference: str, action: str
) -> None:
    other_tab, typed, shown_as = KEPT[action]
    other = submitted(client)
    swap = {"ME": _me(app), "OTHER": other, "TODAY": _today()}
    if action == "decide":
        assert act(staff, reference, "accept").status_code == 302
    address = f"/caseworker/requests/{reference}/actions/{action}"
    prefix = {"more_information": "info"}.get(action, action)
    tab_b = hidden(staff.get(address))
    first = {"message": "Send the report"} if other_tab == "more_information" else {}
    assert act(staff, reference, other_tab, first).status_code == 302
    fields = {
        f"{prefix}-{name}": swap.get(value, value) if isinstance(value, str) else value
        for name, value in typed.items()
    }
    late = staff.post(address, data={**tab_b, **fields})
    assert late.status_code == 409
    shown = page(late)
    assert STALE in one(shown, ".govuk-error-summary").get_text(" ")
    assert shown.select(f"form input[name={prefix}-version]"), "the form is kept"
    for selector, value in shown_as:
        found = one(shown, selector)
        kept = found.get_text() if found.name == "textarea" else found.get("value")
        assert kept == swap.get(value, value), selector


def test_no_reason_for_not_assessing_is_shown_on_the_reasons_not_the_optional_box(
    staff: FlaskClient, reference: str
) -> None:
    assert act(staff, reference, "accept").status_code == 302
    refused = act(staff, reference, "decide", {"decision": "not_assess", "decided_on": _today()})
    assert refused.status_code == 200
    shown = page(refused)
    message = "Select at least one reason, or enter other reasons"
    link = one(shown, ".govuk-error-summary a")
    assert link.get_text(strip=True) == message
    first_box = shown.select("input[name=decide-standard_reasons]")[0]
    assert link["href"] == f"#{first_box['id']}", "the summary goes to the first reason"
    reasons = one(shown, "fieldset:has(input[name=decide-standard_reasons])")
    assert message in one(reasons, ".govuk-error-message").get_text(" ")
    other = one(shown, ".govuk-form-group:has(> textarea[name=decide-reason])")
    assert not other.select(".govuk-error-message"), "the optional box is not in error"
    assert "(optional)" in one(other, "label").get_text(" ")
    assert "if no reason above applies" in one(other, ".govuk-hint").get_text(" ")


@pytest.mark.parametrize("typed", ["", "   "])
def test_leaving_the_days_blank_asks_for_them(
    staff: FlaskClient, reference: str, typed: str
) -> None:
    refused = act(
        staff, reference, "exception", {"kind": "family_away", "days": typed, "reason": "Abroad"}
    )
    assert refused.status_code == 200
    shown = page(refused)
    assert one(shown, ".govuk-error-summary a").get_text(strip=True) == (
        "Enter how many days it covers"
    )
    assert len(shown.select(".govuk-error-summary li")) == 1
    assert "whole number" not in shown.get_text(" ")


def test_a_decision_date_with_a_two_number_year_asks_for_4_numbers(
    staff: FlaskClient, reference: str
) -> None:
    assert act(staff, reference, "accept").status_code == 302
    day, month, _year = _today()
    refused = act(
        staff, reference, "decide", {"decision": "assess", "decided_on": [day, month, "26"]}
    )
    assert refused.status_code == 200
    link = one(page(refused), ".govuk-error-summary a")
    assert link.get_text(strip=True) == "Year must include 4 numbers"
    assert link["href"] == "#decide-decided_on-year"


def test_the_link_code_relationship_is_a_question_with_its_error_under_it(
    staff: FlaskClient,
) -> None:
    address = "/caseworker/link-codes/new"
    asked = page(staff.get(address))
    question = one(asked, "fieldset:has(input[name=relationship]) legend")
    assert question.get_text(" ", strip=True) == "Their relationship to the case"
    fields = hidden(staff.get(address))
    refused = staff.post(
        address, data={**fields, "case_reference": "BNT-2026-000123", "person_name": "Anna Smith"}
    )
    assert refused.status_code == 200
    shown = page(refused)
    group = one(shown, "fieldset:has(input[name=relationship])")
    assert one(group, "legend").get_text(" ", strip=True) == "Their relationship to the case"
    assert "Select their relationship to the case" in one(group, ".govuk-error-message").get_text()


def _confirmed(staff: FlaskClient, response: Any) -> str:
    """The success banner on the page an action leads back to, which says it once."""
    assert response.status_code == 302, page(response).get_text(" ")
    landed = page(staff.get(response.headers["Location"]))
    banner = one(landed, ".govuk-notification-banner--success")
    assert "Success" in one(banner, ".govuk-notification-banner__title").get_text()
    again = page(staff.get(response.headers["Location"]))
    assert not again.select(".govuk-notification-banner--success"), "said once"
    return one(banner, ".govuk-notification-banner__content").get_text(" ", strip=True)


def test_each_action_on_one_request_is_confirmed_on_its_summary(
    app: Flask, client: FlaskClient, staff: FlaskClient, reference: str
) -> None:
    me = _me(app)
    shown = page(staff.get(f"/caseworker/requests/{reference}/actions/assign"))
    my_name = one(shown, f"option[value='{me}']").get_text(strip=True)
    assert _confirmed(staff, act(staff, reference, "assign", {"assignee": me})) == (
        f"Assigned to {my_name}"
    )
    asked = act(staff, reference, "more_information", {"message": "Please send the report."})
    assert _confirmed(staff, asked) == "Message sent to the family"
    fields = hidden(staff.get(f"/caseworker/requests/{reference}"))
    noted = staff.post(
        f"/caseworker/requests/{reference}/notes",
        data={"csrf_token": fields["csrf_token"], "text": "Phoned the SENCo."},
    )
    assert _confirmed(staff, noted) == "Note added"
    assert _confirmed(staff, act(staff, reference, "accept")) == "Accepted for a decision"
    excepted = act(
        staff,
        reference,
        "exception",
        {"kind": "family_away", "days": "30", "reason": "Abroad until March"},
    )
    assert _confirmed(staff, excepted).startswith("Time limit exception recorded")
    decided = act(
        staff,
        reference,
        "decide",
        {
            "decision": "not_assess",
            "decided_on": _today(),
            "standard_reasons": ["needs_met_by_setting"],
        },
    )
    assert _confirmed(staff, decided) == "Decision recorded: do not carry out an assessment"
    other = submitted(client)
    assert _confirmed(staff, act(staff, other, "accept")) == ("Accepted for a decision")
    assessed = act(staff, other, "decide", {"decision": "assess", "decided_on": _today()})
    assert _confirmed(staff, assessed) == "Decision recorded: carry out an EHC needs assessment"
    third = submitted(client)
    duplicate = act(staff, third, "duplicate", {"of_reference": other})
    assert _confirmed(staff, duplicate) == f"Marked as a duplicate of {other}"
    fourth = submitted(client)
    assert _confirmed(staff, act(staff, fourth, "withdraw")) == "Request withdrawn"


def test_a_note_refused_as_too_long_is_kept_to_shorten(staff: FlaskClient, reference: str) -> None:
    fields = hidden(staff.get(f"/caseworker/requests/{reference}"))
    long_note = "Phoned the SENCo about the reading support. " * 120
    refused = staff.post(
        f"/caseworker/requests/{reference}/notes",
        data={"csrf_token": fields["csrf_token"], "text": long_note},
    )
    assert refused.status_code == 200
    shown = page(refused)
    assert one(shown, ".govuk-error-summary")
    assert one(shown, "textarea[name=text]").get_text() == long_note.strip()


def test_who_is_asking_is_a_question_on_the_familys_first_page(client: FlaskClient) -> None:
    sign_in(client)
    shown = page(client.get("/account/request/who"))
    question = one(shown, "fieldset:has(input[name=role]) legend")
    assert question.get_text(" ", strip=True) == "Who is asking for the assessment?"
