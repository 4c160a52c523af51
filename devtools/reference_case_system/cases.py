"""Cases: `POST /v1/assessment-requests` opens one; `GET /v1/cases` finds a child's
cases; `GET /v1/cases/<reference>` tells where one stands and when things are due."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any, cast

from flask import Blueprint, Response, request
from sqlalchemy import Table, bindparam, insert, select

from devtools.reference_case_system import council_decisions, time_limits
from devtools.reference_case_system.common import created, json_body, ok, problem
from devtools.reference_case_system.database import db
from devtools.reference_case_system.idempotency import idempotent
from devtools.reference_case_system.models import Case, Plan

PLAN_WEEKS = 20
UPN = r"[A-Z][0-9]{11}[0-9A-Z]"

bp = Blueprint("cases", __name__)


_CASE_EXISTS = select(Case.reference).where(Case.reference == bindparam("reference"))
_NEW_CASE = insert(cast(Table, Case.__table__)).values(status="received")


def case_exists(reference: str) -> bool:
    return db().scalar(_CASE_EXISTS, {"reference": reference}) is not None


@bp.post("/v1/assessment-requests")
@idempotent
def create_assessment_request() -> Response:
    document, error = json_body("AssessmentRequest")
    if error:
        return error
    if case_exists(document["reference"]):
        return problem(422, "Unprocessable Content", "a case with this reference exists")
    db().execute(
        _NEW_CASE,
        {
            "reference": document["reference"],
            "requester_role": document["requester_role"],
            "language": document["language"],
            "answers": document["answers"],
            "documents": document["documents"],
            "received_on": dt.datetime.fromisoformat(document["submitted_at"]).date(),
        },
    )
    return created({"case_reference": document["reference"], "status": "received"})


def _search_problem(upn: str, first: str, last: str, born: str) -> Response | None:
    """What is wrong with the search's parameters, if anything."""
    if any(len(values) > 1 for values in request.args.listvalues()):
        return problem(400, "Bad Request", "give each parameter once")
    if not upn and not (first and last and born):
        return problem(400, "Bad Request", "give a upn, or first_name, last_name and date_of_birth")
    if "upn" in request.args and not re.fullmatch(UPN, request.args["upn"]):
        return problem(400, "Bad Request", "upn: not a unique pupil number")
    if max(len(first), len(last)) > 100:
        return problem(400, "Bad Request", "names must be 100 characters or fewer")
    if "date_of_birth" in request.args:
        try:
            if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", born):
                raise ValueError(born)
            dt.date.fromisoformat(born)
        except ValueError:
            return problem(400, "Bad Request", "date_of_birth: not a date (YYYY-MM-DD)")
    return None


@bp.get("/v1/cases")
def find_cases() -> Response:
    """A reference implementation: it reads every case, as a small case system may."""
    upn = request.args.get("upn", "").strip().upper()
    first = request.args.get("first_name", "").strip().casefold()
    last = request.args.get("last_name", "").strip().casefold()
    born = request.args.get("date_of_birth", "").strip()
    wrong = _search_problem(upn, first, last, born)
    if wrong:
        return wrong

    def matches(answers: dict[str, Any]) -> bool:
        if upn:
            return (answers.get("child.upn") or "").upper() == upn
        return (
            (answers.get("child.first_name") or "").casefold() == first
            and (answers.get("child.last_name") or "").casefold() == last
            and answers.get("child.date_of_birth") == born
        )

    found = [
        {
            "case_reference": case.reference,
            "status": case.status,
            "received_on": case.received_on.isoformat(),
        }
        for case in db().scalars(
            select(Case).order_by(Case.received_on.desc(), Case.created_at.desc())
        )
        if matches(case.answers or {})
    ][:20]
    return ok(found)


@bp.get("/v1/cases/<reference>")
def get_case(reference: str) -> Response:
    case = db().get(Case, reference)
    if case is None:
        return problem(404, "Not Found", "no such case")
    plan = db().get(Plan, reference)
    names = (case.answers.get("child.first_name"), case.answers.get("child.last_name"))
    return ok(
        {
            "case_reference": case.reference,
            "status": case.status,
            "received_on": case.received_on.isoformat(),
            "decision_due": time_limits.decision_due(db(), case).isoformat(),
            "decided_on": case.decided_on.isoformat() if case.decided_on else None,
            "draft_plan_due": None,
            "final_plan_due": (case.received_on + dt.timedelta(weeks=PLAN_WEEKS)).isoformat()
            if case.status in ("assessing", "draft_plan", "final_plan") or plan
            else None,
            "date_of_birth": case.answers.get("child.date_of_birth"),
            "child_name": " ".join(part for part in names if part) or None,
            **council_decisions.dates(db(), reference),
        }
    )
