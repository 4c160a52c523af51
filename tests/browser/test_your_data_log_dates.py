"""A tester reading "Your data" in Turkish met the day her account was made written with
its whole month (Turkish for "6 December 2026"), and "6 Ara 2026 19:42", the month cut
short, in the log of who has seen or changed her information below it. The log's moments,
and her consent choices', are written with the page's whole month, in every language."""

from __future__ import annotations

import pytest
from flask import Flask
from flask_babel import force_locale, gettext

from forms.kit.numbers import formatting_locale
from tests.conftest import sign_in
from tests.support.requests import submitted
from tests.support.tabs import new_tab, sign_in_in_browser

pytestmark = pytest.mark.browser

LANGUAGES = ("tr", "en", "pl", "ro", "bg", "ar", "fa")
PARENT = "log.dates@example.org"


def _months_and_heading(app: Flask, language: str) -> tuple[list[str], str]:
    """The language's months by their whole names, as the page's days are written, and
    the heading of the consent choices."""
    with app.test_request_context(), force_locale(language):
        months = list(formatting_locale().months["format"]["wide"].values())
        return months, gettext("Your consent choices")


def test_who_has_seen_it_writes_its_months_whole(browser, base_url: str, live_app: Flask) -> None:  # type: ignore[no-untyped-def]
    client = live_app.test_client()
    sign_in(client, person=PARENT)
    submitted(client)  # consent given, and a request to see
    family = new_tab(browser, base_url)
    try:
        family.set_viewport_size({"width": 390, "height": 844})
        sign_in_in_browser(family, "/account/your-data", PARENT)
        for language in LANGUAGES:
            months, consent = _months_and_heading(live_app, language)
            family.goto(f"/account/your-data?lang={language}")
            log = family.locator("main table").last
            moments = log.locator("tbody td:first-child").all_inner_texts()
            choices = family.locator("main h2", has_text=consent).locator(
                "xpath=following-sibling::*[1]"
            )
            assert choices.locator("li").count(), language
            moments += choices.locator("li").all_inner_texts()
            logged = [" ".join(m.split()) for m in moments if any(c.isdigit() for c in m)]
            assert logged, language
            for moment in logged:
                assert any(month in moment for month in months), (language, moment)
    finally:
        family.context.close()
