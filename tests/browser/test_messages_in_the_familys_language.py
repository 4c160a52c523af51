"""What a tester met in Turkish: the caseworker asked a young person for information and
said they wrote it in Turkish; above the Turkish message, the family's page said "Messages
from the SEN team may be written in English" and how to ask for a translation. The note
is for messages in another language than the page's: it stays while one of them is."""

from __future__ import annotations

import pytest
from babel.support import Translations
from flask import Flask

from portal.platform.settings import PROJECT_ROOT
from tests.conftest import sign_in
from tests.support.requests import submitted
from tests.support.staff import act
from tests.support.tabs import check_accessible, new_tab, sign_in_in_browser

pytestmark = pytest.mark.browser

PERSON = "turkish.messages@example.org"
NOTE = "may be written in English"


def test_the_english_note_only_over_messages_not_in_the_familys_language(  # type: ignore[no-untyped-def]
    browser, base_url: str, live_app: Flask
) -> None:
    family = live_app.test_client()
    family.environ_base["HTTP_ACCEPT_LANGUAGE"] = "tr"
    sign_in(family, person=PERSON)
    reference = submitted(family)
    staff = live_app.test_client()
    sign_in(staff, "staff", "caseworker@council.example")
    asked = {"message": "Okulun son raporunu gönderir misiniz?", "written_in": "tr"}
    assert act(staff, reference, "more_information", asked).status_code == 302

    words = Translations.load(str(PROJECT_ROOT / "translations"), ["tr"])
    note = words.gettext(
        "Messages from the %(team)s may be written in English. To ask for a translation, or "
        "for an interpreter, contact the %(team)s: %(email)s or %(phone)s. We will arrange "
        "it free of charge."
    ).split("%(team)s")[1]
    assert note.strip() and NOTE not in note, "the Turkish words of the note"
    tab = new_tab(browser, base_url)
    try:
        page = f"/account/requests/{reference}/messages?lang=tr"
        sign_in_in_browser(tab, page, PERSON)
        assert "Okulun son raporunu" in tab.locator("main").inner_text()
        assert note not in tab.locator("main").inner_text(), "no note over a Turkish message"
        check_accessible(tab, "a message from the council in Turkish", "tr")

        tab.goto(f"/account/requests/{reference}/messages?lang=ar")
        assert tab.locator(".portal-staff-language").count() == 1, "Turkish on an Arabic page"
    finally:
        tab.context.close()
