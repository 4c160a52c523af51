"""The annual review's time limits: the decision after the meeting, the amendment's 15
days and 8 weeks, and the phase transfer dates (SEND Regulations 2014, regs 18, 20, 22)."""

from __future__ import annotations

import datetime as dt

import pytest

from portal.platform import deadlines
from portal.platform.deadlines import PhaseTransfer


@pytest.mark.parametrize(
    ("meeting", "decision"),
    [
        (dt.date(2026, 11, 4), dt.date(2026, 12, 2)),  # a Wednesday: 4 weeks on
        (dt.date(2026, 12, 10), dt.date(2027, 1, 7)),  # over Christmas: not moved
        (dt.date(2026, 1, 31), dt.date(2026, 2, 28)),  # 31 January, not a leap year
        (dt.date(2028, 1, 31), dt.date(2028, 2, 28)),  # 31 January, a leap year
        (dt.date(2028, 2, 10), dt.date(2028, 3, 9)),  # across 29 February
    ],
)
def test_the_decision_is_due_4_weeks_after_the_review_meeting(
    meeting: dt.date, decision: dt.date
) -> None:
    assert deadlines.review_decision_due(meeting) == decision


def test_a_decision_falling_at_a_weekend_stays_there() -> None:
    meeting = dt.date(2026, 10, 31)  # a Saturday meeting (a school's open day)
    assert deadlines.review_decision_due(meeting) == dt.date(2026, 11, 28)
    assert deadlines.review_decision_due(meeting).weekday() == 5


@pytest.mark.parametrize(
    ("notice", "last_day"),
    [
        (dt.date(2026, 1, 31), dt.date(2026, 2, 14)),  # 31 January
        (dt.date(2028, 2, 15), dt.date(2028, 2, 29)),  # leap year: 29 February counts
        (dt.date(2026, 2, 15), dt.date(2026, 3, 1)),
        (dt.date(2026, 11, 28), dt.date(2026, 12, 12)),  # ends on a Saturday, not moved
    ],
)
def test_the_15_days_to_comment_on_amendments_begin_with_the_notice(
    notice: dt.date, last_day: dt.date
) -> None:
    assert deadlines.amendment_comments_close(notice) == last_day


@pytest.mark.parametrize(
    ("notice", "due"),
    [
        (dt.date(2026, 1, 31), dt.date(2026, 3, 28)),
        (dt.date(2028, 1, 31), dt.date(2028, 3, 27)),  # a leap year is a day shorter
        (dt.date(2026, 12, 5), dt.date(2027, 1, 30)),  # a Saturday, into a new year
    ],
)
def test_the_amended_plan_is_due_8_weeks_after_the_notice(notice: dt.date, due: dt.date) -> None:
    assert deadlines.amended_plan_due(notice) == due


def test_the_phase_transfer_dates() -> None:
    assert deadlines.phase_transfer_due(PhaseTransfer.SCHOOL, 2027) == dt.date(2027, 2, 15)
    assert deadlines.phase_transfer_due(PhaseTransfer.FURTHER_EDUCATION, 2027) == dt.date(
        2027, 3, 31
    )
    # 15 February 2026 is a Sunday: the date is fixed by the regulations, not moved
    assert deadlines.phase_transfer_due(PhaseTransfer.SCHOOL, 2026).weekday() == 6


def test_a_phase_transfer_brings_the_amended_plan_forward_when_sooner() -> None:
    notice = dt.date(2027, 1, 10)  # 8 weeks: 7 March
    assert deadlines.amended_plan_due(notice, PhaseTransfer.SCHOOL, 2027) == dt.date(2027, 2, 15)
    assert deadlines.amended_plan_due(notice, PhaseTransfer.FURTHER_EDUCATION, 2027) == dt.date(
        2027, 3, 7
    )


def test_a_phase_transfer_never_moves_the_8_weeks_later() -> None:
    notice = dt.date(2026, 10, 1)
    assert deadlines.amended_plan_due(notice, PhaseTransfer.SCHOOL, 2027) == dt.date(2026, 11, 26)
