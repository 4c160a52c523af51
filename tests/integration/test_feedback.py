"""Anyone can say how the council's SEND services did; managers see what people said."""

from __future__ import annotations

import csv
import datetime as dt
import io

import pytest
from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import select, text, update

from feedback.models import Feedback
from portal.platform import db
from tests.conftest import sign_in
from tests.support.pages import one, page, post

GOOD = {"service": "sen_team", "satisfaction": "4", "worked_well": "Quick replies"}


def stored(app: Flask) -> list[Feedback]:
    with app.app_context():
        return list(db.session().scalars(select(Feedback).order_by(Feedback.received_at)))


def errors(response) -> list[str]:  # type: ignore[no-untyped-def]
    return [a.get_text(strip=True) for a in page(response).select(".govuk-error-summary a")]


@pytest.fixture
def manager(app: Flask) -> FlaskClient:
    client = app.test_client()
    sign_in(client, "staff", "manager@council.example")
    return client


def test_it_is_offered_on_every_page(client: FlaskClient) -> None:
    for path in ("/", "/privacy"):
        shown = page(client.get(path))
        links = [a["href"] for a in shown.select(".govuk-phase-banner a, .govuk-footer a")]
        assert links.count("/feedback/") == 2, path


def test_feedback_is_anonymous_even_when_signed_in(app: Flask, client: FlaskClient) -> None:
    sign_in(client)
    form = page(client.get("/feedback/")).get_text(" ")
    assert "Your feedback is anonymous" in form
    assert post(client, "/feedback/", GOOD).headers["Location"] == "/feedback/thanks?contact=no"
    (kept,) = stored(app)
    assert (kept.service, kept.satisfaction, kept.worked_well) == ("sen_team", 4, "Quick replies")
    assert kept.contact is None and not kept.contact_wanted
    assert kept.account_id is None, "linked only when they ask to be contacted"
    columns = {c.name for c in Feedback.__table__.columns}
    assert not {"email", "client_address"} & columns, "nothing else links it to a person"
    with app.app_context():
        raw = db.session().execute(text("SELECT worked_well FROM feedback")).scalar_one()
    assert "Quick replies" not in raw, "free text may hold health details: encrypted at rest"


def test_bad_input_gets_clear_errors_and_keeps_what_was_typed(
    app: Flask, client: FlaskClient
) -> None:
    assert errors(post(client, "/feedback/", {})) == [
        "Select which service your feedback is about",
        "Select how you felt about the service",
    ]
    no_way = post(client, "/feedback/", {**GOOD, "contact": "yes", "contact_name": "Sam"})
    assert errors(no_way) == ["Enter an email address or a phone number so we can contact you"]
    assert page(no_way).select_one("#contact_name")["value"] == "Sam"
    huge = post(client, "/feedback/", {**GOOD, "worked_well": "x" * 100_000})
    assert errors(huge) == ["Your comments on what worked well must be 1,200 characters or fewer"]
    assert stored(app) == []


def test_contact_details_only_when_asked_and_a_honeypot_for_robots(
    app: Flask, client: FlaskClient
) -> None:
    post(
        client,
        "/feedback/",
        {**GOOD, "contact": "yes", "contact_name": "Sam Patel", "contact_phone": "07700 900 982"},
    )
    (kept,) = stored(app)
    assert kept.contact_wanted and kept.contact["phone"] == "07700900982"
    robot = post(client, "/feedback/", {**GOOD, "website": "http://spam.example"})
    assert robot.headers["Location"].startswith("/feedback/thanks"), "a robot is not told"
    assert len(stored(app)) == 1, "and nothing it sends is kept"


def test_a_flood_from_one_client_gets_the_429_page(app: Flask, client: FlaskClient) -> None:
    statuses = [post(client, "/feedback/", GOOD).status_code for _ in range(12)]
    assert statuses[:10] == [302] * 10
    assert statuses[-1] == 429
    refused = post(client, "/feedback/", GOOD)
    assert refused.status_code == 429
    assert "there have been too many attempts" in page(refused).get_text(" ")


def test_managers_see_counts_a_chart_and_comments_masked_and_as_text(
    app: Flask, client: FlaskClient, manager: FlaskClient
) -> None:
    post(
        client,
        "/feedback/",
        {
            **GOOD,
            "could_be_better": "Email me at jo@example.org or 020 7946 0018 "
            "<script>alert(1)</script> http://x.example",
        },
    )
    post(client, "/feedback/", {**GOOD, "service": "website", "satisfaction": "1"})
    shown = manager.get("/feedback/reports")
    html = shown.get_data(as_text=True)
    assert "jo@example.org" not in html and "020 7946 0018" not in html
    assert "[email address removed]" in html and "[phone number removed]" in html
    assert "&lt;script&gt;" in html and '<a href="http://x.example' not in html
    soup = page(shown)
    assert soup.select_one("svg[role=img] title")
    assert "2 responses" in soup.get_text(" ")
    only_website = page(manager.get("/feedback/reports?service=website")).get_text(" ")
    assert "1 response" in only_website
    assert "The ‘From’ date must be a real date" in page(
        manager.get("/feedback/reports?from-day=yesterday&from-month=1&from-year=2026")
    ).get_text(" ")
    exported = manager.get("/feedback/reports.csv").get_data(as_text=True)
    rows = list(csv.reader(io.StringIO(exported)))
    assert len(rows) == 3 and "jo@example.org" not in exported


def test_csv_cells_cannot_become_formulas(
    app: Flask, client: FlaskClient, manager: FlaskClient
) -> None:
    post(client, "/feedback/", {**GOOD, "worked_well": '=HYPERLINK("http://evil")'})
    rows = list(
        csv.reader(io.StringIO(manager.get("/feedback/reports.csv").get_data(as_text=True)))
    )
    assert rows[1][3].startswith("'=")


def test_reports_are_for_managers_only(app: Flask) -> None:
    caseworker = app.test_client()
    sign_in(caseworker, "staff", "caseworker@council.example")
    assert caseworker.get("/feedback/reports").status_code == 403
    family = app.test_client()
    sign_in(family)
    assert family.get("/feedback/reports").status_code == 404


def test_old_free_text_is_anonymised(app: Flask, client: FlaskClient) -> None:
    post(
        client,
        "/feedback/",
        {**GOOD, "contact": "yes", "contact_name": "Sam", "contact_email": "sam@example.org"},
    )
    post(client, "/feedback/", GOOD)
    long_ago = dt.datetime(2020, 1, 1, tzinfo=dt.UTC)
    with app.app_context():
        first = stored(app)[0].id
        db.session().execute(
            update(Feedback).where(Feedback.id == first).values(received_at=long_ago)
        )
        db.session().commit()
    result = app.test_cli_runner().invoke(args=["retention", "run"])
    assert "Deleted 1 feedback comments (anonymised)." in result.output
    old, recent = stored(app)
    assert (old.worked_well, old.contact, old.contact_wanted, old.satisfaction) == (
        None,
        None,
        False,
        4,
    )
    assert recent.worked_well == "Quick replies"


def test_the_last_possible_date_in_a_report_filter_is_no_500(
    client: FlaskClient, manager: FlaskClient
) -> None:
    post(client, "/feedback/", GOOD)
    shown = manager.get(
        "/feedback/reports?from-day=1&from-month=1&from-year=1000"
        "&to-day=31&to-month=12&to-year=9999"
    )
    assert shown.status_code == 200
    assert "1 response" in page(shown).get_text(" ")
    exported = manager.get("/feedback/reports.csv?to-day=31&to-month=12&to-year=9999")
    assert exported.status_code == 200
    assert len(list(csv.reader(io.StringIO(exported.get_data(as_text=True))))) == 2


def test_the_report_is_a_staff_page_like_the_managers_dashboard(manager: FlaskClient) -> None:
    shown = page(manager.get("/feedback/reports"))
    dashboard = page(manager.get("/caseworker/dashboard"))
    assert "portal-staff" in shown.select("body")[0]["class"], "the full width of the screen"
    assert any("moj-frontend" in script.get_text() for script in shown.select("script"))

    def header(soup):  # type: ignore[no-untyped-def]
        return [a.get_text(strip=True) for a in soup.select("header a, header button")]

    assert header(shown) == header(dashboard), "the staff header and navigation"
    back = shown.select(".govuk-back-link")[0]
    assert back.get_text(strip=True) == "Back to the caseworker workspace"
    region = shown.select(".portal-table-region")[0]
    assert region["tabindex"] == "0", "its table scrolls on its own on a small screen"


def test_persian_feedback_keeps_its_zero_width_non_joiners(
    app: Flask, client: FlaskClient, manager: FlaskClient
) -> None:
    # "I want more meetings": "I want" is written with a zero-width non-joiner (U+200C)
    wanted = (
        "\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645 "
        "\u062c\u0644\u0633\u0627\u062a \u0628\u06cc\u0634\u062a\u0631"
    )
    client.get("/feedback/?lang=fa")
    assert post(client, "/feedback/", {**GOOD, "worked_well": wanted}).status_code == 302
    (kept,) = stored(app)
    assert kept.worked_well == wanted
    assert wanted in manager.get("/feedback/reports").get_data(as_text=True)


def test_a_phone_number_in_persian_digits_is_masked_for_managers_too(
    client: FlaskClient, manager: FlaskClient
) -> None:
    persian = "".join(chr(0x06F0 + int(d)) if d.isdigit() else d for d in "07700 900 982")
    arabic_indic = "".join(chr(0x0660 + int(d)) if d.isdigit() else d for d in "+44 20 7946 0018")
    comment = f"\u0632\u0646\u06af \u0628\u0632\u0646\u06cc\u062f {persian} / {arabic_indic}"
    post(client, "/feedback/", {**GOOD, "could_be_better": comment})
    html = manager.get("/feedback/reports").get_data(as_text=True)
    assert persian not in html and arabic_indic not in html
    assert html.count("[phone number removed]") == 2


def test_a_month_nobody_answered_is_not_shown_as_nobody_satisfied(
    client: FlaskClient, manager: FlaskClient
) -> None:
    post(client, "/feedback/", {**GOOD, "satisfaction": "1"})
    shown = page(manager.get("/feedback/reports"))
    caption = "Share satisfied or very satisfied each month, in per cent"
    (table,) = [t for t in shown.select("table") if t.caption and caption in t.caption.get_text()]
    rows = [
        [cell.get_text(" ", strip=True) for cell in row.select("th, td")]
        for row in table.select("tbody tr")
    ]
    assert len(rows) == 12
    assert rows[-1][1] == "0", "this month: the one person who answered was not satisfied"
    assert {value for _month, value in rows[:-1]} == {"No responses"}
    labels = [t.get_text(strip=True) for t in shown.select("svg[role=img] text")]
    assert labels.count("0%") == 1, "the chart does not draw the empty months as 0 either"


def test_in_arabic_each_response_is_titled_with_the_arabic_comma(
    client: FlaskClient, manager: FlaskClient
) -> None:
    post(client, "/feedback/", GOOD)
    manager.get("/feedback/reports?lang=ar")
    titles = page(manager.get("/feedback/reports")).select(".govuk-summary-card__title")
    assert titles
    title = titles[0].get_text(" ", strip=True)
    assert "،" in title and ", " not in title, title


@pytest.mark.parametrize("email", ["bad@", "not an email", "sam@example", "@example.org"])
def test_a_contact_email_without_a_domain_gets_the_govuk_format_error(
    app: Flask, client: FlaskClient, email: str
) -> None:
    wanted = {**GOOD, "contact": "yes", "contact_name": "Sam", "contact_email": email}
    response = post(client, "/feedback/", wanted)
    assert errors(response) == [
        "Enter an email address in the correct format, like name@example.com"
    ]
    shown = page(response)
    box, message = shown.select_one("#contact_email"), shown.select_one("#contact_email-error")
    assert box is not None and message is not None
    assert box["value"] == email, "what was typed is kept"
    assert "name@example.com" in message.get_text(), "next to the field too"
    assert stored(app) == []


def test_a_phone_number_is_shown_back_as_typed_after_an_error(client: FlaskClient) -> None:
    wanted = {**GOOD, "contact": "yes", "contact_phone": "020 8359 2000"}
    box = page(post(client, "/feedback/", wanted)).select_one("#contact_phone")  # no name
    assert box is not None and box["value"] == "020 8359 2000"


def test_a_date_that_does_not_exist_is_shown_at_its_field_and_kept(
    client: FlaskClient, manager: FlaskClient
) -> None:
    """A manager typed From 1 13 2026: the message is at the month box and in the summary,
    what was typed is kept, and no unfiltered responses show."""
    post(client, "/feedback/", GOOD)
    shown = page(manager.get(f"/feedback/reports?{FROM_13TH_MONTH}&{TO_END_OF_2026}"))
    message = "The ‘From’ date must be a real date"
    (link,) = shown.select(".govuk-error-summary a")
    assert (link.get_text(strip=True), link["href"]) == (message, "#from-month")
    month = shown.select_one("#from-month")
    assert month is not None and month["value"] == "13", "what was typed is kept"
    assert month["name"] == "from-month"
    assert "govuk-input--error" in month["class"]
    assert "govuk-input--error" not in shown.select_one("#from-day")["class"]  # type: ignore[index]
    fieldset = shown.select_one("#from-error").find_parent("fieldset")  # type: ignore[union-attr]
    assert "from-error" in str(fieldset.get("aria-describedby", ""))  # type: ignore[union-attr]
    error = shown.select_one("#from-error")
    assert error is not None and message in error.get_text(" ", strip=True)
    assert shown.select_one("#to-year")["value"] == "2026"  # type: ignore[index]
    assert not shown.select_one("#to-error")
    text = shown.get_text(" ")
    assert "1 response" not in text and "Quick replies" not in text, "no half-filtered results"
    assert "No responses are shown until the dates are corrected." in text
    assert shown.title is not None and shown.title.get_text().startswith("Error:")


FROM_13TH_MONTH = "from-day=1&from-month=13&from-year=2026"
TO_END_OF_2026 = "to-day=31&to-month=12&to-year=2026"


def test_an_end_date_before_the_start_date_is_an_error_on_the_end_date(
    client: FlaskClient, manager: FlaskClient
) -> None:
    post(client, "/feedback/", GOOD)
    shown = page(
        manager.get(
            "/feedback/reports?from-day=31&from-month=12&from-year=2025"
            "&to-day=1&to-month=1&to-year=2025"
        )
    )
    message = "The ‘To’ date must be the same as or after the ‘From’ date"
    (link,) = shown.select(".govuk-error-summary a")
    assert (link.get_text(strip=True), link["href"]) == (message, "#to-day")
    assert message in shown.select_one("#to-error").get_text(" ")  # type: ignore[union-attr]
    assert not shown.select_one("#from-error")
    assert shown.select_one("#to-day")["value"] == "1"  # type: ignore[index]
    assert "0 responses" not in shown.get_text(" ")


def test_each_bad_date_gets_its_own_message(manager: FlaskClient) -> None:
    shown = page(
        manager.get(
            "/feedback/reports?from-day=yesterday&from-month=1&from-year=2026"
            "&to-day=30&to-month=2&to-year=2026"
        )
    )
    links = [(a.get_text(strip=True), a["href"]) for a in shown.select(".govuk-error-summary a")]
    assert links == [
        ("The ‘From’ date must be a real date", "#from-day"),
        ("The ‘To’ date must be a real date", "#to-day"),
    ]


def test_a_date_left_half_typed_says_what_is_missing(manager: FlaskClient) -> None:
    shown = page(manager.get("/feedback/reports?from-day=1&from-month=&from-year="))
    (link,) = shown.select(".govuk-error-summary a")
    assert link.get_text(strip=True) == "The ‘From’ date must include a month and year"
    assert link["href"] == "#from-month"


def test_a_date_typed_in_persian_digits_filters(client: FlaskClient, manager: FlaskClient) -> None:
    post(client, "/feedback/", GOOD)
    shown = page(manager.get("/feedback/reports?from-day=۱&from-month=۱&from-year=۲۰۲۰"))
    assert not shown.select(".govuk-error-summary")
    assert "1 response" in shown.get_text(" ")
    assert shown.select_one("#from-year")["value"] == "۲۰۲۰"  # type: ignore[index]


def test_a_to_date_to_come_is_no_error(client: FlaskClient, manager: FlaskClient) -> None:
    """Up to a day to come is up to today, so far; from a day to come is refused (the
    browser test of the report's dates)."""
    post(client, "/feedback/", GOOD)
    shown = page(manager.get("/feedback/reports?to-day=1&to-month=1&to-year=9999"))
    assert not shown.select(".govuk-error-summary")
    assert "1 response" in shown.get_text(" ")


def test_the_csv_of_a_bad_filter_goes_back_to_the_report(manager: FlaskClient) -> None:
    exported = manager.get(f"/feedback/reports.csv?{FROM_13TH_MONTH}")
    assert exported.status_code == 302
    assert exported.headers["Location"] == f"/feedback/reports?{FROM_13TH_MONTH}"
    shown = page(manager.get(f"/feedback/reports?{FROM_13TH_MONTH}"))
    assert not [a for a in shown.select("a") if "reports.csv" in str(a.get("href", ""))]


def test_the_csv_carries_the_filter(client: FlaskClient, manager: FlaskClient) -> None:
    post(client, "/feedback/", GOOD)
    shown = page(
        manager.get(
            "/feedback/reports?from-day=1&from-month=1&from-year=2000&to-year=2000&to-month=1&to-day=2"
        )
    )
    (link,) = [a for a in shown.select("a") if "reports.csv" in str(a.get("href", ""))]
    assert "from-year=2000" in str(link["href"]) and "to-day=2" in str(link["href"])
    exported = manager.get(str(link["href"])).get_data(as_text=True)
    assert len(list(csv.reader(io.StringIO(exported)))) == 1, "the header row only"


def test_the_thanks_page_takes_a_signed_in_family_back_to_their_account(
    client: FlaskClient,
) -> None:
    """A visitor is offered the start page; someone signed in, their account as well. No
    time to be contacted by is said: the service promises none."""
    thanks = page(client.get("/feedback/thanks"))
    assert not thanks.select("main a[href='/account/']")
    sign_in(client, person="parent@example.org")
    asked = {**GOOD, "contact": "yes", "contact_name": "Sam", "contact_email": "sam@example.org"}
    thanked = post(client, "/feedback/", asked).headers["Location"]
    assert thanked == "/feedback/thanks?contact=yes"
    main = one(page(client.get(thanked)), "main")
    links = {str(a["href"]): a.get_text(strip=True) for a in main.select("a")}
    assert links == {"/": "Go to the start page", "/account/": "Go to your account"}
