"""A tester sent a request with a report, then views, and found on the case page only the
progress steps: nothing led to the answers, the report or the views they had sent, which
only "Your data" shows. The case page now has "What you sent", linking to each that
exists, and to nothing that does not."""

from __future__ import annotations

from flask.testing import FlaskClient

from tests.conftest import sign_in
from tests.support.contributions import answer_all, begin
from tests.support.files import PDF
from tests.support.pages import page, post
from tests.support.requests import fill, start, upload


def _what_was_sent(family: FlaskClient, reference: str) -> dict[str, str]:
    shown = page(family.get(f"/account/cases/{reference}"))
    heading = shown.find("h2", string="What you sent")
    assert heading is not None, "the case page says what the family sent"
    listed = heading.find_next("ul")
    assert listed is not None
    links = listed.select("a")
    return {link.get_text(" ", strip=True): str(link["href"]) for link in links}


def test_the_case_page_links_to_what_the_family_sent(client: FlaskClient) -> None:
    sign_in(client)
    draft = start(client)
    fill(client, draft)
    assert upload(client, draft, PDF, "report.pdf").status_code == 302
    sent = post(client, f"/account/request/{draft}/check", {})
    shown = page(client.get(sent.headers["Location"])).select_one(".govuk-panel strong")
    assert shown is not None
    reference = shown.get_text(strip=True)

    links = _what_was_sent(client, reference)
    assert set(links) == {
        "Your request for an EHC needs assessment",
        "Documents you have added",
    }, links  # no views yet: no link to them
    answers = client.get(links["Your request for an EHC needs assessment"])
    assert answers.status_code == 200 and reference in page(answers).get_text(" ")
    assert "report.pdf" in page(client.get(links["Documents you have added"])).get_text(" ")

    views = begin(client, "parent_carer", f"case:{reference}")
    answer_all(client, views, {"likes": "Drawing trains."})
    assert post(client, f"/account/contributions/{views}/check", {}).status_code == 302
    links = _what_was_sent(client, reference)
    assert "Drawing trains." in page(client.get(links["Your views"])).get_text(" ")
