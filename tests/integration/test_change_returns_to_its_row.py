"""The family's other check pages return to the row a "Change" link was pressed on, as the
request's "Check your answers" does: the views' check page, the annual review page that
reads the views back, the check page of a response to a draft plan, and the request's
supporting documents. A tester changed one answer and came back to the top of the page,
or to the first row of a page that asks several questions, not to the row they changed."""

from __future__ import annotations

from typing import Any

import pytest
from bs4 import BeautifulSoup
from flask import Flask
from flask.testing import FlaskClient

from devtools.reference_case_system import demo
from tests.conftest import sign_in
from tests.support.contributions import begin
from tests.support.draft_plans import CHECK as DRAFT_CHECK
from tests.support.draft_plans import linked_parent
from tests.support.own_pages import linked_to_case
from tests.support.pages import hidden, one, page, post
from tests.support.requests import fill, start

REVIEW = f"/account/cases/{demo.REVIEW}/annual-review"


def _changed_rows(shown: BeautifulSoup, rows: str) -> list[tuple[str, str]]:
    """Each row of the summary lists `rows` selects that has a "Change" link: the id its
    answer is shown with, and where the link goes."""
    found = []
    for row in shown.select(rows):
        link = row.select_one(".govuk-summary-list__actions a")
        if link is None or not link.get_text(strip=True).startswith(("Change", "Add")):
            continue
        key = one(row, ".govuk-summary-list__key").get_text(strip=True)
        answer = row.select_one(".govuk-summary-list__value [id]")
        assert answer is not None, f"{key}: the row has an id to come back to"
        found.append((str(answer["id"]), str(link["href"])))
    assert len({anchor for anchor, _href in found}) == len(found), found
    return found


def _answered(opened: Any) -> dict[str, str]:
    """A question page's form as a person fills it in: each box written in, the first
    choice of each question chosen."""
    shown = page(opened)
    data = hidden(opened)
    for box in shown.select("main form textarea, main form input[type=text]"):
        data[str(box["name"])] = "Something new"
    for choice in shown.select("main form input[type=radio]"):
        data.setdefault(str(choice["name"]), str(choice["value"]))
    return data


def _each_change_returns_to_its_row(family: FlaskClient, check: str, rows: str) -> list[str]:
    """Follows every "Change" link on `check`: the page it opens goes Back to its row, and
    saving it (or a files page's "Continue") comes back to that row. The rows' ids."""
    changed = _changed_rows(page(family.get(check)), rows)
    for anchor, href in changed:
        opened = family.get(href)
        assert opened.status_code == 200, href
        shown = page(opened)
        assert one(shown, ".govuk-back-link")["href"] == f"{check}#{anchor}", anchor
        if shown.select_one("main input[type=file]"):
            onward = one(shown, "main a.govuk-button")["href"]
            assert onward == f"{check}#{anchor}", f"{anchor}: Continue returns to the row"
            continue
        saved = family.post(href.split("#")[0], data=_answered(opened))
        assert saved.status_code == 302, (
            f"{anchor}: {page(saved).select_one('.govuk-error-summary')}"
        )
        assert saved.headers["Location"] == f"{check}#{anchor}", anchor
    return [anchor for anchor, _href in changed]


@pytest.mark.parametrize("author", ["child", "parent_carer"])
def test_the_views_check_page_returns_to_the_row_changed(client: FlaskClient, author: str) -> None:
    sign_in(client)
    draft = start(client)
    views = begin(client, author, f"draft:{draft}")
    check = f"/account/contributions/{views}/check"
    anchors = _each_change_returns_to_its_row(client, check, ".govuk-summary-list__row")
    assert len(anchors) == (7 if author == "child" else 6), "every question, and the files"


@pytest.mark.parametrize("relationship", ["parent_carer", "young_person"])
def test_the_annual_review_views_return_to_the_row_changed(
    app: Flask, client: FlaskClient, relationship: str
) -> None:
    family = linked_to_case(app, client, demo.REVIEW, relationship)
    post(family, f"{REVIEW}/views", {"working": "Reading every evening."})
    anchors = _each_change_returns_to_its_row(
        family, REVIEW, ".portal-review-views .govuk-summary-list__row"
    )
    assert len(anchors) == 5, "the four questions on one page, and the reports"


def test_the_review_views_page_opened_for_no_row_returns_to_the_first(
    app: Flask, client: FlaskClient
) -> None:
    family = linked_to_case(app, client, demo.REVIEW, "parent_carer")
    for row in ("", "nobody", "hopes%22%3E", "working&row=hopes"):
        path = f"{REVIEW}/views?return_to=check&row={row}"
        back = one(page(family.get(path)), ".govuk-back-link")["href"]
        saved = post(family, path, {"hopes": "Travel alone."})
        assert back == saved.headers["Location"] == f"{REVIEW}#views-working", row


def test_the_draft_plan_check_page_returns_to_the_row_changed(
    app: Flask, client: FlaskClient
) -> None:
    family = linked_parent(app, client)
    anchors = _each_change_returns_to_its_row(family, DRAFT_CHECK, "main .govuk-summary-list__row")
    assert len(anchors) > 4, "each section's comments, and what the family asks for"


def test_the_requests_documents_return_to_their_row(client: FlaskClient) -> None:
    sign_in(client)
    draft = start(client)
    fill(client, draft)
    check = f"/account/request/{draft}/check"
    shown = page(client.get(check))
    documents = one(shown, "a[href*='/documents?return_to=check']")
    opened = page(client.get(str(documents["href"])))
    row = documents.find_parent(class_="govuk-summary-list__row")
    assert row is not None
    anchor = str(one(row, "[id]")["id"])
    assert one(opened, ".govuk-back-link")["href"] == f"{check}#{anchor}"
    assert one(opened, "main a.govuk-button")["href"] == f"{check}#{anchor}"
