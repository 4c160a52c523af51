"""The feedback report's From and To filters, as a Turkish manager met them: the labels
read "From (YYYY-MM-DD)" in Turkish and "1/12/2026" was refused. They are GOV.UK date inputs
now (Day, Month, Year boxes under a hint in the reader's language), kept in the address so
the filtered report can be bookmarked."""

from __future__ import annotations

import pytest

from portal.platform import deadlines
from tests.support.tabs import check_accessible

pytestmark = pytest.mark.browser


def apply(tab) -> None:  # type: ignore[no-untyped-def]
    with tab.expect_navigation():
        tab.locator("main form button[type=submit]").click()


def test_a_turkish_manager_filters_by_day_month_and_year(people) -> None:  # type: ignore[no-untyped-def]
    manager = people["manager"]
    manager.goto("/feedback/reports?lang=tr")
    form = manager.locator("main form")
    assert "YYYY" not in form.inner_text(), "no format hint in English letters"
    assert "Örneğin, 27 3 2026" in form.inner_text()
    for part, text in zip(("day", "month", "year"), ("1", "12", "2026"), strict=True):
        manager.locator(f"#from-{part}").fill(text)
    apply(manager)
    assert manager.locator(".govuk-error-summary").count() == 0, "1 12 2026 is a date"
    assert "from-day=1" in manager.url and "from-year=2026" in manager.url, "bookmarkable"
    assert manager.locator("#from-month").input_value() == "12", "what was typed is kept"
    csv_link = manager.locator("a[download]").get_attribute("href") or ""
    assert "from-month=12" in csv_link, "the download carries the same filter"
    check_accessible(manager, "the feedback report filtered", "tr")


def test_to_before_from_in_persian_digits_is_refused_at_the_to_boxes(people) -> None:  # type: ignore[no-untyped-def]
    manager = people["manager"]
    manager.goto("/feedback/reports?lang=fa")
    for name, typed in (("from", ("۱۰", "۱۲", "۲۰۲۵")), ("to", ("۱", "۱۲", "۲۰۲۵"))):
        for part, text in zip(("day", "month", "year"), typed, strict=True):
            manager.locator(f"#{name}-{part}").fill(text)
    apply(manager)
    summary = manager.locator(".govuk-error-summary a")
    assert summary.count() == 1
    assert summary.get_attribute("href") == "#to-day"
    assert manager.locator("#to-error").count() == 1
    assert manager.locator("#to-day").input_value() == "۱", "the reader's digits are kept"
    assert manager.locator("a[download]").count() == 0, "no results from a half-valid filter"
    check_accessible(manager, "the feedback report with a wrong filter", "fa")


def test_a_from_date_still_to_come_is_refused_at_the_from_boxes(people) -> None:  # type: ignore[no-untyped-def]
    """A manager typed 1/1/2027 as the From date (the report was for days to come, empty,
    without a word why)."""
    manager = people["manager"]
    manager.goto("/feedback/reports?lang=en")
    next_year = str(deadlines.council_today().year + 1)
    for part, text in zip(("day", "month", "year"), ("1", "1", next_year), strict=True):
        manager.locator(f"#from-{part}").fill(text)
    apply(manager)
    summary = manager.locator(".govuk-error-summary a")
    assert summary.count() == 1
    assert summary.inner_text() == "The ‘From’ date must be today or in the past"
    assert summary.get_attribute("href") == "#from-day"
    message = manager.locator("#from-error")
    assert message.count() == 1 and "must be today or in the past" in message.inner_text()
    assert manager.locator("#from-year").input_value() == next_year, "what was typed is kept"
    assert manager.locator("a[download]").count() == 0
    check_accessible(manager, "the feedback report with a From date to come", "en")


@pytest.mark.parametrize("language", ["tr", "ar"])
def test_the_date_filter_fits_a_small_screen(people, language: str) -> None:  # type: ignore[no-untyped-def]
    manager = people["manager"]
    manager.set_viewport_size({"width": 320, "height": 800})
    try:
        manager.goto(f"/feedback/reports?lang={language}&from-day=1&from-month=13&from-year=2026")
        assert manager.locator("#from-month").is_visible()
        assert manager.evaluate("document.documentElement.scrollWidth") <= 320, "no sideways scroll"
    finally:
        manager.set_viewport_size({"width": 1280, "height": 800})
        manager.goto("/caseworker/?lang=en")


@pytest.mark.parametrize("language", ["bg", "ar"])
def test_the_download_link_lines_up_under_the_button_on_a_phone(people, language: str) -> None:  # type: ignore[no-untyped-def]
    """A Bulgarian manager at 320 px saw "Download as CSV" set in from the page's edge under
    the button, with the number of responses jammed against it: the button and the link
    are GOV.UK's button group now."""
    manager = people["manager"]
    try:
        manager.set_viewport_size({"width": 320, "height": 800})
        manager.goto(f"/feedback/reports?lang={language}")
        button = manager.locator("main form button[type=submit]").bounding_box()
        link = manager.locator("main a[download]").bounding_box()
        heading = manager.locator("main h2.govuk-heading-m").first.bounding_box()
        # GOV.UK's button group: on a phone the link is centred under the full-width button.
        middle = (button["x"] + button["width"] / 2, link["x"] + link["width"] / 2)
        assert abs(middle[0] - middle[1]) <= 1, (button, link)
        assert heading["y"] - (link["y"] + link["height"]) >= 15, (link, heading)
    finally:
        manager.set_viewport_size({"width": 1280, "height": 800})
        manager.goto("/caseworker/?lang=en")
