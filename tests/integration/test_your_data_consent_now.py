"""A parent who changes their consent after sending a request reads, on "Your data" and
on the rights page, the choices in force now beside those sent with the request, and is
sent to the consent page to change them (a consent choice is not erased as an answer)."""

from __future__ import annotations

from bs4 import BeautifulSoup, Tag
from flask.testing import FlaskClient

from tests.conftest import sign_in
from tests.support.pages import hidden, page
from tests.support.requests import give_consent, submitted

NHS = "NHS trusts providing health services"
WLA = "West London Alliance"


def _changed_consent(client: FlaskClient) -> str:
    """A request sent sharing with Family Services and NHS trusts; then NHS trusts
    withdrawn and the West London Alliance given on the case's consent page."""
    sign_in(client)
    reference = submitted(client)
    change = f"/account/cases/{reference}/consent/change"
    response = give_consent(client, change, sharing=["family_services", "west_london_alliance"])
    confirm = response.headers["Location"]
    assert client.post(confirm, data=hidden(client.get(confirm))).status_code == 302
    return reference


def _row(html: BeautifulSoup, question: str) -> Tag:
    for row in html.select(".govuk-summary-list__row, tbody tr"):
        key = row.select_one("dt, th")
        if key is not None and question in key.get_text(" ", strip=True):
            return row
    raise AssertionError(f"no row for {question!r}")


def test_your_data_shows_the_sharing_chosen_then_and_now(client: FlaskClient) -> None:
    reference = _changed_consent(client)
    html = page(client.get("/account/your-data"))
    row = _row(html, "Who can we share information with?")
    text = row.get_text(" ", strip=True)
    assert "When you sent the request" in text
    now = row.select_one("[data-consent=now]")
    sent = row.select_one("[data-consent=sent]")
    assert now is not None and sent is not None, text
    assert WLA in now.get_text(" ") and NHS not in now.get_text(" "), text
    assert NHS in sent.get_text(" ") and WLA not in sent.get_text(" "), text
    link = row.find("a", href=f"/account/cases/{reference}/consent")
    assert link is not None, "the choices are changed on the case's consent page"


def test_the_rights_page_lists_sharing_in_force_and_sends_to_the_consent_page(
    client: FlaskClient,
) -> None:
    reference = _changed_consent(client)
    html = page(client.get("/account/your-data/rights"))
    row = _row(html, "Who can we share information with?")
    answer = row.select("td")[0].get_text(" ", strip=True)
    assert WLA in answer and NHS not in answer, answer
    table = row.find_parent("table")
    assert table is not None
    asks = table.get_text(" ", strip=True)
    assert "Erase it" not in asks, asks
    assert table.find("a", href=f"/account/cases/{reference}/consent") is not None
    # Nor is erasing it offered on the page the row links to.
    form = page(client.get("/account/your-data/rights/consent.sharing"))
    offered = {box["value"] for box in form.select("input[name=right]")}
    assert "erasure" not in offered, offered


def test_unchanged_sharing_is_said_to_be_unchanged(client: FlaskClient) -> None:
    sign_in(client)
    submitted(client)
    row = _row(page(client.get("/account/your-data")), "Who can we share information with?")
    text = row.get_text(" ", strip=True)
    assert "You have not changed this since you sent the request." in text, text
    assert "When you sent the request" not in text, text
