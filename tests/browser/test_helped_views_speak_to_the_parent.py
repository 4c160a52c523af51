"""What a tester met in Persian: a parent helping their child give views saw the pages
after saving them speak to the parent as "تو", the child's informal word: "back to your
request" and "what did you think of this service?" are the parent's links, about the
parent's request and the parent's opinion. The child's words stay the child's (the panel,
the thank you); the links for the account holder are in the holder's words."""

from __future__ import annotations

import pytest
from babel.support import Translations
from flask import Flask

from portal.platform.settings import PROJECT_ROOT
from tests.conftest import sign_in
from tests.support.contributions import PROMPTS, answer_all, begin
from tests.support.pages import post
from tests.support.requests import start
from tests.support.tabs import check_accessible, new_tab, sign_in_in_browser

pytestmark = pytest.mark.browser

HOLDERS = ("Back to your request", "What did you think of this service?")


@pytest.mark.parametrize("language", ["fa", "ro"])
def test_the_parents_links_after_a_childs_views_are_in_the_parents_words(  # type: ignore[no-untyped-def]
    browser, base_url: str, live_app: Flask, language: str
) -> None:
    person = f"helped.views.{language}@example.org"
    family = live_app.test_client()
    sign_in(family, person=person)
    views = begin(family, "child", f"draft:{start(family)}")
    answer_all(family, views, dict.fromkeys(PROMPTS, "Dinosaurs and the park."))
    post(family, f"/account/contributions/{views}/check", {})
    words = Translations.load(str(PROJECT_ROOT / "translations"), [language])
    tab = new_tab(browser, base_url)
    try:
        sign_in_in_browser(tab, f"/account/contributions/{views}/sent?lang={language}", person)
        links = tab.locator("main a").all_inner_texts()
        for english in HOLDERS:
            parents, childs = words.gettext(english), words.pgettext("child", english)
            assert parents != childs, "the child's words differ from the parent's"
            assert parents in links, (english, links)
            assert childs not in links, (english, links)
        check_accessible(tab, "a child's views saved with their parent's help", language)
    finally:
        tab.context.close()
