""" "Your data" as a parent who sent the same file with a request and with views read it:
each file says what it was sent with and what they said it was, and the list of what was
done with their information is named for what it lists (their own actions too)."""

from __future__ import annotations

from flask import Flask
from flask.testing import FlaskClient

from tests.conftest import sign_in
from tests.support.contributions import add_file, answer_all, begin
from tests.support.files import PDF
from tests.support.pages import page, post
from tests.support.requests import fill, start, upload


def _good_pdf_twice(client: FlaskClient) -> str:
    sign_in(client)
    draft = start(client)
    fill(client, draft)
    assert upload(client, draft, PDF, "good.pdf", "Latest school report").status_code == 302
    sent = post(client, f"/account/request/{draft}/check", {})
    reference = page(client.get(sent.headers["Location"])).select_one(".govuk-panel strong")
    assert reference is not None
    contribution = begin(client, "parent_carer", f"case:{reference.get_text(strip=True)}")
    answer_all(client, contribution, {"likes": "Kind, funny."})
    assert add_file(client, contribution, PDF, "good.pdf").status_code == 302
    return reference.get_text(strip=True)


def test_a_file_sent_twice_says_what_each_was_sent_with(client: FlaskClient) -> None:
    reference = _good_pdf_twice(client)
    html = page(client.get("/account/your-data"))
    heading = next(h for h in html.select("h2") if h.get_text(strip=True) == "Documents")
    listed = heading.find_next("ul")
    assert listed is not None
    files = [li.get_text(" ", strip=True) for li in listed.select("li")]
    assert len(files) == 2 and len(set(files)) == 2, files
    assert any("views" in f for f in files), files
    with_request = next(f for f in files if reference in f)
    assert "Latest school report" in with_request, with_request


def test_the_list_of_what_was_done_is_named_for_what_it_lists(client: FlaskClient) -> None:
    _good_pdf_twice(client)
    text = page(client.get("/account/your-data")).get_text(" ", strip=True)
    assert "Who has looked at this information" not in text
    assert "Who has seen or changed this information, including you" in text


def test_each_file_listed_opens_for_its_owner_only(app: Flask, client: FlaskClient) -> None:
    """A young person found their own file listed on "Your data" with no way to open it:
    each file released by the virus check is a link that downloads it, for the account
    that sent it and nobody else."""
    _good_pdf_twice(client)
    html = page(client.get("/account/your-data"))
    heading = next(h for h in html.select("h2") if h.get_text(strip=True) == "Documents")
    listed = heading.find_next("ul")
    assert listed is not None
    links = [str(a["href"]) for a in listed.select("a")]
    assert len(links) == 2, links
    opened = client.get(links[0])
    assert opened.status_code == 200 and opened.data == PDF
    assert "good.pdf" in opened.headers["Content-Disposition"]
    other = app.test_client()
    sign_in(other, person="second.parent@example.org")
    assert other.get(links[0]).status_code == 404
