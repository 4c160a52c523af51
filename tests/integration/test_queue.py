"""The caseworkers' queue: work trays and their counts, filters shown as tags, sorting,
search by each key, and assigning several requests at once. On each database, since
counts, order and search are the database's work."""

from __future__ import annotations

from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, quote, urlsplit

import pytest
from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import delete, select, update

from forms.kit.validators import upn_check_letter
from portal.case_api import outbox
from portal.models import AssessmentRequest, AuditEvent, OutboxMessage
from portal.platform import db, deadlines
from tests.conftest import relative, sign_in
from tests.support.answers import PARENT_ANSWERS, TEN_YEARS_AGO
from tests.support.nu_html import nu_html_errors
from tests.support.pages import page, token
from tests.support.queue import account, add_request, rows, sort_header, tags, trays
from tests.support.requests import submitted
from tests.support.staff import act

CASEWORKER = "caseworker@council.example"
NAME = "Sam Caseworker"


@pytest.fixture
def staff(db_app: Flask) -> FlaskClient:
    client = db_app.test_client()
    sign_in(client, "staff", CASEWORKER)
    return client


@pytest.fixture
def me(db_app: Flask, staff: FlaskClient) -> str:
    return account(db_app, "staff", CASEWORKER)


def shown(client: FlaskClient, path: str):  # type: ignore[no-untyped-def]
    response = client.get(path)
    assert response.status_code == 200, path
    return page(response)


def test_the_counts_follow_requests_that_change_or_go_whatever_changes_them(
    db_app: Flask, staff: FlaskClient
) -> None:
    add_request(db_app, "BNT-SOON", "Ben", 3)
    add_request(db_app, "BNT-LATE", "Cai", -2)
    add_request(db_app, "BNT-GONE", "Fay", 12, status="withdrawn")
    with db_app.app_context():
        session = db.session()
        session.execute(
            update(AssessmentRequest)
            .where(AssessmentRequest.reference == "BNT-SOON")
            .values(status="decided_assess")
        )
        session.execute(delete(AssessmentRequest).where(AssessmentRequest.reference == "BNT-GONE"))
        session.commit()

    counted = trays(shown(staff, "/caseworker/queue"))
    assert {label: count for label, (count, _url, _now) in counted.items()} == {
        "All open": 1,
        "Assigned to me": 0,
        "Not assigned": 1,
        "Due this week": 0,
        "Overdue": 1,
        "Waiting for the family": 0,
        "Family replied": 0,
        "Decided": 1,
        "All requests": 2,
    }


def test_each_tray_counts_and_holds_its_requests(
    db_app: Flask, staff: FlaskClient, me: str
) -> None:
    colleague = account(db_app, "staff", "colleague@council.example")
    add_request(db_app, "BNT-MINE", "Amy", 30, assigned_to=me)
    add_request(db_app, "BNT-SOON", "Ben", 3)
    add_request(db_app, "BNT-LATE", "Cai", -2)
    add_request(db_app, "BNT-WAIT", "Dee", 20, status="more_information", assigned_to=colleague)
    add_request(
        db_app, "BNT-DONE", "Eve", -9, status="decided_assess", decided_on=deadlines.council_today()
    )
    add_request(db_app, "BNT-GONE", "Fay", 12, status="withdrawn")

    queue = shown(staff, "/caseworker/queue")
    counted = trays(queue)
    assert {label: count for label, (count, _url, _now) in counted.items()} == {
        "All open": 4,
        "Assigned to me": 1,
        "Not assigned": 2,
        "Due this week": 1,
        "Overdue": 1,
        "Waiting for the family": 1,
        "Family replied": 0,
        "Decided": 1,
        "All requests": 6,
    }
    assert [label for label, (_c, _u, now) in counted.items() if now] == ["All open"]
    assert rows(queue) == ["BNT-LATE", "BNT-SOON", "BNT-WAIT", "BNT-MINE"]
    expected = {
        "Assigned to me": ["BNT-MINE"],
        "Not assigned": ["BNT-LATE", "BNT-SOON"],
        "Due this week": ["BNT-SOON"],
        "Overdue": ["BNT-LATE"],
        "Waiting for the family": ["BNT-WAIT"],
        "Decided": ["BNT-DONE"],
        "All requests": ["BNT-DONE", "BNT-LATE", "BNT-SOON", "BNT-GONE", "BNT-WAIT", "BNT-MINE"],
    }
    for label, references in expected.items():
        tray = shown(staff, counted[label][1])
        assert rows(tray) == references, label
        assert trays(tray)[label][2], f"{label} is marked as the current tray"
        caption = tray.select_one("caption")
        assert caption.find(string=True, recursive=False).strip() == label
        counted_rows = f"{len(references)} request{'' if len(references) == 1 else 's'}"
        assert caption.select_one("#queue-results").get_text(strip=True) == counted_rows
    late = shown(staff, counted["Overdue"][1]).select_one("tbody tr")
    assert late.select_one(".moj-badge--red").get_text(strip=True) == "2 days overdue"
    assert "New" in [badge.get_text(strip=True) for badge in late.select(".moj-badge")]


def test_chosen_filters_show_as_tags_that_each_remove_one(
    db_app: Flask, staff: FlaskClient, me: str
) -> None:
    add_request(db_app, "BNT-ANNA", "Anna", 10)
    add_request(db_app, "BNT-ABEL", "Abel", 11, requester_role="young_person", assigned_to=me)
    add_request(db_app, "BNT-BOB1", "Bob", 12, status="more_information")
    add_request(db_app, "BNT-CARA", "Cara", 13, status="accepted")

    filtered = shown(
        staff,
        "/caseworker/queue?status=received&status=more_information&role=young_person"
        f"&assigned={me}&q=ab&sort=name",
    )
    assert rows(filtered) == ["BNT-ABEL"]
    chosen = tags(filtered)
    assert set(chosen) == {
        "New",
        "Waiting for the family",
        "Young person",
        NAME,
        "ab",
    }
    without_role = shown(staff, relative(chosen["Young person"]))
    assert set(tags(without_role)) == {"New", "Waiting for the family", NAME, "ab"}
    query = parse_qs(urlsplit(chosen["Young person"]).query)
    assert query["sort"] == ["name"], "removing a filter keeps the order"
    without_me = shown(staff, relative(tags(without_role)[NAME]))
    without_search = shown(staff, relative(tags(without_me)["ab"]))
    assert rows(without_search) == ["BNT-ABEL", "BNT-ANNA", "BNT-BOB1"]
    assert [box["value"] for box in without_search.select("input[name=status][checked]")] == [
        "received",
        "more_information",
    ]
    cleared = without_search.find("a", string="Clear filters")
    everything = shown(staff, relative(cleared["href"]))
    assert tags(everything) == {} and len(rows(everything)) == 4


def test_the_table_sorts_each_way_by_its_three_columns(db_app: Flask, staff: FlaskClient) -> None:
    add_request(db_app, "BNT-ONE1", "charlie", 20, received_days_ago=1)
    add_request(db_app, "BNT-TWO2", "Alex", 30, received_days_ago=9)
    add_request(db_app, "BNT-THR3", "Bea", 10, received_days_ago=5)

    queue = shown(staff, "/caseworker/queue")
    assert rows(queue) == ["BNT-THR3", "BNT-ONE1", "BNT-TWO2"]
    assert sort_header(queue, "Decision due")["aria-sort"] == "ascending"
    assert sort_header(queue, "Received")["aria-sort"] == "none"
    cases = [
        ("Child or young person", ["BNT-TWO2", "BNT-THR3", "BNT-ONE1"]),
        ("Received", ["BNT-TWO2", "BNT-THR3", "BNT-ONE1"]),
        ("Decision due", ["BNT-THR3", "BNT-ONE1", "BNT-TWO2"]),
    ]
    for name, ascending in cases:
        if name == "Decision due":
            queue = shown(staff, "/caseworker/queue?sort=name")
        queue = shown(staff, relative(sort_header(queue, name).a["href"]))
        assert rows(queue) == ascending, name
        assert sort_header(queue, name)["aria-sort"] == "ascending"
        queue = shown(staff, relative(sort_header(queue, name).a["href"]))
        assert rows(queue) == ascending[::-1], name
        assert sort_header(queue, name)["aria-sort"] == "descending"
        others = [
            th["aria-sort"]
            for th in queue.select("th[aria-sort]")
            if th is not sort_header(queue, name)
        ]
        assert others == ["none", "none"]


def test_paging_keeps_the_order(db_app: Flask, staff: FlaskClient) -> None:
    for n in range(55):
        add_request(db_app, f"BNT-P{n:03d}", f"Child {n:03d}", 10 + n % 3)
    first = shown(staff, "/caseworker/queue?sort=name&order=desc")
    assert len(rows(first)) == 50
    more = first.select_one("a[rel=next]")
    second = shown(staff, relative(more["href"]))
    assert rows(first) + rows(second) == [f"BNT-P{n:03d}" for n in reversed(range(55))]
    assert second.select_one("a[rel=next]") is None
    # A caseworker on the second page read "55 requests" and could not tell where they were.
    assert "Showing 1 to 50 of 55 requests" in first.get_text(" ")
    assert "Showing 51 to 55 of 55 requests" in second.get_text(" ")
    back = shown(staff, relative(second.select_one(".govuk-pagination__prev a")["href"]))
    assert "Showing 1 to 50 of 55 requests" in back.get_text(" ")


def test_search_by_reference_name_birthday_postcode_or_upn(
    db_app: Flask, staff: FlaskClient
) -> None:
    family = db_app.test_client()
    sign_in(family)
    body = "201201000012"
    upn = upn_check_letter(body) + body
    answers = {section: dict(pages) for section, pages in PARENT_ANSWERS.items()}
    answers["child"] = {**answers["child"], "upn": {"upn": upn.lower()}}
    reference = submitted(family, answers=answers)
    add_request(db_app, "BNT-OTHR", "Someone Else", postcode="N1 9GU")

    found = {
        "reference": reference.lower(),
        "part of the name": "o'neill",
        "name in other case": "ZOË",
        "date of birth": f"27/3/{TEN_YEARS_AGO}",
        "date of birth, spaced": f"27 03 {TEN_YEARS_AGO}",
        "date of birth, ISO": f"{TEN_YEARS_AGO}-03-27",
        # a tester, given a date on the phone, typed its year short: nothing was found
        "date of birth, short year": f"27/3/{TEN_YEARS_AGO % 100:02d}",
        "postcode": "EN5 4AB",
        "postcode, as typed": " en54ab ",
        "UPN": upn,
        # read out on the phone without its letters: a caseworker found nothing
        "reference's number": reference.split("-")[-1],
        "reference's year and number": reference.split("-", 1)[1],
        "reference, spaced": reference.replace("-", " "),
        "reference, run together": reference.replace("-", "").lower(),
        "name without its accents": "zoe o’neill",
    }
    for key, term in found.items():
        assert rows(shown(staff, f"/caseworker/queue?q={term}")) == [reference], key
    for term in ("EN5 4AC", f"28/3/{TEN_YEARS_AGO}", "nobody", "31/2/2015", "%", "_"):
        assert rows(shown(staff, f"/caseworker/queue?q={term}")) == [], term
    assert rows(shown(staff, "/caseworker/queue?q=n19gu")) == ["BNT-OTHR"]
    with db_app.app_context():
        stored = db.session().scalars(select(AssessmentRequest.child_postcode_index)).all()
    assert all(value and "EN5" not in value.upper() for value in stored), "postcode hashed"


def test_search_by_the_first_part_of_a_postcode(db_app: Flask, staff: FlaskClient) -> None:
    """Caseworkers search by area: a tester typed "EN5", "en5" and "N1" and found nothing.
    The outward code finds its area's requests as typed, and only its own area's."""
    add_request(db_app, "BNT-EN54", "Ada Barnet", postcode="EN5 4AB")
    add_request(db_app, "BNT-EN52", "Ben Barnet", postcode="en5 2xy")
    add_request(db_app, "BNT-N1", "Cal Islington", postcode="N1 9GU")
    add_request(db_app, "BNT-N19", "Dee Archway", postcode="N19 5AB")
    add_request(db_app, "BNT-EN1", "Eve Enfield", postcode="EN1 1AA")
    add_request(db_app, "BNT-SW1A", "Fay Westminster", postcode="SW1A 1AA")
    add_request(db_app, "BNT-NONE", "Gil Nowhere", postcode="")
    found = {
        "EN5": ["BNT-EN52", "BNT-EN54"],
        "en5": ["BNT-EN52", "BNT-EN54"],
        " EN5 ": ["BNT-EN52", "BNT-EN54"],
        "e n5": ["BNT-EN52", "BNT-EN54"],
        "N1": ["BNT-N1"],
        "n19": ["BNT-N19"],
        "EN1": ["BNT-EN1"],
        "sw1a": ["BNT-SW1A"],
        "EN5 4AB": ["BNT-EN54"],
        "en52xy": ["BNT-EN52"],
        "N19 5AB": ["BNT-N19"],
        "EN6": [],
        "SW1": [],
        "N1 9GV": [],
    }
    for term, references in found.items():
        listed = rows(shown(staff, f"/caseworker/queue?tray=all&q={quote(term)}"))
        assert sorted(listed) == references, term
    with db_app.app_context():
        stored = db.session().execute(
            select(
                AssessmentRequest.reference,
                AssessmentRequest.child_postcode_index,
                AssessmentRequest.child_postcode_outward_index,
            )
        )
        indexes = {reference: (whole, area) for reference, whole, area in stored}
    assert indexes["BNT-NONE"] == (None, None)
    assert indexes["BNT-EN54"][1] == indexes["BNT-EN52"][1], "one area, one hash"
    hashes = [value for pair in indexes.values() for value in pair if value]
    assert all("EN5" not in value.upper() for value in hashes), "the area is hashed"
    wholes = {whole for whole, _area in indexes.values()}
    assert not wholes & {area for _whole, area in indexes.values() if area}


def test_a_term_that_could_be_an_area_is_still_searched_as_a_name(
    db_app: Flask, staff: FlaskClient
) -> None:
    """An outward code is one reading of a term among others: a name holding it (as the
    case system may have written one) is found beside the area's requests."""
    add_request(db_app, "BNT-AREA", "Ada Barnet", postcode="EN5 4AB")
    add_request(db_app, "BNT-NAME", "Glen5 Typed", postcode="SW1A 1AA")
    listed = rows(shown(staff, "/caseworker/queue?tray=all&q=en5"))
    assert sorted(listed) == ["BNT-AREA", "BNT-NAME"]


def test_names_are_found_with_or_without_their_accents(db_app: Flask, staff: FlaskClient) -> None:
    """Typed on an English keyboard (a caseworker found nothing for "Yilmaz"), or as
    written; the stored name keeps its letters."""
    add_request(db_app, "BNT-TURK", "Elif Yılmaz")
    add_request(db_app, "BNT-POLE", "Zofia Przykładowa")
    add_request(db_app, "BNT-DANE", "Søren Ærø")
    found = {
        "Yilmaz": ["BNT-TURK"],
        "YILMAZ": ["BNT-TURK"],
        "Yılmaz": ["BNT-TURK"],
        "elif yi": ["BNT-TURK"],
        "Przykladowa": ["BNT-POLE"],
        "PRZYKŁADOWA": ["BNT-POLE"],
        "soren aero": ["BNT-DANE"],
        "Przykladowy": [],
    }
    for term, references in found.items():
        assert rows(shown(staff, f"/caseworker/queue?tray=all&q={term}")) == references, term
    listed = page(staff.get("/caseworker/queue?tray=all&q=yilmaz")).get_text(" ")
    assert "Elif Yılmaz" in listed


def test_odd_query_values_show_the_queue(staff: FlaskClient) -> None:
    odd = (
        "/caseworker/queue?tray=../&sort=drop&order=sideways&after=zz&status=nope"
        "&assigned=someone&role=king&q=" + "x" * 500
    )
    queue = shown(staff, odd)
    assert trays(queue)["All open"][2]
    assert sort_header(queue, "Decision due")["aria-sort"] == "ascending"
    assert set(tags(queue)) == {"x" * 100}


def _assign(staff: FlaskClient, queue, chosen: list[str], assignee: str):  # type: ignore[no-untyped-def]
    values = [
        box["value"]
        for box in queue.select("input[name=selected]")
        if box["value"].split(":")[0] in chosen
    ]
    return staff.post(
        "/caseworker/queue",
        data={"csrf_token": hidden_token(queue), "selected": values, "assignee": assignee},
    )


def hidden_token(queue) -> str:  # type: ignore[no-untyped-def]
    return str(queue.select_one("main form[method=post] input[name=csrf_token]")["value"])


def test_assigning_several_requests_at_once(db_app: Flask, staff: FlaskClient, me: str) -> None:
    family = db_app.test_client()
    sign_in(family)
    first, second, third = submitted(family), submitted(family), submitted(family)
    queue = shown(staff, "/caseworker/queue")
    response = _assign(staff, queue, [first, third], me)
    assert response.status_code == 302
    after = shown(staff, relative(response.headers["Location"]))
    banner = after.select_one(".govuk-notification-banner--success")
    assert f"2 requests assigned to {NAME}" in banner.get_text(" ")
    assert sorted(rows(shown(staff, "/caseworker/queue?tray=mine"))) == sorted([first, third])
    assert second in rows(shown(staff, "/caseworker/queue?tray=unassigned"))
    outbox.run_once(db_app)
    with db_app.app_context():
        sent = (
            db.session()
            .scalars(select(OutboxMessage).where(OutboxMessage.kind == "triage_decision.create"))
            .all()
        )
        audited = (
            db.session()
            .scalars(select(AuditEvent.object_id).where(AuditEvent.action == "triage_assign"))
            .all()
        )
    assert sorted(m.payload["case_reference"] for m in sent) == sorted([first, third])
    assert {m.payload["decision"]["assigned_to"] for m in sent} == {me}
    assert {m.status for m in sent} == {"delivered"}, [m.last_error for m in sent]
    assert sorted(str(reference) for reference in audited) == sorted([first, third])


def test_assigning_needs_requests_and_a_person(db_app: Flask, staff: FlaskClient, me: str) -> None:
    add_request(db_app, "BNT-ALON", "Alone", 10)
    queue = shown(staff, "/caseworker/queue?tray=unassigned")
    nothing = staff.post(
        "/caseworker/queue?tray=unassigned",
        data={"csrf_token": hidden_token(queue), "assignee": me},
    )
    assert nothing.status_code == 200
    problem: Any = page(nothing)
    summary = problem.select_one(".govuk-error-summary")
    assert summary.a.get_text(strip=True) == "Select the requests to assign"
    assert problem.select_one(summary.a["href"])["name"] == "selected"
    assert problem.title.get_text().startswith("Error:")
    assert trays(problem)["Not assigned"][2], "the same tray is shown again"
    nobody = _assign(staff, queue, ["BNT-ALON"], "")
    assert [a.get_text(strip=True) for a in page(nobody).select(".govuk-error-summary a")] == [
        "Select who to assign the requests to"
    ]
    kept = page(nobody).select_one("input[name=selected][checked]")
    assert kept is not None and kept["value"] == "BNT-ALON:1", "the choice is kept"
    with db_app.app_context():
        left = db.session().scalars(select(AssessmentRequest.assigned_to)).all()
    assert left == [None]


def test_the_error_summary_follows_the_page_when_nothing_is_chosen(
    staff: FlaskClient, db_app: Flask
) -> None:
    """A tester pressed "Assign selected requests" with nothing chosen and read the box of
    requests first in the summary, the person second: the page asks for the person first."""
    add_request(db_app, "BNT-2026-730001", "Alone", 10)
    queue = shown(staff, "/caseworker/queue?tray=unassigned")
    nothing = staff.post(
        "/caseworker/queue?tray=unassigned", data={"csrf_token": hidden_token(queue)}
    )
    said = [a.get_text(strip=True) for a in page(nothing).select(".govuk-error-summary a")]
    assert said == ["Select who to assign the requests to", "Select the requests to assign"]


def test_only_a_request_that_can_be_assigned_can_be_chosen(
    db_app: Flask, staff: FlaskClient
) -> None:
    """A tester ticked a decided request, assigned it, and was told it was no longer open:
    a closed request has no box to tick."""
    add_request(db_app, "BNT-2026-730002", "Open Request", 10)
    add_request(db_app, "BNT-2026-730003", "Decided Request", 10, status="decided_assess")
    queue = shown(staff, "/caseworker/queue?tray=all")
    boxes = [box["value"].split(":")[0] for box in queue.select("tbody input[name=selected]")]
    assert boxes == ["BNT-2026-730002"]
    assert sorted(rows(queue)) == ["BNT-2026-730002", "BNT-2026-730003"]
    decided = shown(staff, "/caseworker/queue?tray=decided")
    assert rows(decided) == ["BNT-2026-730003"]
    assert decided.select_one("tbody input[name=selected]") is None
    assert decided.select_one(".moj-action-bar") is None, "nothing to assign, no way to"


def test_a_request_changed_since_the_queue_was_shown_is_named_not_assigned(
    db_app: Flask, staff: FlaskClient, me: str
) -> None:
    family = db_app.test_client()
    sign_in(family)
    kept, changed = submitted(family), submitted(family)
    colleague = account(db_app, "staff", "colleague@council.example")
    queue = shown(staff, "/caseworker/queue")
    assert act(staff, changed, "assign", {"assignee": colleague}).status_code == 302
    response = _assign(staff, queue, [kept, changed], me)
    after = page(staff.get(relative(response.headers["Location"])))
    banners = [b.get_text(" ", strip=True) for b in after.select(".govuk-notification-banner")]
    assert any(f"1 request assigned to {NAME}" in b for b in banners)
    assert any(
        "someone changed it after you opened this page" in b and changed in b for b in banners
    )
    with db_app.app_context():
        owners = dict(
            db.session()
            .execute(select(AssessmentRequest.reference, AssessmentRequest.assigned_to))
            .all()
        )
    assert owners == {kept: me, changed: colleague}


def test_only_staff_can_assign(db_app: Flask, me: str) -> None:
    made = add_request(db_app, "BNT-SAFE", "Safe", 10)
    data = {"selected": ["BNT-SAFE:1"], "assignee": me}
    family = db_app.test_client()
    sign_in(family)
    family_data = {**data, "csrf_token": token(family, "/feedback/")}
    assert family.post("/caseworker/queue", data=family_data).status_code == 404
    nobody = db_app.test_client()
    refused = nobody.post("/caseworker/queue", data=data)
    assert refused.status_code in (302, 400), "not signed in: sent to sign in, or refused"
    with db_app.app_context():
        untouched = db.session().get(AssessmentRequest, made)
        assert untouched is not None and untouched.assigned_to is None


def test_the_queue_and_the_dashboard_are_valid_html(
    db_app: Flask, staff: FlaskClient, me: str, tmp_path: Path
) -> None:
    add_request(db_app, "BNT-VAL1", "Ada", -3, assigned_to=me)
    add_request(db_app, "BNT-VAL2", "Bo", 4, status="more_information")
    filtered = "/caseworker/queue?tray=all&status=received&assigned=none&role=young_person&q=a"
    pages = {
        path: staff.get(path).get_data(as_text=True) for path in ("/caseworker/queue", filtered)
    }
    queue = shown(staff, "/caseworker/queue")
    pages["the queue with an error"] = staff.post(
        "/caseworker/queue", data={"csrf_token": hidden_token(queue)}
    ).get_data(as_text=True)
    assigned = _assign(staff, queue, ["BNT-VAL2"], me)
    pages["the queue after assigning"] = staff.get(relative(assigned.headers["Location"])).get_data(
        as_text=True
    )
    manager = db_app.test_client()
    sign_in(manager, "staff", "manager@council.example")
    pages["/caseworker/dashboard"] = manager.get("/caseworker/dashboard").get_data(as_text=True)
    assert nu_html_errors(pages, tmp_path) == []


def test_the_workspace_links_to_the_trays_with_their_counts(
    db_app: Flask, staff: FlaskClient, me: str
) -> None:
    add_request(db_app, "BNT-HOM1", "Ada", -3, assigned_to=me)
    add_request(db_app, "BNT-HOM2", "Bo", 4)
    home = shown(staff, "/caseworker/")
    links = {a.get_text(strip=True): a["href"] for a in home.select("main ul.govuk-list a")}
    assert set(links) == {
        "Assigned to me (1)",
        "Not assigned (1)",
        "Overdue (1)",
        "Due this week (1)",
        "Waiting for the family (0)",
        "Family replied (0)",
    }
    assert rows(shown(staff, relative(links["Overdue (1)"]))) == ["BNT-HOM1"]


def test_the_queue_says_how_many_requests_match_its_tray_and_filters(
    db_app: Flask, staff: FlaskClient
) -> None:
    """A tray's count is all its requests; a filter in it is read from a line above the
    table saying how many match (once, a tray read "Not assigned (2)" over "No requests
    match", with no count of what did)."""
    add_request(db_app, "BNT-PAR1", "Ben", 10)
    add_request(db_app, "BNT-PAR2", "Cai", 11)
    add_request(db_app, "BNT-YNG1", "Dee", 12, requester_role="young_person")
    add_request(db_app, "BNT-SHUT", "Eli", 12, status="withdrawn")

    def results(path: str) -> str:
        line = shown(staff, path).select_one("#queue-results")
        assert line is not None, f"no count of the requests shown at {path}"
        return " ".join(line.get_text(" ").split())

    assert results("/caseworker/queue?tray=unassigned") == "3 requests"
    assert results("/caseworker/queue?tray=unassigned&role=parent_carer") == (
        "Requests in this tray that match the filter: 2 of 3"
    )
    assert results("/caseworker/queue?tray=unassigned&role=young_person") == (
        "Requests in this tray that match the filter: 1 of 3"
    )
    assert results("/caseworker/queue?tray=unassigned&q=nobody") == (
        "Requests in this tray that match the filter: 0 of 3"
    )
    assert results("/caseworker/queue?tray=all&role=parent_carer") == (
        "Requests in this tray that match the filter: 3 of 4"
    )


def test_with_a_filter_the_trays_say_their_counts_are_before_it(
    db_app: Flask, staff: FlaskClient
) -> None:
    """A tester filtered to new requests from young people (2 of 7) and read the trays
    still saying "Not assigned (6)", with nothing to say those counts ignore the filter."""
    add_request(db_app, "BNT-PAR1", "Ben", 10)
    add_request(db_app, "BNT-YNG1", "Dee", 12, requester_role="young_person")
    note = "The number beside each tray counts all its requests, before the filter"

    def said(path: str) -> str:
        return " ".join(shown(staff, path).get_text(" ").split())

    assert note not in said("/caseworker/queue?tray=unassigned")
    assert note in said("/caseworker/queue?tray=unassigned&role=young_person")
    assert note in said("/caseworker/queue?tray=unassigned&q=Dee")
