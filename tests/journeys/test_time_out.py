"""The time-out, with short times set for the test: a parent writing a long answer is
warned on the same page and stays signed in without losing a word; left alone, they are
signed out, and what they typed is there when they come back (WCAG 2.2.1)."""

from __future__ import annotations

import re
import time

import pytest
from playwright.sync_api import expect

from tests.support.answers import PARENT_ANSWERS
from tests.support.journeys import answer_every_question, sign_in, submit

pytestmark = pytest.mark.real_time
TIME_OUT_SECONDS = 16
WARNING_SECONDS = 8
FIRST_PART = "Zoë finds reading very hard and struggles in busy rooms. "
SECOND_PART = "At home she reads with her grandmother every evening. "
THIRD_PART = "She needs a quiet space to calm down after school."


@pytest.fixture(scope="module")
def portal_config():  # type: ignore[no-untyped-def]
    def shorter(data: dict) -> None:  # type: ignore[type-arg]
        data["sessions"]["idle_timeout_seconds"] = TIME_OUT_SECONDS
        data["sessions"]["idle_warning_seconds"] = WARNING_SECONDS

    return shorter


def warning(page):  # type: ignore[no-untyped-def]
    return page.locator("[role=dialog], [role=alertdialog], dialog[open]")


def test_a_parent_writing_a_long_answer_is_warned_and_loses_nothing(open_person) -> None:  # type: ignore[no-untyped-def]
    parent = open_person("a parent writing slowly")
    parent.start("/")
    parent.page.locator("main a[href^='/account']").first.click()
    sign_in(parent, "parent@example.org")
    parent.page.locator("main a[href$='/request/who']").first.click()
    parent.page.locator("input[name=role][value=parent_carer]").check()
    submit(parent)
    task_list = parent.page.url
    answer_every_question(
        parent, {k: PARENT_ANSWERS[k] for k in ("child", "you", "education")}, task_list
    )
    parent.page.locator("main a[href*='/needs/']").first.click()
    parent.page.locator("input[name=areas][value=learning]").check()
    submit(parent)
    page = parent.page
    question = page.url
    box = page.locator("#description")
    box.press_sequentially(FIRST_PART, delay=5)

    # Idle while thinking: the warning opens over the same page.
    expect(warning(page)).to_be_visible(timeout=(WARNING_SECONDS + 10) * 1000)
    assert page.url == question, "the warning does not take the person away from the page"
    expect(box).to_have_value(FIRST_PART)
    warning(page).get_by_role("button", name="Stay signed in").click()
    expect(warning(page)).to_be_hidden()
    assert page.url == question
    expect(box).to_have_value(FIRST_PART)

    # Typing counts as activity: steady typing for longer than the warning's lead time
    # brings no warning.
    started = time.monotonic()
    while time.monotonic() - started < TIME_OUT_SECONDS - WARNING_SECONDS + 2:
        box.press_sequentially(SECOND_PART[:10], delay=100)
        assert not warning(page).is_visible(), "a person typing is not idle"
    box.fill(FIRST_PART + SECOND_PART)
    submit(parent)
    page = parent.page
    assert page.url.rstrip("/") != question, "the answer was saved: the person is signed in"
    expect(page.locator("h1")).not_to_contain_text(re.compile("signed out", re.I))

    # Left alone on the next long answer: signed out, and the words are kept.
    page.goto(question)
    page = parent.page
    saved = (FIRST_PART + SECOND_PART).strip()
    expect(page.locator("#description")).to_have_value(saved)
    page.locator("#description").click()
    page.locator("#description").press("Control+End")
    page.locator("#description").press_sequentially(f" {THIRD_PART}", delay=5)
    expect(warning(page)).to_be_visible(timeout=(WARNING_SECONDS + 10) * 1000)
    page.wait_for_timeout((TIME_OUT_SECONDS - WARNING_SECONDS + 3) * 1000)
    page = parent.page
    expect(page.locator("main")).to_contain_text(re.compile("signed you out|signed out", re.I))

    page.goto("/account/")
    sign_in(parent, "parent@example.org")
    page = parent.page
    if page.url != question:
        page.goto(question)
        page = parent.page
    expect(page.locator("#description"), "what they typed is still there").to_have_value(
        f"{saved} {THIRD_PART}"
    )
