"""A tester, as a parent reading Romanian, began a child's views ("helping a child") and
reached "Who helped the child or young person give their views?": a question for the
adult, asked formally, with "Why we ask for this", "Back" and "Save and continue" in the
child's informal words ("De ce te întrebăm asta") on the same page. That page speaks to
the adult helping, as the question does; the child's own pages stay in the child's."""

from __future__ import annotations

import pytest
from flask import Flask
from flask_babel import force_locale, gettext, pgettext

from devtools.reference_case_system import demo
from tests.support.tabs import new_tab, sign_in_in_browser

pytestmark = pytest.mark.browser

WORDS = ("Why we ask for this", "Save and continue")


def test_the_helper_is_asked_in_their_own_words(browser, live_app: Flask, base_url: str) -> None:  # type: ignore[no-untyped-def]
    with live_app.test_request_context(), force_locale("ro"):
        adults = [gettext(words) for words in WORDS]
        childs = [pgettext("child", words) for words in WORDS]
    assert adults != childs, "Romanian speaks to a child in other words"
    tab = new_tab(browser, base_url)
    try:
        sign_in_in_browser(tab, "/account/contributions/new?lang=ro", "parent@example.org")
        tab.locator("input[name=author][value=child]").check()
        tab.locator(f"input[name=destination][value='case:{demo.FINAL}']").check()
        tab.locator("main form button").click()
        tab.wait_for_url("**/helped-by")
        main = tab.locator("main").inner_text()
        for adult, child in zip(adults, childs, strict=True):
            assert adult in main, (adult, main)
            if child != adult:
                assert child not in main, (child, main)
    finally:
        tab.context.close()
