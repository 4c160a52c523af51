"""A tester with two requests, for two children, followed "Documents you have added" and
"Your views" from one child's case page and read the other child's files and views too:
the lists in "Your data" showed everything the account had sent. Reached from a case,
they now show that case's alone, say whose request they are showing and link to
everything; a case that is not the account's shows nobody's."""

from __future__ import annotations

from flask.testing import FlaskClient

from tests.conftest import sign_in
from tests.support.answers import PARENT_ANSWERS
from tests.support.contributions import answer_all, begin
from tests.support.files import PDF
from tests.support.pages import page, post
from tests.support.requests import fill, start, upload


def _sent_for(client: FlaskClient, first_name: str, report: str, views: str) -> str:
    """A request for a child called `first_name`, with a file `report`, then views."""
    answers = {section: dict(pages) for section, pages in PARENT_ANSWERS.items()}
    answers["child"]["name"] = {**answers["child"]["name"], "first_name": first_name}
    draft = start(client)
    fill(client, draft, answers)
    assert upload(client, draft, PDF, report).status_code == 302
    sent = post(client, f"/account/request/{draft}/check", {})
    shown = page(client.get(sent.headers["Location"])).select_one(".govuk-panel strong")
    assert shown is not None
    reference = shown.get_text(strip=True)
    contribution = begin(client, "parent_carer", f"case:{reference}")
    answer_all(client, contribution, {"likes": views})
    assert post(client, f"/account/contributions/{contribution}/check", {}).status_code == 302
    return reference


def _links(client: FlaskClient, reference: str) -> dict[str, str]:
    shown = page(client.get(f"/account/cases/{reference}"))
    heading = shown.find("h2", string="What you sent")
    assert heading is not None
    listed = heading.find_next("ul")
    assert listed is not None
    return {a.get_text(" ", strip=True): str(a["href"]) for a in listed.select("a")}


def _main(client: FlaskClient, path: str) -> str:
    response = client.get(path)
    assert response.status_code == 200, path
    main = page(response).select_one("main")
    assert main is not None
    return " ".join(main.get_text(" ", strip=True).split())


def test_the_links_from_one_case_list_only_what_was_sent_for_it(client: FlaskClient) -> None:
    sign_in(client)
    zoe = _sent_for(client, "Zoë", "zoe-report.pdf", "Zoë likes drawing trains.")
    sami = _sent_for(client, "Sami", "sami-report.pdf", "Sami likes swimming.")

    links = _links(client, sami)
    documents = _main(client, links["Documents you have added"])
    assert "sami-report.pdf" in documents
    assert "zoe-report.pdf" not in documents
    assert f"Showing only what you sent for Sami O'Neill-Kowalska, case {sami}" in documents
    views = _main(client, links["Your views"])
    assert "Sami likes swimming." in views
    assert "Zoë likes drawing trains." not in views
    request = _main(client, links["Your request for an EHC needs assessment"])
    assert sami in request and zoe not in request

    everything = page(client.get(links["Documents you have added"])).find(
        "a", string="See what you sent for every case"
    )
    assert everything is not None
    listed = _main(client, str(everything["href"]))
    assert "sami-report.pdf" in listed and "zoe-report.pdf" in listed
    assert "Showing only" not in listed


def test_a_case_that_is_not_the_accounts_shows_nothing_of_anyone(client: FlaskClient, app) -> None:  # type: ignore[no-untyped-def]
    sign_in(client)
    zoe = _sent_for(client, "Zoë", "zoe-report.pdf", "Zoë likes drawing trains.")
    other = app.test_client()
    sign_in(other, person="second.parent@example.org")
    assert other.get(f"/account/your-data/documents?case={zoe}").status_code == 404
    assert other.get("/account/your-data/documents?case=BNT-0000-000000").status_code == 404
