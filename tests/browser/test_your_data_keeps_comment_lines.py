"""A tester wrote a comment on a section of the draft plan over several lines (a line,
then two "- " points); "Your data" ran it into one line, where the check page, the sent
page and the caseworker's page all kept the lines."""

from __future__ import annotations

import pytest

from tests.conftest import sign_in
from tests.support.draft_plans import HUB
from tests.support.pages import post
from tests.support.tabs import new_tab, sign_in_in_browser

pytestmark = pytest.mark.browser

COMMENT = "Section A does not say what Leo wants:\n- a quiet place\n- to use his laptop"


def test_a_comment_keeps_its_lines_in_your_data(browser, own_portal) -> None:  # type: ignore[no-untyped-def]
    app, base_url = own_portal
    family = app.test_client()
    sign_in(family, person="second.parent@example.org")
    assert post(family, f"{HUB}/sections/A", {"comment": COMMENT}).status_code == 302
    tab = new_tab(browser, base_url)
    try:
        sign_in_in_browser(tab, "/account/", "second.parent@example.org")
        tab.goto("/account/your-data?lang=ro")
        shown = tab.locator("main dd", has_text="a quiet place")
        assert shown.count() == 1
        assert shown.inner_text().strip().splitlines() == COMMENT.splitlines()
    finally:
        tab.context.close()
