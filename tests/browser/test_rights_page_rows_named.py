"""A tester on "Correct, restrict or erase your information" found three rows named only
"What is it?" (what a file is, for files sent with views, a response to a draft plan and
an annual review): nothing said which files. Sentences listing the items a reason is
about ended "…write to you in?." and "…share your information with?.": a question mark,
then a full stop."""

from __future__ import annotations

import re

import pytest

from tests.support.tabs import new_tab, sign_in_in_browser

pytestmark = pytest.mark.browser

PAGE = "/account/your-data/rights"
STOP_AFTER_QUESTION = re.compile(r"[?؟]\s*\.")


def _all_shown(tab, language: str) -> str:  # type: ignore[no-untyped-def]
    tab.goto(f"{PAGE}?lang={language}")
    tab.locator("main details summary").click()
    return str(tab.locator("main").inner_text())


def test_each_row_names_what_it_is_about(people) -> None:  # type: ignore[no-untyped-def]
    family = people["family"]
    _all_shown(family, "en")
    names = [name.strip() for name in family.locator("main tbody th").all_inner_texts()]
    vague = [name for name in names if name in ("What is it?", "What is this document?")]
    assert not vague, names
    assert any("sent with views" in name for name in names), names


@pytest.mark.parametrize(
    ("person", "language"),
    [
        ("young.person@example.org", "en"),
        ("young.person@example.org", "ar"),
        ("young.person@example.org", "bg"),
        ("parent@example.org", "en"),
    ],
)
def test_no_full_stop_after_a_question_mark(  # type: ignore[no-untyped-def]
    browser, base_url: str, person: str, language: str
) -> None:
    tab = new_tab(browser, base_url)
    try:
        sign_in_in_browser(tab, f"/account/?lang={language}", person)
        shown = _all_shown(tab, language)
        assert "This is about" in shown or language != "en", shown
        found = [line for line in shown.splitlines() if STOP_AFTER_QUESTION.search(line)]
        assert not found, found
    finally:
        tab.context.close()
