"""A family's annual review page: when it is due, its meeting, their views before it and
the reports they add, sent once; after the meeting, the council's decision and its dates."""

from __future__ import annotations

from flask import abort, redirect, render_template, request, url_for
from flask.typing import ResponseReturnValue
from flask_babel import get_locale, gettext

from forms.kit.base import KitForm
from forms.kit.numbers import Count
from forms.reviews import VIEW_LIMIT, ReportFileForm, ReviewViewsForm
from portal.case_api import reads
from portal.case_api.annual_reviews import Review
from portal.cases import service as cases
from portal.consent import service as consent
from portal.disagreement import service as disagreement
from portal.documents import owners
from portal.documents.owners import FilesPage, Owner
from portal.draft_plans import service as drafts
from portal.links import service as link_codes
from portal.models import CaseLink, ReviewViews
from portal.platform import audit, deadlines
from portal.platform.access import family, signed_in_account_id
from portal.platform.check_answers import row_asked
from portal.platform.sending import Sendable
from portal.platform.sharing import partner_names
from portal.platform.voices import template_words, voiced, voiced_count
from portal.reviews import bp
from portal.reviews import service as reviews
from portal.reviews.read_back import REPORTS, anchor, row_on_review, views_rows

VIEWS: Sendable[ReviewViews] = Sendable(
    find=reviews.own,
    is_sent=lambda views: views.submitted_at is not None,
    shown_when_sent=lambda views: _hub(views),
    argument="views_id",
)


def _hub(views: ReviewViews) -> str:
    return url_for("reviews.review", reference=views.case_reference) + "#your-views"


def _from_review() -> bool:
    """Whether the page was opened by a "Change" link on the review page, which reads the
    views back as a check answers page does: it then goes back there, to the row the link
    was on, not on."""
    return request.args.get("return_to") == "check"


def _files_page(views: ReviewViews, max_files: int) -> FilesPage:
    """The reports: the step after the questions, then on to the review page to send."""
    young_person = views.author_role == "young_person"
    voice = "young person" if young_person else None
    return FilesPage(
        title=gettext("Reports for the annual review"),
        intro=voiced_count(
            "Adding reports is your choice. You can add up to %(num)s file.",
            "Adding reports is your choice. You can add up to %(num)s files.",
            Count(max_files),
            voice,
        ),
        heading=voiced("Files you have added", voice),
        add_heading=None,
        voice=voice,
        young_person=young_person,
        back=row_on_review(views, REPORTS)
        if _from_review()
        else url_for("reviews.give_views", reference=views.case_reference),
        onward=row_on_review(views, REPORTS) if _from_review() else _hub(views),
        agreed=consent.partners_agreed(views.case_reference),
    )


owners.register(
    Owner(
        kind="review_views",
        path="/account/review-views/<owner_id>/reports",
        column="review_views_id",
        sendable=VIEWS,
        form=lambda views: ReportFileForm(young_person=views.author_role == "young_person"),
        page=_files_page,
        added=lambda views, _document: reviews.save(views, {}, str(get_locale())),
        not_added=lambda views, name, description: _file_not_added(views, name, description),
        closed=lambda views: _closed(views),
    )
)


def _closed(views: ReviewViews) -> bool:
    """Whether the review these views are for no longer takes views, by the views page's
    rule (`Review.open_for_views`): its meeting held or its decision recorded, or the case
    system on to the next review. With nothing read of the review at all, 503 as there."""
    found, reachable = reviews.current_review(views.case_reference)
    if found is None:
        if not reachable:
            abort(503)
        return True
    if found.due_on != views.review_due_on:
        return True
    return not found.open_for_views(deadlines.council_today())


def _file_not_added(views: ReviewViews, name: str, description: str) -> ResponseReturnValue:
    """A report chosen on the reports page left open after the views were sent, or after
    the review closed with them unsent: named, with what was written about it (the file
    itself is not kept) and why, on the draft plan's page for the same."""
    voice = "young person" if views.author_role == "young_person" else None
    if views.submitted_at is not None:
        why = voiced("Your views were already sent, so this file was not added to them.", voice)
    else:
        why = voiced(
            "We are no longer asking for views for this review, so this file was not added "
            "to your views.",
            voice,
        )
    written: list[tuple[str | None, str]] = [(gettext("Reports"), name)]
    if description:
        asked = ReportFileForm(young_person=voice is not None).description
        written.append((str(asked.label.text), description))
    return render_template(
        "documents/not_added.html",
        title=gettext("Reports for the annual review"),
        written=written,
        kind="file",
        why=why,
        seen=None,
        sent=_hub(views),
        **template_words(voice),
    )


def _own_review(reference: str) -> tuple[CaseLink, Review]:
    link = link_codes.case_of(signed_in_account_id(), reference)
    if link is None:
        abort(404)
    review, reachable = reviews.current_review(reference)
    if review is None:
        abort(404 if reachable else 503)
    return link, review


def _stop_decision(reference: str) -> disagreement.Decision | None:
    """The decision to stop the plan as the case page shows it, with the mediation steps
    recorded on it."""
    status, plan, review = reads.case_plan_and_review(reference, reviewed=lambda case, plan: True)
    found = disagreement.decisions(signed_in_account_id(), reference, status, plan, review)
    return next((d for d in found if d.kind == "cease_plan"), None)


def _child_name(reference: str) -> str:
    """The child's name, as the case system last gave it (a name does not go stale)."""
    return str((reads.case_status(reference).body or {}).get("child_name") or "")


@bp.route("/account/cases/<reference>/annual-review", methods=["GET", "POST"])
@family
def review(reference: str) -> ResponseReturnValue:
    link, found = _own_review(reference)
    views = reviews.views_for(signed_in_account_id(), found)
    form = KitForm()
    # The page speaks to the review's reader (its template's `voice`); "If you disagree"
    # with a stop, a macro of plain `_()`, does too (portal/disagreement/holders_voice.py).
    voice = "young person" if link.relationship == "young_person" else None
    problems: list[dict[str, str]] = []
    if form.validate_on_submit():
        if views is None:
            abort(404)
        if views.submitted_at is not None or _has_something(views):
            reviews.send(views)
            return redirect(_hub(views))
        # Views go once: with nothing written and no report, nothing is sent.
        problems.append(
            {
                "text": voiced(
                    "Answer at least one question or add a report before you send your views",
                    voice,
                ),
                "href": url_for("reviews.give_views", reference=reference),
            }
        )
    audit.record("viewed_review", "case", reference)
    today = deadlines.council_today()
    amending = found.decision is not None and found.decision.outcome == "amend"
    stopping = found.decision is not None and found.decision.outcome == "stop"
    return render_template(
        "reviews/review.html",
        link=link,
        case_label=cases.case_label(reference, _child_name(reference)),
        review=found,
        proposed=drafts.current_draft(reference)[0] if amending else None,
        disagree=_stop_decision(reference) if stopping else None,
        views=views,
        files=reviews.files(views) if views else [],
        views_rows=views_rows,
        reports_row=anchor(REPORTS),
        today=today,
        form=form,
        problems=problems,
        has_errors=bool(problems),
        **template_words(voice),
    )


def _has_something(views: ReviewViews) -> bool:
    """Whether the views hold an answer or a report: only then are they worth sending."""
    return any((answer or "").strip() for answer in views.answers.values()) or bool(
        reviews.files(views)
    )


@bp.route("/account/cases/<reference>/annual-review/views", methods=["GET", "POST"])
@family
def give_views(reference: str) -> ResponseReturnValue:
    link, found = _own_review(reference)
    if not found.open_for_views(deadlines.council_today()):
        if request.method == "POST":
            return _not_saved(reference, link.relationship == "young_person")
        return redirect(url_for("reviews.review", reference=reference))
    views = reviews.start(signed_in_account_id(), link, found, str(get_locale()))
    young_person = views.author_role == "young_person"
    if (done := VIEWS.already_sent(views)) is not None:
        if request.method == "POST":  # the page was left open in another tab
            return _not_saved(reference, young_person, already_sent=True)
        return done
    form = ReviewViewsForm(young_person=young_person)
    if request.method == "GET":
        form.fill_from(views.answers)
    back = (
        row_on_review(views, row_asked(form.catalogue_fields))
        if _from_review()
        else url_for("reviews.review", reference=reference)
    )
    if form.validate_on_submit():
        reviews.save(views, form.answers(), str(get_locale()))
        if _from_review():
            return redirect(back)
        return redirect(url_for("documents.files", owner="review_views", owner_id=views.id))
    return render_template(
        "reviews/views.html",
        form=form,
        intro=voiced_count(
            "Every question is your choice. Write as much or as little as you like, up to "
            "%(num)s character for each answer.",
            "Every question is your choice. Write as much or as little as you like, up to "
            "%(num)s characters for each answer.",
            Count(VIEW_LIMIT),
            "young person" if young_person else None,
        ),
        young_person=young_person,
        back=back,
        partner_names=partner_names,
        agreed=consent.partners_agreed(reference),
    )


def _not_saved(
    reference: str, young_person: bool, already_sent: bool = False
) -> ResponseReturnValue:
    """Views written while the review closed (its meeting held, or the council's decision
    recorded), or after they were sent from another tab, are not saved: the page says
    why and shows them back, to be copied. Views saved in time are kept as they were."""
    voice = "young person" if young_person else None
    why = (
        voiced("Your views were already sent, so this change was not saved.", voice)
        if already_sent
        else voiced("We are no longer asking for views for this review.", voice)
    )
    form = ReviewViewsForm(young_person=young_person)
    written = [
        (field.question, text)
        for field, _item in form.catalogue_items()
        if (text := (field.data or "").strip())
    ]
    return render_template(
        "reviews/views_not_saved.html",
        written=written,
        why=why,
        young_person=young_person,
        back=url_for("reviews.review", reference=reference),
    )
