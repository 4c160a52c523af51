"""A date saved and shown again is written as people type it: a young adult reading in
Persian typed her date of birth in Persian digits (۱۴ ۳ ۲۰۰۸), as the hint above the boxes
shows one, and on coming back found "14 / 03 / 2008", Latin digits with a leading zero.
GOV.UK's date input example is "27 3 2007"; in Persian, the same in Persian digits."""

from __future__ import annotations

import pytest

from tests.support.tabs import new_tab, send, sign_in_in_browser

pytestmark = pytest.mark.browser


@pytest.mark.parametrize(
    ("language", "typed", "shown"),
    [
        ("fa", ("۱۴", "۳", "۲۰۰۸"), ("۱۴", "۳", "۲۰۰۸")),
        ("en", ("14", "03", "2008"), ("14", "3", "2008")),
    ],
)
def test_a_saved_date_of_birth_comes_back_as_written(  # type: ignore[no-untyped-def]
    browser, base_url: str, language: str, typed: tuple[str, ...], shown: tuple[str, ...]
) -> None:
    tab = new_tab(browser, base_url)
    try:
        sign_in_in_browser(tab, f"/account/request/who?lang={language}", "parent@example.org")
        tab.locator("input[value=parent_carer]").check()
        send(tab)
        page = tab.url.split("?")[0] + "child/date-of-birth"
        tab.goto(page)
        for part, value in zip(("day", "month", "year"), typed, strict=True):
            tab.locator(f"#date_of_birth-{part}").fill(value)
        send(tab)
        assert "date-of-birth" not in tab.url, "the date was saved"
        tab.goto(page)
        again = tuple(
            tab.locator(f"#date_of_birth-{part}").input_value() for part in ("day", "month", "year")
        )
        assert again == shown
    finally:
        tab.context.close()
