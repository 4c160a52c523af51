"""Which decisions the case system reports that a family can challenge, and the dates
that follow from what the family told us."""

from __future__ import annotations

import datetime as dt

from portal.disagreement.service import Decision, challengeable
from portal.platform.deadlines import appeal_due

NOT_ASSESSING = {"status": "not_assessing", "decided_on": "2026-01-31"}
FINAL = {"status": "final", "issued_on": "2025-12-31"}


def test_a_decision_not_to_assess_and_a_final_plan_can_be_challenged() -> None:
    assert challengeable(NOT_ASSESSING, None) == [Decision("not_to_assess", dt.date(2026, 1, 31))]
    assert challengeable({"status": "final_plan"}, FINAL) == [
        Decision("final_plan", dt.date(2025, 12, 31))
    ]


def test_nothing_to_challenge_without_a_decision_or_its_date() -> None:
    assert challengeable(None, None) == []
    assert challengeable({"status": "deciding", "decided_on": None}, None) == []
    assert challengeable({"status": "not_assessing", "decided_on": None}, None) == []
    assert challengeable({"status": "not_assessing", "decided_on": "31/01/2026"}, None) == []
    assert challengeable({"status": "draft_plan"}, {"status": "draft", "issued_on": None}) == []
    assert challengeable({"status": "final_plan"}, {"status": "final", "issued_on": None}) == []


def test_the_deadline_follows_the_certificate_only_when_later() -> None:
    decided = dt.date(2025, 12, 31)
    assert Decision("final_plan", decided).period_ends == dt.date(2026, 2, 28)
    assert not Decision("final_plan", decided).extended
    later = Decision("final_plan", decided, certificate_on=dt.date(2026, 2, 15))
    assert later.period_ends == dt.date(2026, 3, 15) and later.extended
    earlier = Decision("final_plan", decided, certificate_on=dt.date(2026, 1, 20))
    assert earlier.period_ends == dt.date(2026, 2, 28) and not earlier.extended
    assert earlier.appeal_due == dt.date(2026, 3, 2), "28 February 2026 is a Saturday"


def test_a_deadline_in_august_is_said_to_be_in_the_tribunals_holiday() -> None:
    summer = Decision("not_to_assess", dt.date(2026, 6, 10))
    assert summer.period_ends == dt.date(2026, 8, 10)
    assert summer.appeal_due == dt.date(2026, 9, 1) and summer.in_tribunal_holiday
    assert summer.contact_adviser_by == dt.date(2026, 8, 10)
    assert not Decision("not_to_assess", dt.date(2026, 5, 10)).in_tribunal_holiday


def test_a_deadline_on_a_sunday_is_said_to_wait_for_the_next_working_day() -> None:
    """The tester's case: 2 months from 20 October 2026 end on Sunday 20 December."""
    stopped = Decision("cease_plan", dt.date(2026, 10, 20))
    assert stopped.period_ends == dt.date(2026, 12, 20)
    assert stopped.appeal_due == dt.date(2026, 12, 21)
    assert stopped.on_a_closed_day and not stopped.in_tribunal_holiday
    assert not Decision("cease_plan", dt.date(2026, 10, 21)).on_a_closed_day


def test_a_decision_not_to_issue_a_plan_can_be_challenged_from_its_date() -> None:
    case = {"status": "not_issuing", "decided_on": "2026-01-05", "not_issuing_on": "2026-05-11"}
    assert challengeable(case, None) == [Decision("not_to_issue", dt.date(2026, 5, 11))]
    assert challengeable({**case, "not_issuing_on": None}, None) == []
    assert challengeable({"status": "not_issuing"}, None) == [], "an older case system's case"


def test_once_a_plan_is_stopped_the_decision_to_stop_it_is_challenged() -> None:
    case = {"status": "plan_ceased", "ceased_on": "2026-10-19"}
    assert challengeable(case, FINAL) == [Decision("cease_plan", dt.date(2026, 10, 19))]
    assert challengeable({"status": "final_plan", "ceased_on": "2026-10-19"}, FINAL) == [
        Decision("final_plan", dt.date(2025, 12, 31))
    ], "a date without the status is not a decision"


def test_an_annual_review_that_decided_to_stop_the_plan_is_challenged() -> None:
    stop = {"decision": {"outcome": "stop", "decided_on": "2026-09-01"}}
    case = {"status": "final_plan"}
    assert challengeable(case, FINAL, stop) == [Decision("cease_plan", dt.date(2026, 9, 1))]
    ceased = {"status": "plan_ceased", "ceased_on": "2026-10-19"}
    assert challengeable(ceased, FINAL, stop) == [Decision("cease_plan", dt.date(2026, 10, 19))], (
        "the case system's own date, once it reports the plan stopped"
    )
    amend = {"decision": {"outcome": "amend", "decided_on": "2026-09-01"}}
    assert challengeable(case, FINAL, amend) == [Decision("final_plan", dt.date(2025, 12, 31))]


def test_a_reviews_decision_to_stop_is_dated_by_the_decision_once_the_case_system_dates_it() -> (
    None
):
    stop = {"decision": {"outcome": "stop", "decided_on": "2026-09-01"}}
    dated = {"status": "final_plan", "ceased_on": "2026-09-15"}
    [found] = challengeable(dated, FINAL, stop)
    assert found == Decision("cease_plan", dt.date(2026, 9, 15))
    assert found.appeal_due == appeal_due(dt.date(2026, 9, 15)), "counted from the decision"
    assert found.reviewed_on == dt.date(2026, 9, 1), "steps keyed to the review still count"
    older = {"status": "final_plan", "ceased_on": "2024-03-01"}
    assert challengeable(older, FINAL, stop) == [Decision("cease_plan", dt.date(2026, 9, 1))], (
        "an older date was another plan's"
    )
    [not_issuing] = challengeable({"status": "not_issuing", "not_issuing_on": "2026-09-02"}, None)
    assert not_issuing.reviewed_on is None
