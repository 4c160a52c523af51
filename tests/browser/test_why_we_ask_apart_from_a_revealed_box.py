"""What a tester met choosing text messages on "How we contact you": the mobile number's
box, revealed under the choice, had its "Why we ask for this" link right against it, with
no space between (and, with the box in error, right under the red line's end), where every
other question has the GOV.UK space after its box. GOV.UK Frontend takes the space off a
question's last box in a revealed section; the reason after it gives it back."""

from __future__ import annotations

import pytest

from tests.support.tabs import check_accessible, new_tab, send, sign_in_in_browser

pytestmark = pytest.mark.browser

GAP = """() => {
  const box = document.querySelector('.govuk-checkboxes__conditional .govuk-form-group')
  const why = box.nextElementSibling
  return why.getBoundingClientRect().top - box.getBoundingClientRect().bottom
}"""


@pytest.mark.parametrize("width", [320, 1280])
def test_the_reason_under_a_revealed_box_has_space_above_it(  # type: ignore[no-untyped-def]
    browser, base_url: str, width: int
) -> None:
    tab = new_tab(browser, base_url)
    try:
        tab.set_viewport_size({"width": width, "height": 800})
        sign_in_in_browser(tab, "/account/contact-preferences?lang=ar", "parent@example.org")
        tab.locator("input[value=sms]").check()
        tab.locator("#mobile").fill("")
        send(tab)
        assert tab.locator(".govuk-error-summary").count() == 1
        assert tab.evaluate(GAP) >= 15, "the reason stands apart from the box above it"
        check_accessible(tab, "the mobile number in error", "ar")
    finally:
        tab.context.close()
