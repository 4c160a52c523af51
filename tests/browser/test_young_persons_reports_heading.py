"""A young person adding a report to their own annual review views, in Persian on a
390 px phone, read her files listed under "فایل‌هایی که اضافه کرده‌اید" ("Files you have
added", to a parent, formally), on a page that otherwise spoke to her as "تو", as every
page of hers does. The heading is hers too, in every language that tells the two apart.

Adding a report changes the demonstration case's views, so the portal runs here on a
database of its own."""

from __future__ import annotations

import pytest
from flask import Flask
from flask_babel import force_locale, gettext, pgettext

from devtools.reference_case_system import demo
from tests.support.files import image
from tests.support.tabs import new_tab, send, sign_in_in_browser

pytestmark = pytest.mark.browser


def test_a_young_persons_own_files_heading_speaks_to_her(  # type: ignore[no-untyped-def]
    browser, own_portal: tuple[Flask, str]
) -> None:
    live_app, base_url = own_portal
    tab = new_tab(browser, base_url)
    try:
        tab.set_viewport_size({"width": 390, "height": 844})
        views = f"/account/cases/{demo.OWN_REVIEW}/annual-review/views?lang=fa"
        sign_in_in_browser(tab, views, "young.student@example.org")
        tab.goto(views)
        tab.locator("textarea[name=working]").fill("کلاس هنر را خیلی دوست دارم.")
        send(tab)
        assert "/reports" in tab.url, tab.url
        reports = tab.url.split("?")[0]
        tab.locator("input[type=file]").set_input_files(
            {"name": "letter.png", "mimeType": "image/png", "buffer": image("PNG")}
        )
        tab.locator("[name=description]").fill("نامه معلم ناشنوایان")
        send(tab, tab.locator("main form button[type=submit]"))

        for language in ("fa", "tr", "ro", "bg", "pl", "ar"):
            tab.goto(f"{reports}?lang={language}")
            heading = tab.locator("main h2").first.inner_text().strip()
            with live_app.test_request_context(), force_locale(language):
                hers = pgettext("young person", "Files you have added")
                a_parents = gettext("Files you have added")
            assert heading == hers, (language, heading)
            if language == "fa":
                assert heading != a_parents, "formal, to a parent"
    finally:
        tab.context.close()
