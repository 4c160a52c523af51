"""A family's account: the cases they can reach, and linking to one with a code."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from flask import abort, jsonify, make_response, request
from flask.typing import ResponseReturnValue

from forms import items
from portal.account import bp
from portal.account import your_data as records
from portal.account.what_you_sent import what_you_sent
from portal.account.your_data import collect
from portal.account.your_data_records import OneCase, Window
from portal.assessment_request import service as requests
from portal.assessment_request.labels import continue_labels
from portal.auth.holder import account_voice, render_in_holders_voice
from portal.case_api import annual_reviews, reads
from portal.cases import service as cases
from portal.contributions import service as contributions
from portal.disagreement import service as disagreement
from portal.draft_plans import service as draft_plans
from portal.links import service as link_codes
from portal.platform import answers, audit, deadlines
from portal.platform.access import family, signed_in_account_id
from portal.reviews import service as reviews
from portal.triage import service as triage


@bp.get("/account/")
@family
def account() -> ResponseReturnValue:
    account_id = signed_in_account_id()
    drafts = cases.drafts_of(account_id)
    linked = cases.linked_cases(account_id)
    names = {case.link.case_reference: case.child_name for case in linked}
    voice = account_voice()
    today = deadlines.council_today()
    # Each case, its plan and its review, read once for the lines below (from the cache
    # rows the list already read, when they are fresh; else from the case system).
    read = {
        case.link.case_reference: reads.case_plan_and_review(
            case.link.case_reference, _reviewed, case.held()
        )
        for case in linked
    }
    return render_in_holders_voice(
        "account/account.html",
        cases=[
            (case.link, cases.case_label(case.link.case_reference, case.child_name))
            for case in linked
        ],
        drafts=[
            (draft, label, requests.deletion_date(draft))
            for draft, label in zip(drafts, continue_labels(drafts, voice), strict=True)
        ],
        sent={case.link.case_reference: case.sent for case in linked if case.sent is not None},
        outcomes={case.link.case_reference: _outcome(case) for case in linked if case.sent},
        draft_plans={
            case.link.case_reference: found
            for case in linked
            if (found := _draft_plan(case, today)) is not None
        },
        decided=_challenged(account_id, linked, read, today),
        review_late={
            reference: step
            for reference, (*_, review) in read.items()
            if (step := annual_reviews.late_after_meeting(reference, review, today)) is not None
        },
        views_wanted=_views_wanted(account_id, read, today),
        today=today,
        unfinished_contributions=[
            (
                views,
                contributions.author_label(views.author_role, voice),
                contributions.destination_label(views, names, voice),
            )
            for views in contributions.unfinished_of(account_id)
        ],
    )


def _outcome(case: cases.LinkedCase) -> str | None:
    """What became of the request the account sent, by the case's status as the case page
    reads it (from the cache the list already read, when it is fresh)."""
    if case.sent is None:
        return None
    held = {"case": case.cached} if case.cached else {}
    status = reads.case_status(case.link.case_reference, held).body or {}
    return cases.request_outcome(case.sent, status.get("status"))


@dataclass(frozen=True)
class DraftPlanLine:
    """A draft plan (or proposed amendments) on a case, as the account home says it."""

    draft: draft_plans.Draft
    amendment: bool
    responded_at: dt.datetime | None  # the account sent its response to this draft then
    late: bool


def _draft_plan(case: cases.LinkedCase, today: dt.date) -> DraftPlanLine | None:
    """The case's draft plan the family can respond to, as the case page reads it (from
    the cache rows the list already read, when they are fresh), with the 15 days the case
    page gives and whether the account has sent its response."""
    reference, held = case.link.case_reference, case.held()
    status = reads.case_status(reference, held)
    if (status.body or {}).get("status") not in ("draft_plan", "final_plan"):
        return None
    plan = reads.plan(reference, held)
    draft = draft_plans.draft_from(reference, status, plan)
    if draft is None:
        return None
    responded = case.responded
    return DraftPlanLine(
        draft=draft,
        amendment=draft_plans.amends(status, plan),
        responded_at=responded[1] if responded and responded[0] == draft.issued_on else None,
        late=draft.late_on(today),
    )


def _challenged(
    account_id: str, linked: list[cases.LinkedCase], read: dict[str, CaseRead], today: dt.date
) -> dict[str, disagreement.Decision]:
    """By case, the council's decision the family can challenge (not to assess, not to
    issue a plan, to stop one, or the final plan) with the mediation steps the account
    recorded on it, as the case page reads them from the case, its plan and its review
    (`read`), the steps of every case in one statement. The line of a request the account
    sent says a decision not to assess: only where the family stands is added. A final
    plan is said only until the time to appeal it has passed: after it, it is the plan
    the family has."""
    found = {}
    for case in linked:
        reference = case.link.case_reference
        status, plan, review = read[reference]
        challenged = disagreement.challengeable(
            status.body, plan.body, review.body if review else None
        )
        if challenged:
            found[reference] = (case, challenged[0])
    steps = disagreement.steps_by_case(account_id) if found else {}
    decided = {}
    for reference, (case, first) in found.items():
        decision = disagreement.with_steps(first, steps.get(reference, ()))
        quiet_when_over = decision.kind == "final_plan" or (
            decision.kind == "not_to_assess" and case.sent
        )
        if not (quiet_when_over and decision.stage(today) == "passed"):
            decided[reference] = decision
    return decided


# A case, its plan and its review when it has one to read (`reads.case_plan_and_review`).
CaseRead = tuple[reads.Read, reads.Read, reads.Read | None]


def _reviewed(case: reads.Read, plan: reads.Read) -> bool:
    """Whether the case has an annual review to read: its plan is final, or amended."""
    return (plan.body or {}).get("status") == "final" or draft_plans.amends(case, plan)


def _views_wanted(
    account_id: str, read: dict[str, CaseRead], today: dt.date
) -> dict[str, tuple[annual_reviews.Review, bool]]:
    """By case, the annual review that still takes views, as the case page and the
    review's own page read it, and whether the account has sent theirs."""
    open_reviews = {}
    for reference, (*_, review_read) in read.items():
        review = annual_reviews.review_from(reference, review_read) if review_read else None
        if review is not None and review.open_for_views(today):
            open_reviews[reference] = review
    answered = reviews.reviews_answered(account_id) if open_reviews else set()
    return {
        reference: (review, (reference, review.due_on) in answered)
        for reference, review in open_reviews.items()
    }


@bp.get("/account/cases/<reference>")
@family
def case(reference: str) -> ResponseReturnValue:
    account_id = signed_in_account_id()
    link, held = link_codes.case_of_with_cache(account_id, reference, cases.LINK_WITHDRAWN)
    if link is None:
        abort(404)
    status, plan, review = reads.case_plan_and_review(reference, _reviewed, held)
    today = deadlines.council_today()
    decisions = disagreement.decisions(account_id, reference, status, plan, review)
    # Only a request sent from this account has messages about it.
    sent, conversation = (
        triage.conversation(reference, account_id) if link.via == "submitted" else (None, None)
    )
    draft = draft_plans.draft_from(reference, status, plan, review)
    shown = ["viewed_case", "viewed_plan"] if plan.body else ["viewed_case"]
    audit.record_meanwhile(shown, "case", reference)
    page = render_in_holders_voice(
        "account/case.html",
        link=link,
        child_name=sent.child_name if sent else (status.body or {}).get("child_name") or "",
        # The relationship the parent gave in their request ("Foster carer"), if they did.
        relationship=answers.shown(
            items.PARENT_RELATIONSHIP, sent.answers.get(items.PARENT_RELATIONSHIP)
        )
        if sent
        else "",
        status=status,
        plan=plan,
        steps=PROGRESS,
        reasons=triage.reasons_given(reference, link.relationship == "young_person"),
        disagreements={decision.kind: decision for decision in decisions},
        draft=draft,
        review=review,
        draft_response=draft_plans.response_to(account_id, draft) if draft else None,
        section_titles=cases.plan_section_titles(),
        as_date=dt.date.fromisoformat,
        today=today,
        next_review=annual_reviews.next_review(reference, plan.body, review, today),
        review_late=annual_reviews.late_after_meeting(reference, review, today),
        conversation=conversation,
        sent_here=what_you_sent(account_id, reference, sent),
        slugs=SLUGS,
    )
    audit.written()
    return page


PROGRESS = ("received", "deciding", "assessing", "draft_plan", "final_plan")


# "Your data" shows the newest few of each kind of record, with how many there are and a
# link to all of them, a page at a time; the downloads hold everything.
ANSWERED = ("requests", "views", "draft_plan_responses", "review_views", "feedback")  # long
SHOWN = {kind: 3 if kind in ANSWERED else 5 for kind in records.LISTS}
PER_PAGE = {kind: 10 if kind in ANSWERED else 25 for kind in records.LISTS}
SLUGS = {
    "requests": "assessment-requests",
    "views": "views",
    "draft_plan_responses": "draft-plan-responses",
    "review_views": "review-views",
    "documents": "documents",
    "cases": "cases",
    "consent_history": "consent",
    "mediation": "mediation",
    "feedback": "feedback",
    "data_rights_requests": "information-requests",
    "who_has_seen_it": "who-has-looked",
}
KINDS = {slug: kind for kind, slug in SLUGS.items()}


@bp.get("/account/your-data")
@family
def your_data() -> ResponseReturnValue:
    account_id = signed_in_account_id()
    data: dict[str, object] = {"account": records.account(account_id)}
    totals = {}
    for kind in records.LISTS:
        data[kind], totals[kind] = records.listed(account_id, kind, Window(0, SHOWN[kind]))
    audit.record("viewed_own_data", "account", account_id)
    return render_in_holders_voice(
        "account/your_data.html",
        data=data,
        totals=totals,
        slugs=SLUGS,
        as_datetime=dt.datetime.fromisoformat,
    )


@bp.get("/account/your-data/<kind>")
@family
def your_data_list(kind: str) -> ResponseReturnValue:
    """All of one kind of record, a page at a time, the newest first."""
    if kind not in KINDS:
        abort(404)
    # Unreadable ("two", "²"), below 1 or past any real page: no such page.
    number = request.args.get("page", type=int) if "page" in request.args else 1
    if number is None or not 0 < number < 10_000:
        abort(404)
    size = PER_PAGE[KINDS[kind]]
    account_id = signed_in_account_id()
    case = _one_case(account_id, KINDS[kind])
    window = Window((number - 1) * size, size)
    entries, total = records.listed(account_id, KINDS[kind], window, case)
    if number > 1 and not entries:
        abort(404)
    audit.record("viewed_own_data", "account", account_id)
    return render_in_holders_voice(
        "account/your_data_list.html",
        kind=KINDS[kind],
        slug=kind,
        case=case,
        case_name=_child_name(case) if case else "",
        entries=entries,
        total=total,
        page=number,
        pages=max(1, -(-total // size)),
        first=(number - 1) * size + 1,
        last=(number - 1) * size + len(entries),
        as_datetime=dt.datetime.fromisoformat,
    )


def _one_case(account_id: str, kind: str) -> OneCase | None:
    """The case a list is kept to (`?case=`, from the case page's "What you sent"): one
    the account is linked to, else no such page."""
    if "case" not in request.args:
        return None
    case = records.one_case(account_id, request.args["case"])
    if case is None or kind not in records.FOR_ONE_CASE:
        abort(404)
    return case


def _child_name(case: OneCase) -> str:
    """The child's or young person's name, as the case page gives it."""
    if case.child_name:
        return case.child_name
    return str((reads.case_status(case.reference).body or {}).get("child_name") or "")


@bp.get("/account/your-data.json")
@family
def your_data_json() -> ResponseReturnValue:
    audit.record("downloaded_own_data", "account", signed_in_account_id())
    response = jsonify(collect(signed_in_account_id()))
    response.headers["Content-Disposition"] = 'attachment; filename="your-data.json"'
    return response


@bp.get("/account/your-data.html")
@family
def your_data_html() -> ResponseReturnValue:
    audit.record("downloaded_own_data", "account", signed_in_account_id())
    page = render_in_holders_voice(
        "account/your_data_download.html",
        data=collect(signed_in_account_id()),
        as_datetime=dt.datetime.fromisoformat,
        download=True,
    )
    response = make_response(page)
    response.headers["Content-Disposition"] = 'attachment; filename="your-data.html"'
    return response
