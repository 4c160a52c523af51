"""The decisions a family can challenge, read from the case system, with the mediation
steps the family recorded and the appeal deadline that follows from them."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select

from portal.case_api import bodies, ordering
from portal.case_api import messages as case_messages
from portal.case_api.reads import Read
from portal.models import MediationStep
from portal.models.base import utcnow
from portal.platform import audit, db, deadlines

CONTACTED = "contacted_mediation"
CERTIFICATE = "mediation_certificate"


@dataclass(frozen=True)
class Decision:
    """A decision the family can challenge, and what they told us about mediation."""

    kind: str  # "not_to_assess", "not_to_issue", "final_plan" or "cease_plan"
    decided_on: dt.date
    contacted_on: dt.date | None = None
    certificate_on: dt.date | None = None
    # A stop an annual review decided: the date of the review's decision, which steps
    # recorded before the case system gave the decision to stop its own date are keyed to.
    reviewed_on: dt.date | None = field(default=None, compare=False)
    # The date of birth of the child or young person the decision is about, if known.
    born: dt.date | None = field(default=None, compare=False)

    @property
    def appeal_due(self) -> dt.date:
        return deadlines.appeal_due(self.decided_on, self.certificate_on)

    @property
    def period_ends(self) -> dt.date:
        return deadlines.appeal_period_ends(self.decided_on, self.certificate_on)

    @property
    def extended(self) -> bool:
        """The certificate moved the deadline later than 2 months from the decision."""
        return self.period_ends > deadlines.appeal_period_ends(self.decided_on)

    @property
    def in_tribunal_holiday(self) -> bool:
        """The time ends in August or over the New Year, so the tribunal waits longer."""
        return self.appeal_due > self.period_ends and deadlines.in_tribunal_holidays(
            self.period_ends
        )

    @property
    def on_a_closed_day(self) -> bool:
        """The time ends on a weekend or a bank holiday, so the tribunal waits until its
        next working day."""
        return self.appeal_due > self.period_ends and not self.in_tribunal_holiday

    def young_persons_to_challenge(self, today: dt.date) -> bool:
        """The decision is about a young person (over compulsory school age): asking for
        mediation and appealing are theirs to decide, and a parent acts for them only if
        they lack the mental capacity to (Children and Families Act 2014, sections 51 and
        80)."""
        return self.born is not None and deadlines.young_person_on(self.born, today)

    @property
    def contact_adviser_by(self) -> dt.date:
        return deadlines.contact_adviser_by(self.decided_on)

    def contact_over(self, today: dt.date) -> bool:
        """The 2 months to contact the mediation adviser have ended."""
        return today > self.contact_adviser_by

    def waiting_for_certificate(self, today: dt.date) -> bool:
        """The 2 months have ended, but the family contacted the mediation adviser and has
        no certificate yet: the time to appeal runs to 1 month from its date."""
        return today > self.appeal_due and self.contacted_on is not None and not self.certificate_on

    def appeal_over(self, today: dt.date) -> bool:
        """The last day the tribunal accepts an appeal has passed, and no certificate to
        come can move it."""
        return today > self.appeal_due and not self.waiting_for_certificate(today)

    def stage(self, today: dt.date) -> str:
        """Where the family stands, as "If you disagree" on the case page and the account
        home say it: "contact" the mediation adviser by `contact_adviser_by`; "contacted"
        them, so mediation and a certificate may come, and the appeal is due by
        `appeal_due`; "waiting" for the certificate the appeal's month runs from;
        holding a "certificate", the appeal due by `appeal_due`; or "passed": the time to
        appeal has ended, or the adviser was not contacted in time."""
        if self.appeal_over(today):
            return "passed"
        if self.certificate_on:
            return "certificate"
        if self.contacted_on:
            return "waiting" if self.waiting_for_certificate(today) else "contacted"
        return "passed" if self.contact_over(today) else "contact"


# A case's status, the decision it reports and the field with that decision's date.
CASE_DECISIONS = (
    ("not_assessing", "not_to_assess", "decided_on"),
    ("not_issuing", "not_to_issue", "not_issuing_on"),
    ("plan_ceased", "cease_plan", "ceased_on"),
)


def _stopped_on(review: dict[str, Any] | None) -> dt.date | None:
    """The date an annual review decided to stop the plan, if it did."""
    decision = (review or {}).get("decision")
    if not isinstance(decision, dict) or decision.get("outcome") != "stop":
        return None
    return bodies.day_in(decision.get("decided_on"))


def challengeable(
    case: dict[str, Any] | None,
    plan: dict[str, Any] | None,
    review: dict[str, Any] | None = None,
) -> list[Decision]:
    """The decisions the case system reports that a family can take to the tribunal. Once
    a plan is stopped, or an annual review decided to stop it, the decision to stop it is
    the one to challenge, not its contents."""
    found = []
    status = (case or {}).get("status")
    born = bodies.day_in((case or {}).get("date_of_birth"))
    stopped_on = _stopped_on(review)
    for case_status, kind, key in CASE_DECISIONS:
        decided_on = bodies.day_in((case or {}).get(key))
        if status == case_status and decided_on:
            reviewed_on = stopped_on if kind == "cease_plan" else None
            found.append(Decision(kind, decided_on, reviewed_on=reviewed_on, born=born))
    if stopped_on and not any(d.kind == "cease_plan" for d in found):
        # The decision to stop, with its own date once the case system gives it one (an
        # older one was another plan's).
        decided_on = bodies.day_in((case or {}).get("ceased_on")) or stopped_on
        stop = max(decided_on, stopped_on)
        found.append(Decision("cease_plan", stop, reviewed_on=stopped_on, born=born))
    issued_on = bodies.day_in((plan or {}).get("issued_on"))
    ceasing = status == "plan_ceased" or stopped_on is not None
    if plan and plan.get("status") == "final" and issued_on and not ceasing:
        found.append(Decision("final_plan", issued_on, born=born))
    return found


def _steps(account_id: str, reference: str) -> list[MediationStep]:
    """Oldest first, so the latest of each step wins."""
    return list(
        db.session().scalars(
            select(MediationStep)
            .where(
                MediationStep.account_id == account_id,
                MediationStep.case_reference == reference,
            )
            .order_by(MediationStep.recorded_at, MediationStep.id)
        )
    )


def steps_by_case(account_id: str) -> dict[str, list[MediationStep]]:
    """Every step the account recorded, by case, oldest first: for a page that lists its
    cases, in one statement."""
    found: dict[str, list[MediationStep]] = {}
    for step in db.session().scalars(
        select(MediationStep)
        .where(MediationStep.account_id == account_id)
        .order_by(MediationStep.recorded_at, MediationStep.id)
    ):
        found.setdefault(step.case_reference, []).append(step)
    return found


def with_steps(decision: Decision, steps: Iterable[MediationStep]) -> Decision:
    """The decision with the latest of each step recorded on it: on its date, or, for a
    stop an annual review decided, on the review's decision before the case system dated
    the decision to stop."""
    dates = {decision.decided_on, decision.reviewed_on or decision.decided_on}
    latest = {
        step.step: step.happened_on
        for step in steps
        if step.decision == decision.kind and step.decided_on in dates
    }
    return Decision(
        decision.kind,
        decision.decided_on,
        latest.get(CONTACTED),
        latest.get(CERTIFICATE),
        reviewed_on=decision.reviewed_on,
        born=decision.born,
    )


def decisions(
    account_id: str, reference: str, status: Read, plan: Read, review: Read | None = None
) -> list[Decision]:
    """The case's challengeable decisions, with this account's mediation steps. Give the
    annual `review` where a plan may have been stopped by one."""
    found = challengeable(status.body, plan.body, review.body if review else None)
    if not found:
        return []
    steps = _steps(account_id, reference)
    return [with_steps(decision, steps) for decision in found]


def decision(
    account_id: str, reference: str, kind: str, status: Read, plan: Read, review: Read | None = None
) -> Decision | None:
    found = decisions(account_id, reference, status, plan, review)
    return next((d for d in found if d.kind == kind), None)


def record(
    account_id: str, reference: str, decision: Decision, step: str, happened_on: dt.date
) -> MediationStep:
    """Keep the step, audit it and send it to the case system, in one transaction."""
    session = db.session()
    before = session.scalar(
        select(MediationStep.id)
        .where(MediationStep.case_reference == reference)
        .order_by(MediationStep.recorded_at.desc())
        .limit(1)
    )
    row = MediationStep(
        account_id=account_id,
        case_reference=reference,
        decision=decision.kind,
        decided_on=decision.decided_on,
        step=step,
        happened_on=happened_on,
        recorded_at=utcnow(),
    )
    session.add(row)
    session.flush()
    message = case_messages.AddMediationStep(
        key=case_messages.mediation_step_key(row.id),
        after_key=ordering.behind(
            case_messages.mediation_step_key(before) if before else None, reference
        ),
        case_reference=reference,
        step=case_messages.MediationStepBody(
            id=row.id,
            decision=row.decision,
            decided_on=row.decided_on,
            step=row.step,
            happened_on=row.happened_on,
            recorded_by=account_id,
            recorded_at=row.recorded_at,
        ),
    )
    session.add(case_messages.outbox_row(message))
    audit.add(session, f"recorded_{step}", "case", reference)
    session.commit()
    return row
