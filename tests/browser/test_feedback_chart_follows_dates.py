"""A manager filtered the feedback report to all of 2025: it said "0 responses", yet the
"Satisfied or very satisfied, by month" chart and its table listed Jan to Dec 2026. Filtered
to October 2026, November and December read "No responses" though both had responses
(only filtered out). The chart covers the months of the period chosen, and no others."""

from __future__ import annotations

import datetime as dt

import pytest
from babel.dates import format_date
from flask import Flask

from feedback import responses
from forms import items
from portal.platform import deadlines
from tests.support.tabs import check_accessible

pytestmark = pytest.mark.browser

TITLE = "Share satisfied or very satisfied each month, in per cent"


def month_label(day: dt.date) -> str:
    return format_date(day, "MMM yyyy", locale="en_GB")


def months_back(day: dt.date, back: int) -> dt.date:
    year, month = divmod(day.year * 12 + day.month - 1 - back, 12)
    return dt.date(year, month + 1, 1)


def period(since: dt.date, until: dt.date) -> str:
    parts = []
    for name, day in (("from", since), ("to", until)):
        parts += [f"{name}-day={day.day}", f"{name}-month={day.month}", f"{name}-year={day.year}"]
    return "&".join(parts)


def chart_table(tab) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    """Each row of the table beside the chart: its month and its per cent."""
    table = tab.locator("main table").filter(has=tab.locator("caption", has_text=TITLE))
    rows = table.locator("tbody tr")
    return [
        (row.locator("th").inner_text().strip(), row.locator("td").inner_text().strip())
        for row in rows.all()
    ]


def test_all_of_2025_charts_the_months_of_2025(people) -> None:  # type: ignore[no-untyped-def]
    manager = people["manager"]
    manager.goto(f"/feedback/reports?lang=en&{period(dt.date(2025, 1, 1), dt.date(2025, 12, 31))}")
    assert "0 responses" in manager.locator("main h2").first.inner_text()
    rows = chart_table(manager)
    assert [month for month, _ in rows] == [
        month_label(dt.date(2025, month, 1)) for month in range(1, 13)
    ]
    assert {value for _, value in rows} == {"No responses"}
    assert manager.locator("main p", has_text="latest months").count() == 0, "all of them"
    bars = manager.locator("main figure svg > svg rect")
    assert bars.count() == 12 and all(
        float(bar.get_attribute("height") or 0) == 0 for bar in bars.all()
    )
    check_accessible(manager, "the feedback report for a year without responses", "en")


@pytest.fixture(scope="module")
def months_with_responses(live_app: Flask) -> dt.date:
    """Two responses in the month before last (one very satisfied, one dissatisfied) and
    one last month; the first month's first day."""
    month = months_back(deadlines.council_today(), 2)
    with live_app.app_context():
        for when, score in ((month, "5"), (month, "2"), (months_back(month, -1), "4")):
            answers = {items.FEEDBACK_SERVICE: "website", items.FEEDBACK_SATISFACTION: score}
            received = dt.datetime.combine(when.replace(day=15), dt.time(12), dt.UTC)
            responses.keep(answers, "en", received)
    return month


def test_one_month_charts_that_month_only(people, months_with_responses: dt.date) -> None:  # type: ignore[no-untyped-def]
    """Filtered to a month, the months after it, with responses of their own, are not
    said to have none."""
    manager = people["manager"]
    first = months_with_responses
    last = months_back(first, -1) - dt.timedelta(days=1)
    manager.goto(f"/feedback/reports?lang=en&service=website&{period(first, last)}")
    assert chart_table(manager) == [(month_label(first), "50")]


def test_the_months_to_come_of_a_period_are_not_charted(people) -> None:  # type: ignore[no-untyped-def]
    manager = people["manager"]
    today = deadlines.council_today()
    since = months_back(today, 2)
    manager.goto(f"/feedback/reports?lang=en&{period(since, dt.date(today.year + 1, 12, 31))}")
    assert [month for month, _ in chart_table(manager)] == [
        month_label(months_back(today, back)) for back in (2, 1, 0)
    ]


def test_years_of_feedback_chart_their_last_12_months_and_say_so(people) -> None:  # type: ignore[no-untyped-def]
    manager = people["manager"]
    today = deadlines.council_today()
    manager.goto(f"/feedback/reports?lang=en&{period(dt.date(today.year - 5, 1, 1), today)}")
    shown = [month for month, _ in chart_table(manager)]
    assert shown == [month_label(months_back(today, back)) for back in range(11, -1, -1)]
    note = manager.locator("main p", has_text="latest months").inner_text()
    assert shown[0] in note and shown[-1] in note and "shorter period" in note
    check_accessible(manager, "the feedback report over years", "en")


def test_without_dates_the_chart_is_of_the_last_12_months(people) -> None:  # type: ignore[no-untyped-def]
    manager = people["manager"]
    manager.goto("/feedback/reports?lang=en")
    today = deadlines.council_today()
    assert [month for month, _ in chart_table(manager)] == [
        month_label(months_back(today, back)) for back in range(11, -1, -1)
    ]
    assert manager.locator("main p", has_text="latest months").count() == 0
