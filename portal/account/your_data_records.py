"""Each kind of record "Your data" lists, all of it (for the downloads) or a window of it,
the newest first (for the page), with how many there are."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from flask_babel import gettext
from sqlalchemy import ColumnElement, Row, Select, false, func, inspect, or_, select
from sqlalchemy.orm import InstrumentedAttribute, Session

from forms.catalogue import Catalogue
from forms.kit.fields import _l
from portal.auth.holder import account_voice
from portal.cases import service as cases
from portal.consent import service as consent
from portal.contributions.service import OWN_VOICE, own_voice
from portal.data_rights import rights as data_rights
from portal.draft_plans.service import COMMENTS
from portal.models import (
    ConsentEvent,
    Contribution,
    DataRightsRequest,
    DataRightsUpdate,
    DraftPlanResponse,
    MediationStep,
    RequestDraft,
    ReviewViews,
)
from portal.platform.answers import listed_answers
from portal.platform.voices import voiced

# Who someone was, as the portal records it (requester, case link, views, consent).
ROLES = {
    "parent_carer": _l("Parent or carer"),
    "young_person": _l("Young person"),
    "child": _l("Someone helping a child or young person"),
    "professional": _l("Professional"),
}
METHODS = {"online": _l("Online, on this service")}


def role(code: str | None) -> str | None:
    return str(ROLES[code]) if code in ROLES else code


@dataclass(frozen=True)
class Window:
    """Part of a list, the newest first: `size` entries after the newest `skip`."""

    skip: int
    size: int


@dataclass(frozen=True)
class OneCase:
    """A case the account is linked to, reached from its page: its lists show only what
    the account sent about it, with the request the account sent as it (if it did)."""

    reference: str
    request_id: str | None
    draft_id: str | None
    child_name: str

    def views(self) -> ColumnElement[bool]:
        """Views for the case, or sent with its request."""
        about = [Contribution.case_reference == self.reference]
        if self.draft_id:
            about.append(Contribution.draft_id == self.draft_id)
        return or_(*about)

    def request(self) -> ColumnElement[bool]:
        return RequestDraft.id == self.draft_id if self.draft_id else false()


# Lists one kind of record: session, catalogue, account id, window -> (entries, how many).
Lister = Callable[[Session, Catalogue, str, "Window | None"], tuple[list[dict[str, Any]], int]]
# The same, kept to one case when given one (`OneCase`).
CaseLister = Callable[
    [Session, Catalogue, str, "Window | None", "OneCase | None"],
    tuple[list[dict[str, Any]], int],
]


def rows_of(
    session: Session,
    query: Select[*tuple[Any, ...]],
    newest: ColumnElement[Any] | InstrumentedAttribute[Any],
    window: Window | None,
) -> tuple[list[Row[Any]], int]:
    """All of `query`'s rows in its own order, or `window`'s of them newest first; and how
    many there are in all, counted in the same statement by a subquery the database runs
    once (a window count would carry every row, answers and all, through the sort)."""
    if window is None:
        rows = list(session.execute(query).all())
        return rows, len(rows)
    total = select(func.count()).select_from(query.order_by(None).subquery()).scalar_subquery()
    found = session.execute(
        query.add_columns(total)
        .order_by(None)
        .order_by(
            newest.desc(),
            *(key.desc() for key in inspect(query.column_descriptions[0]["entity"]).primary_key),
        )
        .offset(window.skip)
        .limit(window.size)
    ).all()
    return list(found), (found[0][-1] if found else 0)


def contributions(
    session: Session,
    catalogue: Catalogue,
    account_id: str,
    window: Window | None,
    case: OneCase | None = None,
) -> tuple[list[dict[str, Any]], int]:
    query = select(Contribution).where(Contribution.account_id == account_id)
    if case is not None:
        query = query.where(case.views())
    rows, total = rows_of(
        session,
        query.order_by(Contribution.created_at),
        Contribution.created_at,
        window,
    )
    return [
        {
            "written_as": c.author_role,
            "written_as_label": role(c.author_role),
            "case": c.case_reference,
            "language": c.language,
            "started_at": c.created_at.isoformat(),
            "sent_at": c.submitted_at.isoformat() if c.submitted_at else None,
            # Each page of views asks what the catalogue requires (who helped) before it saves.
            "answers": listed_answers(
                catalogue,
                c.answers,
                own_voice(c),
                frozenset(i.id for i in catalogue.items if i.required),
                as_asked=True,
            ),
        }
        for c, *_ in rows
    ], total


def draft_plan_responses(
    session: Session, catalogue: Catalogue, account_id: str, window: Window | None
) -> tuple[list[dict[str, Any]], int]:
    titles = cases.plan_section_titles()
    rows, total = rows_of(
        session,
        select(DraftPlanResponse)
        .where(DraftPlanResponse.account_id == account_id)
        .order_by(DraftPlanResponse.created_at),
        DraftPlanResponse.created_at,
        window,
    )
    found = []
    for r, *_ in rows:
        written = r.answers.get(COMMENTS) or {}
        found.append(
            {
                "case": r.case_reference,
                "as": r.responder_role,
                "as_label": role(r.responder_role),
                "draft_issued_on": r.draft_issued_on.isoformat(),
                "language": r.language,
                "started_at": r.created_at.isoformat(),
                "sent_at": r.submitted_at.isoformat() if r.submitted_at else None,
                "late": r.late,
                "comments": [
                    {
                        "section": letter,
                        "section_label": titles.get(letter, letter),
                        "comment": text,
                    }
                    for letter, text in sorted(written.items())
                ],
                # Nothing must be answered to send a response: a meeting or a personal
                # budget unasked for is left blank (each is `voluntary` in the catalogue).
                "answers": listed_answers(
                    catalogue,
                    {k: v for k, v in r.answers.items() if k != COMMENTS},
                    r.responder_role == "young_person",
                    as_asked=True,
                ),
            }
        )
    return found, total


def review_views(
    session: Session,
    catalogue: Catalogue,
    account_id: str,
    window: Window | None,
    case: OneCase | None = None,
) -> tuple[list[dict[str, Any]], int]:
    query = select(ReviewViews).where(ReviewViews.account_id == account_id)
    if case is not None:
        query = query.where(ReviewViews.case_reference == case.reference)
    rows, total = rows_of(
        session,
        query.order_by(ReviewViews.created_at),
        ReviewViews.created_at,
        window,
    )
    return [
        {
            "case": v.case_reference,
            "written_as": v.author_role,
            "written_as_label": role(v.author_role),
            "review_due_on": v.review_due_on.isoformat(),
            "meeting_on": v.meeting_on.isoformat() if v.meeting_on else None,
            "language": v.language,
            "started_at": v.created_at.isoformat(),
            "sent_at": v.submitted_at.isoformat() if v.submitted_at else None,
            "answers": listed_answers(
                catalogue, v.answers, v.author_role == "young_person", as_asked=True
            ),
        }
        for v, *_ in rows
    ], total


DECISIONS = {
    "not_to_assess": _l("Our decision not to assess"),
    "not_to_issue": _l("Our decision not to issue an EHC plan"),
    "final_plan": _l("The final EHC plan"),
    "cease_plan": _l("Our decision to stop the EHC plan"),
}
# Said to the account holder in their voice: a young person's own steps informally.
STEPS: dict[str, Callable[[str | None], str]] = {
    "contacted_mediation": lambda voice: voiced("You contacted the mediation adviser", voice),
    "mediation_certificate": lambda voice: voiced("The date on your mediation certificate", voice),
}


def mediation(
    session: Session, catalogue: Catalogue, account_id: str, window: Window | None
) -> tuple[list[dict[str, Any]], int]:
    rows, total = rows_of(
        session,
        select(MediationStep)
        .where(MediationStep.account_id == account_id)
        .order_by(MediationStep.recorded_at),
        MediationStep.recorded_at,
        window,
    )
    voice = account_voice()
    return [
        {
            "case": m.case_reference,
            "decision": m.decision,
            "decision_label": str(DECISIONS.get(m.decision, m.decision)),
            "decided_on": m.decided_on.isoformat(),
            "step": m.step,
            "step_label": STEPS[m.step](voice) if m.step in STEPS else m.step,
            "on": m.happened_on.isoformat(),
            "recorded_at": m.recorded_at.isoformat(),
        }
        for m, *_ in rows
    ], total


STATUSES = {
    "received": _l("Not answered yet"),
    "extended": _l("Extended"),
    "done": _l("Answered"),
}


def _views_written_as(session: Session, rows: list[DataRightsRequest]) -> dict[str, str]:
    """Who wrote each set of views a request is about: its item is named as they were
    asked it."""
    about = [row.content["views"] for row in rows if row.content.get("views")]
    if not about:
        return {}
    found = session.execute(
        select(Contribution.id, Contribution.author_role).where(Contribution.id.in_(about))
    )
    return {views_id: author_role for views_id, author_role in found.all()}


def data_rights_requests(
    session: Session, catalogue: Catalogue, account_id: str, window: Window | None
) -> tuple[list[dict[str, Any]], int]:
    found, total = rows_of(
        session,
        select(DataRightsRequest)
        .where(DataRightsRequest.account_id == account_id)
        .order_by(DataRightsRequest.received_at.desc()),
        DataRightsRequest.received_at,
        window,
    )
    rows = [row for row, *_ in found]
    written_as = _views_written_as(session, rows)
    updates: dict[str, list[DataRightsUpdate]] = {}
    for change in (
        session.scalars(
            select(DataRightsUpdate)
            .where(DataRightsUpdate.request_id.in_([row.id for row in rows]))
            .order_by(DataRightsUpdate.made_at)
        )
        if rows
        else ()
    ):
        updates.setdefault(change.request_id, []).append(change)
    return [
        {
            "id": row.id,
            "reference": row.reference,
            "right": row.right,
            "right_label": str(data_rights.ASKS.get(row.right, row.right)),
            "item": row.item_id,
            "item_label": data_rights.item_name(
                catalogue.by_id[row.item_id],
                written_as[row.content["views"]] in OWN_VOICE
                if row.content.get("views") in written_as
                else account_voice() is not None,
            )
            if row.item_id in catalogue.by_id
            else row.item_id,
            "about": _about(row.content.get("about")),
            "details": row.content.get("details"),
            "correction": row.content.get("correction"),
            "received_on": row.received_on.isoformat(),
            "due_on": row.due_on.isoformat(),
            "status": row.status,
            "status_label": str(STATUSES.get(row.status, row.status)),
            "answered_on": row.closed_on.isoformat() if row.closed_on else None,
            "updates": [
                {"status": change.status, "reason": change.reason, "at": change.made_at.isoformat()}
                for change in updates.get(row.id, [])
            ],
        }
        for row in rows
    ], total


def consent_history(
    session: Session, catalogue: Catalogue, account_id: str, window: Window | None
) -> tuple[list[dict[str, Any]], int]:
    rows, total = rows_of(
        session,
        select(ConsentEvent)
        .where(ConsentEvent.account_id == account_id)
        .order_by(ConsentEvent.occurred_at.desc()),
        ConsentEvent.occurred_at,
        window,
    )
    return [
        {
            "case": e.case_reference,
            "choice": consent.choice_label(e.choice),
            "given": e.given,
            "given_label": consent.what_was_done(e.choice, e.given),
            "detail": e.detail,
            "when": e.occurred_at.isoformat(),
            "as": e.given_by,
            "as_label": role(e.given_by),
            "how": e.method,
            "how_label": str(METHODS[e.method]) if e.method in METHODS else e.method,
            "wording_version": e.wording_version,
            "wording_language": e.language,
            "wording_sha256": e.wording_sha256,
        }
        for e, *_ in rows
    ], total


def _about(about: dict[str, str] | None) -> str | None:
    """The child a request is about, as the family chose: a name, or all of them."""
    if not about:
        return None
    return about.get("name") or gettext("All of them")
