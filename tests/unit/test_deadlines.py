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


@pytest.mark.parametrize(
    ("decided", "due"),
    [
        (dt.date(2025, 7, 21), dt.date(2025, 9, 21)),
        (dt.date(2026, 1, 31), dt.date(2026, 3, 31)),
        (dt.date(2025, 12, 31), dt.date(2026, 2, 28)),
        (dt.date(2027, 12, 31), dt.date(2028, 2, 29)),  # a leap year
        (dt.date(2026, 12, 30), dt.date(2027, 2, 28)),
        (dt.date(2026, 11, 15), dt.date(2027, 1, 15)),  # into a new year
        (dt.date(2026, 8, 31), dt.date(2026, 10, 31)),
        (dt.date(2026, 7, 31), dt.date(2026, 9, 30)),
    ],
)
def test_an_appeal_is_due_2_calendar_months_after_the_decision(
    decided: dt.date, due: dt.date
) -> None:
    assert deadlines.appeal_period_ends(decided) == due


def test_a_mediation_certificate_gives_1_month_from_its_date_when_that_is_later() -> None:
    decided = dt.date(2026, 1, 10)
    assert deadlines.appeal_due(decided, dt.date(2026, 3, 1)) == dt.date(2026, 4, 1)
    assert deadlines.appeal_due(decided, dt.date(2026, 3, 31)) == dt.date(2026, 4, 30)
    assert deadlines.appeal_due(decided, dt.date(2026, 1, 31)) == dt.date(2026, 3, 10)


def test_an_early_certificate_never_shortens_the_2_months() -> None:
    decided = dt.date(2026, 5, 20)
    assert deadlines.appeal_due(decided, dt.date(2026, 5, 25)) == dt.date(2026, 7, 20)
    assert deadlines.appeal_due(decided, dt.date(2026, 6, 20)) == dt.date(2026, 7, 20)  # a tie


def test_a_certificate_never_brings_the_tribunals_last_day_sooner() -> None:
    """2 months from 25 October end on 25 December, so the tribunal accepts the appeal
    until 4 January; a month from a certificate of 3 December ends on 3 January, outside
    the holiday. Recording it moved the last day to 3 January, a day sooner."""
    decided, certificate = dt.date(2026, 10, 25), dt.date(2026, 12, 3)
    assert deadlines.appeal_due(decided, certificate) == dt.date(2027, 1, 4)
    assert deadlines.appeal_period_ends(decided, certificate) == dt.date(2026, 12, 25)
    assert deadlines.appeal_due(decided, dt.date(2026, 12, 10)) == dt.date(
        2027, 1, 11
    )  # later (10th: Sunday)


def test_a_certificate_on_31_january_gives_until_the_end_of_february() -> None:
    ends = deadlines.appeal_period_ends
    assert ends(dt.date(2025, 11, 1), dt.date(2026, 1, 31)) == dt.date(2026, 2, 28)
    assert ends(dt.date(2027, 11, 1), dt.date(2028, 1, 31)) == dt.date(2028, 2, 29)


@pytest.mark.parametrize(
    ("decided", "certificate", "due"),
    [
        (dt.date(2026, 6, 10), None, dt.date(2026, 9, 1)),  # ends 10 August
        (dt.date(2024, 6, 10), None, dt.date(2024, 9, 2)),  # 1 September is a Sunday
        (dt.date(2026, 1, 10), dt.date(2026, 7, 31), dt.date(2026, 9, 1)),
        (dt.date(2026, 10, 25), None, dt.date(2027, 1, 4)),  # 2 January is a Saturday
        (dt.date(2025, 10, 27), None, dt.date(2026, 1, 2)),
        (dt.date(2021, 11, 1), None, dt.date(2022, 1, 4)),  # New Year's holiday on Monday 3rd
        (dt.date(2022, 11, 1), None, dt.date(2023, 1, 3)),  # New Year's holiday on Monday 2nd
        (dt.date(2025, 10, 24), None, dt.date(2025, 12, 24)),  # before the holiday
        (dt.date(2025, 11, 2), None, dt.date(2026, 1, 2)),
    ],
)
def test_the_tribunal_accepts_an_appeal_ending_in_august_or_at_new_year_later(
    decided: dt.date, certificate: dt.date | None, due: dt.date
) -> None:
    assert deadlines.appeal_due(decided, certificate) == due


def test_the_appeal_period_itself_is_not_moved() -> None:
    assert deadlines.appeal_period_ends(dt.date(2026, 6, 10)) == dt.date(2026, 8, 10)


@pytest.mark.parametrize(
    ("decided", "certificate", "due"),
    [
        (dt.date(2026, 2, 25), None, dt.date(2026, 4, 27)),  # a Saturday: the Monday
        (dt.date(2026, 3, 31), None, dt.date(2026, 6, 1)),  # a Sunday: the Monday
        (dt.date(2026, 10, 20), None, dt.date(2026, 12, 21)),  # Sunday 20 December
        (dt.date(2026, 2, 3), None, dt.date(2026, 4, 7)),  # Good Friday, then Easter Monday
        (dt.date(2026, 3, 4), None, dt.date(2026, 5, 5)),  # the early May bank holiday
        (dt.date(2026, 3, 25), None, dt.date(2026, 5, 26)),  # the spring bank holiday
        (dt.date(2026, 1, 10), dt.date(2026, 3, 6), dt.date(2026, 4, 7)),  # Easter Monday
        (dt.date(2027, 1, 26), None, dt.date(2027, 3, 30)),  # Good Friday 2027, Easter Monday
        (dt.date(2026, 1, 10), dt.date(2026, 3, 28), dt.date(2026, 4, 28)),  # a Tuesday
        (dt.date(2026, 2, 28), None, dt.date(2026, 4, 28)),  # a Tuesday
    ],
)
def test_an_appeal_deadline_on_a_day_the_tribunal_is_closed_moves_to_its_next_working_day(
    decided: dt.date, certificate: dt.date | None, due: dt.date
) -> None:
    """The tribunal's rules: an act whose time ends on a day other than a working day
    (a weekend, Christmas Day, Good Friday or a bank holiday in England and Wales) is in
    time on the next working day."""
    assert deadlines.appeal_due(decided, certificate) == due


@pytest.mark.parametrize(
    ("year", "holidays"),
    [
        (2026, ["01-01", "04-03", "04-06", "05-04", "05-25", "08-31", "12-25", "12-28"]),
        (2027, ["01-01", "03-26", "03-29", "05-03", "05-31", "08-30", "12-27", "12-28"]),
        (2028, ["01-03", "04-14", "04-17", "05-01", "05-29", "08-28", "12-25", "12-26"]),
    ],
)
def test_the_bank_holidays_of_england_and_wales(year: int, holidays: list[str]) -> None:
    assert sorted(deadlines.bank_holidays(year)) == [
        dt.date.fromisoformat(f"{year}-{day}") for day in holidays
    ]


@pytest.mark.parametrize(
    ("decided", "certificate", "due"),
    [
        (dt.date(2025, 12, 31), dt.date(2026, 1, 31), dt.date(2026, 2, 28)),  # a tie
        (dt.date(2025, 12, 31), dt.date(2026, 2, 10), dt.date(2026, 3, 10)),
        (dt.date(2026, 1, 31), None, dt.date(2026, 3, 31)),
        (dt.date(2026, 1, 31), dt.date(2026, 2, 28), dt.date(2026, 3, 31)),  # 28 March is earlier
        (dt.date(2026, 1, 31), dt.date(2026, 3, 31), dt.date(2026, 4, 30)),
        (dt.date(2027, 1, 31), dt.date(2027, 3, 15), dt.date(2027, 4, 15)),
    ],
)
def test_a_decision_on_31_december_or_31_january(
    decided: dt.date, certificate: dt.date | None, due: dt.date
) -> None:
    assert deadlines.appeal_period_ends(decided, certificate) == due


@pytest.mark.parametrize(
    ("decided", "certificate", "due"),
    [
        (dt.date(2027, 12, 29), None, dt.date(2028, 2, 29)),
        (dt.date(2027, 12, 30), None, dt.date(2028, 2, 29)),
        (dt.date(2028, 2, 29), None, dt.date(2028, 4, 29)),
        (dt.date(2027, 12, 1), dt.date(2028, 1, 29), dt.date(2028, 2, 29)),
        (dt.date(2027, 12, 1), dt.date(2028, 2, 29), dt.date(2028, 3, 29)),
        (dt.date(2028, 2, 29), dt.date(2028, 4, 3), dt.date(2028, 5, 3)),
    ],
)
def test_a_leap_year_counts_29_february(
    decided: dt.date, certificate: dt.date | None, due: dt.date
) -> None:
    assert deadlines.appeal_period_ends(decided, certificate) == due


def test_1_month_from_a_later_certificate_replaces_the_2_months() -> None:
    decided = dt.date(2026, 3, 2)
    two_months = deadlines.appeal_period_ends(decided)
    assert two_months == dt.date(2026, 5, 2)
    later = deadlines.appeal_period_ends(decided, dt.date(2026, 4, 20))
    assert later == dt.date(2026, 5, 20) and later > two_months
    assert deadlines.appeal_due(decided, dt.date(2026, 4, 20)) == later


def test_the_15_days_for_a_draft_plan_begin_with_the_day_it_was_sent() -> None:
    assert deadlines.draft_comments_close(dt.date(2026, 4, 1)) == dt.date(2026, 4, 15)
    assert deadlines.draft_reminder_on(dt.date(2026, 4, 1)) == dt.date(2026, 4, 10)


@pytest.mark.parametrize(
    ("sent", "last_day"),
    [
        (dt.date(2026, 11, 27), dt.date(2026, 12, 11)),  # a Friday: ends on a Friday
        (dt.date(2026, 11, 28), dt.date(2026, 12, 12)),  # ends on a Saturday, not moved
        (dt.date(2026, 12, 20), dt.date(2027, 1, 3)),  # over Christmas, into a new year
    ],
)
def test_weekends_and_holidays_do_not_move_the_draft_plan_days(
    sent: dt.date, last_day: dt.date
) -> None:
    assert deadlines.draft_comments_close(sent) == last_day


def test_a_draft_sent_on_31_january_runs_to_14_february() -> None:
    assert deadlines.draft_comments_close(dt.date(2026, 1, 31)) == dt.date(2026, 2, 14)
    assert deadlines.draft_reminder_on(dt.date(2026, 1, 31)) == dt.date(2026, 2, 9)


def test_a_draft_sent_in_february_of_a_leap_year_counts_29_february() -> None:
    assert deadlines.draft_comments_close(dt.date(2028, 2, 15)) == dt.date(2028, 2, 29)
    assert deadlines.draft_comments_close(dt.date(2026, 2, 15)) == dt.date(2026, 3, 1)
    assert deadlines.draft_comments_close(dt.date(2028, 2, 20)) == dt.date(2028, 3, 5)
    assert deadlines.draft_reminder_on(dt.date(2028, 2, 20)) == dt.date(2028, 2, 29)


def test_the_final_plan_is_due_20_weeks_after_the_request_across_a_leap_day() -> None:
    assert deadlines.final_plan_due(dt.date(2027, 12, 1)) == dt.date(2028, 4, 19)


@pytest.mark.parametrize(
    ("received", "due"),
    [
        (dt.date(2026, 3, 3), dt.date(2026, 4, 3)),
        (dt.date(2026, 1, 31), dt.date(2026, 2, 28)),
        (dt.date(2028, 1, 31), dt.date(2028, 2, 29)),  # a leap year
        (dt.date(2028, 2, 29), dt.date(2028, 3, 29)),
        (dt.date(2026, 12, 15), dt.date(2027, 1, 15)),  # into a new year
        (dt.date(2026, 3, 31), dt.date(2026, 4, 30)),
        (dt.date(2026, 9, 5), dt.date(2026, 10, 5)),  # sent on a Saturday: counted from it
        (dt.date(2026, 2, 7), dt.date(2026, 3, 7)),  # a Saturday: it stays there
    ],
)
def test_a_data_rights_request_is_answered_within_one_calendar_month(
    received: dt.date, due: dt.date
) -> None:
    assert deadlines.data_rights_due(received) == due


def test_a_weekend_or_bank_holiday_does_not_move_a_data_rights_date() -> None:
    assert deadlines.data_rights_due(dt.date(2026, 2, 28)).weekday() == 5  # 28 March, Saturday
    assert deadlines.data_rights_due(dt.date(2025, 11, 25)) == dt.date(2025, 12, 25)  # Christmas


@pytest.mark.parametrize(
    ("received", "due"),
    [
        (dt.date(2026, 3, 3), dt.date(2026, 6, 3)),
        (dt.date(2026, 1, 31), dt.date(2026, 4, 28)),  # from 28 February, two more months
        (dt.date(2028, 1, 31), dt.date(2028, 4, 29)),  # a leap year
        (dt.date(2026, 11, 30), dt.date(2027, 2, 28)),
        (dt.date(2027, 11, 30), dt.date(2028, 2, 29)),
    ],
)
def test_an_extension_adds_two_more_months(received: dt.date, due: dt.date) -> None:
    assert deadlines.data_rights_extended_due(received) == due
    assert due <= deadlines.add_months(received, 3)


@pytest.mark.parametrize(
    ("today", "extendable"),
    [
        (dt.date(2026, 1, 31), True),  # the day it arrived
        (dt.date(2026, 2, 28), True),  # the last day of the first month
        (dt.date(2026, 3, 1), False),  # too late: the family had to be told by 28 February
    ],
)
def test_a_data_rights_request_is_extended_only_within_its_first_month(
    today: dt.date, extendable: bool
) -> None:
    assert deadlines.data_rights_extendable(dt.date(2026, 1, 31), today) is extendable


def test_the_councils_day_is_the_uk_date_summer_and_winter() -> None:
    summer = dt.datetime(2026, 5, 31, 23, 30, tzinfo=dt.UTC)  # 00:30 BST on 1 June
    winter = dt.datetime(2026, 11, 30, 23, 30, tzinfo=dt.UTC)  # 23:30 GMT on 30 November
    assert deadlines.council_day(summer) == dt.date(2026, 6, 1)
    assert deadlines.council_day(winter) == dt.date(2026, 11, 30)


def test_todays_date_comes_from_the_one_clock(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(deadlines, "now", lambda: dt.datetime(2026, 5, 31, 23, 30, tzinfo=dt.UTC))
    assert deadlines.council_today() == dt.date(2026, 6, 1)


@pytest.mark.parametrize(
    ("born", "today", "over"),
    [
        (dt.date(2015, 9, 12), dt.date(2026, 12, 6), False),  # 11, in Year 7
        (dt.date(2010, 9, 1), dt.date(2026, 9, 1), True),  # in Year 11 from its first day
        (dt.date(2011, 8, 31), dt.date(2026, 9, 1), True),  # the youngest in Year 11
        (dt.date(2011, 9, 1), dt.date(2026, 9, 1), False),  # the oldest in Year 10
        (dt.date(2011, 9, 1), dt.date(2027, 8, 31), False),  # its last day
        (dt.date(2011, 9, 1), dt.date(2027, 9, 1), True),  # in Year 11 now
        (dt.date(2012, 2, 29), dt.date(2027, 9, 1), True),  # turns 16 in February 2028
        (dt.date(2008, 2, 3), dt.date(2026, 12, 6), True),  # a young person of 18
    ],
)
def test_over_compulsory_school_age_by_the_next_school_year(
    born: dt.date, today: dt.date, over: bool
) -> None:
    assert deadlines.over_compulsory_school_age_next_school_year(born, today) is over


@pytest.mark.parametrize(
    ("born", "ends"),
    [
        # Turning 16 in the autumn: the June of the school year that follows.
        (dt.date(2010, 10, 5), dt.date(2027, 6, 25)),
        (dt.date(2010, 9, 1), dt.date(2027, 6, 25)),
        # Turning 16 in July or August: the June before the birthday.
        (dt.date(2010, 8, 15), dt.date(2026, 6, 26)),
        (dt.date(2010, 7, 1), dt.date(2026, 6, 26)),
        # Turning 16 on the leaving date itself.
        (dt.date(2010, 6, 26), dt.date(2026, 6, 26)),
        (dt.date(2008, 2, 29), dt.date(2024, 6, 28)),
    ],
)
def test_compulsory_school_age_ends_on_the_last_friday_of_june(
    born: dt.date, ends: dt.date
) -> None:
    assert deadlines.compulsory_school_age_ends(born) == ends
    assert ends.weekday() == 4
    assert not deadlines.young_person_on(born, ends)
    assert deadlines.young_person_on(born, ends + dt.timedelta(days=1))
