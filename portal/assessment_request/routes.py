"""The request for an EHC needs assessment: who is asking, the task list, question pages,
check your answers, and the confirmation."""

from __future__ import annotations

from typing import Any

from flask import abort, redirect, render_template, request, url_for
from flask.typing import ResponseReturnValue
from flask_babel import get_locale, gettext, pgettext
from markupsafe import Markup

from forms import items
from forms.assessment_request.questions import WhoIsAskingForm
from forms.assessment_request.sections import Page, section
from forms.consent import consent_partners
from forms.documents import DocumentForm
from forms.kit.numbers import Count
from forms.kit.question import QuestionForm, in_own_voice
from portal.assessment_request import already_sent, bp, check_rows, offered, starting
from portal.assessment_request import service as requests
from portal.auth.holder import account_voice, render_in_holders_voice
from portal.cases import service as cases
from portal.consent import service as consent
from portal.consent import wording as consent_wording
from portal.contributions import service as contributions
from portal.documents import owners
from portal.documents.owners import FilesPage, Owner
from portal.models import Document, RequestDraft
from portal.platform import db, extensions
from portal.platform.access import family, public, signed_in_account_id
from portal.platform.check_answers import row_asked, summary_rows
from portal.platform.i18n import bdi
from portal.platform.sending import Sendable
from portal.platform.sharing import partner_names
from portal.platform.voices import voiced, voiced_count

DRAFT: Sendable[RequestDraft] = Sendable(
    find=requests.draft_of,
    is_sent=lambda draft: draft.submitted_at is not None,
    shown_when_sent=lambda draft: url_for("assessment_request.submitted", draft_id=draft.id),
    argument="draft_id",
)

# The id of the supporting documents' row on Check your answers.
DOCUMENTS_ROW = "supporting-documents"


def _documents_page(draft: RequestDraft, max_files: int) -> FilesPage:
    young_person = requests.is_young_person(draft)
    voice = "young person" if young_person else None
    # Opened from Check your answers, back and onward go to its documents row: a named
    # page, never an address taken from the request.
    back = (
        url_for("assessment_request.check_answers", draft_id=draft.id, _anchor=DOCUMENTS_ROW)
        if request.args.get("return_to") == "check"
        else url_for("assessment_request.task_list", draft_id=draft.id)
    )
    return FilesPage(
        title=gettext("Supporting documents"),
        intro=voiced_count(
            "Adding documents is your choice. You can add up to %(num)s document.",
            "Adding documents is your choice. You can add up to %(num)s documents.",
            Count(max_files),
            voice,
        ),
        heading=voiced("Documents you have added", voice),
        add_heading=voiced("Add a document", voice),
        voice=voice,
        young_person=young_person,
        back=back,
        onward=back,
        agreed=consent.partners_agreed_in(draft.answers, young_person),
    )


def _document_added(draft: RequestDraft, document: Document) -> None:
    draft.updated_at = document.uploaded_at
    db.session().commit()


owners.register(
    Owner(
        kind="request",
        path="/account/request/<owner_id>/documents",
        column="draft_id",
        sendable=DRAFT,
        form=lambda draft: DocumentForm(young_person=requests.is_young_person(draft)),
        page=_documents_page,
        added=_document_added,
    )
)


def _language() -> str:
    return str(get_locale())


@bp.get("/account/request/")
@family
def request_start() -> ResponseReturnValue:
    return redirect(url_for("assessment_request.who_is_asking"))


@bp.route("/account/request/who", methods=["GET", "POST"])
@family
def who_is_asking() -> ResponseReturnValue:
    # A young person who has asked for themselves before is spoken to as one here too.
    form = WhoIsAskingForm(young_person=account_voice() == "young person")
    if form.validate_on_submit():
        if form.role.data == "professional":
            return redirect(url_for("assessment_request.professionals"))
        draft = starting.start(signed_in_account_id(), form.role.data, _language())
        return redirect(url_for("assessment_request.task_list", draft_id=draft.id))
    return render_in_holders_voice(
        "assessment_request/who.html",
        form=form,
        unsent_kept_days=extensions.settings().config.retention_days("drafts"),
    )


@bp.get("/account/request/professionals")
@public
def professionals() -> ResponseReturnValue:
    return render_template("assessment_request/professionals.html")


@bp.get("/account/request/<draft_id>/")
@family
@DRAFT.editing
def task_list(draft: RequestDraft) -> ResponseReturnValue:
    added = requests.added_to(draft)
    return render_template(
        "assessment_request/task_list.html",
        draft=draft,
        progress=requests.progress(draft),
        ready=requests.ready_to_submit(draft),
        young_person=requests.is_young_person(draft),
        deletion_date=requests.deletion_date(draft),
        document_count=added.documents,
        consent_status=requests.consent_status(draft),
        contributions_count=added.views_saved,
        views_unfinished=added.views_unfinished,
        assessment_refused=draft.answers.get(items.CONSENT_ASSESSMENT) == "no",
    )


def _page(draft: RequestDraft, section_slug: str, page_slug: str) -> tuple[Any, Page, list[Page]]:
    found = section(section_slug)
    if found is None:
        abort(404)
    pages = found.pages_for(draft.requester_role)
    page = next((p for p in pages if p.slug == page_slug), None)
    if page is None:
        abort(404)
    return found, page, pages


@bp.route("/account/request/<draft_id>/<section_slug>/<page_slug>", methods=["GET", "POST"])
@family
@DRAFT.editing
def question(draft: RequestDraft, section_slug: str, page_slug: str) -> ResponseReturnValue:
    found, page, pages = _page(draft, section_slug, page_slug)
    young_person = requests.is_young_person(draft)
    form = page.form(young_person=young_person)
    if request.method == "GET":
        asked = [item_id for item_id, _message in form.catalogue_fields.values()]
        form.fill_from(offered.with_sign_in_email(draft, asked))
    returning = request.args.get("return_to") == "check"
    if form.validate_on_submit():
        position = pages.index(page)
        last = position == len(pages) - 1
        requests.save(draft, form.answers(), found, last, _language())
        if returning:
            return redirect(_row_on_check(draft, found.slug, form))
        if last:
            return redirect(url_for("assessment_request.task_list", draft_id=draft.id))
        return redirect(
            url_for(
                "assessment_request.question",
                draft_id=draft.id,
                section_slug=found.slug,
                page_slug=pages[position + 1].slug,
            )
        )
    position = pages.index(page)
    back = (
        _row_on_check(draft, found.slug, form)
        if returning
        else url_for(
            "assessment_request.question",
            draft_id=draft.id,
            section_slug=found.slug,
            page_slug=pages[position - 1].slug,
        )
        if position
        else url_for("assessment_request.task_list", draft_id=draft.id)
    )
    return render_template(
        "assessment_request/question.html",
        form=form,
        page=page,
        section=found,
        young_person=young_person,
        back=back,
        partner_names=partner_names,
        agreed=consent.partners_agreed_in(draft.answers, young_person),
    )


def _row_on_check(draft: RequestDraft, section_slug: str, form: QuestionForm) -> str:
    """The check page at the row whose change link opened the page (its `row`), else at
    the page's first answer (check_rows names each row so), where a change made from
    there returns: not to the top of a long page, nor to another row of the same page."""
    return url_for(
        "assessment_request.check_answers",
        draft_id=draft.id,
        _anchor=f"{section_slug}-{row_asked(form.catalogue_fields)}",
    )


@bp.route("/account/request/<draft_id>/consent", methods=["GET", "POST"])
@family
@DRAFT.editing
def request_consent(draft: RequestDraft) -> ResponseReturnValue:
    young_person = requests.is_young_person(draft)
    for_a_young_person = requests.for_a_young_person(draft)
    form = consent_wording.choices_form(young_person, for_a_young_person)
    back = (
        _row_on_check(draft, "consent", form)
        if request.args.get("return_to") == "check"
        else url_for("assessment_request.task_list", draft_id=draft.id)
    )
    if request.method == "GET":
        form.fill_from(draft.answers)
    elif form.validate_on_submit():
        requests.save_consent(draft, form.answers(), form.wording)
        return redirect(back)
    return render_template(
        "consent/choices.html",
        form=form,
        shown=consent_wording.explanation(young_person, for_a_young_person),
        young_person=young_person,
        problem=form.wording_problem,
        back=back,
        # NOTE: A young person (16 to 25) asking for their own assessment reads this.
        # Speak to them informally (tu, ty, ти, sen), as to a young adult.
        caption=pgettext("young person", "Your request for an EHC needs assessment")
        if young_person
        else gettext("Request an EHC needs assessment"),
        button=voiced("Save and continue", "young person" if young_person else None),
        partner_names=partner_names,
    )


@bp.route("/account/request/<draft_id>/check", methods=["GET", "POST"])
@family
@DRAFT.editing
def check_answers(draft: RequestDraft) -> ResponseReturnValue:
    sections = check_rows.answer_rows(draft)
    voice = check_rows.voice_of(draft)
    missing = [
        {"text": str(in_own_voice(row["message"]) if voice else row["message"]), "href": row["fix"]}
        for entry in sections
        for row in entry["rows"]
        if row["missing"]
    ]
    consent_page = url_for(
        "assessment_request.request_consent", draft_id=draft.id, return_to="check"
    )
    if not requests.consent_current(draft):
        missing.append(
            {
                "text": voiced("Give your consent before you send the request", voice),
                "href": consent_page,
            }
        )
    elif draft.answers.get(items.CONSENT_ASSESSMENT) != "yes":
        missing.append(
            {
                "text": voiced(
                    "You must agree to the assessment before you send the request", voice
                ),
                "href": consent_page,
            }
        )
    if request.method == "POST" and not missing:
        requests.submit(draft)
        return redirect(url_for("assessment_request.submitted", draft_id=draft.id))
    left = requests.sections_left(draft)
    return render_template(
        "assessment_request/check.html",
        draft=draft,
        consent_rows=summary_rows(check_rows.consent_rows(draft), voice),
        documents_html=Markup('<div id="{}">{}</div>').format(
            DOCUMENTS_ROW,
            Markup("<br>").join(bdi(d.filename) for d in requests.documents_of(draft))
            or Markup('<span class="govuk-hint">{}</span>').format(gettext("None added")),
        ),
        sections=sections,
        contributions_rows=check_rows.contributions_rows(draft),
        missing=missing if request.method == "POST" else [],
        has_errors=request.method == "POST" and bool(missing),
        young_person=requests.is_young_person(draft),
        sections_left=voiced_count(
            "You have %(num)s section left to complete.",
            "You have %(num)s sections left to complete.",
            left,
            voice,
        )
        if left
        else None,
        **_asked_before(draft),
    )


def _asked_before(draft: RequestDraft) -> dict[str, Any]:
    """The account's requests for the same child still being decided, each with its
    warning, and its cases for that child being assessed or with a plan."""
    found = cases.asked_before(draft.account_id, draft.answers)
    young_person = requests.is_young_person(draft)
    return {
        "already_sent": [
            (asked, already_sent.warning(asked.sent, young_person))
            for asked in found
            if asked.stage is None and asked.sent is not None
        ],
        "asked_before": [asked for asked in found if asked.stage],
    }


@bp.get("/account/request/<draft_id>/submitted")
@family
def submitted(draft_id: str) -> ResponseReturnValue:
    draft = DRAFT.own(draft_id)
    sent = cases.request_for_draft(draft)
    if sent is None:
        return redirect(url_for("assessment_request.task_list", draft_id=draft.id))
    views = contributions.of_draft(draft)
    voice = check_rows.voice_of(draft)
    views_sent = sum(1 for v in views if v.submitted_at)
    young_person = requests.is_young_person(draft)
    # As the consent stands now: the page links to changing it.
    now = consent.partners_agreed(sent.reference)
    agreed = now if isinstance(now, frozenset) else None
    if agreed is None:
        agreed = consent.partners_agreed_in(draft.answers, young_person)
    refused = [
        p.id for p in consent_partners(young_person) if agreed is not None and p.id not in agreed
    ]
    return render_template(
        "assessment_request/submitted.html",
        sent=sent,
        voice=voice,
        not_shared=partner_names(refused) if refused else "",
        views_sent=voiced_count(
            "%(num)s set of views was sent with your request.",
            "%(num)s sets of views were sent with your request.",
            Count(views_sent),
            voice,
        )
        if views_sent
        else "",
        unfinished=[
            (v, contributions.author_label(v.author_role, voice)) for v in views if not v.ready_at
        ],
    )
