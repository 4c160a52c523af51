"""Views ("All about me"): written a page at a time, then sent once through the outbox.

Views written with a request that has not been sent yet wait for it and go with it;
views for a case go as soon as they are sent. Sending a request gives every set of views
started with it the request's case, so views finished later go to that case at once.
Once sent they never change: a person who wants to say more starts a new contribution.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from flask_babel import gettext, pgettext
from markupsafe import escape
from sqlalchemy import bindparam, delete, select
from sqlalchemy.orm import defer

from forms import items
from forms.assessment_request.sections import asks_for_themselves
from forms.contributions import PROMPTS, HelpedByForm
from portal.auth import holder
from portal.case_api import annual_reviews, bodies, messages, ordering, reads
from portal.cases import service as cases
from portal.consent import service as consent
from portal.documents import service as attachments
from portal.models import AssessmentRequest, Contribution, Document, RequestDraft
from portal.models.base import utcnow
from portal.platform import audit, db, deadlines, extensions
from portal.platform.answers import display
from portal.platform.sharing import Agreed
from portal.platform.voices import voiced
from portal.platform.written_dates import format_date, format_time

OWN_VOICE = ("child", "young_person")
Row = dict[str, Any]  # a question and its answer, as answer_rows gives it


def own_voice(contribution: Contribution) -> bool:
    """Children and young people are spoken to as "you", in plain words."""
    return contribution.author_role in OWN_VOICE


def voice(contribution: Contribution) -> str | None:
    """The register of the page's reader: see portal/voices.py."""
    if contribution.author_role == "child":
        return "child"
    return "young person" if contribution.author_role == "young_person" else None


def starting_voice(
    account_id: str, draft_id: str | None, case_reference: str | None = None
) -> str | None:
    """The register of the start page, before anyone has said who is writing: a young
    person's when they start from their own request or their own case ("Share your views"
    on its page), or from neither when the account is a young person's own (the account
    home's link, portal/auth/holder.py); otherwise a parent's."""
    if draft_id:
        draft = next((d for d in cases.drafts_of(account_id) if d.id == draft_id), None)
        young = draft is not None and draft.requester_role == "young_person"
        return "young person" if young else None
    if case_reference:
        return holder.voice_of(account_id, case_reference)
    return holder.account_voice()


def steps(contribution: Contribution) -> list[str]:
    helped = ["helped-by"] if contribution.author_role == "child" else []
    return [*helped, *PROMPTS, "files"]


def draft_label(draft: RequestDraft) -> str:
    # Shaped like assessment_request.labels.continue_label on purpose: each is a whole
    # sentence for translators, with and without the child's name (duplicates: deliberate).
    if draft.requester_role == "young_person":  # their own request: not named as another's
        return pgettext(
            "young person",
            "With my own request that I have not sent yet, started on %(date)s at %(time)s",
            date=format_date(deadlines.council_day(draft.created_at)),
            time=format_time(draft.created_at),
        )
    name = cases.child_name(draft.answers)
    if name:
        return gettext(
            "With my request for %(name)s that I have not sent yet, started on %(date)s",
            name=name,
            date=format_date(deadlines.council_day(draft.created_at)),
        )
    return gettext(
        "With my request that I have not sent yet, started on %(date)s at %(time)s",
        date=format_date(deadlines.council_day(draft.created_at)),
        time=format_time(draft.created_at),
    )


def destinations(
    account_id: str,
    linked: list[cases.LinkedCase] | None = None,
    drafts: list[RequestDraft] | None = None,
) -> list[tuple[str, str]]:
    """Where this person can send views: a request not yet sent, or a linked case, each
    named by the child so a family with several can tell them apart (`linked`, `drafts`:
    the account's cases and unsent requests, when already read)."""
    unsent = cases.drafts_of(account_id) if drafts is None else drafts
    result = [(f"draft:{draft.id}", draft_label(draft)) for draft in unsent]
    result += [
        (
            f"case:{case.link.case_reference}",
            cases.case_label(case.link.case_reference, case.child_name),
        )
        for case in (cases.linked_cases(account_id) if linked is None else linked)
    ]
    return result


def without_a_plan(linked: list[cases.LinkedCase]) -> set[str]:
    """The destinations ("case:<reference>") of these cases with no EHC plan there or
    coming (not yet decided, decided against, stopped, closed), so views sent to them are
    not promised a place in one."""
    return {f"case:{case.link.case_reference}" for case in linked if not cases.plan_to_come(case)}


def no_plan_for(account_id: str, reference: str | None) -> bool:
    """Whether no EHC plan is there or coming for the account's case (the list of its
    cases, as read for the account page, in one statement)."""
    if not reference:
        return False
    return f"case:{reference}" in without_a_plan(cases.linked_cases(account_id))


def author_label(author_role: str, voice: str | None = None) -> str:
    """Whose views these are, said to the reader in their `voice`."""
    if author_role == "young_person":
        return voiced("Your views in your own words", voice)
    if author_role == "child":
        return gettext("The child's or young person's views")
    return gettext("Your views as a parent or carer")


def request_open(contribution: Contribution) -> RequestDraft | None:
    """The unsent request these views belong to, if they belong to one."""
    if not contribution.draft_id or contribution.case_reference:
        return None
    draft = db.session().get(RequestDraft, contribution.draft_id)
    return draft if draft is not None and draft.submitted_at is None else None


def partners_agreed(contribution: Contribution) -> Agreed:
    """The partners the person agreed to share with, on the case or the unsent request
    these views go with; None where no choice is known yet."""
    if contribution.case_reference:
        return consent.partners_agreed(contribution.case_reference)
    draft = request_open(contribution)
    if draft is None:
        return None
    return consent.partners_agreed_in(draft.answers, asks_for_themselves(draft.requester_role))


def destination_label(
    contribution: Contribution, names: dict[str, str], voice: str | None = None
) -> str:
    """Where unfinished views will go, for the list of them in the account, in the
    reader's `voice`."""
    if contribution.case_reference:
        reference = contribution.case_reference
        label = cases.case_label(reference, names.get(reference, ""))
        return escape(gettext("For %(case)s")) % {"case": label}
    draft = db.session().get(RequestDraft, contribution.draft_id)
    if draft is not None and draft.requester_role == "young_person":
        return pgettext("young person", "For your own request that you have not sent yet")
    name = cases.child_name(draft.answers) if draft is not None else ""
    if name:
        return voiced("For the request for %(name)s that you have not sent yet", voice, name=name)
    return voiced("For the request you have not sent yet", voice)


_UNFINISHED_OF = (  # listed on the account page: their answers are not read there
    select(Contribution)
    .options(defer(Contribution.answers))
    .where(
        Contribution.account_id == bindparam("account"),
        Contribution.ready_at.is_(None),
        Contribution.submitted_at.is_(None),
    )
    .order_by(Contribution.created_at)
)


def unfinished_of(account_id: str) -> list[Contribution]:
    return list(db.session().scalars(_UNFINISHED_OF, {"account": account_id}))


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


_OF_DRAFT = (
    select(Contribution)
    .where(Contribution.draft_id == bindparam("draft"))
    .order_by(Contribution.created_at)
)


def of_draft(draft: RequestDraft) -> list[Contribution]:
    return list(db.session().scalars(_OF_DRAFT, {"draft": draft.id}))


# Built once: a request's Views section reads it on every view.
_OF_CASE = (
    select(Contribution)
    .where(
        Contribution.case_reference == bindparam("reference"),
        Contribution.submitted_at.is_not(None),
    )
    .order_by(Contribution.submitted_at.desc())
)


def of_case(reference: str) -> list[Contribution]:
    """Sent contributions for a case, newest first."""
    return list(db.session().scalars(_OF_CASE, {"reference": reference}))


def save(contribution: Contribution, answers: dict[str, Any], language: str) -> None:
    contribution.answers = {**contribution.answers, **answers}
    contribution.language = language
    contribution.updated_at = utcnow()
    db.session().commit()


def has_something(contribution: Contribution) -> bool:
    """Whether the views hold an answer to a question or a file: only then are they worth
    sending (who helped a child is no view of their own)."""
    answers = contribution.answers
    return any((answers.get(items.views_prompt(slug)) or "").strip() for slug in PROMPTS) or bool(
        files(contribution)
    )


def files(contribution: Contribution) -> list[Document]:
    return attachments.listed(contribution_id=contribution.id)


def read_by_staff(reference: str) -> list[tuple[Contribution, list[Row], list[Document]]]:
    """The case's views, newest first, with their answers as staff name them and files."""
    return [(c, answer_rows(c, for_staff=True), files(c)) for c in of_case(reference)]


def file_of(contribution: Contribution, document_id: str) -> Document | None:
    return db.session().scalar(
        select(Document).where(
            Document.id == document_id, Document.contribution_id == contribution.id
        )
    )


def finish(contribution: Contribution) -> None:
    """Views for a case are sent now; views with a request wait for the request.

    The request's draft is locked first, as sending the request locks it, so views
    finished while their request is being sent are sent by one or the other, never lost.
    The views themselves are locked next and read again, so views sent twice at once
    (a double click) are sent once and the second finds them sent."""
    session = db.session()
    if contribution.draft_id and not contribution.case_reference:
        db.lock(RequestDraft, RequestDraft.id == contribution.draft_id)
    db.lock(Contribution, Contribution.id == contribution.id)
    session.refresh(contribution)
    if contribution.ready_at or contribution.submitted_at:
        session.commit()
        return
    if contribution.draft_id and not contribution.case_reference:
        draft = session.get(RequestDraft, contribution.draft_id, populate_existing=True)
        sent = cases.request_for_draft(draft) if draft is not None else None
        if sent is not None:
            contribution.case_reference = sent.reference
    now = utcnow()
    contribution.ready_at = now
    if contribution.case_reference:
        _send(contribution, contribution.case_reference, now)
    audit.add(session, "views_sent", "contribution", contribution.id)
    session.commit()


def send_with_request(draft: RequestDraft, reference: str, now: dt.datetime) -> None:
    """Called inside the request's own transaction when it is submitted: views ready now
    go with it, and views not finished yet will go to its case when they are."""
    for contribution in of_draft(draft):
        contribution.case_reference = reference
        if contribution.ready_at and not contribution.submitted_at:
            _send(contribution, reference, now)


def send_stranded(app: Any) -> int:
    """Send views that were finished after their request had gone but were kept unsent
    (before views took the request's case when it was sent); returns how many."""
    with app.app_context():
        session = db.session()
        stranded = session.execute(
            select(Contribution, AssessmentRequest.reference)
            .join(AssessmentRequest, AssessmentRequest.draft_id == Contribution.draft_id)
            .where(Contribution.submitted_at.is_(None))
        ).all()
        now = utcnow()
        sent = 0
        for contribution, reference in stranded:
            contribution.case_reference = reference
            if contribution.ready_at:
                _send(contribution, reference, now)
                sent += 1
        session.commit()
        return sent


def _send(contribution: Contribution, reference: str, now: dt.datetime) -> None:
    contribution.submitted_at = now
    answers = contribution.answers
    message = messages.AddContribution(
        key=messages.contribution_key(contribution.id),
        after_key=ordering.creating_message_key(reference),
        case_reference=reference,
        contribution=bodies.ContributionBody(
            author_role=contribution.author_role,
            helped_by=answers.get(items.VIEWS_HELPED_BY),
            language=contribution.language,
            answers={slug: answers.get(items.views_prompt(slug)) for slug in PROMPTS},
            attachments=[attachments.reference(d) for d in files(contribution)],
        ),
    )
    db.session().add_all(attachments.upload_messages(files(contribution), reference, message.key))
    db.session().add(messages.outbox_row(message))


def answer_rows(contribution: Contribution, for_staff: bool = False) -> list[Row]:
    """Each question and its answer, in the words the author saw, and its `step`;
    `for_staff`, each answer named as staff name it ("What they find hard"), not by the
    question."""
    own = own_voice(contribution)
    rows = []
    for step in steps(contribution)[:-1]:
        form_class = HelpedByForm if step == "helped-by" else PROMPTS[step]
        form = form_class.for_reading(own)
        field, item = form.catalogue_items()[0]
        label = gettext(item.staff.label) if for_staff else field.question
        value = display(field, contribution.answers.get(item.id))
        rows.append({"label": label, "value": value, "step": step, "field": field.id})
    return rows


def review_due(reference: str) -> annual_reviews.NextReview | None:
    """The plan's next annual review (its date, and its meeting's if booked), when known
    and still to come: not past its date, nor held (views are no longer asked for it)."""
    plan = reads.plan(reference).body or {}
    if not plan.get("next_review_due"):
        return None
    found = annual_reviews.next_review(
        reference, plan, reads.review(reference), deadlines.council_today()
    )
    return found if found is not None and found.still_due else None


def remove_stale(app: Any) -> int:
    """Delete views nobody has sent or changed for the drafts retention period."""
    days = extensions.settings(app).config.retention_days("drafts")
    cutoff = utcnow() - dt.timedelta(days=days)
    with app.app_context(), db.session_factory(app)() as session:
        stale = select(Contribution.id).where(
            Contribution.submitted_at.is_(None), Contribution.updated_at < cutoff
        )
        files = attachments.delete_where(session, Document.contribution_id.in_(stale))
        removed = session.execute(delete(Contribution).where(Contribution.id.in_(stale)))
        session.commit()
        attachments.remove_files(files)
        return removed.rowcount or 0


def limit_of_files() -> int:
    return extensions.settings().config.uploads.max_files_per_contribution
