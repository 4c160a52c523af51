"""A parent typed the letter O for a zero in their child's postcode ("N1O 1AA") and the
request took it: it came back on the check page and in "Your data". No real postcode has
a letter there, nor the letters C, I, K, M, O or V at its end: the address page says so
beside the box and in the summary, and keeps what was typed to correct."""

from __future__ import annotations

import pytest

from tests.support.tabs import fill_page, new_tab, send, sign_in_in_browser

pytestmark = pytest.mark.browser


def test_a_letter_o_for_a_zero_is_shown_as_a_mistake(browser, base_url: str) -> None:  # type: ignore[no-untyped-def]
    tab = new_tab(browser, base_url)
    try:
        sign_in_in_browser(tab, "/account/request/who", "parent@example.org")
        tab.locator("input[value=parent_carer]").check()
        send(tab)
        address = tab.url.split("?")[0] + "child/address"
        for typed in ("N1O 1AA", "EN5 1AO", "Q1 1AA"):
            tab.goto(address)
            fill_page(
                tab,
                {
                    "address_line_1": "1 High Street",
                    "address_town": "Barnet",
                    "address_postcode": typed,
                },
            )
            send(tab)
            field = tab.locator("#address_postcode-error")
            assert field.is_visible(), typed
            assert "Enter a real postcode" in field.inner_text(), typed
            summary = tab.locator(".govuk-error-summary")
            assert "Enter a real postcode" in summary.inner_text(), typed
            assert tab.locator("#address_postcode").input_value() == typed, "kept to correct"
        tab.goto(address)
        fill_page(tab, {"address_postcode": "n10 1aa"})
        send(tab)
        assert not tab.locator("#address_postcode-error").count(), "a real postcode is taken"
    finally:
        tab.context.close()
