"""The queue as a tester met it: a request the family replied to has a status filter and
a tray of its own (not "New"), and the search box says when a date is not a real one,
finds a date written with its month's name, and a reference typed in Persian digits."""

from __future__ import annotations

import datetime as dt

import pytest
from flask import Flask
from flask.testing import FlaskClient

from portal.models.base import utcnow
from portal.platform import deadlines
from tests.conftest import sign_in
from tests.support.pages import one, page, seen
from tests.support.queue import add_request, rows, tags, trays

CASEWORKER = "caseworker@council.example"


@pytest.fixture
def staff(db_app: Flask) -> FlaskClient:
    client = db_app.test_client()
    sign_in(client, "staff", CASEWORKER)
    return client


def test_a_family_reply_has_its_own_filter_and_tray_not_new(
    db_app: Flask, staff: FlaskClient
) -> None:
    add_request(db_app, "BNT-2026-000001", "Nia New", 20)
    add_request(db_app, "BNT-2026-000002", "Rhys Replied", 10, replied_at=utcnow())
    add_request(db_app, "BNT-2026-000003", "Wyn Waiting", 15, status="more_information")
    new = page(staff.get("/caseworker/queue?status=received"))
    assert rows(new) == ["BNT-2026-000001"]
    assert set(tags(new)) == {"New"}
    queue = page(staff.get("/caseworker/queue"))
    labels = [label.get_text(strip=True) for label in queue.select("input[name=status] + label")]
    assert labels[:3] == ["New", "Family replied", "Waiting for the family"]
    value = queue.select("input[name=status]")[1]["value"]
    replied = page(staff.get(f"/caseworker/queue?status={value}&status=received"))
    assert rows(replied) == ["BNT-2026-000002", "BNT-2026-000001"]
    assert set(tags(replied)) == {"New", "Family replied"}
    only_new = page(staff.get(tags(replied)["Family replied"]))
    assert rows(only_new) == ["BNT-2026-000001"]
    counted = trays(queue)
    assert counted["Family replied"][0] == 1
    assert counted["Waiting for the family"][0] == 1
    assert rows(page(staff.get(counted["Family replied"][1]))) == ["BNT-2026-000002"]


def test_a_date_that_is_not_real_is_said_next_to_the_search(
    db_app: Flask, staff: FlaskClient
) -> None:
    add_request(db_app, "BNT-2026-000004", "Cleo Example", child_date_of_birth=dt.date(2015, 2, 28))
    shown = page(staff.get("/caseworker/queue?q=31/02/2015"))
    message = "Enter a real date of birth, like 27/3/2015"
    link = one(shown, ".govuk-error-summary a")
    assert link.get_text(strip=True) == message
    assert link["href"] == "#q"
    assert message in one(shown, "#q-error").get_text(" ")
    box = one(shown, "#q")
    assert box["value"] == "31/02/2015"
    assert "govuk-input--error" in box["class"]
    assert one(shown, "title").get_text().startswith("Error:")


@pytest.mark.parametrize(
    ("typed", "language"),
    [
        ("17 October 2016", "en"),
        ("17 oct 2016", "en"),
        ("17/10/2016", "en"),
        ("17 października 2016", "pl"),
        ("۱۷ اکتبر ۲۰۱۶", "fa"),
        ("17 октомври 2016 г.", "bg"),
    ],
)
def test_a_date_is_found_written_with_its_month_name(
    db_app: Flask, staff: FlaskClient, typed: str, language: str
) -> None:
    add_request(
        db_app, "BNT-2026-000005", "Cleo Example", child_date_of_birth=dt.date(2016, 10, 17)
    )
    add_request(db_app, "BNT-2026-000006", "Ben Example", child_date_of_birth=dt.date(2017, 11, 26))
    found = page(staff.get("/caseworker/queue", query_string={"q": typed, "lang": language}))
    assert rows(found) == ["BNT-2026-000005"]
    assert not found.select(".govuk-error-summary")


def test_a_reference_typed_in_persian_digits_is_found(db_app: Flask, staff: FlaskClient) -> None:
    add_request(db_app, "BNT-2026-455613", "Cleo Example")
    add_request(db_app, "BNT-2026-455614", "Ben Example")
    for typed in ("BNT-۲۰۲۶-۴۵۵۶۱۳", "۴۵۵۶۱۳", "BNT-٢٠٢٦-٤٥٥٦١٣"):
        found = page(staff.get("/caseworker/queue", query_string={"q": typed, "lang": "fa"}))
        assert rows(found) == ["BNT-2026-455613"], typed


def test_search_reads_persian_and_arabic_indic_digits_as_copied(
    db_app: Flask, staff: FlaskClient
) -> None:
    """A tester's 18/10/2016 in Persian digits found nothing, in ASCII it found Cleo: Persian or
    Arabic-Indic digits are read as 0-9, also with the invisible direction marks and
    isolates that right-to-left text copied from a page, email or text message carries."""
    add_request(db_app, "BNT-2026-555123", "Cleo Digits", child_date_of_birth=dt.date(2016, 10, 18))
    add_request(db_app, "BNT-2026-555124", "Other Child", postcode="N1 9GU")
    to_persian = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")
    to_arabic = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
    for term in ("18/10/2016", "2016-10-18", "555123", "EN5 4AB"):
        for typed in (term.translate(to_persian), term.translate(to_arabic)):
            for marked in (typed, f"\u200f{typed}", f"\u2068{typed}\u2069", f"\u061c{typed}"):
                query = {"tray": "all", "q": marked}
                listed = rows(page(staff.get("/caseworker/queue", query_string=query)))
                assert listed == ["BNT-2026-555123"], ascii(marked)


def test_the_decided_tray_marks_a_decision_made_late(db_app: Flask, staff: FlaskClient) -> None:
    """A tester found Cleo's decision, made 5 days after it was due, unmarked in the
    Decided tray: it says how late, as History does; one made in time says nothing."""
    today = deadlines.council_today()
    add_request(
        db_app,
        "BNT-2026-555125",
        "Lena Late",
        due_in=-5,
        status="decided_assess",
        decided_on=today,
    )
    add_request(
        db_app,
        "BNT-2026-555126",
        "Tam Timely",
        due_in=3,
        status="decided_not_assess",
        decided_on=today,
    )
    decided = page(staff.get("/caseworker/queue", query_string={"tray": "decided"}))
    marks = {
        seen(one(row, "td:nth-of-type(2)")): [
            tag.get_text(strip=True) for tag in row.select(".moj-badge")
        ]
        for row in decided.select("tbody tr")
    }
    assert "Decided 5 days late" in marks["BNT-2026-555125"], marks
    assert not any("late" in tag for tag in marks["BNT-2026-555126"]), marks
