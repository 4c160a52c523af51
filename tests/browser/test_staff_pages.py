"""The caseworker's pages as a caseworker meets them in a browser: the family's documents
open from the request's Documents section, the actions menu leads to each action's page
where its errors stay, the queue (trays, filters, errors and assigning several requests)
and every section of a request pass axe in English and Arabic and reflow at 320 px."""

from __future__ import annotations

import datetime as dt

import pytest
from flask import Flask
from sqlalchemy import select, update

from devtools.reference_case_system import demo
from portal.models import DataRightsRequest, DraftPlanResponse
from portal.platform import db, deadlines
from tests.conftest import sign_in
from tests.support.draft_plans import draft_sent_on, linked_parent, send_response
from tests.support.files import PDF
from tests.support.own_pages import review_views_sent
from tests.support.pages import page, post
from tests.support.queue import add_request
from tests.support.requests import fill, reply, start, submitted, upload
from tests.support.tabs import check_accessible, reference_lines, send, tab_to

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def reference(live_app: Flask) -> str:
    """A request a family sent with a supporting document (set up without a browser)."""
    family = live_app.test_client()
    sign_in(family, person="second.parent@example.org")
    draft = start(family)
    assert (
        upload(family, draft, PDF, "school-report.pdf", "Latest school report").status_code == 302
    )
    fill(family, draft)
    response = post(family, f"/account/request/{draft}/check", {})
    assert response.headers["Location"].endswith("/submitted")
    return (
        page(family.get(response.headers["Location"]))
        .select_one(".govuk-panel strong")
        .get_text(strip=True)
    )


@pytest.fixture(scope="module")
def written(live_app: Flask) -> dict[str, str]:
    """A family's sent response to a draft plan, and another's sent views for an annual
    review (set up without a browser): the arguments of the pages that show them."""
    before = draft_sent_on(live_app, deadlines.council_today() - dt.timedelta(days=3))
    try:
        family = linked_parent(live_app, live_app.test_client())
        send_response(family, "Speech therapy must be weekly.")
    finally:
        draft_sent_on(live_app, before)
    review_views_sent(live_app, live_app.test_client(), {"hopes": "To swim for the county."})
    with live_app.app_context():
        # The one this fixture sent: other browser tests open other drafts, unsent.
        response = (
            db.session()
            .scalars(
                select(DraftPlanResponse.id).where(
                    DraftPlanResponse.case_reference == demo.CHILD_DRAFT,
                    DraftPlanResponse.submitted_at.is_not(None),
                )
            )
            .first()
        )
    assert response is not None
    return {"response": response, "review": demo.REVIEW}


def test_a_caseworker_opens_a_document_the_family_sent(people, reference: str) -> None:  # type: ignore[no-untyped-def]
    staff = people["staff"]
    staff.goto(f"/caseworker/requests/{reference}")
    staff.get_by_role("navigation", name="Sections of this request").get_by_role(
        "link", name="Documents"
    ).click()
    assert staff.url.endswith(f"/caseworker/requests/{reference}/documents")
    link = staff.get_by_role("link", name="school-report.pdf")
    with staff.expect_download() as opened:
        link.click()
    download = opened.value
    assert download.suggested_filename == "school-report.pdf"
    with open(download.path(), "rb") as file:
        assert file.read() == PDF


def test_an_action_from_the_menu_keeps_its_errors_on_its_own_page(people, reference: str) -> None:  # type: ignore[no-untyped-def]
    staff = people["staff"]
    staff.goto(f"/caseworker/requests/{reference}")
    menu = staff.locator(".moj-identity-bar .moj-button-menu")
    menu.get_by_role("button", name="Actions").click()
    menu.get_by_role("button", name="Assign", exact=True).click()
    staff.wait_for_load_state()
    address = f"{staff.context_base_url}/caseworker/requests/{reference}/actions/assign"
    assert staff.url == address
    assert staff.locator("#assign-assignee option:checked").inner_text() == "Select a person"
    staff.get_by_role("button", name="Assign", exact=True).click()
    staff.wait_for_load_state()
    assert staff.url == address
    assert staff.title().startswith(f"Error: Assign – Request {reference}")
    staff.locator(".govuk-error-summary a").first.click()
    assert staff.evaluate("document.activeElement.id") == "assign-assignee"
    check_accessible(staff, "the assign page with an error", "en")


SECTIONS = ("", "/answers", "/consent", "/views", "/documents", "/messages", "/history")


@pytest.mark.parametrize("language", ["en", "ar"])
def test_every_section_of_a_request_passes_axe(people, reference: str, language: str) -> None:  # type: ignore[no-untyped-def]
    staff = people["staff"]
    try:
        for section in (*SECTIONS, "/actions/decide", "/actions/withdraw"):
            staff.goto(f"/caseworker/requests/{reference}{section}?lang={language}")
            check_accessible(staff, f"the request's section {section or '/'}", language)
    finally:
        staff.goto("/caseworker/?lang=en")


@pytest.mark.parametrize("language", ["en", "ar"])
def test_the_queue_with_filters_an_error_and_a_bulk_assignment(  # type: ignore[no-untyped-def]
    people, reference: str, language: str
) -> None:
    staff = people["staff"]
    try:
        staff.goto(
            f"/caseworker/queue?lang={language}&status=received&status=more_information"
            f"&role=parent_carer&q={reference}"
        )
        assert staff.locator("a.moj-filter__tag").count() == 4
        assert staff.locator("nav.moj-sub-navigation a[aria-current=page]").count() == 1
        check_accessible(staff, "the queue with filters", language)
        staff.locator(".moj-action-bar button[type=submit]").click()
        staff.wait_for_load_state()
        assert staff.locator(".govuk-error-summary a").count() == 2
        check_accessible(staff, "the queue with errors", language)
        staff.locator(".govuk-error-summary a").first.click()
        assert staff.evaluate("document.activeElement.id") == "assignee"
        staff.locator(".govuk-error-summary a").nth(1).click()
        assert staff.evaluate("document.activeElement.id") == "selected"
        # The box is drawn by its label, over the input: a person's click lands on it.
        staff.locator("#queue-checkboxes-all").click(force=True)
        assert staff.locator("#queue-select-all input[type=checkbox]").is_checked()
        assert staff.locator("tbody input[name=selected]:checked").count() == 1
        # Someone it is not assigned to yet (an earlier language's run assigned it); the
        # list says which entry is the caseworker's own, after their name.
        assigned = staff.locator("tbody tr td").nth(6).inner_text().strip()
        options = staff.locator("#assignee option")
        person = next(
            options.nth(i).get_attribute("value")
            for i in range(options.count() - 1, 0, -1)
            if not options.nth(i).inner_text().strip().startswith(assigned)
        )
        staff.locator("#assignee").select_option(person)
        staff.locator(".moj-action-bar button[type=submit]").click()
        staff.wait_for_load_state()
        assert staff.locator(".govuk-notification-banner--success").is_visible()
        check_accessible(staff, "the queue after assigning", language)
    finally:
        staff.goto("/caseworker/queue?lang=en")


def test_changing_language_after_an_error_stays_on_the_page(people, reference: str) -> None:  # type: ignore[no-untyped-def]
    """A caseworker sent an empty note, then chose Türkçe: the page the error came from
    accepts only the form, and they were told "that cannot be done on this page"."""
    staff = people["staff"]
    try:
        staff.goto(f"/caseworker/requests/{reference}")
        staff.get_by_role("button", name="Add the note").click()
        staff.wait_for_load_state()
        assert staff.locator(".govuk-error-summary").is_visible()
        staff.locator("a[hreflang=tr]").click()
        staff.wait_for_load_state()
        assert staff.locator("html").get_attribute("lang") == "tr"
        assert staff.url.endswith(f"/caseworker/requests/{reference}")
        assert reference in staff.locator("body").inner_text(), "the request, not an error page"
    finally:
        staff.goto("/caseworker/?lang=en")


def test_a_caseworker_with_a_keyboard_skips_the_filter_to_the_requests(
    people, reference: str
) -> None:  # type: ignore[no-untyped-def]
    """The filter's boxes grow with the staff: a keyboard walked 47 Tabs through them to
    reach the first request."""
    staff = people["staff"]
    staff.goto("/caseworker/queue?tray=all")
    tab_to(staff, "a[href='#queue-requests']", limit=30)
    staff.keyboard.press("Enter")
    tab_to(staff, "#queue-select-all input[type=checkbox]", limit=5)
    staff.keyboard.press("Space")
    rows = staff.locator("tbody input[name=selected]")
    assert rows.count() >= 1
    assert staff.locator("tbody input[name=selected]:checked").count() == rows.count()


@pytest.mark.parametrize(
    "path",
    [
        "/caseworker/",
        "/caseworker/queue",
        "/caseworker/queue?tray=all&status=received&role=parent_carer&q=BNT",
        *(f"/caseworker/requests/{{reference}}{section}" for section in SECTIONS),
        "/caseworker/requests/{reference}/actions/decide",
        "/caseworker/requests",
        "/caseworker/cases/{reference}/consent",
        "/caseworker/draft-plan-responses",
        "/caseworker/draft-plan-responses/{response}",
        "/caseworker/annual-reviews",
        "/caseworker/annual-reviews/{review}/views",
        "/caseworker/data-rights",
        "/caseworker/link-codes/new",
        "/caseworker/dashboard",
        "/caseworker/sen2",
    ],
)
def test_staff_pages_reflow_on_a_small_screen(  # type: ignore[no-untyped-def]
    people, reference: str, written: dict[str, str], path: str
) -> None:
    staff = people["manager"]
    staff.set_viewport_size({"width": 320, "height": 640})
    try:
        staff.goto(path.format(reference=reference, **written))
        width = staff.evaluate("document.documentElement.scrollWidth")
        assert width <= 320, f"{path} is {width} px wide at a 320 px viewport"
        for region in staff.locator(".portal-table-region").all():
            assert region.get_attribute("tabindex") == "0", "a scrolling table can be focused"
            assert region.get_attribute("role") == "region"
            labelled = region.get_attribute("aria-labelledby")
            assert labelled and staff.locator(f"#{labelled}").inner_text().strip()
        check_accessible(staff, f"{path} at 320 px", "en")
    finally:
        staff.set_viewport_size({"width": 1280, "height": 800})


@pytest.mark.parametrize("width", [1100, 1600])
@pytest.mark.parametrize("language", ["en", "ar"])
def test_staff_pages_use_the_whole_screen_without_scrolling_sideways(  # type: ignore[no-untyped-def]
    people, reference: str, width: int, language: str
) -> None:
    """The full-width staff layout keeps the page's gutters: the footer's row once reached
    15 px past both edges of a wide screen."""
    staff = people["staff"]
    staff.set_viewport_size({"width": width, "height": 800})
    try:
        for path in ("/caseworker/queue", f"/caseworker/requests/{reference}"):
            staff.goto(f"{path}?lang={language}")
            wide = staff.evaluate("document.documentElement.scrollWidth")
            assert wide <= width, f"{path} is {wide} px wide on a {width} px screen"
            main = staff.locator("main").bounding_box()
            assert main is not None and main["width"] > 0.9 * width - 80, "full width"
    finally:
        staff.set_viewport_size({"width": 1280, "height": 800})
        staff.goto("/caseworker/?lang=en")


@pytest.mark.parametrize("width", [320, 640, 1280])
@pytest.mark.parametrize("language", ["ar", "en"])
def test_a_reference_in_a_heading_is_never_broken_across_lines(  # type: ignore[no-untyped-def]
    people, written: dict[str, str], width: int, language: str
) -> None:
    """A response's heading once broke its case reference as "BNT-2026-" / "213570" in
    Arabic: a reference is kept on one line, whatever the width and direction."""
    staff = people["manager"]
    staff.set_viewport_size({"width": width, "height": 800})
    try:
        staff.goto(f"/caseworker/draft-plan-responses/{written['response']}?lang={language}")
        lines = reference_lines(staff.locator("h1"))
        assert lines == [1], f"the reference is on {lines} lines at {width} px in {language}"
        wide = staff.evaluate("document.documentElement.scrollWidth")
        assert wide <= width, f"the page is {wide} px wide on a {width} px screen"
    finally:
        staff.set_viewport_size({"width": 1280, "height": 800})
        staff.goto("/caseworker/?lang=en")


# Pairs of a chart's words that overlap or come within 4 px of each other side by side
# (the tester's browser drew wider letters than this one: touching here was run together there).
OVERLAPPING_CHART_TEXT = """() => {
  const found = []
  for (const chart of document.querySelectorAll("figure svg")) {
    const boxes = [...chart.querySelectorAll("text")]
      .filter(text => text.textContent.trim())
      .map(text => [text.textContent.trim(), text.getBoundingClientRect()])
    boxes.forEach(([one, a], i) => boxes.slice(i + 1).forEach(([other, b]) => {
      const across = Math.min(a.right, b.right) - Math.max(a.left, b.left)
      const down = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top)
      if (across > -4 && down > 0.5) found.push(`${one} | ${other}`)
    }))
  }
  return found
}"""


@pytest.mark.parametrize("width", [320, 1100, 1600])
@pytest.mark.parametrize("language", ["fa", "ar", "en", "pl", "bg", "tr"])
def test_a_charts_labels_never_run_into_each_other(  # type: ignore[no-untyped-def]
    people, width: int, language: str
) -> None:
    """The Persian dashboard at 1100 px wide ran its week labels together: "۱۴ سپتامبر۲۱
    سپتامبر۲۸ سپتامبر". No two words of a chart overlap, in either direction, at any width."""
    staff = people["manager"]
    staff.set_viewport_size({"width": width, "height": 800})
    try:
        for path in ("/caseworker/dashboard", "/feedback/reports"):
            staff.goto(f"{path}?lang={language}")
            assert staff.locator("figure svg text").count() > 12, path
            overlapping = staff.evaluate(OVERLAPPING_CHART_TEXT)
            assert overlapping == [], f"{path} in {language} at {width} px"
    finally:
        staff.set_viewport_size({"width": 1280, "height": 800})
        staff.goto("/caseworker/?lang=en")


def test_a_note_and_the_messages_with_the_family_keep_their_lines(  # type: ignore[no-untyped-def]
    people, live_app: Flask
) -> None:
    """A caseworker asked for two things on two lines, the family answered each on a line
    of its own, and the caseworker noted two calls: each read as one run-on line ("1. The
    school report 2. His teacher's name")."""
    family = live_app.test_client()
    sign_in(family, person="second.parent@example.org")
    reference = submitted(family)
    staff = people["staff"]
    staff.goto(f"/caseworker/requests/{reference}/actions/more_information")
    staff.locator("textarea").fill("Please send us:\n1. The school report\n2. His teacher's name")
    send(staff, staff.get_by_role("button", name="Send to the family"))
    answer = reply(family, reference, "1. Attached\n2. Ms Patel", [])
    assert answer.status_code == 302
    staff.locator("#text").fill("Called the school.\nCalled the family.")
    send(staff, staff.get_by_role("button", name="Add the note"))
    assert staff.locator("#notes ~ div .portal-note").first.inner_text() == (
        "Called the school.\nCalled the family."
    )
    staff.goto(f"/caseworker/requests/{reference}/messages")
    said = [p.inner_text() for p in staff.locator("main .govuk-inset-text p[dir=auto]").all()]
    assert said == [
        "Please send us:\n1. The school report\n2. His teacher's name",
        "1. Attached\n2. Ms Patel",
    ]
    staff.goto(f"/caseworker/requests/{reference}/history")
    texts = [p.inner_text() for p in staff.locator(".moj-timeline .portal-note").all()]
    assert "1. Attached\n2. Ms Patel" in texts


def rights_request(live_app: Flask, item: str, asked: dict[str, str]) -> str:
    """A family's request about their information (set up without a browser): its page."""
    family = live_app.test_client()
    sign_in(family, person="second.parent@example.org")
    made = post(family, f"/account/your-data/rights/{item}", {"about": "all", **asked})
    assert made.status_code == 302
    return str(made.headers["Location"])


def test_what_a_caseworker_wrote_is_kept_when_someone_else_answered_first(  # type: ignore[no-untyped-def]
    people, live_app: Flask
) -> None:
    """A caseworker and their manager opened the same request about a family's
    information; the manager extended it, then marked it done, first. Each time the
    caseworker's reason, typed in full, vanished behind "Someone else changed this request
    first", with nothing to copy it from."""
    path = rights_request(
        live_app,
        "child.date_of_birth",
        {"right": "rectification", "details": "The year is wrong", "correction": "27/3/2016"},
    ).replace("/account/your-data/requests/", "/caseworker/data-rights/")
    staff, manager = people["staff"], people["manager"]
    for field, button, theirs, mine in (
        ("extend-reason", "Extend by two months", "Two schools hold it.", "We must ask the GP."),
        ("close-reason", "Mark as done", "Corrected.\nWe told the school.", "We corrected it."),
    ):
        staff.goto(path)
        manager.goto(path)
        manager.locator(f"#{field}").fill(theirs)
        send(manager, manager.get_by_role("button", name=button))
        staff.locator(f"#{field}").fill(mine)
        send(staff, staff.get_by_role("button", name=button))
        assert staff.locator(f"#{field}").input_value() == mine, "what they wrote, to copy"
        summary = staff.locator(".govuk-error-summary")
        assert "Someone else changed this request first" in summary.inner_text()
        summary.locator("a").first.click()
        assert staff.evaluate("document.activeElement.id") == field
        said = [p.inner_text() for p in staff.locator(".moj-timeline .portal-note").all()]
        assert said[0] == theirs, "the answer given first, as it was written"
        # The page is sent as a refusal (409), which Chromium logs as a failed resource.
        staff.console_errors[:] = [e for e in staff.console_errors if "(CONFLICT)" not in e]
        check_accessible(staff, f"the request after someone else's {button}", "en")


def test_a_decision_or_an_answer_due_today_says_so(people, live_app: Flask) -> None:  # type: ignore[no-untyped-def]
    """A request whose decision was due that day read "0 days left" in the queue and in its
    identity bar (in Arabic, "not a single day left"), as a family's request about their
    information due that day did: a caseworker could not tell whether it was still in
    time. It reads "Due today"."""
    add_request(live_app, "BNT-2026-700001", "Today Example", due_in=0)
    staff = people["staff"]
    staff.goto("/caseworker/queue?q=BNT-2026-700001")
    row = staff.locator("tbody tr").first.inner_text().lower()  # a badge is in capitals
    assert "due today" in row and "0 days" not in row
    staff.goto("/caseworker/requests/BNT-2026-700001")
    bar = staff.locator(".moj-identity-bar").inner_text().lower()
    assert "due today" in bar and "0 days" not in bar
    request_id = rights_request(
        live_app,
        "child.upn",
        {"right": "restriction", "details": "Only for the school", "correction": ""},
    ).rsplit("/", 1)[-1]
    with live_app.app_context():
        db.session().execute(
            update(DataRightsRequest)
            .where(DataRightsRequest.id == request_id)
            .values(due_on=deadlines.council_today())
        )
        db.session().commit()
    staff.goto("/caseworker/data-rights")
    row = staff.locator("tbody tr", has=staff.locator(f"a[href$='{request_id}']")).inner_text()
    assert "Due today" in row and "0 days" not in row.lower()


def test_the_family_reads_what_a_caseworker_wrote_with_its_lines(  # type: ignore[no-untyped-def]
    people, live_app: Flask
) -> None:
    """A caseworker asked a family for two things, a line each, and answered their request
    about their information in two steps; the family read each as one run-on line ("Please
    send us: 1. The school report 2. His teacher's name")."""
    parent = live_app.test_client()
    sign_in(parent, person="parent@example.org")  # the family's own tab's account
    reference = submitted(parent)
    made = post(
        parent,
        "/account/your-data/rights/child.upn",
        {
            "right": "restriction",
            "details": "Only for the school",
            "correction": "",
            "about": "all",
        },
    )
    request_id = made.headers["Location"].rsplit("/", 1)[-1]
    staff, family = people["staff"], people["family"]
    asked = "Please send us:\n1. The school report\n2. His teacher's name"
    staff.goto(f"/caseworker/requests/{reference}/actions/more_information")
    staff.locator("textarea").fill(asked)
    send(staff, staff.get_by_role("button", name="Send to the family"))
    done = "We stopped using it.\nWe told the school."
    staff.goto(f"/caseworker/data-rights/{request_id}")
    staff.locator("#close-reason").fill(done)
    send(staff, staff.get_by_role("button", name="Mark as done"))
    family.goto(f"/account/requests/{reference}/messages")
    assert family.locator("main .govuk-inset-text p[dir=auto]").first.inner_text() == asked
    family.goto(f"/account/your-data/requests/{request_id}")
    assert family.locator("main p[dir=auto]").last.inner_text() == done


def test_the_trail_names_who_opened_the_familys_document(people, reference: str) -> None:  # type: ignore[no-untyped-def]
    """A manager checking who had opened a family's school report read "Opened a document
    (Council staff)" under "Who has seen or changed this request": every caseworker's
    look at it read the same. Staff are named, as the timeline above names them."""
    manager = people["manager"]
    manager.goto(f"/caseworker/requests/{reference}/documents")
    with manager.expect_download():
        manager.get_by_role("link", name="school-report.pdf").click()
    manager.goto(f"/caseworker/requests/{reference}/history")
    manager.locator("#trail summary").click()
    trail = manager.locator("#trail li").all_inner_texts()
    opened = [line for line in trail if "document" in line.lower() and "Family" not in line]
    assert opened, trail
    assert opened[0].endswith("(Morgan Manager)"), opened[0]
