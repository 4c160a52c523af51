"""A parent giving views, as a tester met it in Chromium: "I am a young person giving my
own views" was offered on a parent's account (whose views would then be filed as a young
person's own), and the check page named a file only by its filename, without the "What
is it?" description the parent typed."""

from __future__ import annotations

import pytest
from flask import Flask

from tests.conftest import sign_in
from tests.support.files import image
from tests.support.requests import submitted
from tests.support.tabs import new_tab, press, sign_in_in_browser

pytestmark = pytest.mark.browser

# A parent of this test's own: other browser tests begin young people's own requests on
# the demonstration parents' accounts, which rightly makes those accounts young people's too.
PARENT = "views.parent@example.org"


def test_a_parent_is_not_offered_a_young_persons_views_and_reads_back_a_files_description(  # type: ignore[no-untyped-def]
    browser, base_url: str, live_app: Flask
) -> None:
    family = live_app.test_client()
    sign_in(family, person=PARENT)
    submitted(family)
    tab = new_tab(browser, base_url)
    try:
        sign_in_in_browser(tab, "/account/?lang=en", PARENT)
        tab.goto("/account/contributions/new")
        authors = tab.locator("input[name=author]")
        offered = [authors.nth(i).get_attribute("value") for i in range(authors.count())]
        assert offered == ["child", "parent_carer"], offered
        assert "I am a young person giving my own views" not in tab.locator("main").inner_text()

        tab.locator("input[name=author][value=parent_carer]").check()
        tab.locator("input[name=destination]").first.check()
        press(tab, "Start")
        files = tab.url.split("/about/")[0] + "/files"
        tab.goto(files)
        tab.locator("input[type=file]").set_input_files(
            {"name": "good.png", "mimeType": "image/png", "buffer": image("PNG")}
        )
        tab.locator("[name=description]").fill("Her speech therapist's report")
        press(tab, "Upload file")
        tab.goto(tab.url.split("/files")[0] + "/check")
        files_row = tab.locator(".govuk-summary-list__row", has_text="Files").inner_text()
        assert "good.png" in files_row and "Her speech therapist's report" in files_row, files_row
    finally:
        tab.context.close()
