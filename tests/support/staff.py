"""Caseworkers in the test client: acting on a request as each action's page does."""

from __future__ import annotations

from typing import Any

from bs4 import BeautifulSoup
from flask.testing import FlaskClient

from portal.platform import deadlines
from tests.support.pages import hidden, page


def act(staff: FlaskClient, reference: str, action: str, data: dict | None = None):  # type: ignore[no-untyped-def, type-arg]
    """Post an action with the version shown on its page, as the form does; a decision is
    then recorded from its check page, as the caseworker confirms it there."""
    sent = fill_in(staff, reference, action, data)
    if action == "decide" and check_page(sent):
        return confirm(staff, reference, sent)
    return sent


def check_page(response: Any) -> bool:
    """Whether the response is a decision's check page, with its button to record it."""
    return response.status_code == 200 and bool(
        page(response).select("button[name=decide-confirmed]")
    )


def confirm(staff: FlaskClient, reference: str, check: Any, button: str = "confirmed"):  # type: ignore[no-untyped-def]
    """Press a decision's check page's button (`confirmed`, or `change`), sending back what
    it carries (`check`: the page's response, or the page as parsed and changed)."""
    fields: dict[str, list[str]] = {}
    shown = check if isinstance(check, BeautifulSoup) else page(check)
    for field in shown.select("form input[type=hidden]"):
        fields.setdefault(str(field["name"]), []).append(str(field.get("value", "")))
    address = f"/caseworker/requests/{reference}/actions/decide"
    return staff.post(address, data={**fields, f"decide-{button}": "yes"})


def fill_in(staff: FlaskClient, reference: str, action: str, data: dict | None = None):  # type: ignore[no-untyped-def, type-arg]
    """Post an action's form with the version shown on its page (for a decision, this
    leads to its check page)."""
    address = f"/caseworker/requests/{reference}/actions/{action}"
    shown = hidden(staff.get(address))
    prefix = {"more_information": "info"}.get(action, action)
    if action == "withdraw" and not data:
        data = {"reason": "By email today: the family no longer want the assessment."}
    fields = {f"{prefix}-{k}": v for k, v in (data or {}).items()}
    return staff.post(
        address,
        data={
            "csrf_token": shown.get("csrf_token", shown.get(f"{prefix}-csrf_token")),
            f"{prefix}-csrf_token": shown.get(f"{prefix}-csrf_token", shown.get("csrf_token")),
            f"{prefix}-version": shown[f"{prefix}-version"],
            **fields,
        },
    )


def decide(staff: FlaskClient, reference: str, decision: str, **fields: Any) -> None:
    """Accept a request for a decision, then record `decision` ("assess", "not_assess")
    on it today, with the decision form's other `fields`."""
    assert act(staff, reference, "accept").status_code == 302
    today = deadlines.council_today()
    on = [str(today.day), str(today.month), str(today.year)]
    decided = act(staff, reference, "decide", {"decision": decision, "decided_on": on, **fields})
    assert decided.status_code == 302, page(decided).get_text(" ")


def decide_not_to_assess(
    staff: FlaskClient,
    reference: str,
    reasons: list[str] | None = None,
    note: str = "",
    written_in: str = "en",
) -> None:
    """Decide today not to assess: any `note` of the caseworker's own written in
    `written_in`."""
    decide(
        staff,
        reference,
        "not_assess",
        standard_reasons=reasons or [],
        reason=note,
        written_in=written_in,
    )
