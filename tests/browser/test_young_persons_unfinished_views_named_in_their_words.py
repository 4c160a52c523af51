"""What a tester met in Turkish: a young person who sent their own request with their views
not finished read, on the page after sending, "you started views you have not finished"
in their informal words, and under it a link to finish "your views in your own words" in
the formal words a parent reads. The link names their views in
their own words, as their task list does."""

from __future__ import annotations

import pytest
from babel.support import Translations
from flask import Flask

from portal.platform.settings import PROJECT_ROOT
from tests.conftest import sign_in
from tests.support.contributions import begin
from tests.support.pages import post
from tests.support.requests import fill, start, young_person_answers
from tests.support.tabs import check_accessible, new_tab, sign_in_in_browser

pytestmark = pytest.mark.browser

YP = "young person"


@pytest.mark.parametrize("language", ["tr", "fa"])
def test_unfinished_own_views_named_in_the_young_persons_words(  # type: ignore[no-untyped-def]
    browser, base_url: str, live_app: Flask, language: str
) -> None:
    person = f"unfinished.own.views.{language}@example.org"
    family = live_app.test_client()
    sign_in(family, person=person)
    draft = start(family, "young_person")
    fill(family, draft, young_person_answers())
    views = begin(family, "young_person", f"draft:{draft}")
    post(family, f"/account/contributions/{views}/about/likes", {"answer": "Football."})
    sent = post(family, f"/account/request/{draft}/check", {})
    assert sent.headers["Location"].endswith("/submitted")

    words = Translations.load(str(PROJECT_ROOT / "translations"), [language])
    theirs = str(words.pgettext(YP, "Finish them: %(views)s")) % {
        "views": words.pgettext(YP, "Your views in your own words")
    }
    parents = words.gettext("Your views in your own words")
    assert parents != words.pgettext(YP, "Your views in your own words")
    tab = new_tab(browser, base_url)
    try:
        sign_in_in_browser(tab, f"{sent.headers['Location']}?lang={language}", person)
        links = tab.locator("main .govuk-inset-text a[href*='/contributions/']").all_inner_texts()
        assert links == [theirs], links
        check_accessible(tab, "a young person's request sent, their views not finished", language)
    finally:
        tab.context.close()
