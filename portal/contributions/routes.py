"""Views in a person's own words: start, one question a page, files, check and send."""

from __future__ import annotations

from typing import Any

from flask import abort, redirect, render_template, request, url_for
from flask.typing import ResponseReturnValue
from flask_babel import get_locale
from flask_wtf import FlaskForm

from forms.contributions import PROMPTS, HelpedByForm, StartViewsForm, ViewsFileForm
from portal.contributions import bp
from portal.contributions import service as contributions
from portal.documents import service as attachments
from portal.models import Contribution
from portal.platform.access import family, signed_in_account_id
from portal.platform.sharing import partner_names


def _own(contribution_id: str) -> Contribution:
    found = contributions.own(signed_in_account_id(), contribution_id)
    if found is None:
        abort(404)
    return found


def _step_url(contribution: Contribution, step: str) -> str:
    if step == "helped-by":
        return url_for("contributions.helped_by", contribution_id=contribution.id)
    if step == "files":
        return url_for("contributions.files", contribution_id=contribution.id)
    return url_for("contributions.question", contribution_id=contribution.id, slug=step)


def _home(contribution: Contribution) -> str:
    """Where the views were started from: their unsent request, or the account."""
    draft = contributions.request_open(contribution)
    if draft is not None:
        return url_for("assessment_request.task_list", draft_id=draft.id)
    return url_for("account.account")


def _neighbours(contribution: Contribution, step: str) -> tuple[str, str]:
    """The back link and where "Save and continue" goes."""
    order = contributions.steps(contribution)
    position = order.index(step)
    back = _step_url(contribution, order[position - 1]) if position else _home(contribution)
    onward = (
        _step_url(contribution, order[position + 1])
        if position + 1 < len(order)
        else url_for("contributions.check", contribution_id=contribution.id)
    )
    if request.args.get("return_to") == "check":
        back = onward = url_for("contributions.check", contribution_id=contribution.id)
    return back, onward


def _sent(contribution: Contribution) -> ResponseReturnValue | None:
    """Sent views cannot be changed: every editing page shows what was sent instead."""
    if contribution.submitted_at or contribution.ready_at:
        return redirect(url_for("contributions.sent", contribution_id=contribution.id))
    return None


@bp.route("/account/contributions/new", methods=["GET", "POST"])
@family
def start() -> ResponseReturnValue:
    destinations = contributions.destinations(signed_in_account_id())
    form = StartViewsForm(destinations=destinations)
    back = url_for("account.account")
    if request.method == "GET":
        wanted = request.args.get("draft") or request.args.get("case")
        prefix = "draft:" if request.args.get("draft") else "case:"
        if wanted and f"{prefix}{wanted}" in dict(destinations):
            form.destination.data = f"{prefix}{wanted}"
            if prefix == "draft:":
                back = url_for("assessment_request.task_list", draft_id=wanted)
    if destinations and form.validate_on_submit():
        contribution = contributions.start(
            signed_in_account_id(), form.author.data, form.destination.data, str(get_locale())
        )
        return redirect(_step_url(contribution, contributions.steps(contribution)[0]))
    return render_template(
        "contributions/start.html", form=form, destinations=destinations, back=back
    )


@bp.route("/account/contributions/<contribution_id>/helped-by", methods=["GET", "POST"])
@family
def helped_by(contribution_id: str) -> ResponseReturnValue:
    contribution = _own(contribution_id)
    if contribution.author_role != "child":
        abort(404)
    return _question(contribution, "helped-by", HelpedByForm)


@bp.route("/account/contributions/<contribution_id>/about/<slug>", methods=["GET", "POST"])
@family
def question(contribution_id: str, slug: str) -> ResponseReturnValue:
    contribution = _own(contribution_id)
    if slug not in PROMPTS:
        abort(404)
    return _question(contribution, slug, PROMPTS[slug])


def _question(contribution: Contribution, step: str, form_class: Any) -> ResponseReturnValue:
    if (done := _sent(contribution)) is not None:
        return done
    own_voice = contributions.own_voice(contribution)
    form = form_class(young_person=own_voice)
    if request.method == "GET":
        form.fill_from(contribution.answers)
    back, onward = _neighbours(contribution, step)
    if form.validate_on_submit():
        contributions.save(contribution, form.answers(), str(get_locale()))
        return redirect(onward)
    field, item = form.catalogue_items()[0]
    return render_template(
        "contributions/question.html",
        form=form,
        field=field,
        item=item,
        own_voice=own_voice,
        voice=contributions.voice(contribution),
        examples=item.examples_for(own_voice),
        back=back,
        partner_names=partner_names,
    )


@bp.route("/account/contributions/<contribution_id>/files", methods=["GET", "POST"])
@attachments.accepts_upload
@family
def files(contribution_id: str) -> ResponseReturnValue:
    contribution = _own(contribution_id)
    if (done := _sent(contribution)) is not None:
        return done
    own_voice = contributions.own_voice(contribution)
    form = ViewsFileForm(young_person=own_voice)
    existing = contributions.files(contribution)
    back, onward = _neighbours(contribution, "files")
    if form.validate_on_submit():
        problem, added = attachments.check_and_keep(
            form.file.data,
            form.description.data,
            len(existing),
            {"contribution_id": contribution.id, "account_id": contribution.account_id},
        )
        if added is not None:
            contributions.save(contribution, {}, str(get_locale()))
            return redirect(url_for("contributions.files", contribution_id=contribution.id))
        form.file.errors = [*form.file.errors, problem]
    return render_template(
        "contributions/files.html",
        contribution=contribution,
        form=form,
        files=existing,
        own_voice=own_voice,
        max_files=contributions.limit_of_files(),
        back=back,
        onward=onward,
        partner_names=partner_names,
    )


def _own_file(contribution_id: str, document_id: str) -> tuple[Contribution, Any]:
    contribution = _own(contribution_id)
    document = contributions.file_of(contribution, document_id)
    if document is None:
        abort(404)
    return contribution, document


@bp.get("/account/contributions/<contribution_id>/files/<document_id>")
@family
def file(contribution_id: str, document_id: str) -> ResponseReturnValue:
    _contribution, document = _own_file(contribution_id, document_id)
    return attachments.download(document)


@bp.get("/account/contributions/<contribution_id>/files/<document_id>/preview")
@family
def file_preview(contribution_id: str, document_id: str) -> ResponseReturnValue:
    _contribution, document = _own_file(contribution_id, document_id)
    return attachments.preview(document)


@bp.route(
    "/account/contributions/<contribution_id>/files/<document_id>/remove", methods=["GET", "POST"]
)
@family
def file_remove(contribution_id: str, document_id: str) -> ResponseReturnValue:
    contribution, document = _own_file(contribution_id, document_id)
    if contribution.submitted_at or contribution.ready_at:
        abort(404)
    if request.method == "GET":
        back = url_for("contributions.files", contribution_id=contribution.id)
        return render_template("documents/remove_file.html", document=document, back=back)
    attachments.remove(document)
    return redirect(url_for("contributions.files", contribution_id=contribution.id))


@bp.route("/account/contributions/<contribution_id>/check", methods=["GET", "POST"])
@family
def check(contribution_id: str) -> ResponseReturnValue:
    contribution = _own(contribution_id)
    if (done := _sent(contribution)) is not None:
        return done
    form = FlaskForm()
    if form.validate_on_submit():
        contributions.finish(contribution)
        return redirect(url_for("contributions.sent", contribution_id=contribution.id))
    return render_template(
        "contributions/check.html",
        contribution=contribution,
        rows=contributions.answer_rows(
            contribution, lambda step: _step_url(contribution, step) + "?return_to=check"
        ),
        files=contributions.files(contribution),
        own_voice=contributions.own_voice(contribution),
        form=form,
        review_due=contributions.review_due(contribution.case_reference)
        if contribution.case_reference
        else None,
    )


@bp.get("/account/contributions/<contribution_id>/sent")
@family
def sent(contribution_id: str) -> ResponseReturnValue:
    contribution = _own(contribution_id)
    if not (contribution.submitted_at or contribution.ready_at):
        return redirect(url_for("contributions.check", contribution_id=contribution.id))
    return render_template(
        "contributions/sent.html",
        contribution=contribution,
        rows=contributions.answer_rows(contribution),
        files=contributions.files(contribution),
        own_voice=contributions.own_voice(contribution),
        home=_home(contribution),
    )
