"""The requests part of the DfE's person-level SEN2 return, as CSV.

A census year's return covers the requests received in the calendar year before the
census (January). Each row is one request, with the person fields the return needs and
its outcome: Y (decided to assess), N (decided not to assess), W (withdrawn before a
decision) or A (awaiting a decision at the end of the year). A decision that was changed
(not to assess, then to assess after mediation) is reported as the decision in force,
with the date it was made. Requests marked as duplicates are left out: the original is
reported once. The codes follow this portal's reading of the DfE guide; check them
against the guide for the year before the first submission.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Iterator

from sqlalchemy import select

from forms import items
from portal.models import AssessmentRequest
from portal.platform import db, deadlines
from portal.platform.spreadsheets import safe_cell

# RequestSource: 1 is "young person or parent"; 2 to 5 (an education setting, health,
# social care, other) are professionals, who do not ask through this portal.
FROM_FAMILY = "1"
COLUMNS = (
    "UPN",
    "Surname",
    "Forename",
    "DOB",
    "Postcode",
    "ReceivedDate",
    "RequestSource",
    "RequestOutcome",
    "RequestOutcomeDate",
)


def census_years(today: dt.date) -> list[int]:
    """The census years with a complete (or current) year of requests, newest first."""
    return [today.year + 1 - n for n in range(5)]


def outcome(request: AssessmentRequest, year_end: dt.date) -> tuple[str, dt.date | None]:
    decided = request.decided_on if request.decided_on and request.decided_on <= year_end else None
    if request.status == "decided_assess" and decided:
        return "Y", decided
    if request.status == "decided_not_assess" and decided:
        return "N", decided
    if request.status == "withdrawn" and decided:
        return "W", decided
    return "A", None


def rows(census_year: int) -> Iterator[list[str]]:
    start = dt.date(census_year - 1, 1, 1)
    end = dt.date(census_year - 1, 12, 31)
    found = db.session().scalars(
        select(AssessmentRequest)
        .where(AssessmentRequest.status != "duplicate")
        .order_by(AssessmentRequest.submitted_at)
    )
    for request in found:
        received = deadlines.council_day(request.submitted_at)
        if not start <= received <= end:
            continue
        answers = request.answers
        code, when = outcome(request, end)
        yield [
            safe_cell(value)
            for value in (
                answers.get(items.CHILD_UPN),
                answers.get(items.CHILD_LAST_NAME),
                answers.get(items.CHILD_FIRST_NAME),
                answers.get(items.CHILD_DATE_OF_BIRTH),
                answers.get(items.CHILD_ADDRESS_POSTCODE),
                received.isoformat(),
                FROM_FAMILY,
                code,
                when.isoformat() if when else "",
            )
        ]


def requests_csv(census_year: int) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(COLUMNS)
    writer.writerows(rows(census_year))
    return buffer.getvalue()
