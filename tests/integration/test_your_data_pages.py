"""A family with a long record reads the newest few of each kind on "Your data", with how
many there are, and the rest a page at a time; the downloads still hold all of it."""

from __future__ import annotations

import datetime as dt
import json

from bs4 import BeautifulSoup, Tag
from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import func, select

from portal.models import AuditEvent, Document, RequestDraft
from portal.models.base import new_id
from portal.platform import db
from tests.conftest import sign_in
from tests.support.requests import fill, start

DOCUMENTS = 30


def _with_documents(app: Flask, client: FlaskClient, count: int = DOCUMENTS) -> None:
    """Signed in, with a request started and `count` files added, one a day apart, the
    newest called school-report-{count - 1}.pdf."""
    sign_in(client)
    fill(client, start(client))
    with app.app_context():
        session = db.session()
        draft = session.scalars(select(RequestDraft)).one()
        for n in range(count):
            session.add(
                Document(
                    draft_id=draft.id,
                    account_id=draft.account_id,
                    filename=f"school-report-{n}.pdf",
                    description="The school's report",
                    content_type="application/pdf",
                    size=120_000,
                    storage_key=new_id(),
                    sha256="0" * 64,
                    scan="clean",
                    uploaded_at=dt.datetime(2026, 1, 1, tzinfo=dt.UTC) + dt.timedelta(days=n),
                )
            )
        session.commit()


def _page(client: FlaskClient, path: str) -> BeautifulSoup:
    response = client.get(path)
    assert response.status_code == 200, path
    return BeautifulSoup(response.get_data(as_text=True), "html.parser")


def _link(html: Tag, rel: str) -> str | None:
    link = html.find("a", rel=rel)
    return str(link["href"]) if isinstance(link, Tag) else None


def _documents_listed(html: BeautifulSoup) -> list[str]:
    """Each file's name (what it was added to and what it is follow it)."""
    return [name.get_text(strip=True) for name in html.select("ul.govuk-list--bullet li > [lang]")]


def test_your_data_shows_the_newest_five_files_and_how_many_there_are(
    app: Flask, client: FlaskClient
) -> None:
    _with_documents(app, client)
    html = _page(client, "/account/your-data")
    assert _documents_listed(html) == [f"school-report-{n}.pdf" for n in (29, 28, 27, 26, 25)]
    text = html.get_text(" ", strip=True)
    assert "1 to 5 of 30, the newest first." in text
    link = html.find("a", href="/account/your-data/documents")
    assert link is not None
    assert link.get_text(" ", strip=True) == "See all : Documents", "named for screen readers"
    # A kind with one entry has no "see all".
    assert html.find("a", href="/account/your-data/assessment-requests") is None


def test_all_files_a_page_at_a_time(app: Flask, client: FlaskClient) -> None:
    _with_documents(app, client)
    first = _page(client, "/account/your-data/documents")
    assert [h.get_text(strip=True) for h in first.select("h1")] == ["Documents"]
    assert first.select_one("title").get_text(strip=True).startswith("Documents (page 1 of 2)")  # type: ignore[union-attr]
    assert "1 to 25 of 30, the newest first." in first.get_text(" ", strip=True)
    assert _documents_listed(first) == [f"school-report-{n}.pdf" for n in range(29, 4, -1)]
    pages = first.select_one("nav.govuk-pagination")
    assert pages is not None and pages["aria-label"] == "Pages of Documents"
    current = pages.select_one("[aria-current=page]")
    assert current is not None and current.get_text(strip=True) == "1"
    assert _link(pages, "next") == "/account/your-data/documents?page=2"
    assert pages.find("a", rel="prev") is None

    second = _page(client, "/account/your-data/documents?page=2")
    assert "26 to 30 of 30, the newest first." in second.get_text(" ", strip=True)
    assert _documents_listed(second) == [f"school-report-{n}.pdf" for n in range(4, -1, -1)]
    assert _link(second, "prev") == "/account/your-data/documents?page=1"
    assert second.find("a", rel="next") is None


def test_pages_that_do_not_exist(app: Flask, client: FlaskClient) -> None:
    _with_documents(app, client, 3)
    assert client.get("/account/your-data/documents?page=2").status_code == 404
    assert client.get("/account/your-data/documents?page=0").status_code == 404
    for odd in ("two", "²", "-1", "99999999999999999999", "9" * 5000):
        assert client.get(f"/account/your-data/documents?page={odd}").status_code == 404, odd
    assert client.get("/account/your-data/passwords").status_code == 404
    one_page = _page(client, "/account/your-data/documents")
    assert one_page.select_one("nav.govuk-pagination") is None
    none_yet = _page(client, "/account/your-data/information-requests")
    assert "You have not made any requests." in none_yet.get_text(" ", strip=True)


def test_the_downloads_still_hold_every_file(app: Flask, client: FlaskClient) -> None:
    _with_documents(app, client)
    data = json.loads(client.get("/account/your-data.json").data)
    assert len(data["documents"]) == DOCUMENTS
    copy = client.get("/account/your-data.html").get_data(as_text=True)
    assert all(f"school-report-{n}.pdf" in copy for n in range(DOCUMENTS))
    assert "See all" not in copy and "/account/your-data/documents" not in copy


def test_each_page_of_the_record_is_recorded_as_seen(app: Flask, client: FlaskClient) -> None:
    _with_documents(app, client)

    def looks() -> int:
        with app.app_context():
            return (
                db.session().scalar(
                    select(func.count()).where(AuditEvent.action == "viewed_own_data")
                )
                or 0
            )

    before = looks()
    _page(client, "/account/your-data/documents?page=2")
    _page(client, "/account/your-data/who-has-looked")
    assert looks() == before + 2


def test_only_the_signed_in_persons_record(app: Flask, client: FlaskClient) -> None:
    _with_documents(app, client)
    other = app.test_client()
    sign_in(other, person="second.parent@example.org")
    theirs = other.get("/account/your-data/documents")
    assert theirs.status_code == 200
    assert "school-report" not in theirs.get_data(as_text=True)
    assert other.get("/account/your-data/documents?page=2").status_code == 404
    assert app.test_client().get("/account/your-data/documents").status_code == 302


def test_persian_lists_count_in_persian_digits(app: Flask, client: FlaskClient) -> None:
    """The "1 to 5 of 30" line, page numbers and title in Persian digits, as the page."""
    _with_documents(app, client)
    assert "1 to 5 of 30" in _page(client, "/account/your-data?lang=en").get_text(" ")
    client.get("/account/?lang=fa")
    summary = _page(client, "/account/your-data").get_text(" ", strip=True)
    assert "۱ تا ۵ از ۳۰" in summary
    first = _page(client, "/account/your-data/documents")
    assert "۱ تا ۲۵ از ۳۰" in first.get_text(" ", strip=True)
    title = first.select_one("title")
    assert title is not None and "صفحه ۱ از ۲" in title.get_text()
    pages = first.select_one("nav.govuk-pagination")
    assert pages is not None
    numbers = [a.get_text(strip=True) for a in pages.select(".govuk-pagination__item a")]
    assert numbers == ["۱", "۲"]
    assert [a["aria-label"] for a in pages.select(".govuk-pagination__item a")] == [
        "صفحه ۱",
        "صفحه ۲",
    ]
