"""A tester ticked "By text message", opened "Why we ask for this" under the mobile number
and read "This question is your choice: you can leave it blank"; leaving it blank then
gave "Enter a UK mobile number so we can send you text messages"."""

from __future__ import annotations

import pytest

from tests.support.tabs import check_accessible

pytestmark = pytest.mark.browser

SAID = {
    "en": "You must answer this question if you choose text messages.",
    "tr": "Kısa mesaj seçerseniz bu soruyu yanıtlamanız gerekir.",
}


@pytest.mark.parametrize("lang", ["en", "tr"])
def test_the_mobile_numbers_reason_says_it_is_needed_for_texts(people, lang: str) -> None:  # type: ignore[no-untyped-def]
    family = people["family"]
    family.goto(f"/account/contact-preferences?lang={lang}")
    family.locator("input[name=channels][value=sms]").check()
    why = family.locator(
        "#conditional-channels-2 .govuk-details, .govuk-checkboxes__conditional .govuk-details"
    ).first
    why.locator("summary").click()
    text = why.inner_text()
    assert SAID[lang] in text, text
    assert "leave it blank" not in text
    check_accessible(family, "how we contact you, texts chosen", lang)
    family.goto("/account/contact-preferences?lang=en")
