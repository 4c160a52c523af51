"""Requests a family makes about their own information: what they hold with us, sending
a request (kept, audited, and queued for the case system, the data protection officer
and an acknowledgement, in one transaction), and staff extending or answering it."""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from sqlalchemy import select, update

from forms import items
from forms.assessment_request.sections import PARENT, SECTIONS, YOUNG_PERSON
from forms.catalogue import Item
from portal.auth.holder import voice_of
from portal.case_api import messages as case_messages
from portal.case_api import notify, reads
from portal.case_api.bodies import DataRightsViews
from portal.cases import service as cases
from portal.contact_preferences import service as contact
from portal.data_rights import whom
from portal.data_rights.held import SentViews, views_of
from portal.data_rights.rights import Rights, rights_over
from portal.models import (
    Account,
    AuditEvent,
    CaseLink,
    DataRightsRequest,
    DataRightsUpdate,
    OutboxMessage,
)
from portal.models.base import new_id, utcnow
from portal.platform import audit, db, deadlines, extensions

OWN_CATEGORY = "rights_requests"  # the request's own items: not something to ask about
OBJECT_KIND = "data_rights_request"
RECEIVED, EXTENDED, DONE = "received", "extended", "done"


def askable() -> list[Item]:
    """Every item a family can make a request about, in the catalogue's order."""
    return [item for item in extensions.catalogue().items if item.category != OWN_CATEGORY]


@functools.cache
def asked_only_of_parents() -> frozenset[str]:
    """The request's questions for a parent or carer that a young person asking for
    themselves is never asked (their relationship to the child, say), and who helped a
    child give their views: a young person's account gives only their own."""
    asked = {
        role: {i for s in SECTIONS for i in s.items_for(role)} for role in (PARENT, YOUNG_PERSON)
    }
    return frozenset(asked[PARENT] - asked[YOUNG_PERSON]) | {items.VIEWS_HELPED_BY}


def item(item_id: str) -> Item | None:
    return next((found for found in askable() if found.id == item_id), None)


def rights(found: Item) -> Rights:
    return rights_over(extensions.catalogue(), found)


def reference_of(request_id: str) -> str:
    return f"DR-{request_id[:8].upper()}"


def views_asked_about(row: DataRightsRequest) -> SentViews | None:
    """The set of views whose answer the request is about, while it is kept."""
    views_id = row.content.get("views")
    return views_of(row.account_id, views_id) if views_id else None


def _open_twin(
    account_id: str,
    found: Item,
    right: str,
    details: str,
    views_id: str | None,
    about: dict[str, str] | None,
) -> DataRightsRequest | None:
    """The same request, still open: a second press of the button sends nothing more."""
    for row in db.session().scalars(
        select(DataRightsRequest).where(
            DataRightsRequest.account_id == account_id,
            DataRightsRequest.item_id == found.id,
            DataRightsRequest.right == right,
            DataRightsRequest.status != DONE,
        )
    ):
        kept = (row.content.get("details"), row.content.get("views"), row.content.get("about"))
        if kept == (details, views_id, about):
            return row
    return None


def send(
    account_id: str,
    found: Item,
    right: str,
    details: str,
    correction: str | None,
    language: str,
    views: SentViews | None = None,
    about: dict[str, str] | None = None,
) -> DataRightsRequest:
    """`views`: the set of views whose answer it is about, when it is one; `about`: the
    child it is about (`about`), for an item about a child."""
    views_id = views.id if views else None
    twin = _open_twin(account_id, found, right, details, views_id, about)
    if twin is not None:
        return twin
    session = db.session()
    account = session.get(Account, account_id)
    assert account is not None
    now = utcnow()
    request_id = new_id()
    row = DataRightsRequest(
        id=request_id,
        reference=reference_of(request_id),
        account_id=account_id,
        right=right,
        item_id=found.id,
        content={"details": details, "correction": correction}
        | ({"views": views_id} if views_id else {})
        | ({"about": about} if about else {}),
        language=language,
        received_at=now,
        received_on=deadlines.council_day(now),
        due_on=deadlines.data_rights_due(deadlines.council_day(now)),
        status=RECEIVED,
    )
    session.add(row)
    session.add(case_messages.outbox_row(_for_case_system(row, found, account, views)))
    _tell(session, account.id, row, "data_rights_received", language)
    notify.queue_email(
        session,
        f"data-rights-dpo-{row.id}",
        str(extensions.settings().config.council.data_protection_officer_email),
        "data_rights_for_dpo",
        "en",
        reference=row.reference,
        request_id=row.id,
        right=right,
        young_person=voice_of(account.id) == "young person",
        due=row.due_on,
    )
    audit.add(session, "data_rights_request_sent", OBJECT_KIND, row.id)
    session.commit()
    return row


def _for_case_system(
    row: DataRightsRequest, found: Item, account: Account, views: SentViews | None
) -> case_messages.CreateDataRightsRequest:
    cases = (
        [chosen]
        if (chosen := whom.one_case(row))
        else db.session().scalars(
            select(CaseLink.case_reference)
            .where(CaseLink.account_id == account.id)
            .order_by(CaseLink.created_at)
        )
    )
    return case_messages.CreateDataRightsRequest(
        key=case_messages.data_rights_key(row.id),
        request=case_messages.DataRightsRequestBody(
            id=row.id,
            reference=row.reference,
            right=row.right,
            item=found.id,
            item_label=found.staff.label,  # as staff name it, in English
            lawful_basis=list(found.lawful_basis),
            details=row.content["details"],
            correction=row.content["correction"],
            case_references=list(cases),
            requested_by=account.id,
            contact_email=account.email,
            language=row.language,
            received_at=row.received_at,
            due_on=row.due_on,
            about=DataRightsViews(
                views=views.id,
                written_as=views.author_role,
                case_reference=views.reference,
                sent_at=views.sent_at,
            )
            if views
            else None,
        ),
    )


def _tell(
    session: Any, account_id: str, row: DataRightsRequest, message: str, language: str, **more: Any
) -> None:
    contact.notify_family(
        session,
        account_id,
        message,
        ("account.your_data", {}),
        event=f"{message}-{row.id}",
        language=language,
        reference=row.reference,
        right=row.right,
        due=row.due_on,
        **more,
    )


def requests_of(account_id: str) -> Sequence[DataRightsRequest]:
    return (
        db.session()
        .scalars(
            select(DataRightsRequest)
            .where(DataRightsRequest.account_id == account_id)
            .order_by(DataRightsRequest.received_at.desc())
        )
        .all()
    )


def own_request(account_id: str, request_id: str) -> DataRightsRequest | None:
    row = db.session().get(DataRightsRequest, request_id)
    return row if row is not None and row.account_id == account_id else None


def updates_of(request_id: str) -> Sequence[DataRightsUpdate]:
    return (
        db.session()
        .scalars(
            select(DataRightsUpdate)
            .where(DataRightsUpdate.request_id == request_id)
            .order_by(DataRightsUpdate.made_at)
        )
        .all()
    )


# Staff


def queue() -> Sequence[DataRightsRequest]:
    """Open requests first, the soonest due first; then the answered ones, latest first."""
    session = db.session()
    open_ = session.scalars(
        select(DataRightsRequest)
        .where(DataRightsRequest.status != DONE)
        .order_by(DataRightsRequest.due_on, DataRightsRequest.received_at)
    ).all()
    done = session.scalars(
        select(DataRightsRequest)
        .where(DataRightsRequest.status == DONE)
        .order_by(DataRightsRequest.closed_on.desc(), DataRightsRequest.received_at.desc())
        .limit(100)
    ).all()
    return [*open_, *done]


def trail(request_id: str) -> Sequence[AuditEvent]:
    return (
        db.session()
        .scalars(
            select(AuditEvent)
            .where(AuditEvent.object_kind == OBJECT_KIND, AuditEvent.object_id == request_id)
            .order_by(AuditEvent.occurred_at.desc())
        )
        .all()
    )


def cases_of_asker(row: DataRightsRequest) -> list[cases.SeenCase]:
    """For staff: the cases and requests the account that asked can see (only the one
    the family said it is about, where they said), so they can find the record the
    request is about. Each one's showing is audited against its case (what a family's
    case is, and whose, is theirs to know was looked at), before it is shown."""
    chosen = whom.one_case(row)
    found = [
        case if case.child_name else replace(case, child_name=_named_by_case_system(case))
        for case in cases.cases_seen_by(row.account_id)
        if chosen is None or case.reference == chosen
    ]
    for case in found:
        audit.record("viewed_data_rights_cases", "case", case.reference)
    return found


def _named_by_case_system(case: cases.SeenCase) -> str:
    """The child's name as the case system gives it (kept for a while, as every read
    of it is), for a case the portal holds no name for: one linked with a code."""
    return str((reads.case_status(case.reference).body or {}).get("child_name") or "")


def delivery(request_id: str) -> str | None:
    """Where the request is on its way to the case system (an outbox status)."""
    return db.session().scalar(
        select(OutboxMessage.status).where(
            OutboxMessage.idempotency_key == case_messages.data_rights_key(request_id)
        )
    )


def _change(row: DataRightsRequest, status: str, reason: str, staff_id: str) -> bool:
    """Record the change once: false when someone else changed the request first."""
    session = db.session()
    today = deadlines.council_today()
    allowed = [RECEIVED] if status == EXTENDED else [RECEIVED, EXTENDED]
    due = deadlines.data_rights_extended_due(row.received_on) if status == EXTENDED else row.due_on
    changed = db.rows_changed(
        session,
        update(DataRightsRequest)
        .where(DataRightsRequest.id == row.id, DataRightsRequest.status.in_(allowed))
        .values(status=status, due_on=due, closed_on=today if status == DONE else None),
    )
    if changed != 1:
        session.rollback()
        return False
    # Each update waits behind the one before it (the first behind the request): the
    # outbox sends several messages at once, and the case system must not read the
    # answer before the extension it follows.
    before = session.scalar(
        select(DataRightsUpdate.id)
        .where(DataRightsUpdate.request_id == row.id)
        .order_by(DataRightsUpdate.made_at.desc())
        .limit(1)
    )
    change = DataRightsUpdate(
        id=new_id(), request_id=row.id, status=status, reason=reason, made_by=staff_id
    )
    session.add(change)
    session.flush()
    session.add(
        case_messages.outbox_row(
            case_messages.AddDataRightsUpdate(
                key=case_messages.data_rights_update_key(change.id),
                after_key=case_messages.data_rights_update_key(before)
                if before
                else case_messages.data_rights_key(row.id),
                request_id=row.id,
                update=case_messages.DataRightsUpdateBody(
                    id=change.id,
                    status=status,
                    reason=reason,
                    due_on=due,
                    made_by=staff_id,
                    made_at=change.made_at,
                ),
            )
        )
    )
    session.refresh(row)
    _tell(
        session,
        row.account_id,
        row,
        f"data_rights_{status}",
        row.language,
        reason=reason,
    )
    audit.add(session, f"data_rights_{status}", OBJECT_KIND, row.id)
    session.commit()
    return True


def may_extend(row: DataRightsRequest, today: dt.date) -> bool:
    return row.status == RECEIVED and deadlines.data_rights_extendable(row.received_on, today)


def extend(row: DataRightsRequest, reason: str, staff_id: str) -> bool:
    """False, and nothing saved, once the time to extend has passed (the route says so)."""
    if not deadlines.data_rights_extendable(row.received_on, deadlines.council_today()):
        return False
    return _change(row, EXTENDED, reason, staff_id)


def close(row: DataRightsRequest, reason: str, staff_id: str) -> bool:
    return _change(row, DONE, reason, staff_id)


def repeated(row: DataRightsRequest, status: str, reason: str, staff_id: str) -> bool:
    """Whether the request's last change is this one, by this person: the same form sent
    twice (a double click), not someone else's change."""
    last = db.session().scalar(
        select(DataRightsUpdate)
        .where(DataRightsUpdate.request_id == row.id)
        .order_by(DataRightsUpdate.made_at.desc())
        .limit(1)
    )
    return (
        last is not None
        and row.status == status
        and (last.status, last.reason, last.made_by) == (status, reason, staff_id)
    )


def overdue(row: DataRightsRequest, today: dt.date) -> bool:
    return row.status != DONE and row.due_on < today
