"""The draft plan the case system holds for a case, and a family's response to it: saved
page by page, then sent once through the outbox, marked late after the 15 days."""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from flask import Flask
from sqlalchemy import select, update
from sqlalchemy.orm import Session

from forms.draft_plans import SETTING_NAME, SETTING_TYPE
from portal.case_api import bodies, messages, ordering, reads
from portal.contact_preferences import service as contact
from portal.documents import service as attachments
from portal.models import Account, CaseLink, Document, DraftPlanResponse, OutboxMessage
from portal.models.base import utcnow
from portal.platform import audit, db, deadlines

COMMENTS = "draft_plan.comment"
MEETING = "draft_plan.meeting"
PERSONAL_BUDGET = "draft_plan.personal_budget"


@dataclass(frozen=True)
class Draft:
    """A draft plan as the case system last said, with the dates that follow from it."""

    reference: str
    issued_on: dt.date
    sections: list[dict[str, str]]
    received_on: dt.date | None
    fresh: bool
    fetched_at: dt.datetime | None
    # Proposed amendments to a plan after its annual review, sent as a draft of the amended
    # plan: the date the amended plan is due (the 15 days to respond are the same).
    amended_plan_due: dt.date | None = None
    born: dt.date | None = None  # the child's or young person's date of birth

    @property
    def amendment(self) -> bool:
        return self.amended_plan_due is not None

    @property
    def respond_by(self) -> dt.date:
        return deadlines.draft_comments_close(self.issued_on)

    @property
    def reminder_on(self) -> dt.date:
        return deadlines.draft_reminder_on(self.issued_on)

    @property
    def final_plan_due(self) -> dt.date | None:
        return deadlines.final_plan_due(self.received_on) if self.received_on else None

    def late_on(self, day: dt.date) -> bool:
        return day > self.respond_by


def amends(status: reads.Read, plan: reads.Read) -> bool:
    """A draft on a case that already had its final plan: proposed amendments, perhaps,
    which the annual review says."""
    drafted = (plan.body or {}).get("status") == "draft"
    return drafted and (status.body or {}).get("status") == "final_plan"


def _amended_plan_due(review: reads.Read | None) -> dt.date | None:
    """When an annual review decided to amend the plan and its notice went out: the date
    the amended plan is due (8 weeks from the notice, sooner for a move of school)."""
    decision = ((review.body if review else None) or {}).get("decision")
    if not isinstance(decision, dict) or decision.get("outcome") != "amend":
        return None
    notice = bodies.day_in(decision.get("amendment_notice_on"))
    if notice is None or decision.get("amended_plan_issued_on"):
        return None
    transfer, year = decision.get("phase_transfer"), decision.get("transfer_year")
    return deadlines.amended_plan_due(
        notice,
        deadlines.PhaseTransfer(transfer) if transfer in set(deadlines.PhaseTransfer) else None,
        year if isinstance(year, int) else None,
    )


def draft_from(
    reference: str, status: reads.Read, plan: reads.Read, review: reads.Read | None = None
) -> Draft | None:
    """The case's draft plan, if it has one the family can respond to (sent, not final).
    Give the annual `review` where the draft may be a review's proposed amendments."""
    body = plan.body or {}
    issued_on = bodies.day_in(body.get("issued_on"))
    if body.get("status") != "draft" or issued_on is None:
        return None
    return Draft(
        reference=reference,
        issued_on=issued_on,
        sections=list(body.get("sections") or []),
        received_on=bodies.day_in((status.body or {}).get("received_on")),
        fresh=plan.fresh,
        fetched_at=plan.fetched_at,
        amended_plan_due=_amended_plan_due(review),
        born=bodies.day_in((status.body or {}).get("date_of_birth")),
    )


def current_draft(reference: str) -> tuple[Draft | None, bool]:
    """The draft, and whether the case system (or a copy of what it said) could be read."""
    status, plan = reads.case_and_plan(reference)
    review = reads.review(reference) if amends(status, plan) else None
    return draft_from(reference, status, plan, review), plan.fresh or plan.body is not None


def response_to(account_id: str, draft: Draft) -> DraftPlanResponse | None:
    return db.session().scalar(
        select(DraftPlanResponse).where(
            DraftPlanResponse.account_id == account_id,
            DraftPlanResponse.case_reference == draft.reference,
            DraftPlanResponse.draft_issued_on == draft.issued_on,
        )
    )


def _unsent_before(account_id: str, draft: Draft) -> DraftPlanResponse | None:
    """The account's latest unsent response to an earlier draft of this case."""
    return db.session().scalar(
        select(DraftPlanResponse)
        .where(
            DraftPlanResponse.account_id == account_id,
            DraftPlanResponse.case_reference == draft.reference,
            DraftPlanResponse.draft_issued_on < draft.issued_on,
            DraftPlanResponse.submitted_at.is_(None),
        )
        .order_by(DraftPlanResponse.draft_issued_on.desc())
        .limit(1)
    )


def _carry(earlier: DraftPlanResponse, response: DraftPlanResponse) -> bool:
    """What the family wrote for an earlier draft, and their evidence, moved to the
    response to the new one, to check before they send it; the earlier one goes.
    Whether there was anything to move."""
    session = db.session()
    response.answers = dict(earlier.answers)
    moved = db.rows_changed(
        session,
        update(Document)
        .where(Document.draft_response_id == earlier.id)
        .values(draft_response_id=response.id),
    )
    session.delete(earlier)
    return bool(earlier.answers) or moved > 0


def start(
    account_id: str, link: CaseLink, draft: Draft, language: str
) -> tuple[DraftPlanResponse, bool]:
    """The account's response to this draft, begun now if it was not before; and whether
    it was begun with what they had written for an earlier draft, not sent."""
    found = response_to(account_id, draft)
    if found is not None:
        return found, False
    response, added = db.add_or_twin(
        DraftPlanResponse(
            account_id=account_id,
            case_reference=draft.reference,
            responder_role=link.relationship,
            draft_issued_on=draft.issued_on,
            case_received_on=draft.received_on,
            amended_plan_due=draft.amended_plan_due,
            answers={},
            language=language,
        ),
        lambda: response_to(account_id, draft),
    )
    if not added:
        return response, False
    earlier = _unsent_before(account_id, draft)
    carried = earlier is not None and _carry(earlier, response)
    audit.add(db.session(), "draft_response_started", "case", draft.reference)
    db.session().commit()
    return response, carried


def last_sent(account_id: str, reference: str) -> DraftPlanResponse | None:
    return db.session().scalar(
        select(DraftPlanResponse)
        .where(
            DraftPlanResponse.account_id == account_id,
            DraftPlanResponse.case_reference == reference,
            DraftPlanResponse.submitted_at.is_not(None),
        )
        .order_by(DraftPlanResponse.submitted_at.desc())
        .limit(1)
    )


def own(account_id: str, response_id: str) -> DraftPlanResponse | None:
    return db.session().scalar(
        select(DraftPlanResponse).where(
            DraftPlanResponse.id == response_id, DraftPlanResponse.account_id == account_id
        )
    )


def respond_by(response: DraftPlanResponse) -> dt.date:
    return deadlines.draft_comments_close(response.draft_issued_on)


def final_plan_due(response: DraftPlanResponse) -> dt.date | None:
    """The amended plan's date for a response to proposed amendments; otherwise the final
    plan's, 20 weeks from the request."""
    if response.amended_plan_due is not None:
        return response.amended_plan_due
    received = response.case_received_on
    return deadlines.final_plan_due(received) if received else None


def comments(response: DraftPlanResponse) -> dict[str, str]:
    return dict(response.answers.get(COMMENTS) or {})


def save(response: DraftPlanResponse, answers: dict[str, Any], language: str) -> None:
    response.answers = {**response.answers, **answers}
    response.language = language
    response.updated_at = utcnow()
    db.session().commit()


def save_comment(response: DraftPlanResponse, letter: str, text: str | None, language: str) -> None:
    kept = comments(response)
    if text:
        kept[letter] = text
    else:
        kept.pop(letter, None)
    save(response, {COMMENTS: kept}, language)


def files(response: DraftPlanResponse) -> list[Document]:
    return attachments.listed(draft_response_id=response.id)


def is_empty(response: DraftPlanResponse, evidence: list[Document]) -> bool:
    """Nothing in the response at all: no comment, no setting, no answer about a meeting
    or a personal budget, no evidence. Sent, it says only that the family responded."""
    answers = response.answers
    asked = (answers.get(SETTING_NAME), answers.get(MEETING), answers.get(PERSONAL_BUDGET))
    return not comments(response) and not any(asked) and not evidence


def _yes(value: Any) -> bool | None:
    return None if value is None else value == "yes"


def send(response: DraftPlanResponse, sections: list[str]) -> None:
    """Sent once: the response is locked and read again, so a second press (or a second
    tab) finds it sent. After the 15 days it still goes, marked late."""
    session = db.session()
    db.lock(DraftPlanResponse, DraftPlanResponse.id == response.id)
    session.refresh(response)
    if response.submitted_at is not None:
        session.commit()
        return
    now = utcnow()
    response.submitted_at = now
    response.late = deadlines.council_day(now) > respond_by(response)
    answers = response.answers
    written = comments(response)
    name, kind = answers.get(SETTING_NAME), answers.get(SETTING_TYPE)
    evidence = files(response)
    message = messages.AddDraftPlanResponse(
        key=messages.draft_plan_response_key(response.id),
        after_key=ordering.creating_message_key(response.case_reference),
        case_reference=response.case_reference,
        response=bodies.DraftPlanResponseBody(
            id=response.id,
            draft_issued_on=response.draft_issued_on,
            respond_by=respond_by(response),
            late=response.late,
            responder_role=response.responder_role,
            language=response.language,
            comments=[
                {"section": letter, "comment": written[letter]}
                for letter in sections
                if written.get(letter)
            ],
            setting={"name": name, "type": kind} if name and kind else None,
            meeting=_yes(answers.get(MEETING)),
            personal_budget=_yes(answers.get(PERSONAL_BUDGET)),
            attachments=[attachments.reference(d) for d in evidence],
            sent_by=response.account_id,
            sent_at=now,
        ),
    )
    session.add(messages.outbox_row(message))
    session.add_all(attachments.upload_messages(evidence, response.case_reference, message.key))
    audit.add(session, "draft_response_sent", "case", response.case_reference)
    _receipt(session, response, now)
    session.commit()


def _receipt(session: Session, response: DraftPlanResponse, now: dt.datetime) -> None:
    """Tell the family, the way they chose, that their response arrived: once, in the
    transaction that sends it (its event is the response's)."""
    amendment = response.amended_plan_due is not None
    contact.notify_family(
        session,
        response.account_id,
        "amendment_response_received" if amendment else "draft_plan_response_received",
        ("draft_plans.sent", {"reference": response.case_reference}),
        event=f"draft-plan-response-received-{response.id}",
        language=response.language,
        case_reference=response.case_reference,
        reference=response.case_reference,
        sent_on=deadlines.council_day(now),
        late=response.late,
        respond_by=respond_by(response),
    )


def _event_key(kind: str, account_id: str, draft: Draft) -> str:
    named = f"{account_id}|{draft.reference}|{draft.issued_on.isoformat()}"
    return f"draft-{kind}-" + hashlib.sha256(named.encode()).hexdigest()[:32]


def _told(session: Session, event: str, since: dt.date | None = None) -> bool:
    keys = (messages.email_key(event), messages.sms_key(event))
    found = select(OutboxMessage.id).where(OutboxMessage.idempotency_key.in_(keys))
    if since is not None:
        start = dt.datetime.combine(since, dt.time.min, tzinfo=deadlines.LONDON)  # its UK day
        found = found.where(OutboxMessage.created_at >= start)
    return session.scalar(found) is not None


def _told_of_draft_late(session: Session, account_id: str, draft: Draft) -> bool:
    """Told the draft was ready when its last day was already near: that message gave the
    last day, so a reminder would say it twice."""
    return _told(session, _event_key("ready", account_id, draft), since=draft.reminder_on)


def _tell(app: Flask, message: str, due: Callable[[Draft, dt.date], bool], today: dt.date) -> int:
    """Tell each family linked to a case whose draft is `due` today, and who has not sent
    a response, by the channels they chose: once per draft and account. Returns how many."""
    queued = 0
    with app.app_context():
        session = db.session()
        links = session.execute(
            select(CaseLink, Account).join(Account, Account.id == CaseLink.account_id)
        ).all()
        for link, account in links:
            draft, _reachable = current_draft(link.case_reference)
            if draft is None or not due(draft, today):
                continue
            started = response_to(account.id, draft)
            if started is not None and started.submitted_at is not None:
                continue
            event = _event_key(message.removeprefix("draft_plan_"), account.id, draft)
            if _told(session, event):
                continue
            if message == "draft_plan_reminder" and _told_of_draft_late(session, account.id, draft):
                continue
            contact.notify_family(
                session,
                account.id,
                message.replace("draft_plan", "amendment") if draft.amendment else message,
                ("draft_plans.respond", {"reference": draft.reference}),
                event=event,
                language=started.language if started is not None else "en",
                case_reference=link.case_reference,
                reference=draft.reference,
                respond_by=draft.respond_by,
                amended_plan_due=draft.amended_plan_due,
            )
            session.commit()
            queued += 1
    return queued


def tell_of_drafts(app: Flask, today: dt.date) -> int:
    """Tell each family that their draft plan is ready, once per draft, while its 15 days
    last (`flask draft-plans tell`, daily, like `flask reviews tell`)."""
    return _tell(app, "draft_plan_ready", lambda d, day: d.issued_on <= day <= d.respond_by, today)


def send_reminders(app: Flask, today: dt.date) -> int:
    """Remind each family whose draft plan's 15 days end in 5 days or fewer, once per
    draft (`flask draft-plans remind`, daily)."""
    return _tell(
        app, "draft_plan_reminder", lambda d, day: d.reminder_on <= day <= d.respond_by, today
    )
