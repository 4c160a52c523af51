"""Triage: the caseworkers' queue, and what they read about a request (its messages,
deadline exceptions, possible duplicates and deliveries). What they can do to a request
is in portal/triage/actions.py.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any, NamedTuple

from flask_babel import lazy_gettext as _l
from flask_babel import lazy_pgettext
from sqlalchemy import Row, and_, bindparam, exists, func, or_, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import aliased, defer, with_expression

from forms import items
from forms.triage.decision import NOT_ASSESS_REASONS
from portal.case_api.client import CaseApiError
from portal.case_api.setup import case_api_client
from portal.consent.service import assessment_withdrawn_at
from portal.models import (
    Account,
    AssessmentRequest,
    CaseCache,
    ContactPreference,
    DeadlineException,
    Document,
    FamilyMessage,
)
from portal.models.base import utcnow
from portal.platform import db, deadlines, extensions
from portal.triage import bp
from portal.triage.askers import FAMILY, asker
from portal.triage.staff_names import labels

# What the case system last said about other cases for the request's child, kept with
# its answers about cases (the request's reference, this kind).
SAME_CHILD = "same_child"
OPEN = ("received", "more_information", "accepted")
# A request that ends without a decision (withdrawn, a duplicate) is in neither.
DECIDED = ("decided_assess", "decided_not_assess")
# Each status by name, for the queue's filters: those that name who asked name a family
# there, and on a request's own pages whoever asked (`Asker.statuses`).
STATUSES = {
    "received": _l("New"),
    "more_information": FAMILY.statuses["more_information"],
    "accepted": _l("Accepted for a decision"),
    "decided_assess": _l("Decided: assess"),
    "decided_not_assess": _l("Decided: not to assess"),
    "duplicate": _l("Duplicate"),
    "withdrawn": FAMILY.statuses["withdrawn"],
}
# What a request the family has answered reads as, rather than "New".
REPLIED = FAMILY.statuses["replied"]


class ShownStatus(NamedTuple):
    key: str  # the request's status, or "replied"
    label: str


@bp.app_template_global("request_status_shown")
def shown_status(found: AssessmentRequest) -> ShownStatus:
    """The request's status as every page names it (its badge, templates/triage/_status.html,
    and what an action refused says): a request the family has answered is back in
    "received" but is not "New"."""
    key = "replied" if found.status == "received" and found.replied_at else found.status
    return ShownStatus(key, str(asker(found.requester_role).statuses.get(key) or STATUSES[key]))


def status_label(found: AssessmentRequest) -> str:
    return shown_status(found).label


# Built once, as a request's sections run them on every view.
_REPLY_FILES = (
    select(Document)
    .join(FamilyMessage, Document.message_id == FamilyMessage.id)
    .where(FamilyMessage.request_id == bindparam("request_id"))
    .order_by(Document.uploaded_at)
)
_MESSAGES = (
    select(FamilyMessage)
    .where(FamilyMessage.request_id == bindparam("request_id"))
    .order_by(FamilyMessage.sent_at)
)
_EXCEPTIONS = select(DeadlineException).where(
    DeadlineException.request_id == bindparam("request_id")
)


def documents_by_message(request: AssessmentRequest) -> dict[str, list[Document]]:
    """The files the family attached to each of their replies."""
    found: dict[str, list[Document]] = {}
    for document in db.session().scalars(_REPLY_FILES, {"request_id": request.id}):
        found.setdefault(document.message_id or "", []).append(document)
    return found


def messages(request: AssessmentRequest) -> list[FamilyMessage]:
    return list(db.session().scalars(_MESSAGES, {"request_id": request.id}))


def exemptions(request: AssessmentRequest) -> list[deadlines.Exemption]:
    return [
        deadlines.Exemption(deadlines.ExceptionKind(e.kind), e.days, e.reason)
        for e in db.session().scalars(_EXCEPTIONS, {"request_id": request.id})
    ]


_SAME_CHILD = (
    select(AssessmentRequest.reference, AssessmentRequest.status, AssessmentRequest.submitted_at)
    .where(
        AssessmentRequest.id != bindparam("request_id"),
        or_(
            AssessmentRequest.upn == bindparam("upn"),
            and_(
                func.lower(AssessmentRequest.child_name) == bindparam("name"),
                AssessmentRequest.child_date_of_birth == bindparam("born"),
            ),
        ),
    )
    .order_by(AssessmentRequest.submitted_at.desc())
    .limit(20)
)


def possible_duplicates(request: AssessmentRequest) -> list[Row[str, str, dt.datetime]]:
    """Other requests for the same child, the same UPN or the same name and birthday: their
    reference, status and when they came (nothing of theirs is decrypted). A part the
    request lacks matches nothing (it is compared with NULL)."""
    name = request.child_name.lower() if request.child_name else None
    if not request.upn and not (name and request.child_date_of_birth):
        return []
    found = db.session().execute(
        _SAME_CHILD,
        {
            "request_id": request.id,
            "upn": request.upn or None,
            "name": name if request.child_date_of_birth else None,
            "born": request.child_date_of_birth,
        },
    )
    return list(found)


def known_cases(request: AssessmentRequest) -> tuple[list[dict[str, Any]], bool]:
    """Cases in the case system that may be for the same child, and whether it answered.

    This catches requests that did not come through the portal, such as paper ones. The
    answer is kept as the case system's other answers are (case_api.cache_seconds), for
    this child as the request names them: a view within that time asks nothing."""
    asked = [request.upn, request.child_name, str(request.child_date_of_birth)]
    session = db.session()
    kept = session.get(CaseCache, (request.reference, SAME_CHILD))
    ttl = dt.timedelta(seconds=extensions.settings().config.case_api.cache_seconds)
    now = utcnow()
    if kept and kept.body and kept.body.get("asked") == asked and now - kept.fetched_at < ttl:
        return list(kept.body["cases"]), True
    try:
        cases = _search_case_system(request)
    except CaseApiError:
        return [], False
    with db.session_factory()() as own:  # a read never commits the request's work
        own.merge(
            CaseCache(
                case_reference=request.reference,
                kind=SAME_CHILD,
                body={"asked": asked, "cases": cases},
                fetched_at=now,
            )
        )
        try:
            own.commit()
        except IntegrityError:  # another caseworker's view kept the same answer
            own.rollback()
    return cases, True


def _search_case_system(request: AssessmentRequest) -> list[dict[str, Any]]:
    answers = request.answers
    queries = []
    if request.upn:
        queries.append({"upn": request.upn})
    if (
        answers.get(items.CHILD_FIRST_NAME)
        and answers.get(items.CHILD_LAST_NAME)
        and request.child_date_of_birth
    ):
        queries.append(
            {
                "first_name": answers[items.CHILD_FIRST_NAME],
                "last_name": answers[items.CHILD_LAST_NAME],
                "date_of_birth": request.child_date_of_birth.isoformat(),
            }
        )
    found: dict[str, dict[str, Any]] = {}
    for query in queries:
        for case in case_api_client().find_cases(**query):
            if case["case_reference"] != request.reference:
                found[case["case_reference"]] = case
    return list(found.values())


def caseworkers() -> list[Account]:
    """Staff who have signed in, to assign requests to."""
    return list(
        db.session().scalars(
            select(Account).where(Account.kind == "staff").order_by(Account.display_name)
        )
    )


# Built once (the summary and the history name staff on every view): the wanted accounts,
# and any other staff sharing one of their names, to be told apart by email.
_THEIRS = aliased(Account)
_NAMED = select(Account.id, Account.display_name, Account.email).where(
    Account.kind == "staff",
    or_(
        Account.id.in_(bindparam("wanted", expanding=True)),
        Account.display_name.in_(
            select(_THEIRS.display_name).where(
                _THEIRS.id.in_(bindparam("wanted", expanding=True)), _THEIRS.kind == "staff"
            )
        ),
    ),
)


def names(ids: Iterable[str | None]) -> dict[str, str]:
    """Staff names (or addresses) by account id, for only the accounts a page names: told
    apart by email from any other staff of the same name (read with them, in one
    statement)."""
    wanted = sorted({account_id for account_id in ids if account_id})
    if not wanted:
        return {}
    named = labels(db.session().execute(_NAMED, {"wanted": wanted}))
    return {account_id: named[account_id] for account_id in wanted if account_id in named}


# A request whose consent to the assessment was withdrawn has stopped: read with it.
WITHDRAWN = with_expression(
    AssessmentRequest.assessment_withdrawn_at,
    assessment_withdrawn_at(AssessmentRequest.reference),
)
# Built once: a request's sections read it on every view.
_BY_REFERENCE = (
    select(AssessmentRequest)
    .where(AssessmentRequest.reference == bindparam("reference"))
    .options(
        with_expression(
            AssessmentRequest.writes_in,
            func.coalesce(
                select(ContactPreference.language)
                .where(ContactPreference.account_id == AssessmentRequest.account_id)
                .scalar_subquery(),
                AssessmentRequest.language,
            ),
        ),
        WITHDRAWN,
    )
)
_BY_REFERENCE_PLAIN = _BY_REFERENCE.options(
    defer(AssessmentRequest.answers), defer(AssessmentRequest.decision)
)


def by_reference(reference: str, encrypted: bool = True) -> AssessmentRequest | None:
    """The request. `encrypted`: read the answers and the decision now rather than when
    first used."""
    query = _BY_REFERENCE if encrypted else _BY_REFERENCE_PLAIN
    return db.session().scalar(query, {"reference": reference})


@dataclass(frozen=True)
class ReasonsGiven:
    """A decision not to assess as the family is told it: the standard reasons in their
    language, and the caseworker's own words in the language they wrote in."""

    reasons: list[str]
    note: str
    written_in: str


# The standard reasons as a young person (16 to 25) is told them about their own request:
# of "you", not of "the child or young person" (translated in the "young person" context,
# marked for translators in portal/triage/holders_voice.py).
TO_YOUNG_PERSON: dict[str, str] = {
    "no_evidence_of_sen": "The information we have does not show that you have or may have "
    "special educational needs.",
    "needs_met_by_setting": "The information we have shows that your needs can be met from "
    "the support your school or college normally provides.",
    "support_not_yet_tried": "Your school or college has not yet tried the support it can "
    "give, and reviewed how well it worked, over enough time.",
    "progress_with_support": "You are making good progress with the support you have now.",
}


def standard_reasons(codes: Iterable[str], young_person: bool = False) -> list[Any]:
    """The standard reasons for `codes`, translated when shown (lazily: an email puts them
    in the family's language), told to a young person about themself if `young_person`."""
    if young_person:
        return [lazy_pgettext("young person", TO_YOUNG_PERSON[code]) for code in codes]
    return [NOT_ASSESS_REASONS[code] for code in codes]


_DECISION = select(AssessmentRequest.decision).where(
    AssessmentRequest.reference == bindparam("reference"),
    AssessmentRequest.status == "decided_not_assess",
)


_CONVERSATION = select(
    AssessmentRequest,
    exists().where(FamilyMessage.request_id == AssessmentRequest.id),
).where(
    AssessmentRequest.reference == bindparam("reference"),
    AssessmentRequest.account_id == bindparam("account_id"),
)


def conversation(reference: str, account_id: str) -> tuple[AssessmentRequest | None, str | None]:
    """The request this account sent, if it did, and whether it has messages about it:
    "waiting" when the council asked for more and has no reply yet, "kept" when there are
    messages, else None. In one statement: the case page reads both."""
    found = (
        db.session()
        .execute(_CONVERSATION, {"reference": reference, "account_id": account_id})
        .first()
    )
    if found is None:
        return None, None
    sent, any_message = found
    if sent.status == "more_information":
        return sent, "waiting"
    return sent, "kept" if any_message else None


def reasons_given(reference: str, young_person: bool = False) -> ReasonsGiven | None:
    """Reads the decision alone (not the request's answers), and only a decision not to
    assess: the family's case page asks on every view."""
    decision = db.session().scalar(_DECISION, {"reference": reference})
    if not decision:
        return None
    codes = [code for code in decision.get("reasons", []) if code in NOT_ASSESS_REASONS]
    return ReasonsGiven(
        reasons=[str(reason) for reason in standard_reasons(codes, young_person)],
        note=decision.get("note") or "",
        written_in=decision.get("written_in") or "en",
    )
