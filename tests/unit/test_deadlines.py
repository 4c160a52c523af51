"""The statutory time limits, worked out the same way everywhere."""

from __future__ import annotations

import datetime as dt

import pytest

from portal.platform import deadlines
from portal.platform.deadlines import ExceptionKind, Exemption

RECEIVED = dt.date(2026, 1, 5)


def test_the_time_limits_from_a_request() -> None:
    assert deadlines.decision_due(RECEIVED) == dt.date(2026, 2, 16)
    assert deadlines.not_to_issue_due(RECEIVED) == dt.date(2026, 4, 27)
    assert deadlines.final_plan_due(RECEIVED) == dt.date(2026, 5, 25)
    assert deadlines.draft_comments_close(dt.date(2026, 4, 1)) == dt.date(2026, 4, 16)


def test_an_annual_review_is_12_months_on_even_from_29_february() -> None:
    assert deadlines.annual_review_due(dt.date(2025, 7, 21)) == dt.date(2026, 7, 21)
    assert deadlines.annual_review_due(dt.date(2028, 2, 29)) == dt.date(2029, 2, 28)
    assert deadlines.annual_review_due(dt.date(2026, 12, 31)) == dt.date(2027, 12, 31)


def test_an_exception_moves_the_date_by_the_days_it_covers() -> None:
    closure = Exemption(ExceptionKind.SCHOOL_CLOSURE, 42, "Advice asked in July; school shut")
    personal = Exemption(ExceptionKind.PERSONAL_CIRCUMSTANCES, 10, "Bereavement")
    assert deadlines.decision_due(RECEIVED, [closure]) == dt.date(2026, 3, 30)
    assert deadlines.final_plan_due(RECEIVED, [closure, personal]) == dt.date(2026, 7, 16)


@pytest.mark.parametrize(
    ("kind", "days"),
    [
        (ExceptionKind.SCHOOL_CLOSURE, 27),
        (ExceptionKind.FAMILY_AWAY, 14),
        (ExceptionKind.PERSONAL_CIRCUMSTANCES, 0),
    ],
)
def test_exceptions_the_regulations_do_not_allow_are_refused(
    kind: ExceptionKind, days: int
) -> None:
    with pytest.raises(ValueError):
        Exemption(kind, days, "reason")


def test_days_left_is_negative_when_overdue() -> None:
    assert deadlines.days_left(dt.date(2026, 2, 16), dt.date(2026, 2, 10)) == 6
    assert deadlines.days_left(dt.date(2026, 2, 16), dt.date(2026, 2, 20)) == -4
