"""The statutory time limits of the SEND Regulations 2014, in one place.

- 6 weeks from a request to decide whether to assess (regulation 5);
- 16 weeks to tell the family if the council decides not to issue a plan (regulation 10);
- 20 weeks from the request to the final plan (regulation 13);
- at least 15 days, beginning with the day the draft plan was sent, for the family to
  comment on it, ask for a setting and ask for a meeting (regulation 13(1)); these are
  calendar days, so a weekend or bank holiday moves nothing, and the portal reminds a
  family who has not responded 5 days before they end;
- an annual review within 12 months of the plan, then of the last review (regulation 18);
  the council's decision (keep, amend or stop the plan) within 4 weeks of the review
  meeting (regulation 20(10)); for an amendment, the proposed changes with at least 15
  days to comment, counted as for a draft plan, and the amended plan within 8 weeks of
  the amendment notice (regulation 22); where a child moves between phases, the plan is
  amended by 15 February of the year of the move to a new school, or 31 March for a move
  into further education (regulation 18), whichever of these dates comes first;
- an appeal to the tribunal within 2 months of the decision's notice, or 1 month of a
  mediation certificate, whichever is later (regulation 43); the mediation adviser is
  contacted within the 2 months (regulation 33); mediation takes place within 30 days
  of the council being told the family wants it (regulation 37), a day the family's
  contact with the adviser does not fix, so no date is counted for it. The tribunal's
  own rules (the Tribunal Procedure (First-tier Tribunal) (Health, Education and Social
  Care Chamber) Rules 2008, rule 12) move an appeal deadline that ends in August, or
  from 25 December to 1 January, to the first working day after 31 August or 1 January,
  and one that ends on any other day the tribunal is closed (a weekend, Good Friday or
  a bank holiday) to its next working day.

And one from UK GDPR: a request to correct, restrict, object to a use of or erase personal
data is answered within one calendar month of its receipt, extendable by two further
months where it is complex, with the reason told within the first month (Article 12(3)).

And one from the Education Act 1996 (section 8): compulsory school age ends on the last
Friday of June of the school year in which a child turns 16. A post-16 institution is for
a young person over it.

The regulations lift a time limit where it is impractical to meet because of a school
closure of 4 weeks or more, exceptional personal circumstances, or the family being
away for 4 weeks or more (regulations 5(4), 10(4), 13(3)). A recorded exception moves a
due date on by the days it covers, and says why.
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum
from functools import cache
from zoneinfo import ZoneInfo

# The council counts days in UK time.
LONDON = ZoneInfo("Europe/London")


def council_day(moment: dt.datetime) -> dt.date:
    """The day `moment` falls on as the council counts days: in UK time."""
    return moment.astimezone(LONDON).date()


def now() -> dt.datetime:
    """The present moment: the one clock the council's day is read from (tests set it)."""
    return dt.datetime.now(dt.UTC)


def council_today() -> dt.date:
    return council_day(now())


DECIDE_WHETHER_TO_ASSESS = dt.timedelta(weeks=6)
DECIDE_NOT_TO_ISSUE = dt.timedelta(weeks=16)
FINAL_PLAN = dt.timedelta(weeks=20)
DRAFT_COMMENTS = dt.timedelta(days=15)
DRAFT_REMINDER_BEFORE = dt.timedelta(days=5)
ANNUAL_REVIEW_MONTHS = 12
LONG_ABSENCE = dt.timedelta(weeks=4)
APPEAL_MONTHS = 2
APPEAL_MONTHS_AFTER_CERTIFICATE = 1
REVIEW_DECISION = dt.timedelta(weeks=4)
AMENDED_PLAN = dt.timedelta(weeks=8)
DATA_RIGHTS_MONTHS = 1
DATA_RIGHTS_EXTENSION_MONTHS = 2


class ExceptionKind(StrEnum):
    SCHOOL_CLOSURE = "school_closure"
    PERSONAL_CIRCUMSTANCES = "personal_circumstances"
    FAMILY_AWAY = "family_away"

    @property
    def needs_four_weeks(self) -> bool:
        return self is not ExceptionKind.PERSONAL_CIRCUMSTANCES


@dataclass(frozen=True)
class Exemption:
    kind: ExceptionKind
    days: int
    reason: str

    def __post_init__(self) -> None:
        if self.days < 1:
            raise ValueError("an exception covers at least one day")
        if self.kind.needs_four_weeks and self.days < LONG_ABSENCE.days:
            raise ValueError(f"{self.kind} applies only to 4 weeks or more")


def _moved(due: dt.date, exemptions: Iterable[Exemption]) -> dt.date:
    return due + dt.timedelta(days=sum(e.days for e in exemptions))


def decision_due(received: dt.date, exemptions: Iterable[Exemption] = ()) -> dt.date:
    return _moved(received + DECIDE_WHETHER_TO_ASSESS, exemptions)


def not_to_issue_due(received: dt.date, exemptions: Iterable[Exemption] = ()) -> dt.date:
    return _moved(received + DECIDE_NOT_TO_ISSUE, exemptions)


def final_plan_due(received: dt.date, exemptions: Iterable[Exemption] = ()) -> dt.date:
    return _moved(received + FINAL_PLAN, exemptions)


def draft_comments_close(draft_sent: dt.date) -> dt.date:
    """The last of the 15 days: the day the draft was sent is the first of them."""
    return draft_sent + DRAFT_COMMENTS - dt.timedelta(days=1)


def draft_reminder_on(draft_sent: dt.date) -> dt.date:
    """The day a family who has not responded is reminded: 5 days before the last day."""
    return draft_comments_close(draft_sent) - DRAFT_REMINDER_BEFORE


def add_months(day: dt.date, months: int) -> dt.date:
    """The same day `months` calendar months on, or the month's last day where it is
    shorter: 31 January + 1 month is 28 (or 29) February."""
    year = day.year + (day.month - 1 + months) // 12
    month = (day.month - 1 + months) % 12 + 1
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def annual_review_due(issued_or_reviewed: dt.date) -> dt.date:
    """12 months on; a plan issued on 29 February is reviewed by 28 February."""
    return add_months(issued_or_reviewed, ANNUAL_REVIEW_MONTHS)


class PhaseTransfer(StrEnum):
    SCHOOL = "school"
    FURTHER_EDUCATION = "further_education"


def school_year_ends(day: dt.date) -> dt.date:
    """31 August: the last day of the school year `day` falls in."""
    return dt.date(day.year if day.month <= 8 else day.year + 1, 8, 31)


def compulsory_school_age_ends(born: dt.date) -> dt.date:
    """The school leaving date of the school year in which a child turns 16: the last
    Friday of June (a child who turns 16 in July or August leaves on it too)."""
    sixteenth = add_months(born, 16 * 12)
    june = school_year_ends(sixteenth).year
    last_day = dt.date(june, 6, 30)
    return last_day - dt.timedelta(days=(last_day.weekday() - calendar.FRIDAY) % 7)


def young_person_on(born: dt.date, day: dt.date) -> bool:
    """Whether someone is a young person on `day` (Children and Families Act 2014, section
    83): over compulsory school age, which ends at the end of its last day."""
    return day > compulsory_school_age_ends(born)


def over_compulsory_school_age_next_school_year(born: dt.date, today: dt.date) -> bool:
    """Whether a child will be over compulsory school age when the next school year starts:
    they turn 16 by the end of this one (at the latest on 31 August)."""
    return add_months(born, 16 * 12) <= school_year_ends(today)


def review_decision_due(meeting: dt.date) -> dt.date:
    """4 weeks after the review meeting: the same weekday, weekends counted."""
    return meeting + REVIEW_DECISION


def amendment_comments_close(notice: dt.date) -> dt.date:
    """The last of the 15 days to comment on proposed amendments, counted as for a
    draft plan: the day the notice was sent is the first."""
    return draft_comments_close(notice)


def phase_transfer_due(transfer: PhaseTransfer, year: int) -> dt.date:
    """The plan naming the new school is due by 15 February of the year of the move;
    one naming a college or other further education setting, by 31 March."""
    if transfer is PhaseTransfer.SCHOOL:
        return dt.date(year, 2, 15)
    return dt.date(year, 3, 31)


def amended_plan_due(
    notice: dt.date, transfer: PhaseTransfer | None = None, transfer_year: int | None = None
) -> dt.date:
    """8 weeks after the amendment notice, or the phase transfer date if that is sooner."""
    due = notice + AMENDED_PLAN
    if transfer is None or transfer_year is None:
        return due
    return min(due, phase_transfer_due(transfer, transfer_year))


def contact_adviser_by(decided: dt.date) -> dt.date:
    """The last day to contact the mediation adviser: 2 months from the decision."""
    return add_months(decided, APPEAL_MONTHS)


def appeal_period_ends(decided: dt.date, certificate: dt.date | None = None) -> dt.date:
    """2 months from the decision, or 1 month from the mediation certificate if that
    gives the family longer. Longer is judged by the day the tribunal accepts the appeal
    until: 2 months ending on 25 December run to the first working day of January, later
    than a month from a certificate ending on 3 January, which must not cut them short."""
    due = contact_adviser_by(decided)
    if certificate is None:
        return due
    after = add_months(certificate, APPEAL_MONTHS_AFTER_CERTIFICATE)
    return after if tribunal_accepts_until(after) > tribunal_accepts_until(due) else due


def _easter_sunday(year: int) -> dt.date:
    """The Gregorian computus (the anonymous algorithm published in Nature, 1876)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l = (32 + 2 * e + 2 * i - h - k) % 7  # noqa: E741
    m = (a + 11 * h + 22 * l) // 451
    month, day = divmod(h + l - 7 * m + 114, 31)
    return dt.date(year, month, day + 1)


def _monday_on_or_after(day: dt.date) -> dt.date:
    return day + dt.timedelta(days=-day.weekday() % 7)


def _weekday_on_or_after(day: dt.date) -> dt.date:
    """A holiday at a weekend is given on the Monday after."""
    return day if day.weekday() < 5 else _monday_on_or_after(day)


def _last_monday(year: int, month: int) -> dt.date:
    last = dt.date(year, month, calendar.monthrange(year, month)[1])
    return last - dt.timedelta(days=last.weekday())


@cache
def bank_holidays(year: int) -> frozenset[dt.date]:
    """England and Wales's bank holidays by their usual rules, with the Monday (or
    Tuesday) instead when New Year's Day, Christmas Day or Boxing Day falls at a weekend.
    A year's one-off changes, made by proclamation, are not known here."""
    easter = _easter_sunday(year)
    new_year = _weekday_on_or_after(dt.date(year, 1, 1))
    christmas = _weekday_on_or_after(dt.date(year, 12, 25))
    boxing_day = _weekday_on_or_after(dt.date(year, 12, 26))
    if boxing_day == christmas:
        boxing_day += dt.timedelta(days=1)
    return frozenset(
        {
            new_year,
            easter - dt.timedelta(days=2),
            easter + dt.timedelta(days=1),
            _monday_on_or_after(dt.date(year, 5, 1)),
            _last_monday(year, 5),
            _last_monday(year, 8),
            christmas,
            boxing_day,
        }
    )


def is_working_day(day: dt.date) -> bool:
    """The tribunal's working day: not a weekend, Christmas Day, Good Friday or a bank
    holiday (Christmas Day and Good Friday are among `bank_holidays`)."""
    return day.weekday() < 5 and day not in bank_holidays(day.year)


def _next_working_day(day: dt.date) -> dt.date:
    """`day` itself when it is a working day."""
    while not is_working_day(day):
        day += dt.timedelta(days=1)
    return day


def in_tribunal_holidays(day: dt.date) -> bool:
    """August, and 25 December to 1 January: a time to appeal that ends then runs to the
    first working day after 31 August or 1 January."""
    return day.month == 8 or (day.month, day.day) >= (12, 25) or (day.month, day.day) == (1, 1)


def tribunal_accepts_until(due: dt.date) -> dt.date:
    """The tribunal's rules on a time that ends in its holidays, or on any other day it is
    closed (then the act is in time on its next working day)."""
    if due.month == 8:
        return _next_working_day(dt.date(due.year, 9, 1))
    if (due.month, due.day) >= (12, 25):
        return _next_working_day(dt.date(due.year + 1, 1, 2))
    if (due.month, due.day) == (1, 1):
        return _next_working_day(dt.date(due.year, 1, 2))
    return _next_working_day(due)


def appeal_due(decided: dt.date, certificate: dt.date | None = None) -> dt.date:
    """The last day the tribunal accepts an appeal against the decision."""
    return tribunal_accepts_until(appeal_period_ends(decided, certificate))


def days_left(due: dt.date, today: dt.date) -> int:
    """Negative when overdue."""
    return (due - today).days


def data_rights_due(received: dt.date) -> dt.date:
    """One calendar month from the day the request arrives (that day counted as the
    first): 31 January gives 28 (or 29) February. A date at a weekend or on a bank
    holiday stays where it is: the council answers by then, never later."""
    return add_months(received, DATA_RIGHTS_MONTHS)


def data_rights_extended_due(received: dt.date) -> dt.date:
    """Two further months on from the first month's end: 31 January gives 28 (or 29)
    April, never later than three months from the day it arrived."""
    return add_months(data_rights_due(received), DATA_RIGHTS_EXTENSION_MONTHS)


def data_rights_extendable(received: dt.date, today: dt.date) -> bool:
    """The family must be told of an extension within the first month: up to and
    including the first due date, never after it."""
    return today <= data_rights_due(received)
