"""Details a person meets in a browser: where error links take them, what each page says,
and that pages reflow on a small phone."""

from __future__ import annotations

import pytest

from tests.support.files import build_pdf
from tests.support.requests import ANSWERS
from tests.support.routes import page_paths
from tests.support.tabs import check_accessible, fill_page

pytestmark = pytest.mark.browser


def start_request(tab) -> str:  # type: ignore[no-untyped-def]
    tab.goto("/account/request/who?lang=en")
    tab.locator("input[value=parent_carer]").check()
    tab.locator("main form button[type=submit]").click()
    return tab.url


def submit(tab) -> None:  # type: ignore[no-untyped-def]
    tab.locator("main form button[type=submit]").last.click()


def send_a_request(tab) -> str:  # type: ignore[no-untyped-def]
    """Every task done in the browser, then sent; the request's reference."""
    task_list = start_request(tab)
    for section, pages in ANSWERS.items():
        for slug, data in pages.items():
            tab.goto(f"{task_list}{section}/{slug}")
            fill_page(tab, data)
            submit(tab)
    tab.goto(f"{task_list}consent")
    tab.locator("input[name=assessment][value=yes]").check()
    tab.locator("input[name=sharing][value=none]").check()
    tab.locator("input[name=declaration]").check()
    submit(tab)
    # As a "Change" link's page returns to it, at the answer changed: a tester's request
    # was then confirmed at /submitted#child-date_of_birth, pointing at nothing.
    tab.goto(f"{task_list}check#child-date_of_birth")
    tab.get_by_role("button", name="Accept and send").click()
    assert tab.url.endswith("/submitted"), tab.url
    return tab.locator(".govuk-panel strong").inner_text().strip()


def focused_id(tab) -> str:  # type: ignore[no-untyped-def]
    return tab.evaluate("document.activeElement && document.activeElement.id")


def test_a_date_error_link_moves_focus_to_the_box_to_fix(people) -> None:  # type: ignore[no-untyped-def]
    family = people["family"]
    task_list = start_request(family)
    family.goto(f"{task_list}child/date-of-birth")
    submit(family)
    family.locator(".govuk-error-summary a").first.click()
    assert focused_id(family) == "date_of_birth-day"

    family.locator("#date_of_birth-day").fill("12")
    family.locator("#date_of_birth-year").fill("2015")
    submit(family)
    family.locator(".govuk-error-summary a").first.click()
    assert focused_id(family) == "date_of_birth-month", "the month is the part left out"
    assert family.locator("#date_of_birth-day").input_value() == "12"

    family.locator("#date_of_birth-month").fill("13")
    submit(family)
    family.locator(".govuk-error-summary a").first.click()
    assert focused_id(family) == "date_of_birth-month", "13 is not a month"


def test_the_decision_date_error_link_moves_focus_to_the_day(people) -> None:  # type: ignore[no-untyped-def]
    staff = people["staff"]
    reference = send_a_request(people["family"])
    staff.goto(f"/caseworker/requests/{reference}/actions/accept?lang=en")
    staff.locator("main form button[type=submit]").click()
    staff.goto(f"/caseworker/requests/{reference}/actions/decide?lang=en")
    staff.locator("main form button[type=submit]").click()
    link = staff.locator(".govuk-error-summary a", has_text="date of the decision")
    link.click()
    assert focused_id(staff) == "decide-decided_on-day"


def test_an_unfinished_request_is_not_offered_for_sending(people) -> None:  # type: ignore[no-untyped-def]
    """Sending is offered once every section is done; before that the check page leads
    back to the task list, where each section left to do is (the server still refuses a
    send with answers missing: tests/integration/test_unfinished_request_not_sent.py)."""
    family = people["family"]
    task_list = start_request(family)
    family.wait_for_load_state()
    family.goto(f"{task_list}check")
    assert family.get_by_role("button", name="Accept and send").count() == 0
    back = family.get_by_role("link", name="Go to your task list").last
    back.click()
    family.wait_for_load_state()
    assert family.url.split("?")[0] == task_list.split("?")[0]
    assert family.locator(".govuk-task-list").count() == 1


def test_feedback_contact_details_appear_under_yes(people) -> None:  # type: ignore[no-untyped-def]
    tab = people["public"]
    tab.goto("/feedback/?lang=en")
    name = tab.locator("#contact_name")
    assert name.count() == 1
    assert not name.is_visible(), "contact details only under 'Yes'"
    tab.locator("input[name=contact][value=yes]").check()
    assert name.is_visible()
    assert tab.locator("label[for=contact_name]").inner_text().strip() == "Your name"
    tab.locator("input[name=contact][value=no]").check()
    assert not name.is_visible()

    tab.locator("input[name=service][value=website]").check()
    tab.locator("input[name=satisfaction][value='3']").check()
    tab.locator("#could_be_better").fill("x" * 1201)
    tab.locator("input[name=contact][value=yes]").check()
    submit(tab)
    summary = tab.locator(".govuk-error-summary").inner_text()
    assert "Your comments on what could be better must be 1,200 characters or fewer" in summary
    assert "Enter your name so we can contact you" in summary
    assert tab.get_by_label("Your name", exact=True).is_visible(), "kept open with its error"
    check_accessible(tab, "feedback with contact errors", "en")


def test_optional_tasks_say_so_once(people) -> None:  # type: ignore[no-untyped-def]
    family = people["family"]
    start_request(family)
    for task in ("Supporting documents", "Views of the child or young person, and your views"):
        row = family.locator(".govuk-task-list__item", has_text=task)
        assert row.inner_text().count("Optional") == 1, row.inner_text()


def test_no_sharing_is_set_apart_with_or(people) -> None:  # type: ignore[no-untyped-def]
    family = people["family"]
    task_list = start_request(family)
    family.goto(f"{task_list}consent")
    divider = family.locator(".govuk-checkboxes__divider")
    assert divider.count() == 1
    assert divider.inner_text().strip() == "or"
    after = divider.locator("xpath=following-sibling::div[1]//input")
    assert after.get_attribute("value") == "none"
    assert after.get_attribute("data-behaviour") == "exclusive"
    check_accessible(family, "consent with its divider", "en")


def test_a_parents_consent_has_no_question_they_were_not_asked(people) -> None:  # type: ignore[no-untyped-def]
    from devtools.reference_case_system import demo as case_system_demo

    family = people["family"]
    family.goto(f"/account/cases/{case_system_demo.FINAL}/consent?lang=en")
    assert family.locator("h1").inner_text() == "Your consent"
    assert "People we must not share information with" not in family.locator("main").inner_text()


PDF = build_pdf()


def upload_on_page(tab, name: str) -> None:  # type: ignore[no-untyped-def]
    tab.locator("input[type=file]").set_input_files(
        {"name": name, "mimeType": "application/pdf", "buffer": PDF}
    )
    tab.get_by_role("button", name="Upload file").click()


def test_removing_a_file_asks_first(people) -> None:  # type: ignore[no-untyped-def]
    family = people["family"]
    task_list = start_request(family)
    family.goto(f"{task_list}documents")
    upload_on_page(family, "school-report.pdf")
    documents = family.url
    family.get_by_role("button", name="Remove school-report.pdf").or_(
        family.get_by_role("link", name="Remove school-report.pdf")
    ).click()
    assert family.locator("h1").inner_text() == (
        "Are you sure you want to remove school-report.pdf?"
    ), "one click does not remove a file"
    check_accessible(family, "remove a file", "en")
    family.get_by_role("link", name="No, keep it").click()
    assert family.url == documents
    assert "school-report.pdf" in family.locator("main").inner_text()

    family.get_by_role("link", name="Remove school-report.pdf").click()
    family.get_by_role("button", name="Yes, remove it").click()
    assert family.url == documents
    assert "school-report.pdf" not in family.locator("main").inner_text()


def too_wide(tab) -> list[str]:  # type: ignore[no-untyped-def]
    """What sticks out past a 320 px screen, or is cut off inside its box."""
    return tab.evaluate(
        """() => {
            const found = []
            if (document.documentElement.scrollWidth > window.innerWidth) {
                found.push(`page ${document.documentElement.scrollWidth}px wide`)
            }
            for (const el of document.querySelectorAll('main caption, main th, main td')) {
                const shown = el.getBoundingClientRect().width > 1  // not visually hidden
                if (shown && el.scrollWidth > el.clientWidth + 1) {
                    found.push(`${el.tagName} clipped: ${el.textContent.slice(0, 40)}`)
                }
            }
            return found
        }"""
    )


# English, a language of long words, and both right-to-left languages, where anything
# sticking out on the left is scrollable space.
REFLOW_LANGUAGES = ("en", "pl", "fa", "ar")


def test_public_and_family_pages_reflow_at_320_pixels(people, live_app) -> None:  # type: ignore[no-untyped-def]
    groups = page_paths(live_app)
    problems = {}
    family = people["family"]
    family.goto(f"{start_request(family)}documents")
    with family.expect_navigation():
        upload_on_page(family, "real.pdf")  # listed on "Your data"
    for who in ("public", "family"):
        tab = people[who]
        tab.set_viewport_size({"width": 320, "height": 640})
        for path in groups[who]:
            for language in REFLOW_LANGUAGES:
                tab.goto(f"{path}?lang={language}")
                if found := too_wide(tab):
                    problems[f"{path}?lang={language}"] = found
        if who == "family":
            tab.goto("/account/?lang=en")
            from devtools.reference_case_system import demo as case_system_demo

            task_list = start_request(tab)
            case = f"/account/cases/{case_system_demo.FINAL}"
            for path in (
                task_list,
                f"{task_list}child/date-of-birth",
                f"{task_list}needs/areas",
                f"{task_list}documents",
                f"{task_list}consent",
                f"{task_list}check",
                case,
                f"{case}/consent",
            ):
                tab.goto(path)
                if found := too_wide(tab):
                    problems[path] = found
        if who == "public":
            tab.goto("/what-we-collect?lang=ar")
            assert too_wide(tab) == []
            assert tab.locator(".portal-stack-label").first.is_visible()
            check_accessible(tab, "what we collect on a small phone", "ar")
        tab.set_viewport_size({"width": 1280, "height": 800})
    assert problems == {}


def test_a_family_replies_with_a_document_and_is_told_what_was_sent(people, live_app) -> None:  # type: ignore[no-untyped-def]
    from sqlalchemy import select

    from portal.models import OutboxMessage
    from portal.platform import db

    family, staff = people["family"], people["staff"]
    reference = send_a_request(family)
    staff.goto(f"/caseworker/requests/{reference}/actions/more_information?lang=en")
    staff.locator("#info-message").fill("Please send the latest school report.")
    staff.locator("main form button[type=submit]").click()

    family.goto(f"/account/requests/{reference}/messages?lang=en")
    check_accessible(family, "reply with documents", "en")
    family.get_by_label("Your reply").fill("Here is the report.")
    family.locator("input[type=file]").set_input_files(
        [{"name": "school-report.pdf", "mimeType": "application/pdf", "buffer": PDF}]
    )
    family.get_by_role("button", name="Send your reply").click()
    panel = family.locator(".govuk-panel")
    assert panel.inner_text().startswith("Reply sent")
    main = family.locator("main").inner_text()
    assert "Here is the report." in main
    assert "school-report.pdf" in main
    check_accessible(family, "reply sent", "en")
    family.goto(f"/account/your-data/documents?case={reference}&lang=en")
    listed = family.locator("main li", has_text="school-report.pdf").inner_text()
    assert f"Sent with your reply to our message about request {reference}" in listed, listed

    staff.goto(f"/caseworker/requests/{reference}/documents?lang=en")
    with staff.expect_download() as download:
        staff.get_by_role("link", name="school-report.pdf").click()
    assert download.value.suggested_filename == "school-report.pdf"

    with live_app.app_context():
        sent = [
            m
            for m in db.session().scalars(select(OutboxMessage))
            if m.payload.get("case_reference") == reference
        ]
        reply = next(
            m for m in sent if m.payload.get("decision", {}).get("decision") == "family_replied"
        )
        assert [d["filename"] for d in reply.payload["decision"]["documents"]] == [
            "school-report.pdf"
        ]
        uploads = [m for m in sent if m.kind == "document.upload"]
        assert [m.after_key for m in uploads] == [reply.idempotency_key]
