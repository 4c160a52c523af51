"""What a tester met in Persian: a phone number typed "020 8359 2000" came back on "Check
your answers", in "Your data" and in its own box as "02083592000", and a mobile typed
in Persian digits as "07700900123", hard to check by eye. The number is kept without its
spaces, and read back grouped as people write UK numbers."""

from __future__ import annotations

import pytest

from tests.support.tabs import check_accessible, request_started, send

pytestmark = pytest.mark.browser


@pytest.mark.parametrize("language", ["en", "fa"])
def test_phone_numbers_are_read_back_grouped(people, language: str) -> None:  # type: ignore[no-untyped-def]
    family = people["family"]
    try:
        task_list = request_started(family)
        family.goto(f"{task_list}you/contact?lang={language}")
        family.locator("[name=email]").fill("grouped@example.org")
        family.locator("[name=phone]").fill("020 8359 2000")
        send(family)
        family.goto(f"{task_list}you/contact?lang={language}")
        assert family.locator("[name=phone]").input_value() == "020 8359 2000"
        family.goto(f"{task_list}check?lang={language}")
        assert "020 8359 2000" in family.locator("main").inner_text()
        assert "02083592000" not in family.locator("main").inner_text()
        check_accessible(family, "check your answers with a phone number", language)

        family.goto(f"/account/contact-preferences?lang={language}")
        family.locator("input[name=channels][value=sms]").check()
        family.locator("#mobile").fill(
            "\u06f0\u06f7\u06f7\u06f0\u06f0 \u06f9\u06f0\u06f0 \u06f1\u06f2\u06f3"
        )
        send(family)
        family.goto(f"/account/contact-preferences?lang={language}")
        assert family.locator("#mobile").input_value() == "07700 900 123"
    finally:
        family.goto("/account/?lang=en")
