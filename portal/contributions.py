"""Views ("All about me"): written a page at a time, then sent once through the outbox.

Views written with a request that has not been sent yet wait for it and go with it;
views for a case go as soon as they are sent. Once sent they never change: a person
who wants to say more starts a new contribution.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from flask import current_app
from flask_babel import gettext
from sqlalchemy import delete, select

from forms.views import PROMPTS, HelpedByForm
from portal import attachments, audit, db, link_codes, requests
from portal.answers import display
from portal.db import utcnow
from portal.i18n import format_date
from portal.models import Contribution, Document, OutboxMessage, RequestDraft

OWN_VOICE = ("child", "young_person")


def own_voice(contribution: Contribution) -> bool:
    """Children and young people are spoken to as "you", in plain words."""
    return contribution.author_role in OWN_VOICE


def steps(contribution: Contribution) -> list[str]:
    helped = ["helped-by"] if contribution.author_role == "child" else []
    return [*helped, *PROMPTS, "files"]


def destinations(account_id: str) -> list[tuple[str, str]]:
    """Where this person can send views: a request not yet sent, or a linked case."""
    result = [
        (
            f"draft:{draft.id}",
            gettext(
                "With my request that I have not sent yet, started on %(date)s",
                date=format_date(draft.created_at.date()),
            ),
        )
        for draft in requests.drafts_of(account_id)
    ]
    result += [
        (
            f"case:{link.case_reference}",
            gettext("Case %(reference)s", reference=link.case_reference),
        )
        for link in link_codes.cases_of(account_id)
    ]
    return result


def start(account_id: str, author: str, destination: str, language: str) -> Contribution:
    kind, _sep, target = destination.partition(":")
    contribution = Contribution(
        account_id=account_id,
        author_role=author,
        draft_id=target if kind == "draft" else None,
        case_reference=target if kind == "case" else None,
        answers={},
        language=language,
    )
    db.session().add(contribution)
    db.session().flush()
    audit.add(db.session(), "views_started", "contribution", contribution.id)
    db.session().commit()
    return contribution


def own(account_id: str, contribution_id: str) -> Contribution | None:
    """The person's own contribution, or None: the object check for every views page."""
    return db.session().scalar(
        select(Contribution).where(
            Contribution.id == contribution_id, Contribution.account_id == account_id
        )
    )


def of_draft(draft: RequestDraft) -> list[Contribution]:
    return list(
        db.session().scalars(
            select(Contribution)
            .where(Contribution.draft_id == draft.id)
            .order_by(Contribution.created_at)
        )
    )


def of_case(reference: str) -> list[Contribution]:
    """Sent contributions for a case, newest first."""
    return list(
        db.session().scalars(
            select(Contribution)
            .where(Contribution.case_reference == reference, Contribution.submitted_at.is_not(None))
            .order_by(Contribution.submitted_at.desc())
        )
    )


def save(contribution: Contribution, answers: dict[str, Any], language: str) -> None:
    contribution.answers = {**contribution.answers, **answers}
    contribution.language = language
    contribution.updated_at = utcnow()
    db.session().commit()


def files(contribution: Contribution) -> list[Document]:
    return attachments.listed(contribution_id=contribution.id)


def file_of(contribution: Contribution, document_id: str) -> Document | None:
    return db.session().scalar(
        select(Document).where(
            Document.id == document_id, Document.contribution_id == contribution.id
        )
    )


def finish(contribution: Contribution) -> None:
    """Views for a case are sent now; views with a request wait for the request."""
    now = utcnow()
    contribution.ready_at = now
    if contribution.case_reference:
        _send(contribution, contribution.case_reference, now)
    audit.add(db.session(), "views_sent", "contribution", contribution.id)
    db.session().commit()


def send_with_request(draft: RequestDraft, reference: str, now: dt.datetime) -> None:
    """Called inside the request's own transaction when it is submitted."""
    for contribution in of_draft(draft):
        if contribution.ready_at and not contribution.submitted_at:
            contribution.case_reference = reference
            _send(contribution, reference, now)


def _send(contribution: Contribution, reference: str, now: dt.datetime) -> None:
    contribution.submitted_at = now
    answers = contribution.answers
    db.session().add_all(
        attachments.upload_messages(
            files(contribution), reference, f"contribution-{contribution.id}"
        )
    )
    db.session().add(
        OutboxMessage(
            kind="contribution.create",
            idempotency_key=f"contribution-{contribution.id}",
            after_key=requests.creating_message_key(reference),
            payload={
                "case_reference": reference,
                "contribution": {
                    "author_role": contribution.author_role,
                    "helped_by": answers.get("views.helped_by"),
                    "language": contribution.language,
                    "answers": {slug: answers.get(f"views.{slug}") for slug in PROMPTS},
                    "attachments": [attachments.reference(d) for d in files(contribution)],
                },
            },
        )
    )


def answer_rows(
    contribution: Contribution, change_link: Callable[[str], str] | None = None
) -> list[dict[str, Any]]:
    """Each question and its answer, in the words the author saw."""
    own = own_voice(contribution)
    rows = []
    for step in steps(contribution)[:-1]:
        form_class = HelpedByForm if step == "helped-by" else PROMPTS[step]
        form = form_class.for_reading(own)
        field, item = form.catalogue_items()[0]
        rows.append(
            {
                "label": field.label.text,
                "value": display(field, contribution.answers.get(item.id)),
                "href": change_link(step) if change_link else None,
            }
        )
    return rows


def review_due(reference: str) -> dt.date | None:
    """The next annual review of the case's plan, when the case system knows it."""
    from portal.case_api import reads

    plan = reads.plan(reference).body or {}
    due = plan.get("next_review_due")
    return dt.date.fromisoformat(due) if due else None


def remove_stale(app: Any) -> int:
    """Delete views nobody has sent or changed for the drafts retention period."""
    days = app.extensions["portal_settings"].config.retention_days("drafts")
    cutoff = utcnow() - dt.timedelta(days=days)
    with app.app_context(), app.extensions["db_sessionmaker"]() as session:
        stale = select(Contribution.id).where(
            Contribution.submitted_at.is_(None), Contribution.updated_at < cutoff
        )
        files = attachments.delete_where(session, Document.contribution_id.in_(stale))
        removed = session.execute(delete(Contribution).where(Contribution.id.in_(stale)))
        session.commit()
        attachments.remove_files(files)
        return removed.rowcount or 0


def limit_of_files() -> int:
    return current_app.extensions["portal_settings"].config.uploads.max_files_per_contribution
