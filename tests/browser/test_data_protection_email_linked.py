"""A tester, as a parent in Arabic, asked under "Your data" for a correction to their
hopes for their child, then read the request's own page: the data protection officer's
email address, to write to if unhappy, was plain text, where every other email address
on the site is a link that opens an email to it. It is now such a link, and still reads
left to right in an Arabic sentence. The request is the module's own, on a database of
its own."""

from __future__ import annotations

import pytest
from flask import Flask

from portal.platform import extensions
from tests.support.drawn import characters_drawn, left_to_right
from tests.support.tabs import check_accessible, new_tab, send, sign_in_in_browser

pytestmark = pytest.mark.browser


def test_the_data_protection_officers_address_is_a_link(  # type: ignore[no-untyped-def]
    browser, own_portal: tuple[Flask, str]
) -> None:
    app, base_url = own_portal
    address = extensions.settings(app).config.council.data_protection_officer_email
    tab = new_tab(browser, base_url)
    try:
        sign_in_in_browser(tab, "/account/", "parent@example.org")
        tab.goto("/account/your-data/rights/views.hopes?lang=ar")
        tab.locator("input[name=right][value=rectification]").check()
        tab.locator("input[name=about]").first.check()  # one of their three children
        tab.locator("textarea[name=details]").fill("كتبتُ أن ابني يحب الضجيج، وهذا غير صحيح.")
        tab.locator("textarea[name=correction]").fill("يحتاج ابني إلى مكان هادئ.")
        send(tab, tab.locator("main form button[type=submit]").last)
        assert "/account/your-data/requests/" in tab.url, tab.url
        check_accessible(tab, "a request about information, sent", "ar")
        link = tab.locator(f"main a[href='mailto:{address}']")
        assert link.count() == 1, tab.locator("main").inner_html()
        assert link.inner_text() == address
        (drawn,) = characters_drawn(link, r"\S+@\S+")
        assert left_to_right(drawn), link.inner_text()
    finally:
        tab.context.close()
