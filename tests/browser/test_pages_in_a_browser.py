"""Every page in a real browser: accessible (axe-core, WCAG 2.2 A and AA), scripts
running under the CSP, and laid out the right way round in English and in Arabic."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest

from devtools.reference_case_system import demo as case_system_demo
from portal.app import create_app
from tests.conftest import make_settings
from tests.support.requests import ANSWERS
from tests.support.routes import page_paths
from tests.support.tabs import (
    check_accessible,
    fill_page,
    press,
    send,
    sign_in_in_browser,
    tab_to,
)

pytestmark = pytest.mark.browser


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "who_and_path" in metafunc.fixturenames:
        # Kept, not a TemporaryDirectory: the first app of the run starts the embedded
        # case system, whose database lives in this folder for the rest of the run.
        folder = tempfile.mkdtemp(prefix="portal-routes-")
        app = create_app(make_settings(Path(folder), f"sqlite:///{folder}/x.db"))
        groups = page_paths(app)
        pairs = [(who, path) for who, paths in groups.items() for path in paths]
        metafunc.parametrize("who_and_path", pairs, ids=[f"{who}:{path}" for who, path in pairs])


@pytest.mark.parametrize("language", ["en", "ar"])
def test_page_is_accessible(people, who_and_path, language: str) -> None:  # type: ignore[no-untyped-def]
    who, path = who_and_path
    page = people[who]
    response = page.goto(f"{path}?lang={language}")
    assert response is not None
    assert page.url.startswith(page.context_base_url), f"{path} left the portal: {page.url}"
    check_accessible(page, f"{path} as {who}", language)


def test_pages_after_a_failed_form_and_with_a_case_are_accessible(people) -> None:  # type: ignore[no-untyped-def]
    family, staff = people["family"], people["staff"]
    staff.goto("/caseworker/link-codes/new?lang=en")
    press(staff, "Continue")
    check_accessible(staff, "the link code form with errors", "en")
    staff.get_by_label("Case reference").fill("ZZZ-9999-000001")
    staff.get_by_label("Full name of the person the code is for").fill("Jo Parent")
    staff.get_by_label("Parent or carer with parental responsibility").check()
    press(staff, "Continue")
    assert staff.title().startswith("Error:"), "no code for a case the case system lacks"
    check_accessible(staff, "the link code form for an unknown case", "en")
    staff.get_by_label("Case reference").fill(case_system_demo.DRAFT)
    press(staff, "Continue")
    assert "Jordan Hale" in staff.locator("main").inner_text()
    check_accessible(staff, "whose case it is", "en")
    # Jordan is 18: his parent sees his case only as he agreed (or cannot decide).
    staff.locator("input[name=young_persons_agreement]").check()
    press(staff, "Create link code")
    check_accessible(staff, "the new link code", "en")
    code = staff.locator(".portal-link-code").inner_text()

    for language in ("en", "ar"):
        family.goto(f"/account/link?lang={language}")
        family.locator("#code").fill("nonsense")
        send(family, family.locator("main form button[type=submit]").last)
        check_accessible(family, "the link code page with errors", language)
    family.goto("/account/link?lang=en")
    family.locator("#code").fill(code)
    for day in ("4", "3"):
        family.get_by_label("Day").fill(day)
        family.get_by_label("Month").fill("2")
        family.get_by_label("Year").fill("2008")
        press(family, "Continue")
        if day == "4":
            assert family.title().startswith("Error:"), "a code alone is not enough"
            assert family.locator("#code").input_value() == code
            check_accessible(family, "the link code page with a wrong date of birth", "en")
    assert family.url.endswith(f"/account/cases/{case_system_demo.DRAFT}")
    for language in ("en", "ar"):
        family.goto(f"/account/cases/{case_system_demo.DRAFT}?lang={language}")
        check_accessible(family, "a case page", language)
        family.goto(f"/account/cases/{case_system_demo.FINAL}?lang={language}")
        plan_sections = family.locator("main h3:not(.portal-disagree *)")
        assert plan_sections.count() == 12, "the plan's sections A to K"
        check_accessible(family, "a case with its plan", language)
    certificate = (
        f"/account/cases/{case_system_demo.FINAL}/disagree/final_plan/mediation-certificate"
    )
    for language in ("en", "ar"):
        family.goto(f"{certificate}?lang={language}")
        check_accessible(family, "the mediation certificate page", language)
        send(family, family.locator("main form button[type=submit]").last)
        assert family.locator(".govuk-error-summary").count() == 1, "a date is needed"
        check_accessible(family, "the mediation certificate page with errors", language)


def test_arabic_is_laid_out_right_to_left(page) -> None:  # type: ignore[no-untyped-def]
    page.set_viewport_size({"width": 1200, "height": 900})
    page.goto("/privacy?lang=en")
    container = page.locator("main").bounding_box()
    heading = page.locator("h1").bounding_box()
    assert abs(heading["x"] - container["x"]) < 20

    page.goto("/privacy?lang=ar")
    assert page.locator("html").get_attribute("dir") == "rtl"
    container = page.locator("main").bounding_box()
    heading = page.locator("h1").bounding_box()
    right_gap = (container["x"] + container["width"]) - (heading["x"] + heading["width"])
    assert right_gap < 20, "the heading should sit against the right-hand edge"
    bullet_list = page.locator("main ul.govuk-list--bullet").first
    padding = bullet_list.evaluate(
        "el => [getComputedStyle(el).paddingRight, getComputedStyle(el).paddingLeft]"
    )
    assert padding == ["20px", "0px"]


def test_the_switcher_changes_language_and_stays_on_the_page(page) -> None:  # type: ignore[no-untyped-def]
    page.goto("/cookies")
    page.get_by_role("navigation", name="Choose a language").get_by_role(
        "link", name="Polski"
    ).click()
    page.wait_for_load_state()
    assert page.url.endswith("/cookies")
    assert page.locator("html").get_attribute("lang") == "pl"
    page.goto("/privacy")
    assert page.locator("html").get_attribute("lang") == "pl", "the choice is remembered"


@pytest.mark.parametrize("language", ["en", "ar"])
def test_the_whole_request_journey_is_accessible(people, language: str) -> None:  # type: ignore[no-untyped-def]
    family = people["family"]
    family.goto(f"/account/request/who?lang={language}")
    check_accessible(family, "who is asking", language)
    family.locator("input[value=parent_carer]").check()
    send(family)
    task_list = family.url
    check_accessible(family, "the task list", language)
    for section, pages in ANSWERS.items():
        for slug, data in pages.items():
            family.goto(f"{task_list}{section}/{slug}")
            check_accessible(family, f"{section}/{slug}", language)
            send(family)
            if family.locator(".govuk-error-summary").count():
                assert family.locator(".govuk-error-summary").evaluate(
                    "el => document.activeElement === el"
                ), "GOV.UK Frontend moves focus to the error summary"
                check_accessible(family, f"{section}/{slug} with errors", language)
                fill_page(family, data)
                send(family)
            assert not family.locator(".govuk-error-summary").count(), f"{section}/{slug}"
    family.goto(f"{task_list}consent")
    check_accessible(family, "consent", language)
    send(family)
    check_accessible(family, "consent with errors", language)
    family.locator("input[name=assessment][value=yes]").check()
    family.locator("input[name=sharing][value=vcds]").check()
    family.locator("input[name=sharing][value=none]").check()
    assert not family.locator("input[name=sharing][value=vcds]").is_checked(), (
        "GOV.UK Frontend unticks the others when 'none' is chosen"
    )
    family.locator("input[name=sharing][value=family_services]").check()
    family.locator("input[name=declaration]").check()
    send(family)
    assert not family.locator(".govuk-error-summary").count()
    family.goto(f"{task_list}check")
    check_accessible(family, "check your answers", language)
    send(family, family.get_by_role("button").last)
    assert family.url.endswith("/submitted")
    check_accessible(family, "the confirmation", language)
    reference = family.locator(".govuk-panel strong").inner_text().strip()

    consent = f"/account/cases/{reference}/consent"
    family.goto(f"{consent}?lang={language}")
    check_accessible(family, "consent now", language)
    family.goto(f"{consent}/change")
    check_accessible(family, "change consent", language)
    family.locator("input[name=sharing][value=vcds]").check()
    family.locator("input[name=declaration]").check()
    send(family)
    assert family.url.endswith("/consent/confirm")
    check_accessible(family, "confirm consent changes", language)
    send(family)
    assert family.locator(".govuk-notification-banner--success").is_visible()
    check_accessible(family, "consent updated", language)
    family.goto(f"{consent}/withdraw/share:vcds")
    check_accessible(family, "withdraw consent", language)

    family.goto(f"/account/contributions/new?case={reference}")
    family.locator("input[name=author][value=parent_carer]").check()
    send(family)
    family.locator("textarea").fill("Kind and funny. يحب القطارات")
    for _question in range(5):
        send(family)
    family.locator("main a.govuk-button").click()
    send(family)
    assert family.url.endswith("/sent")
    check_accessible(family, "views sent", language)

    staff = people["staff"]
    staff.goto(f"/caseworker/queue?lang={language}&q={reference}")
    check_accessible(staff, "the queue", language)
    staff.goto(f"/caseworker/requests/{reference}")
    check_accessible(staff, "the request view", language)
    staff.goto(f"/caseworker/requests/{reference}/actions/more_information")
    staff.locator("#info-message").fill("Please send the latest school report.")
    # Asked which language the message is in, when the family reads another than English.
    english = staff.locator("input[name=info-written_in][value=en]")
    if english.count():
        english.check()
    send(staff)
    staff.goto(f"/caseworker/requests/{reference}/actions/accept")
    send(staff)
    staff.goto(f"/caseworker/requests/{reference}/actions/decide")
    send(staff)
    assert staff.locator(".govuk-error-summary").count()
    check_accessible(staff, "the decision page with errors", language)
    family.goto(f"/account/requests/{reference}/messages")
    check_accessible(family, "messages from the council", language)
    staff.goto(f"/caseworker/cases/{reference}/contributions?lang={language}")
    check_accessible(staff, "views for caseworkers", language)
    staff.goto(f"/caseworker/cases/{reference}/consent?lang={language}")
    check_accessible(staff, "consent for caseworkers", language)
    staff.locator("tbody a").first.click()
    check_accessible(staff, "consent wording", language)


def test_the_warning_page_still_ends_a_timed_out_session(page, live_app) -> None:  # type: ignore[no-untyped-def]
    """/session/expiring, the warning page kept for browsers that run no script (the
    dialog in test_session_timeout.py replaced it for the others)."""
    import datetime as dt

    from sqlalchemy import select, update

    from portal.models import Account, WebSession
    from portal.platform import db

    sign_in_in_browser(page, "/account/", "second.parent@example.org")
    page.goto("/session/ended?next=%2Faccount%2Flink")
    assert page.locator("h1").inner_text() == "Enter your link code", (
        "a session that has not reached its time-out is not ended"
    )

    with live_app.app_context():
        person = (
            db.session()
            .scalars(select(Account.id).where(Account.subject == "second.parent@example.org"))
            .one()
        )
        db.session().execute(
            update(WebSession)
            .where(WebSession.account_id == person)
            .values(last_seen_at=dt.datetime.now(dt.UTC) - dt.timedelta(minutes=29, seconds=52))
        )
        db.session().commit()
    page.goto("/session/expiring?next=%2Faccount%2Flink")
    assert page.locator("h1").inner_text() == "You will be signed out soon"
    assert page.get_by_role("button", name="Stay signed in").is_visible()
    page.wait_for_url("**/session/ended?next=%2Faccount%2Flink", timeout=15000)
    assert page.locator("h1").inner_text() == "For your security, we signed you out"
    page.goto("/account/link")
    assert "/oauth2/authorize" in page.url, "the session really ended"


def test_what_was_typed_is_kept_when_the_language_is_changed(people) -> None:  # type: ignore[no-untyped-def]
    """A parent typed a long answer, then chose Polski to read the question again: the
    page came back in Polish with the answer gone."""
    tab = people["family"]
    try:
        tab.goto("/account/request/who?lang=en")
        tab.locator("input[value=parent_carer]").check()
        send(tab)
        draft = tab.url.rstrip("/").rsplit("/", 1)[-1]
        tab.goto(f"/account/request/{draft}/needs/description")
        typed = "Loud rooms are very hard for him."
        tab.locator("textarea").fill(typed)
        with tab.expect_navigation():
            tab.locator("a[hreflang=pl]").click()
        tab.wait_for_load_state()
        assert tab.locator("html").get_attribute("lang") == "pl"
        assert tab.locator("textarea").input_value() == typed
        notice = tab.locator("[data-draft-restored=language]")
        assert notice.is_visible(), "the person is told it is not saved yet"
        check_accessible(tab, "a question with what was typed kept", "pl")
    finally:
        tab.goto("/account/?lang=en")


@pytest.mark.parametrize("language", ["bg", "ar"])
def test_the_task_list_fits_a_small_phone_with_long_words(people, language: str) -> None:  # type: ignore[no-untyped-def]
    """In Bulgarian the grey "Незадължително" (Optional) tag ran past the edge at 320 px."""
    tab = people["family"]
    tab.set_viewport_size({"width": 320, "height": 640})
    try:
        tab.goto(f"/account/request/who?lang={language}")
        tab.locator("input[value=young_person]").check()
        send(tab)
        assert tab.locator(".govuk-task-list").is_visible()
        assert tab.evaluate("document.documentElement.scrollWidth <= window.innerWidth"), (
            "nothing scrolls sideways on a small phone"
        )
    finally:
        tab.set_viewport_size({"width": 1024, "height": 768})
        tab.goto("/account/?lang=en")


@pytest.mark.parametrize("language", ["en", "ar"])
def test_a_young_person_gives_views_with_a_keyboard_on_a_small_phone(people, language: str) -> None:  # type: ignore[no-untyped-def]
    tab = people["family"]
    tab.set_viewport_size({"width": 320, "height": 640})
    tab.goto(f"/account/request/who?lang={language}")
    tab.locator("input[value=young_person]").check()
    send(tab)
    draft = tab.url.rstrip("/").rsplit("/", 1)[-1]
    # their own views, with their own request: not asked who gives them or where they go
    tab_to(tab, f"main a[href='/account/contributions/new?draft={draft}']")
    with tab.expect_navigation():
        tab.keyboard.press("Enter")
    check_accessible(tab, "views start", language)
    tab_to(tab, "main form button[type=submit]")
    with tab.expect_navigation():
        tab.keyboard.press("Enter")
    for number in range(5):
        check_accessible(tab, f"views question {number + 1}", language)
        assert tab.evaluate("document.documentElement.scrollWidth <= window.innerWidth"), (
            "nothing scrolls sideways on a small phone"
        )
        tab_to(tab, "textarea")
        tab.keyboard.type("I like drawing trains.")
        assert tab.locator(".govuk-character-count__status").inner_text().strip()
        tab_to(tab, "main form button[type=submit]")
        with tab.expect_navigation():
            tab.keyboard.press("Enter")
    assert tab.url.endswith("/files")
    check_accessible(tab, "views files", language)
    tab.locator("main a.govuk-button").click()
    check_accessible(tab, "check views", language)
    tab_to(tab, "main form button[type=submit]")
    with tab.expect_navigation():
        tab.keyboard.press("Enter")
    assert tab.url.endswith("/sent")
    check_accessible(tab, "views saved", language)
    tab.set_viewport_size({"width": 1280, "height": 800})


@pytest.mark.parametrize("language", ["en", "ar"])
def test_the_feedback_form_with_errors(people, language: str) -> None:  # type: ignore[no-untyped-def]
    tab = people["public"]
    tab.goto(f"/feedback/?lang={language}")
    tab.locator("input[name=contact][value=yes]").check()
    send(tab)
    assert tab.locator(".govuk-error-summary").count()
    check_accessible(tab, "feedback with errors", language)


def test_script_typed_into_an_answer_is_shown_never_run(people) -> None:  # type: ignore[no-untyped-def]
    tab = people["family"]
    dialogs: list[str] = []
    for watched in (tab, people["manager"]):
        watched.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    payload = '"><script>alert(1)</script><img src=x onerror=alert(2)>'
    tab.goto("/account/request/who?lang=en")
    tab.locator("input[value=parent_carer]").check()
    send(tab)
    task_list = tab.url
    tab.goto(f"{task_list}needs/description")
    tab.locator("textarea").fill(payload)
    send(tab)
    tab.goto(f"{task_list}check")
    assert payload in tab.locator("main").inner_text()
    tab.goto("/feedback/")
    tab.locator("input[name=service][value=website]").check()
    tab.locator("input[name=satisfaction][value='3']").check()
    tab.locator("#could_be_better").fill(payload)
    send(tab)
    people["manager"].goto("/feedback/reports")
    assert payload in people["manager"].locator("main").inner_text()
    assert dialogs == [], "nothing someone typed ever runs"


def test_the_data_rights_pages_are_accessible(people) -> None:  # type: ignore[no-untyped-def]
    family, staff = people["family"], people["staff"]
    for language in ("en", "ar"):
        family.goto(f"/account/your-data/rights/views.hopes?lang={language}")
        check_accessible(family, "a data-rights request", language)
        send(family, family.locator("main form button[type=submit]").last)
        assert family.locator(".govuk-error-summary").count() == 1
        check_accessible(family, "a data-rights request with errors", language)
        family.locator("input[name=right][value=objection]").check()
        family.locator("input[name=about]").last.check()  # all their children
        family.locator("textarea[name=details]").fill("Not for statistics, please")
        family.locator("main form button[type=submit]").last.click()
        family.wait_for_url("**/account/your-data/requests/*")
        check_accessible(family, "a data-rights request sent", language)
        family.goto(f"/account/your-data?lang={language}")
        check_accessible(family, "your data with a data-rights request", language)
    staff.goto("/caseworker/data-rights?lang=en")
    check_accessible(staff, "the data-rights queue with requests", "en")
    staff.locator("main table a").first.click()
    staff.wait_for_load_state()
    check_accessible(staff, "a data-rights request for staff", "en")
    press(staff, "Extend by two months")
    assert staff.title().startswith("Error:"), "a reason is needed"
    check_accessible(staff, "a data-rights request for staff with errors", "en")


@pytest.mark.parametrize("language", ["en", "ar", "bg", "fa", "pl", "ro", "tr"])
def test_feedback_contact_details_open_under_yes_in_every_language(people, language: str) -> None:  # type: ignore[no-untyped-def]
    """GOV.UK Frontend's conditional reveal, opened and closed: GOV.UK Frontend marks the
    radio aria-expanded, which ARIA does not allow on a radio (axe's aria-allowed-attr,
    met by a tester on the caseworker's decision page); the portal takes it off."""
    tab = people["public"]
    tab.goto(f"/feedback/?lang={language}")
    details = tab.locator("#conditional-contact")
    assert not details.is_visible()
    check_accessible(tab, "feedback, contact details closed", language)
    tab.locator("input[name=contact][value=yes]").check()
    assert details.is_visible()
    assert tab.locator("#contact_name").is_visible()
    check_accessible(tab, "feedback, contact details open", language)
