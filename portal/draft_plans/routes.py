"""A family's response to a draft plan: the draft with its dates and what they have said so
far, a page for each comment and request, their evidence, and sending it once."""

from __future__ import annotations

from typing import Any

from flask import abort, flash, g, has_request_context, redirect, request, url_for
from flask.typing import ResponseReturnValue
from flask_babel import get_locale

from forms.draft_plans import (
    SETTING_TYPES,
    EvidenceFileForm,
    MeetingForm,
    PersonalBudgetForm,
    SectionCommentForm,
    SettingForm,
)
from forms.kit.base import KitForm
from forms.kit.numbers import Count
from portal.auth.holder import account_voice, render_in_holders_voice
from portal.case_api import bodies
from portal.cases import service as cases
from portal.consent import service as consent
from portal.contact_preferences import service as contact
from portal.documents import owners
from portal.documents.owners import FilesPage, Owner, Replaced
from portal.draft_plans import bp, setting_kinds
from portal.draft_plans import service as drafts
from portal.draft_plans.left_open import (
    answers_not_added,
    comment_not_added,
    file_gone,
    file_not_added,
)
from portal.links import service as link_codes
from portal.models import CaseLink, DraftPlanResponse
from portal.platform import audit, deadlines
from portal.platform.access import family, signed_in_account_id
from portal.platform.sending import Sendable
from portal.platform.voices import voiced, voiced_count
from portal.platform.written_dates import format_date

RESPONSES: Sendable[DraftPlanResponse] = Sendable(
    find=drafts.own,
    is_sent=lambda response: response.submitted_at is not None,
    shown_when_sent=lambda response: url_for("draft_plans.sent", reference=response.case_reference),
    argument="response_id",
)

QUESTIONS: dict[str, type[Any]] = {
    "setting": SettingForm,
    "meeting": MeetingForm,
    "personal-budget": PersonalBudgetForm,
}


def _hub(response: DraftPlanResponse) -> str:
    return url_for("draft_plans.respond", reference=response.case_reference)


def _files_page(response: DraftPlanResponse, max_files: int) -> FilesPage:
    young_person = account_voice() is not None
    voice = "young person" if young_person else None
    return FilesPage(
        title=voiced("Evidence for your response", voice),
        intro=voiced_count(
            "Adding evidence is your choice. You can add up to %(num)s file.",
            "Adding evidence is your choice. You can add up to %(num)s files.",
            Count(max_files),
            voice,
        ),
        heading=voiced("Files you have added", voice),
        add_heading=None,
        voice=voice,
        young_person=young_person,
        back=_return_to(response, "", "evidence"),
        onward=_return_to(response, "#your-requests", "evidence"),
        agreed=consent.partners_agreed(response.case_reference),
    )


owners.register(
    Owner(
        kind="draft_response",
        path="/account/draft-plan-responses/<owner_id>/evidence",
        column="draft_response_id",
        sendable=RESPONSES,
        form=lambda _response: EvidenceFileForm(young_person=account_voice() is not None),
        page=_files_page,
        added=lambda response, _document: drafts.save(response, {}, str(get_locale())),
        not_added=lambda response, name, description: file_not_added(response, name, description),
        locates=lambda response: {
            CASE_FIELD: response.case_reference,
            DRAFT_FIELD: response.draft_issued_on.isoformat(),
            **({"from": "check"} if has_request_context() and _from_check() else {}),
        },
        replaced=lambda: _carried_to(),
        gone=lambda name, description: file_gone(name, description),
    )
)


def _own_draft(reference: str) -> tuple[CaseLink, drafts.Draft]:
    link = link_codes.case_of(signed_in_account_id(), reference)
    if link is None:
        abort(404)
    draft, reachable = drafts.current_draft(reference)
    if draft is None:
        abort(404 if reachable else 503)
    return link, draft


# The form field naming the draft a page was for (its date), and the banner's category.
DRAFT_FIELD = "draft"
NEW_DRAFT = "new_draft"
# With DRAFT_FIELD, in the evidence pages' addresses: the case the response is for.
CASE_FIELD = "case"


def _tell_of_new_draft(draft: drafts.Draft) -> None:
    if g.get("told_of_new_draft"):
        return
    g.told_of_new_draft = True
    flash(
        voiced(
            "The council issued a new draft plan on %(date)s. Your response has not been "
            "sent. What you wrote before is here: check it, then send your response.",
            "young person" if account_voice() is not None else None,
            date=format_date(draft.issued_on),
        ),
        NEW_DRAFT,
    )


def _started(reference: str) -> tuple[drafts.Draft, DraftPlanResponse]:
    """The response to the current draft; begun with what the family wrote for an earlier
    draft, if the council issued a new one since, and the banner that says so."""
    link, draft = _own_draft(reference)
    response, carried = drafts.start(signed_in_account_id(), link, draft, str(get_locale()))
    if carried:
        _tell_of_new_draft(draft)
    return draft, response


def _for_earlier_draft(draft: drafts.Draft, *, sending: bool = False) -> bool:
    """Whether the posted form was for a draft other than the current one (the council
    issued a new draft since the page was shown); the family is then told, once. A form
    to send must name its draft: nothing is sent that the family did not see."""
    named = bodies.day_in(request.form.get(DRAFT_FIELD))
    if named == draft.issued_on:
        return False
    if named is not None and named < draft.issued_on:
        _tell_of_new_draft(draft)
        return True
    return sending


def _from_check() -> bool:
    """The page was opened from the check page (`?from=check`): saving goes back there."""
    return request.args.get("from") == "check"


def _return_to(response: DraftPlanResponse, anchor: str, row: str) -> str:
    """Back to the check page a page was opened from, at the page's `row` (the id of its
    answer there), else to the overview at `anchor`."""
    if _from_check():
        return url_for("draft_plans.check", reference=response.case_reference, _anchor=row)
    return f"{_hub(response)}{anchor}"


@bp.route("/account/cases/<reference>/draft-plan", methods=["GET", "POST"])
@family
def respond(reference: str) -> ResponseReturnValue:
    """The draft and the response so far; nothing is sent from here (see `check`)."""
    draft, response = _started(reference)
    if (done := RESPONSES.already_sent(response)) is not None:
        return done
    if request.method == "POST":
        return redirect(url_for("draft_plans.check", reference=reference))
    audit.record("viewed_plan", "case", reference)
    return render_in_holders_voice(
        "draft_plans/respond.html",
        draft=draft,
        response=response,
        comments=drafts.comments(response),
        files=drafts.files(response),
        section_titles=cases.plan_section_titles(),
        setting_types=setting_kinds.offered(draft, response),
        late=draft.late_on(deadlines.council_today()),
        reminded_by=contact.reached_by(signed_in_account_id()),
        reminder_to_come=deadlines.council_today() < draft.reminder_on,
    )


@bp.route("/account/cases/<reference>/draft-plan/check", methods=["GET", "POST"])
@family
def check(reference: str) -> ResponseReturnValue:
    """The whole response, each part with a Change link, then sent once. The form names
    its draft: a new draft since sends nothing, and the family is told."""
    draft, response = _started(reference)
    if (done := RESPONSES.already_sent(response)) is not None:
        return done
    form = KitForm()
    kinds = setting_kinds.offered(draft, response)
    if form.validate_on_submit():
        if _for_earlier_draft(draft, sending=True):
            return redirect(_hub(response))
        if setting_kinds.not_offered(response, kinds):
            setting = url_for("draft_plans.question", reference=reference, step="setting")
            return redirect(f"{setting}?from=check")
        drafts.send(response, [s["letter"] for s in draft.sections])
        return redirect(url_for("draft_plans.sent", reference=reference))
    files = drafts.files(response)
    return render_in_holders_voice(
        "draft_plans/check.html",
        draft=draft,
        response=response,
        comments=drafts.comments(response),
        files=files,
        empty=drafts.is_empty(response, files),
        section_titles=cases.plan_section_titles(),
        setting_types=kinds,
        late=draft.late_on(deadlines.council_today()),
        form=form,
    )


@bp.route("/account/cases/<reference>/draft-plan/sections/<letter>", methods=["GET", "POST"])
@family
def comment(reference: str, letter: str) -> ResponseReturnValue:
    draft, response = _started(reference)
    section = next((s for s in draft.sections if s.get("letter") == letter), None)
    if section is None:
        abort(404)
    if (done := RESPONSES.already_sent(response)) is not None:
        return comment_not_added(response, letter) or done
    young_person = account_voice() is not None
    form = SectionCommentForm(young_person=young_person)
    if request.method == "GET":
        form.comment.data = drafts.comments(response).get(letter)
    if form.validate_on_submit():
        drafts.save_comment(response, letter, form.comment.data, str(get_locale()))
        if _for_earlier_draft(draft):
            return redirect(_hub(response))
        return redirect(_return_to(response, f"#section-{letter}", f"section-{letter}"))
    return render_in_holders_voice(
        "draft_plans/comment.html",
        form=form,
        for_draft=response.draft_issued_on,
        field=form.comment,
        item=form.comment.catalogue_item,
        young_person=young_person,
        title=cases.plan_section_titles()[letter],
        section=section,
        back=_return_to(response, f"#section-{letter}", f"section-{letter}"),
        agreed=consent.partners_agreed(response.case_reference),
    )


def _carried_to() -> Replaced | None:
    """For an evidence page left open on a response that is gone: the response it was
    carried to (with its files) when the council issued a new draft. Certain only where
    the page's address names an earlier draft of a case linked to the signed-in person,
    whose response to the case's current draft is there; None otherwise. A form posted
    from the page tells the family of the new draft, as the other pages do."""
    reference = request.args.get(CASE_FIELD)
    named = bodies.day_in(request.args.get(DRAFT_FIELD))
    account_id = signed_in_account_id()
    if not reference or named is None or link_codes.case_of(account_id, reference) is None:
        return None
    draft, _reachable = drafts.current_draft(reference)
    if draft is None or named >= draft.issued_on:
        return None
    response = drafts.response_to(account_id, draft)
    if response is None:
        return None
    if request.method == "POST":
        _tell_of_new_draft(draft)
    return Replaced(response, _hub(response))


@bp.route("/account/cases/<reference>/draft-plan/<step>", methods=["GET", "POST"])
@family
def question(reference: str, step: str) -> ResponseReturnValue:
    if step not in QUESTIONS:
        abort(404)
    draft, response = _started(reference)
    young_person = account_voice() is not None
    form = QUESTIONS[step](young_person=young_person)
    if (done := RESPONSES.already_sent(response)) is not None:
        return answers_not_added(response, form) or done
    if isinstance(form, SettingForm) and not setting_kinds.post16_offered(draft, response):
        form.without_post16()
    if request.method == "GET":
        form.fill_from(response.answers)
    if form.validate_on_submit():
        drafts.save(response, form.answers(), str(get_locale()))
        if _for_earlier_draft(draft):
            return redirect(_hub(response))
        return redirect(_return_to(response, "#your-requests", step))
    return render_in_holders_voice(
        "draft_plans/question.html",
        form=form,
        for_draft=response.draft_issued_on,
        young_person=young_person,
        back=_return_to(response, "#your-requests", step),
        agreed=consent.partners_agreed(response.case_reference),
    )


@bp.get("/account/cases/<reference>/draft-plan/sent")
@family
def sent(reference: str) -> ResponseReturnValue:
    if link_codes.case_of(signed_in_account_id(), reference) is None:
        abort(404)
    response = drafts.last_sent(signed_in_account_id(), reference)
    if response is None:
        return redirect(url_for("draft_plans.respond", reference=reference))
    draft, _reachable = drafts.current_draft(reference)
    return render_in_holders_voice(
        "draft_plans/sent.html",
        response=response,
        amendment=draft is not None
        and draft.amendment
        and draft.issued_on == response.draft_issued_on,
        respond_by=drafts.respond_by(response),
        comments=drafts.comments(response),
        files=drafts.files(response),
        section_titles=cases.plan_section_titles(),
        setting_types=dict(SETTING_TYPES),
    )
