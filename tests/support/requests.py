"""Asking for an assessment as a family in the test client: start a request, give
consent, answer every question, upload a document, and send it."""

from __future__ import annotations

import io
import re
from typing import Any

from flask.testing import FlaskClient

from devtools.reference_case_system import demo
from portal.platform import deadlines
from tests.conftest import sign_in
from tests.support.answers import PARENT_ANSWERS
from tests.support.links import issue_code, redeem
from tests.support.pages import hidden, page, post, token

ANSWERS = PARENT_ANSWERS

CONSENT = {
    "assessment": "yes",
    "sharing": ["family_services", "nhs_trusts"],
    "declaration": "confirmed",
}


def start(client: FlaskClient, role: str = "parent_carer") -> str:
    """Say who is asking; returns the draft's id (the account's untouched one, if it has
    one, else a new one: `named` puts something in a draft, so the next start is another)."""
    response = post(client, "/account/request/who", {"role": role})
    assert response.status_code == 302, page(response).get_text()
    match = re.fullmatch(r"/account/request/([0-9a-f]{32})/", response.headers["Location"])
    assert match
    return match.group(1)


def named(client: FlaskClient, draft: str, first: str = "Layla", last: str = "Hassan") -> str:
    """The draft with the child's (or the young person's own) name given; its id."""
    answer = {"first_name": first, "last_name": last}
    assert post(client, f"/account/request/{draft}/child/name", answer).status_code == 302
    return draft


def give_consent(client: FlaskClient, path: str, **choices: Any):  # type: ignore[no-untyped-def]
    data = {**CONSENT, **choices}
    return client.post(path, data={**hidden(client.get(path)), **data})


def fill(client: FlaskClient, draft: str, answers: dict = ANSWERS) -> None:  # type: ignore[type-arg]
    """Give consent, then answer every page of the draft with `answers`."""
    response = give_consent(client, f"/account/request/{draft}/consent")
    assert response.status_code == 302, page(response).select_one(".govuk-error-summary")
    for section, pages in answers.items():
        for slug, data in pages.items():
            response = post(client, f"/account/request/{draft}/{section}/{slug}", data)
            assert response.status_code == 302, (
                section,
                slug,
                page(response).select_one(".govuk-error-summary"),
            )


def submitted(client: FlaskClient, role: str = "parent_carer", answers: dict = ANSWERS) -> str:  # type: ignore[type-arg]
    """Start, fill in and send a request; returns its reference."""
    draft = start(client, role)
    fill(client, draft, answers)
    response = post(client, f"/account/request/{draft}/check", {})
    assert response.headers["Location"].endswith("/submitted"), page(response).get_text(" ")
    reference = page(client.get(response.headers["Location"])).select_one(".govuk-panel strong")
    assert reference is not None, "the confirmation shows the reference"
    return reference.get_text(strip=True)


def young_person_answers() -> dict:  # type: ignore[type-arg]
    """The parent's answers, as a young person of 18 asking for themselves would give them."""
    answers = {section: dict(pages) for section, pages in ANSWERS.items()}
    answers["child"]["date-of-birth"] = {
        "date_of_birth": ["1", "2", str(deadlines.council_today().year - 18)]
    }
    answers["you"] = {"contact": {"email": "yp@example.org", "phone": "07700 900 982"}}
    return answers


def upload(client: FlaskClient, draft: str, data: bytes, name: str, description: str = ""):  # type: ignore[no-untyped-def]
    """Upload a supporting document to a draft request."""
    path = f"/account/request/{draft}/documents"
    return client.post(
        path,
        data={
            "csrf_token": token(client, path),
            "file": (io.BytesIO(data), name),
            "description": description,
        },
        content_type="multipart/form-data",
    )


def family_pages(family: FlaskClient) -> list[str]:
    """Pages with forms a signed-in family reaches: after sending a request, on a case with
    a final plan (linked with a code), and in a new draft."""
    reference = submitted(family)
    pages = ["/account/request/who", "/account/link", "/account/contributions/new", "/feedback/"]
    pages += [f"/account/cases/{reference}/consent/change"]
    staff = family.application.test_client()
    sign_in(staff, "staff", "caseworker@council.example")
    redeem(family, issue_code(staff, demo.FINAL, "Jo Parent", "parent_carer"))
    disagree = f"/account/cases/{demo.FINAL}/disagree/final_plan"
    pages += [f"{disagree}/contacted-mediation", f"{disagree}/mediation-certificate"]
    pages += ["/account/your-data/rights/child.date_of_birth"]
    response = post(family, "/account/request/who", {"role": "parent_carer"})
    draft = response.headers["Location"]
    pages += [f"{draft}child/name", f"{draft}needs/description", f"{draft}consent"]
    return pages


def reply(client: FlaskClient, reference: str, text: str, files: list[tuple[bytes, str]]) -> Any:
    """The family's reply to the council's messages about a request, with its files."""
    path = f"/account/requests/{reference}/messages"
    return client.post(
        path,
        data={
            "csrf_token": token(client, path),
            "message": text,
            "files": [(io.BytesIO(data), name) for data, name in files],
        },
        content_type="multipart/form-data",
    )
