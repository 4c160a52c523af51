"""Which drafts and cases an account has, and the child's name that identifies each."""

from __future__ import annotations

from typing import Any

from flask_babel import gettext
from sqlalchemy import select

from forms import items
from portal.case_api import reads
from portal.models import AssessmentRequest, CaseCache, RequestDraft
from portal.platform import db
from portal.platform.i18n import isolate


def drafts_of(account_id: str) -> list[RequestDraft]:
    return list(
        db.session().scalars(
            select(RequestDraft)
            .where(RequestDraft.account_id == account_id, RequestDraft.submitted_at.is_(None))
            .order_by(RequestDraft.updated_at.desc())
        )
    )


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


def case_label(reference: str, name: str) -> str:
    if name:
        return gettext(
            "%(name)s, case %(reference)s", name=isolate(name), reference=isolate(reference)
        )
    return gettext("Case %(reference)s", reference=isolate(reference))


def child_names(account_id: str, references: list[str]) -> dict[str, str]:
    """The child's name for each case: from the request this account sent, or else from
    the case system (empty when neither can say)."""

    names: dict[str, str] = {
        reference: name or ""
        for reference, name in db.session().execute(
            select(AssessmentRequest.reference, AssessmentRequest.child_name).where(
                AssessmentRequest.account_id == account_id,
                AssessmentRequest.reference.in_(references),
            )
        )
    }
    wanted = [reference for reference in references if not names.get(reference)]
    held = {
        row.case_reference: row.body or {}
        for row in db.session().scalars(
            select(CaseCache).where(CaseCache.case_reference.in_(wanted), CaseCache.kind == "case")
        )
    }
    for reference in wanted:
        # A name does not go stale: a copy of any age saves asking the case system.
        body = held.get(reference, {})
        if "child_name" not in body:
            body = reads.case_status(reference).body or {}
        names[reference] = body.get("child_name") or ""
    return names
