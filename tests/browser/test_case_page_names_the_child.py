"""The case page names the child and the relationship the parent gave.

A tester found the heading only "Case BNT-2026-…" (two cases for children with similar
names told apart only by reference) and "You are: Parent or carer" for a parent who had
answered "Other relative or carer with parental responsibility"."""

from __future__ import annotations

import pytest

from tests.support.answers import PARENT_ANSWERS
from tests.support.tabs import fill_page, new_tab, request_started, send, sign_in_in_browser

OTHER = "Other relative or carer with parental responsibility"


def _answers() -> dict:  # type: ignore[type-arg]
    answers = {section: dict(pages) for section, pages in PARENT_ANSWERS.items()}
    answers["child"]["name"] = {"first_name": "Wren", "last_name": "O'Hara", "preferred_name": ""}
    answers["you"]["name"] = {**answers["you"]["name"], "relationship": "other"}
    return answers


@pytest.mark.browser
def test_the_case_page_names_the_child_and_the_relationship_given(browser, base_url: str) -> None:  # type: ignore[no-untyped-def]
    tab = new_tab(browser, base_url)
    try:
        sign_in_in_browser(tab, "/account/", "parent@example.org")
        task_list = request_started(tab)
        for section, pages in _answers().items():
            for slug, data in pages.items():
                tab.goto(f"{task_list}{section}/{slug}")
                fill_page(tab, data)
                send(tab)
                assert not tab.locator(".govuk-error-summary").count(), f"{section}/{slug}"
        tab.goto(f"{task_list}consent")
        tab.locator("input[name=assessment][value=yes]").check()
        tab.locator("input[name=sharing][value=family_services]").check()
        tab.locator("input[name=declaration]").check()
        send(tab)
        tab.goto(f"{task_list}check")
        send(tab, tab.get_by_role("button", name="Accept and send"))
        reference = tab.locator(".govuk-panel strong").inner_text().strip()

        tab.goto(f"/account/cases/{reference}")
        heading = tab.locator("h1").inner_text()
        assert "Wren O'Hara" in heading and reference in heading, heading
        assert "Wren O'Hara" in tab.title()
        main = tab.locator("main").inner_text()
        assert f"You are: {OTHER}" in main, main[:400]
    finally:
        tab.context.close()
