"""What a tester met in Turkish: a young person, Samet, who had started a request for
themselves read on their account "continue the request you started for Samet" (its
Turkish), named as someone else, and the same of the views they had started with it.
Their own request is theirs: "your own request", as the page where views start says."""

from __future__ import annotations

import pytest
from flask import Flask

from tests.conftest import sign_in
from tests.support.contributions import begin
from tests.support.pages import post
from tests.support.requests import fill, start, young_person_answers
from tests.support.tabs import check_accessible, new_tab, sign_in_in_browser

pytestmark = pytest.mark.browser


@pytest.mark.parametrize("language", ["tr", "en"])
def test_a_young_persons_own_unsent_request_is_theirs_on_their_account(  # type: ignore[no-untyped-def]
    browser, base_url: str, live_app: Flask, language: str
) -> None:
    person = f"own.request.named.{language}@example.org"
    family = live_app.test_client()
    sign_in(family, person=person)
    draft = start(family, "young_person")
    answers = young_person_answers()
    answers["child"]["name"] = {"first_name": "Samet", "last_name": "Yıldız"}
    fill(family, draft, {"child": answers["child"]})
    views = begin(family, "young_person", f"draft:{draft}")
    post(family, f"/account/contributions/{views}/about/likes", {"answer": "Basketbol."})
    tab = new_tab(browser, base_url)
    try:
        sign_in_in_browser(tab, f"/account/?lang={language}", person)
        request_link = tab.locator(f"main a[href*='/account/request/{draft}/']")
        assert request_link.count() == 1
        assert "Samet" not in request_link.inner_text(), request_link.inner_text()
        main = tab.locator("main").inner_text()
        assert "Samet" not in main, main
        check_accessible(tab, "a young person's account with their own request unsent", language)
    finally:
        tab.context.close()
