"""Views written with a request, as a family meets them in a browser: started before the
request is sent, finished after, and still reaching the caseworker and the case system."""

from __future__ import annotations

import re
from typing import Any

import pytest
from flask import Flask
from sqlalchemy import select

from devtools.reference_case_system.models import Entry
from portal.case_api import outbox
from tests.support.requests import ANSWERS, CONSENT
from tests.support.tabs import check_accessible, new_tab, send, sign_in_in_browser

pytestmark = pytest.mark.browser

VIEWS_TASK = "Views of the child or young person, and your views"
PARENT_VIEWS = "I am a parent or carer giving my views about my child"


def answer_page(tab, data: dict[str, Any]) -> None:  # type: ignore[no-untyped-def]
    """Fill one question page as a person would, then save and continue."""
    for name, value in data.items():
        values = value if isinstance(value, list) else [value]
        fields = tab.locator(f"[name='{name}']")
        kind = fields.first.get_attribute("type")
        if kind in ("radio", "checkbox"):
            for chosen in values:
                tab.locator(f"[name='{name}'][value='{chosen}']").check()
        else:
            for position, typed in enumerate(values):
                fields.nth(position).fill(typed)
    send(tab, tab.get_by_role("button", name="Save and continue"))
    assert tab.locator(".govuk-error-summary").count() == 0, tab.url


def write_request(tab, child: dict[str, Any]) -> str:  # type: ignore[no-untyped-def]
    """Every task of a parent's request, through the pages; returns the draft's address."""
    tab.goto("/account/")
    tab.get_by_role(
        "link", name=re.compile("^(Ask for an EHC needs assessment|Start now)$")
    ).click()
    tab.locator("[name=role][value=parent_carer]").check()
    tab.get_by_role("button", name="Continue").click()
    task_list = tab.url.removeprefix(tab.context_base_url)
    answers = {**ANSWERS, "child": {**ANSWERS["child"], "name": child}}
    for section, pages in answers.items():
        for slug, data in pages.items():
            tab.goto(f"{task_list}{section}/{slug}")
            answer_page(tab, data)
    tab.goto(task_list)
    tab.get_by_role("link", name="Your consent").click()
    tab.locator("[name=assessment][value=yes]").check()
    for partner in CONSENT["sharing"]:
        tab.locator(f"[name=sharing][value={partner}]").check()
    tab.locator("[name=declaration]").check()
    tab.get_by_role("button", name="Save and continue").click()
    assert tab.url.endswith(task_list), "back at the task list with consent given"
    return task_list


def drain(app: Flask) -> None:
    while outbox.run_once(app):
        pass


def contributions_in_case_system(app: Flask, reference: str) -> list[dict[str, Any]]:
    case_system = app.extensions["case_system"]
    with case_system.extensions["case_system"]["sessions"]() as session:
        return [
            entry.body
            for entry in session.scalars(
                select(Entry).where(Entry.case_reference == reference, Entry.kind == "contribution")
            )
        ]


def test_views_finished_after_the_request_was_sent_reach_its_case(  # type: ignore[no-untyped-def]
    browser, base_url: str, live_app: Flask
) -> None:
    family = new_tab(browser, base_url)
    staff = new_tab(browser, base_url)
    try:
        sign_in_in_browser(family, "/account/", "parent@example.org")
        child = {"first_name": "Ifeoma", "last_name": "Late-Views", "preferred_name": ""}
        task_list = write_request(family, child)

        family.goto(task_list)
        with family.expect_navigation():
            family.get_by_role("link", name=VIEWS_TASK).click()
        start_page = family.locator("main").inner_text()
        assert "Which case are these views for?" not in start_page, "they go with this request"
        assert family.locator("[name=destination]").count() == 0, start_page
        assert family.locator(".govuk-back-link").get_attribute("href") == task_list
        family.get_by_label(PARENT_VIEWS).check()
        family.get_by_role("button", name="Start").click()
        first_question = family.url
        assert family.locator(".govuk-back-link").get_attribute("href") == task_list
        family.get_by_role("textbox").fill("She loves the number 7 bus and its driver.")
        family.get_by_role("button", name="Save and continue").click()

        family.goto(task_list)
        family.get_by_role("link", name="Check your answers").click()
        views = family.locator("dt", has_text="Your views as a parent or carer").locator("..")
        assert "Not finished" in views.inner_text(), "check your answers lists the views"
        check_accessible(family, "check your answers with views not finished", "en")
        family.get_by_role("button", name="Accept and send").click()
        reference = family.locator(".govuk-panel strong").inner_text().strip()
        assert re.fullmatch(r"[A-Z]+-\d{4}-\d{6}", reference)
        assert "you have not finished, so they were not sent" in family.locator("main").inner_text()
        check_accessible(family, "request sent with views not finished", "en")

        family.goto(first_question)
        while "/check" not in family.url:
            if "/files" in family.url:
                family.get_by_role("link", name="Continue").click()
            else:
                family.get_by_role("button", name="Save and continue").click()
        check_page = family.locator("main").inner_text()
        assert "will be sent with your request" not in check_page, "the request has gone"
        family.get_by_role("button", name="Send your views").click()

        confirmation = family.locator("main").inner_text()
        assert "Views sent" in confirmation
        assert reference in confirmation
        assert "will be sent with your request" not in confirmation
        check_accessible(family, "views sent after their request", "en")

        drain(live_app)
        drain(live_app)
        sent = contributions_in_case_system(live_app, reference)
        assert len(sent) == 1, "the views reach the case system exactly once"
        assert sent[0]["answers"]["likes"] == "She loves the number 7 bus and its driver."

        sign_in_in_browser(staff, "/caseworker/", "caseworker@council.example")
        staff.goto(f"/caseworker/cases/{reference}/contributions")
        assert "She loves the number 7 bus and its driver." in staff.locator("main").inner_text()
    finally:
        family.context.close()
        staff.context.close()
