"""A request's history in plain words, newest first: received, then every message that
went to the case system about it (assigned, information asked, the family's reply, a
decision, consent, views, files, notes), each with how its delivery stands; each email
and text the family was sent about it, with whether it went; and its audit
trail, who has seen or changed it, where caseworkers' looking at the request's pages
(most of a busy request's trail) is one line: how many times, and who looked last."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any

from flask_babel import force_locale, gettext, ngettext
from flask_babel import lazy_gettext as _l
from pydantic import ValidationError
from sqlalchemy import Integer, Row, bindparam, func, select

from forms.kit.numbers import Count
from forms.triage.actions import EXCEPTION_KINDS
from forms.triage.decision import NOT_ASSESS_REASONS
from portal.case_api import messages as case_messages
from portal.case_api.messages import Kind
from portal.consent import service as consent
from portal.models import AssessmentRequest, AuditEvent, DeadlineException, Document, OutboxMessage
from portal.platform import db, deadlines
from portal.platform.written_dates import format_date
from portal.triage import deliveries, late, written_in
from portal.triage import service as triage
from portal.triage.askers import Asker, asker

# What each triage decision sent to the case system says happened (those that name who
# asked are in `Asker.decisions`).
DECISIONS = {
    "accepted": _l("Accepted for a decision"),
    "assess": _l("Decision: assess"),
    "not_assess": _l("Decision: not to assess"),
    "deadline_exception": _l("Time limit exception recorded"),
}
OTHER_KINDS = {
    Kind.ASSESSMENT_REQUEST: _l("Request sent to the case system"),
    Kind.CONTRIBUTION: _l("Views sent"),
    Kind.DOCUMENT: _l("File sent"),
    Kind.CASE_NOTE: _l("Internal note added"),
}

# Events in the trail per page, and the one event summed up rather than listed.
TRAIL_PAGE = 50
VIEWED = "viewed_request"
ASSIGNED = "triage_assign"


@dataclass(frozen=True)
class Event:
    title: str
    at: dt.datetime
    by: str | None = None
    text: str | None = None
    text_lang: str | None = None  # the language `text` was typed in, where known
    delivery: str | None = None  # an outbox status, for what went to the case system
    to_family: bool = False  # an email or text to the family, not a message to the case system
    attempts: int = 0
    chosen: tuple[str, ...] = ()  # what was chosen from a fixed list, in the page's language
    facts: tuple[str, ...] = ()  # what the event settled: a decision's date, an exception's days


@dataclass(frozen=True)
class History:
    events: list[Event]
    views: int  # how many times caseworkers looked at the request's pages
    last_viewed_at: dt.datetime | None
    last_viewed_by: str | None
    trail: list[Row[tuple[dt.datetime, str, str, str | None]]]  # the rest: when, what, who
    more: bool  # the trail goes on on the next page
    staff: dict[str, str]  # the names of the staff the page names, by account id
    given_to: list[str | None]  # for each event of the trail, who an assignment gave it to


# Built once, as the history runs them on every view: the latest look and how many.
_VIEWED = (
    select(AuditEvent.occurred_at, AuditEvent.actor_id, func.count().over())
    .where(AuditEvent.object_id == bindparam("reference"), AuditEvent.action == VIEWED)
    .order_by(AuditEvent.occurred_at.desc())
    .limit(1)
)
# One page of the trail and the first event of the next, only what the page shows of
# them: the events about the request, its draft and the draft's documents.
_TRAIL = (
    select(AuditEvent.occurred_at, AuditEvent.action, AuditEvent.actor_kind, AuditEvent.actor_id)
    .where(
        AuditEvent.object_id.in_([bindparam("reference"), bindparam("draft_id")])
        | AuditEvent.object_id.in_(
            select(Document.id).where(Document.draft_id == bindparam("draft_id"))
        ),
        AuditEvent.action != VIEWED,
    )
    .order_by(AuditEvent.occurred_at.desc(), AuditEvent.id.desc())
    .offset(bindparam("skipped", type_=Integer))
    .limit(TRAIL_PAGE + 1)
)
# The days of each time limit exception, in the order they were recorded (their reasons,
# encrypted, are in the messages sent about them).
_EXCEPTION_DAYS = (
    select(DeadlineException.kind, DeadlineException.days)
    .where(DeadlineException.request_id == bindparam("request_id"))
    .order_by(DeadlineException.recorded_at, DeadlineException.id)
)


def of_request(request: AssessmentRequest, page: int = 1) -> History:
    """`page`: of the trail, from 1."""
    delivered = deliveries.of_request(request)
    sent = [(row, _message(row)) for row, _file in delivered]
    files = {row.id: file for row, file in delivered if file is not None}
    viewed = db.session().execute(_VIEWED, {"reference": request.reference}).first()
    trail = _trail(request, page)
    shown = trail[:TRAIL_PAGE]
    names = triage.names(
        [*_people(sent), viewed[1] if viewed else None, *(event.actor_id for event in shown)]
    )
    return History(
        events=events(
            request,
            sent,
            names,
            _exception_facts(request, sent),
            files,
            written_in.languages(request, sent),
        ),
        views=viewed[2] if viewed else 0,
        last_viewed_at=viewed[0] if viewed else None,
        last_viewed_by=names.get(viewed[1] or "") if viewed else None,
        trail=shown,
        more=len(trail) > TRAIL_PAGE,
        staff=names,
        given_to=_given_to(shown, sent, names),
    )


def _given_to(
    trail: list[Row[tuple[dt.datetime, str, str, str | None]]],
    sent: list[tuple[OutboxMessage, Any]],
    names: dict[str, str],
) -> list[str | None]:
    """Who each assignment in the trail gave the request to: the assignment sent in the
    same step, the latest decided at or before the trail's event (audit events keep no
    more than what was done)."""
    assigned = sorted(
        (_aware(message.decision.decided_at), message.decision.assigned_to or "")
        for _row, message in sent
        if isinstance(message, case_messages.RecordTriageDecision)
        and message.decision.decision == "assigned"
    )
    given: list[str | None] = []
    for event in trail:
        earlier = [who for at, who in assigned if at <= _aware(event.occurred_at)]
        named = names.get(earlier[-1]) if event.action == ASSIGNED and earlier else None
        given.append(named)
    return given


def _trail(
    request: AssessmentRequest, page: int
) -> list[Row[tuple[dt.datetime, str, str, str | None]]]:
    where = {"reference": request.reference, "draft_id": request.draft_id}
    skipped = (page - 1) * TRAIL_PAGE
    return list(db.session().execute(_TRAIL, {**where, "skipped": skipped}))


def _exception_facts(
    request: AssessmentRequest, sent: list[tuple[OutboxMessage, Any]]
) -> list[tuple[str, ...]]:
    """For each time limit exception, in the order recorded: its days, and the decision's
    due date once it (and those before it) moved it on, as the Summary counts it. Read
    only for a request with an exception."""
    if not any(_is_exception(message) for _row, message in sent):
        return []
    rows = db.session().execute(_EXCEPTION_DAYS, {"request_id": request.id})
    received = deadlines.council_day(request.submitted_at)
    so_far: list[deadlines.Exemption] = []
    facts: list[tuple[str, ...]] = []
    for kind, days in rows:
        so_far.append(deadlines.Exemption(deadlines.ExceptionKind(kind), days, ""))
        due = format_date(deadlines.decision_due(received, so_far), "medium")
        # NOTE: A line in a request's history, under a time limit exception: the date the
        # decision whether to assess is due by once the exception moved it on.
        moved = gettext("Decision due by %(date)s", date=due)
        facts.append((ngettext("%(num)s day", "%(num)s days", Count(days)), moved))
    return facts


def _is_exception(message: Any) -> bool:
    return (
        isinstance(message, case_messages.RecordTriageDecision)
        and message.decision.decision == "deadline_exception"
    )


def _people(sent: list[tuple[OutboxMessage, Any]]) -> list[str | None]:
    """Who decided, was assigned or wrote a note, in the messages sent about a request."""
    people: list[str | None] = []
    for _row, message in sent:
        if isinstance(message, case_messages.RecordTriageDecision):
            people += [message.decision.decided_by, message.decision.assigned_to]
        elif isinstance(message, case_messages.AddCaseNote):
            people.append(message.note.written_by)
    return people


def events(
    request: AssessmentRequest,
    sent: list[tuple[OutboxMessage, Any]],
    names: dict[str, str],
    exceptions: Sequence[tuple[str, ...]] = (),
    files: dict[str, str] | None = None,
    typed_in: dict[str, str] | None = None,
) -> list[Event]:
    """`exceptions`: the facts of each time limit exception, in the order recorded, as the
    messages about them were sent; `files`: the name of the file each message sends, and
    `typed_in`: the language of the text it carries, where known, by the message's id."""
    who = asker(request.requester_role)
    found = [Event(gettext("Request received"), request.submitted_at, text=str(who.asked))]
    told = iter(exceptions)
    for row, message in sent:
        event = _event(row, message, names, who, (files or {}).get(row.id))
        if _is_exception(message):
            event = replace(event, facts=next(told, ()))
        elif isinstance(message, case_messages.RecordTriageDecision):
            event = replace(event, facts=(*event.facts, *_late(request, message.decision)))
        if event.text and row.id in (typed_in or {}):
            event = replace(event, text_lang=(typed_in or {})[row.id])
        found.append(event)
    return sorted(found, key=lambda event: _aware(event.at), reverse=True)


def _late(
    request: AssessmentRequest, decision: case_messages.TriageDecisionBody
) -> tuple[str, ...]:
    """Why a decision was late, and by how many days, if it was."""
    said = late.late_decision(request.decision_due, decision.decision_date, decision.late_reason)
    return (said,) if said else ()


def _aware(moment: dt.datetime) -> dt.datetime:
    return moment if moment.tzinfo else moment.replace(tzinfo=dt.UTC)


def _message(row: OutboxMessage) -> Any:
    """The message as sent, or None if it is of no known kind (or no longer parses)."""
    model = case_messages.MODELS.get(Kind(row.kind)) if row.kind in set(Kind) else None
    try:
        return model.from_row(row) if model else None
    except ValidationError:
        return None


def _event(
    row: OutboxMessage, message: Any, names: dict[str, str], who: Asker, file: str | None = None
) -> Event:
    delivery: dict[str, Any] = {"delivery": row.status, "attempts": row.attempts}
    if file is not None:
        sent_file = str(OTHER_KINDS[Kind.DOCUMENT])
        return Event(
            sent_file,
            row.created_at,
            str(who.by),
            text=file,
            text_lang=written_in.FILE_NAME,
            **delivery,
        )
    if isinstance(message, case_messages.RecordTriageDecision):
        return _decision(message.decision, names, who, delivery)
    if isinstance(message, case_messages.SendEmail | case_messages.SendSms):
        return _told(row, message, who, delivery)
    if isinstance(message, case_messages.AddConsentEvent):
        return _consent(message.event, delivery)
    if isinstance(message, case_messages.AddCaseNote):
        by = names.get(message.note.written_by) or None
        return Event(str(OTHER_KINDS[Kind.CASE_NOTE]), message.note.written_at, by, **delivery)
    title = OTHER_KINDS.get(Kind(row.kind)) if row.kind in set(Kind) else None
    if row.kind == Kind.MEDIATION_STEP:  # names who asked
        title = who.mediation
    return Event(str(title or gettext("Sent to the case system")), row.created_at, **delivery)


def _told(
    row: OutboxMessage,
    message: case_messages.SendEmail | case_messages.SendSms,
    who: Asker,
    delivery: dict[str, Any],
) -> Event:
    """When it went, once it did; until then, when it was written."""
    by_text = isinstance(message, case_messages.SendSms)
    title = str(who.told.get(message.template, who.other)[by_text])
    at = row.delivered_at if row.status == "delivered" and row.delivered_at else row.created_at
    return Event(title, at, to_family=True, **delivery)


def _consent(event: case_messages.ConsentEventBody, delivery: dict[str, Any]) -> Event:
    """Which consent, named as the family saw it: one request gives several at once."""
    choice = consent.choice_label(event.choice)
    if event.choice == consent.EXCLUSIONS:
        # NOTE: A line in a request's history: %(choice)s is "People we must not share
        # information with", and %(done)s what was done to the list ("added", "removed").
        title = gettext(
            "%(choice)s: %(done)s",
            choice=choice,
            done=consent.what_was_done(event.choice, event.given),
        )
    elif event.given:
        # NOTE: A line in a request's history. %(choice)s is what the consent was for,
        # such as "Sharing with NHS trusts providing health services".
        title = gettext("Consent given: %(choice)s", choice=choice)
    else:
        # NOTE: A line in a request's history. %(choice)s is what the consent was for,
        # such as "Sharing with NHS trusts providing health services".
        title = gettext("Consent withdrawn: %(choice)s", choice=choice)
    # What the family typed (the people not to share with), in the language they read
    # the consent's wording in.
    detail = event.detail if event.given else None
    typed_in = event.language if detail else None
    return Event(title, event.occurred_at, text=detail, text_lang=typed_in, **delivery)


def _decision(
    decision: case_messages.TriageDecisionBody,
    names: dict[str, str],
    who: Asker,
    delivery: dict[str, Any],
) -> Event:
    by = names.get(decision.decided_by) or None
    if decision.decision == "assigned":
        assignee = names.get(decision.assigned_to or "") or gettext("a caseworker")
        title = gettext("Assigned to %(name)s", name=assignee)
        return Event(title, decision.decided_at, by, **delivery)
    if decision.decision == "duplicate":
        title = gettext("Marked as a duplicate of %(reference)s", reference=decision.duplicate_of)
        return Event(title, decision.decided_at, by, **delivery)
    if decision.decision == "family_replied":  # "The family replied" says who
        by = None
    title = str(
        who.decisions.get(decision.decision) or DECISIONS.get(decision.decision, decision.decision)
    )
    facts: tuple[str, ...] = ()
    if decision.decision_date is not None:
        # NOTE: A line in a request's history, under a decision: the date the caseworker
        # said it was made, which may be before it was recorded.
        day = format_date(decision.decision_date, "medium")
        facts = (gettext("Decided on %(date)s", date=day),)
    fixed = _FIXED.get(decision.decision)
    if fixed:
        chosen, written = chosen_in(decision.reason, fixed)
        return Event(
            title, decision.decided_at, by, written, chosen=chosen, facts=facts, **delivery
        )
    return Event(title, decision.decided_at, by, decision.reason, facts=facts, **delivery)


# The fixed lists a decision's reason may begin with: the standard reasons for not
# assessing, and the kind of a time limit exception.
_FIXED: dict[str, dict[str, Any]] = {
    "not_assess": NOT_ASSESS_REASONS,
    "deadline_exception": EXCEPTION_KINDS,
}


def chosen_in(reason: str | None, fixed: dict[str, Any]) -> tuple[tuple[str, ...], str | None]:
    """A decision's reason as the case system was sent it: what the caseworker chose from
    the list `fixed`, in English, a line each, then their own words. The chosen lines are
    known by their English words (their msgids) and given back in the page's language; the
    caseworker's words are given back as written."""
    with force_locale("en"):
        english = {str(text): text for text in fixed.values()}
    lines = (reason or "").split("\n")
    chosen = 0
    while chosen < len(lines) and lines[chosen].strip() in english:
        chosen += 1
    found = tuple(str(english[line.strip()]) for line in lines[:chosen])
    return found, "\n".join(lines[chosen:]).strip() or None
