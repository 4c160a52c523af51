"""The decision whether to assess: final once recorded, emailed to the family and sent to
the case system, so it is recorded only from its check page (GOV.UK's pattern for an
action that cannot be undone).

What was typed goes through the check page as hidden fields, not in the session: the
confirmation is posted like the form itself and checked again in full (the same
validation, the version the caseworker first saw, CSRF), so a field changed on the way
can do nothing the form could not; nothing is kept on the server for a check page left
open or abandoned, and two tabs deciding two requests cannot mix their answers."""

from __future__ import annotations

from typing import Any

from flask import request
from flask.typing import ResponseReturnValue
from flask_babel import force_locale

from forms.assessment_request.sections import asks_for_themselves
from forms.triage.decision import LATE_REASONS, NOT_ASSESS_REASONS
from portal.models import AssessmentRequest
from portal.platform import deadlines
from portal.platform.written_dates import format_date
from portal.triage import actions
from portal.triage import service as triage
from portal.triage.page import render

PREFIX = "decide-"
CONFIRMED, CHANGE = f"{PREFIX}confirmed", f"{PREFIX}change"


def confirmed() -> bool:
    """Whether the caseworker pressed the check page's button to record the decision."""
    return request.form.get(CONFIRMED) == "yes"


def changing() -> bool:
    """Whether the caseworker went back from the check page to change what they typed."""
    return request.form.get(CHANGE) == "yes"


def check_page(found: AssessmentRequest, form: Any) -> ResponseReturnValue:
    kept = [
        (name, value)
        for name, value in request.form.items(multi=True)
        if name.startswith(PREFIX)
        and name not in (CONFIRMED, CHANGE)
        and not name.endswith("csrf_token")
    ]
    return render(
        "triage/request/check_decision.html",
        found,
        None,
        form=form,
        kept=kept,
        chosen=next(str(c.label) for c in form.decision.choices if c.value == form.decision.data),
        young_person=asks_for_themselves(found.requester_role),
        decided_on=format_date(form.decided_on.data),
        days_late=(form.decided_on.data - found.decision_due).days if form.is_late() else 0,
        reasons=[NOT_ASSESS_REASONS[code] for code in _codes(form)],
        note=_note(form),
        late_reason=LATE_REASONS.get(form.late_reason.data) if form.is_late() else None,
    )


def _codes(form: Any) -> list[str]:
    # The reasons not to assess are asked under that choice (a conditional reveal): boxes
    # ticked or words typed there before the caseworker chose to assess are not theirs
    # to keep, send or tell the family.
    return list(form.standard_reasons.data or []) if form.decision.data == "not_assess" else []


def _note(form: Any) -> str:
    return (form.reason.data or "").strip() if form.decision.data == "not_assess" else ""


def decide(found: AssessmentRequest, form: Any, me: str, seen: int | None) -> None:
    decision = form.decision.data
    written = _note(form)
    # The language the caseworker says they wrote in, not their pages' language: they are
    # advised to write in the family's.
    written_in = form.language_written() if written else None
    codes = _codes(form)
    with force_locale("en"):
        standard = [str(NOT_ASSESS_REASONS[code]) for code in codes]
    reason = "\n".join([*standard, written]).strip() or None
    told = {"reasons": codes, "note": written, "written_in": written_in}
    decided_on = form.decided_on.data
    actions.act(
        found,
        decision,
        me,
        seen,
        reason=reason,
        decided_on=decided_on,
        decision=told if decision == "not_assess" else None,
        late_reason=form.late_reason.data if form.is_late() else None,
        email=(
            "decision",
            {
                "decision": decision,
                "decided_on": decided_on,
                "reasons": triage.standard_reasons(codes),
                "reasons_to_young_person": triage.standard_reasons(codes, young_person=True),
                "reason": written,
                "written_in": written_in,
                "contact_adviser_by": deadlines.contact_adviser_by(decided_on),
                "appeal_due": deadlines.appeal_due(decided_on),
                # Why the tribunal accepts the appeal later than the 2 months, when it does.
                "in_tribunal_holidays": deadlines.in_tribunal_holidays(
                    deadlines.contact_adviser_by(decided_on)
                ),
                "theirs_to_decide": _about_a_young_person(found),
            },
        ),
    )


def _about_a_young_person(found: AssessmentRequest) -> bool:
    """A parent or carer asked for someone who is now a young person, whose it is to decide
    whether to challenge the decision: the parent's email says so."""
    born = found.child_date_of_birth
    return (
        not asks_for_themselves(found.requester_role)
        and born is not None
        and deadlines.young_person_on(born, deadlines.council_today())
    )
