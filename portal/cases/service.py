"""Which drafts and cases an account has, and the child's name that identifies each."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from flask_babel import gettext
from markupsafe import Markup, escape
from sqlalchemy import Select, bindparam, select
from sqlalchemy.orm import aliased, defer, with_expression

from forms import items
from portal.case_api import reads
from portal.consent.service import assessment_withdrawn_at
from portal.models import AssessmentRequest, CaseCache, CaseLink, DraftPlanResponse, RequestDraft
from portal.models.folding import folded
from portal.platform import db
from portal.platform.i18n import isolate
from portal.platform.kept_whole import reference_html

_DRAFTS_OF = (
    select(RequestDraft)
    .where(RequestDraft.account_id == bindparam("account"), RequestDraft.submitted_at.is_(None))
    .order_by(RequestDraft.updated_at.desc())
)


def drafts_of(account_id: str) -> list[RequestDraft]:
    return list(db.session().scalars(_DRAFTS_OF, {"account": account_id}))


def request_for_draft(draft: RequestDraft) -> AssessmentRequest | None:
    return db.session().scalar(
        select(AssessmentRequest).where(AssessmentRequest.draft_id == draft.id)
    )


def child_name(answers: dict[str, Any]) -> str:
    return " ".join(
        part
        for part in (answers.get(items.CHILD_FIRST_NAME), answers.get(items.CHILD_LAST_NAME))
        if part
    )


def case_label(reference: str, name: str) -> Markup:
    """A case named by the child, as HTML: the name escaped and the reference kept whole
    on one line (a choice's label at 320 px once broke BNT-2025-104733 at its hyphens)."""
    shown = reference_html(reference)
    if name:
        return escape(gettext("%(name)s, case %(reference)s")) % {
            "name": isolate(name),
            "reference": shown,
        }
    return escape(gettext("Case %(reference)s")) % {"reference": shown}


_PLAN = aliased(CaseCache)
_REVIEW = aliased(CaseCache)


def _last_response(column: Any) -> Any:
    """`column` of the account's latest sent response to a draft plan of the case."""
    return (
        select(column)
        .where(
            DraftPlanResponse.account_id == CaseLink.account_id,
            DraftPlanResponse.case_reference == CaseLink.case_reference,
            DraftPlanResponse.submitted_at.is_not(None),
        )
        .order_by(DraftPlanResponse.submitted_at.desc())
        .limit(1)
        .correlate(CaseLink)
        .scalar_subquery()
    )


def _links_with(*columns: Any) -> Select[Any]:
    """The account's case links, newest first, with `columns` read beside each: the
    request the account sent for the case and the case system's kept answer of it are
    outer joined (the request's answers and decision are not read)."""
    return (
        select(*columns)
        .outerjoin(
            AssessmentRequest,
            (AssessmentRequest.reference == CaseLink.case_reference)
            & (AssessmentRequest.account_id == CaseLink.account_id),
        )
        .outerjoin(
            CaseCache,
            (CaseCache.case_reference == CaseLink.case_reference) & (CaseCache.kind == "case"),
        )
        .options(defer(AssessmentRequest.answers), defer(AssessmentRequest.decision))
        .where(CaseLink.account_id == bindparam("account"))
        .order_by(CaseLink.created_at.desc())
    )


# A link read with when its case's consent to the assessment was withdrawn (it stops it).
LINK_WITHDRAWN = with_expression(
    CaseLink.assessment_withdrawn_at, assessment_withdrawn_at(CaseLink.case_reference)
)
_LINKED = (
    _links_with(
        CaseLink,
        AssessmentRequest,
        CaseCache,
        _PLAN,
        _REVIEW,
        _last_response(DraftPlanResponse.draft_issued_on),
        _last_response(DraftPlanResponse.submitted_at),
    )
    .outerjoin(_PLAN, (_PLAN.case_reference == CaseLink.case_reference) & (_PLAN.kind == "plan"))
    .outerjoin(
        _REVIEW, (_REVIEW.case_reference == CaseLink.case_reference) & (_REVIEW.kind == "review")
    )
    .options(LINK_WITHDRAWN)
)


@dataclass(frozen=True)
class LinkedCase:
    link: CaseLink
    sent: AssessmentRequest | None  # the request this account sent, when the case began so
    child_name: str  # empty when neither the request nor the case system can say
    cached: CaseCache | None = None  # what the cache held of the case, of any age
    cached_plan: CaseCache | None = None  # and of its plan
    # The account's latest sent response to a draft plan of the case: the draft's date, and
    # when it was sent.
    responded: tuple[dt.date, dt.datetime] | None = None
    cached_review: CaseCache | None = None  # and of its annual review

    def held(self) -> dict[str, CaseCache]:
        """What the cache held of the case, its plan and its review, by kind, for `reads`."""
        rows = {"case": self.cached, "plan": self.cached_plan, "review": self.cached_review}
        return {kind: row for kind, row in rows.items() if row is not None}


def linked_cases(account_id: str) -> list[LinkedCase]:
    """The account's cases, newest link first, each with the request the account sent for
    it, the child's name, what the cache held of the case, its plan and its review, and the
    account's last response to a draft plan: in one statement (the request's answers are
    not read)."""
    found = []
    rows = db.session().execute(_LINKED, {"account": account_id})
    for link, sent, cached, plan, review, draft_on, responded_at in rows:
        name = sent.child_name if sent is not None else ""
        if not name:
            # A name does not go stale: a copy of any age saves asking the case system.
            body = (cached.body if cached is not None else None) or {}
            if "child_name" not in body:
                body = reads.case_status(link.case_reference).body or {}
            name = body.get("child_name") or ""
        responded = (draft_on, responded_at) if draft_on and responded_at else None
        found.append(LinkedCase(link, sent, name, cached, plan, responded, review))
    return found


@dataclass(frozen=True)
class SeenCase:
    """A case an account can see, as staff are shown it."""

    reference: str
    relationship: str  # the account's: "parent_carer" or "young_person"
    request: str | None  # the reference of the request the portal holds for it, if any
    child_name: str  # empty when neither the request nor a kept answer says


_SEEN = (
    select(
        CaseLink.case_reference,
        CaseLink.relationship,
        AssessmentRequest.reference,
        AssessmentRequest.child_name,
        CaseCache.body,
    )
    .outerjoin(AssessmentRequest, AssessmentRequest.reference == CaseLink.case_reference)
    .outerjoin(
        CaseCache,
        (CaseCache.case_reference == CaseLink.case_reference) & (CaseCache.kind == "case"),
    )
    .where(CaseLink.account_id == bindparam("account"))
    .order_by(CaseLink.created_at.desc(), CaseLink.case_reference)
)


def cases_seen_by(account_id: str) -> list[SeenCase]:
    """For staff: the cases and requests an account can see, newest link first, each with
    the request the portal holds for it (whoever sent it: caseworkers open it by its
    reference) and the child's name from that request or what the portal keeps of the
    case, of any age. In one statement: the case system is not asked, and no request's
    answers are read."""
    found = []
    for reference, relationship, request, name, body in db.session().execute(
        _SEEN, {"account": account_id}
    ):
        name = name or (body or {}).get("child_name") or ""
        found.append(SeenCase(reference, relationship, request, name))
    return found


_NAMED = (
    select(CaseCache.case_reference, AssessmentRequest.child_name, CaseCache.body)
    .outerjoin(AssessmentRequest, AssessmentRequest.reference == CaseCache.case_reference)
    .where(
        CaseCache.kind == "case",
        CaseCache.case_reference.in_(bindparam("references", expanding=True)),
    )
)


def child_names(references: list[str]) -> dict[str, str]:
    """For staff: the child's name of each case the portal keeps, from the request sent
    here for it or what the case system said of it; in one statement."""
    return {
        reference: name or (body or {}).get("child_name") or ""
        for reference, name, body in db.session().execute(_NAMED, {"references": references})
    }


# A case's stages at which the family need not ask for an assessment again: the council
# is assessing, or a plan is drafted or issued (as the case page shows them).
PLANNING = ("assessing", "draft_plan", "final_plan")


@dataclass(frozen=True)
class AskedBefore:
    """A request or case of the account's for the same child as a new request."""

    reference: str
    label: str  # the child's name and the reference, as the account page names the case
    sent: AssessmentRequest | None  # the request the account sent, when the case began so
    stage: str | None  # one of PLANNING; None: a request we are still deciding on


# What `linked_cases` reads without the plan and the responses, whose decrypting cost
# check your answers more than the rest of its statements.
_ASKED = _links_with(CaseLink.case_reference, AssessmentRequest, CaseCache.body)


def asked_before(account_id: str, answers: dict[str, Any]) -> list[AskedBefore]:
    """The account's own requests for the child these answers name that are still being
    considered, and its cases for that child that are being assessed or have a plan.

    The same child as the caseworker's duplicates search matches one (portal/triage): the
    same UPN, or the same name as a search compares names (portal.models.folding: "zoe"
    is "Zoë") and the same date of birth where both give one; only among this account's
    links, so nothing of another family's shows. In one statement: a case is read as the
    cache last held it, of any age, and the case system is not asked."""
    name = folded(child_name(answers))
    born = answers.get(items.CHILD_DATE_OF_BIRTH) or ""
    upn = answers.get(items.CHILD_UPN) or ""
    if not upn and not name:
        return []
    found = []
    for reference, sent, cached_body in db.session().execute(_ASKED, {"account": account_id}):
        body = cached_body or {}
        if sent is not None:
            held = (sent.upn or "", sent.child_name, str(sent.child_date_of_birth or ""))
        else:  # a case linked with a code: what the case system says of the child
            held = ("", body.get("child_name") or "", body.get("date_of_birth") or "")
        same_upn = bool(upn) and held[0] == upn
        same_name = (
            bool(name) and folded(held[1]) == name and (not born or not held[2] or held[2] == born)
        )
        if not (same_upn or same_name):
            continue
        stage = _stage(sent, body.get("status"))
        if stage == "":
            continue
        label = case_label(reference, sent.child_name if sent else held[1])
        found.append(AskedBefore(reference, label, sent, stage))
    return found


def _stage(sent: AssessmentRequest | None, status: str | None) -> str | None:
    """One of PLANNING, None for a request still being considered, or "" for neither (a
    request decided against or closed, a plan stopped, a case without a plan)."""
    if status in PLANNING:
        return status
    if sent is None:
        return ""
    outcome = request_outcome(sent, status)
    if outcome is None:
        return None
    # The case system's copy has not caught up with a decision to assess.
    return "assessing" if outcome == "assessing" and status not in DECIDED else ""


# What a sent request became, by the case system's status (as the case page shows it)
# or, before the case system has it, the portal's copy of the request.
DECIDED = {
    "assessing": "assessing",
    "draft_plan": "assessing",
    "final_plan": "assessing",
    "not_issuing": "assessing",
    "plan_ceased": "assessing",
    "not_assessing": "not_assessing",
    "closed": "closed",
    "decided_assess": "assessing",
    "decided_not_assess": "not_assessing",
    "withdrawn": "closed",
    "duplicate": "closed",
}


def request_outcome(sent: AssessmentRequest, case_status: str | None) -> str | None:
    """ "assessing", "not_assessing" or "closed" once the request is decided, withdrawn or
    otherwise closed; None while a decision is still to come."""
    return DECIDED.get(case_status or "") or DECIDED.get(sent.status)


def plan_to_come(case: LinkedCase) -> bool:
    """An EHC plan is there, or coming, for the case, by what was last read of it (a copy
    of any age, as the list read it) or the request the account sent: the council decided
    to assess, drafted or issued a plan, and has not since decided not to issue it or
    stopped it. A request still to be decided has no plan to come yet."""
    status = ((case.cached.body if case.cached is not None else None) or {}).get("status")
    if status in ("not_issuing", "plan_ceased"):
        return False
    if status in PLANNING:
        return True
    outcome = request_outcome(case.sent, status) if case.sent else DECIDED.get(status or "")
    return outcome == "assessing"


def plan_section_titles() -> dict[str, str]:
    """The EHC plan's sections, as the SEND code of practice names them."""
    return {
        "A": gettext(
            "A: The views, interests and aspirations of the child or young person and their parents"
        ),
        "B": gettext("B: Special educational needs"),
        "C": gettext("C: Health needs related to special educational needs"),
        "D": gettext("D: Social care needs related to special educational needs or disability"),
        "E": gettext("E: Outcomes"),
        "F": gettext("F: Special educational provision"),
        "G": gettext("G: Health provision"),
        "H1": gettext(
            "H1: Social care provision under the Chronically Sick and Disabled Persons Act 1970"
        ),
        "H2": gettext("H2: Other social care provision"),
        "I": gettext("I: Placement"),
        "J": gettext("J: Personal budget"),
        "K": gettext("K: Advice and information"),
    }
