"""The pages a young person reads in their own account, and the words every signed-in page
shows around them, for the tests of the register they are spoken to in."""

from __future__ import annotations

import json
from typing import Any

from flask import Flask
from flask.testing import FlaskClient

from devtools.reference_case_system import demo
from forms.assessment_request.sections import SECTIONS
from tests.conftest import sign_in
from tests.support.links import (
    BORN,
    issue_code,
    of_young_person_age,
    redeem,
    young_persons_own_link,
)
from tests.support.pages import hidden, page, post, token

# The rights page names every item it holds by the catalogue's question, as a parent was
# asked it ("What language should we write to you in?"): not yet in a young person's voice.
ITEM_NAMES = "tbody th[scope=row], tbody a .govuk-visually-hidden"


def own_request_pages(draft: str) -> list[str]:
    """Every page of a young person's own request, up to checking their answers."""
    pages = [f"/account/request/{draft}/", f"/account/request/{draft}/consent"]
    pages += [
        f"/account/request/{draft}/{section.slug}/{each.slug}"
        for section in SECTIONS
        for each in section.pages_for("young_person")
    ]
    return [*pages, f"/account/request/{draft}/documents", f"/account/request/{draft}/check"]


def layout_texts(response: Any) -> list[str]:
    """What every signed-in page shows around its main content, and its time-out warning:
    the skip link, header, phase banner, language menu's name, footer, the dialog and its
    countdown sentences (read by the script)."""
    html = page(response)
    parts = html.select(
        ".govuk-skip-link, header, .govuk-phase-banner, footer, dialog#session-timeout"
    )
    texts = [" ".join(part.get_text(" ", strip=True).split()) for part in parts]
    switcher = html.select_one("nav.portal-language-switcher")
    assert switcher is not None
    texts.append(str(switcher["aria-label"]))
    dialog = html.select_one("dialog#session-timeout")
    if dialog is not None:  # not on the warning page that stands in for it
        countdown = json.loads(str(dialog["data-countdown"]))
        texts += [text for sentences in countdown.values() for text in sentences.values()]
    return texts


def linked_to_case(
    app: Flask,
    client: FlaskClient,
    reference: str,
    relationship: str,
    person: str = "",
    named: str = "Jo Okafor",
) -> FlaskClient:
    """`client` signed in as a young person or a parent (or `person`) and linked to the
    case with a code a caseworker issued for `named` (a young person's own link to a
    child's case, directly: `young_persons_own_link`)."""
    staff = app.test_client()
    sign_in(staff, "staff", "caseworker@council.example")
    young = relationship == "young_person"
    person = person or ("young.person@example.org" if young else "parent@example.org")
    if young and not of_young_person_age(reference):
        young_persons_own_link(app, reference, person)
        sign_in(client, person=person)
        token(client, "/account/link")  # the session's form token, as entering a code gave it
        return client
    sign_in(client, person=person)
    redeem(client, issue_code(staff, reference, named, relationship), BORN[reference])
    return client


def review_views_sent(
    app: Flask, client: FlaskClient, answers: dict[str, str], person: str = "", named: str = ""
) -> FlaskClient:
    """A parent (parent@example.org, or `person`, the link code `named` for them) linked to
    the demo case with a review, who sends their views for it."""
    family = linked_to_case(app, client, demo.REVIEW, "parent_carer", person, named or "Jo Okafor")
    review = f"/account/cases/{demo.REVIEW}/annual-review"
    post(family, f"{review}/views", answers)
    assert family.post(review, data=hidden(family.get(review))).status_code == 302
    return family
