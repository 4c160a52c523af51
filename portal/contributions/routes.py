"""Views in a person's own words: start, one question a page, files, check and send."""

from __future__ import annotations

from typing import Any

from flask import abort, redirect, render_template, request, url_for
from flask.typing import ResponseReturnValue
from flask_babel import get_locale, gettext

from forms.contributions import (
    PROMPTS,
    YOUNG_PERSONS_EXAMPLES,
    YOUNG_PERSONS_HINTS,
    ContributionFileForm,
    HelpedByForm,
    StartContributionForm,
)
from forms.kit.base import KitForm
from forms.kit.numbers import Count
from portal.auth.holder import account_voice
from portal.cases import service as cases
from portal.contributions import bp
from portal.contributions import service as contributions
from portal.contributions.with_request import unfinished_own, views_with
from portal.documents import owners
from portal.documents.owners import FilesPage, Owner
from portal.models import Contribution
from portal.platform.access import family, signed_in_account_id
from portal.platform.sending import Sendable
from portal.platform.sharing import partner_names
from portal.platform.voices import template_words, voiced, voiced_count

VIEWS: Sendable[Contribution] = Sendable(
    find=contributions.own,
    # Views with a request wait for it (ready_at) and cannot change then either.
    is_sent=lambda views: bool(views.submitted_at or views.ready_at),
    shown_when_sent=lambda views: url_for("contributions.sent", contribution_id=views.id),
    argument="contribution_id",
)


def _step_url(contribution: Contribution, step: str) -> str:
    if step == "helped-by":
        return url_for("contributions.helped_by", contribution_id=contribution.id)
    if step == "files":
        return url_for("documents.files", owner="contribution", owner_id=contribution.id)
    return url_for("contributions.question", contribution_id=contribution.id, slug=step)


def _started_from(contribution: Contribution) -> str:
    """Where the views were started from: their case, their unsent request, or the account."""
    if contribution.case_reference:
        return url_for("account.case", reference=contribution.case_reference)
    return _home(contribution)


def _home(contribution: Contribution) -> str:
    """Their unsent request, or the account."""
    draft = contributions.request_open(contribution)
    if draft is not None:
        return url_for("assessment_request.task_list", draft_id=draft.id)
    return url_for("account.account")


def _neighbours(contribution: Contribution, step: str) -> tuple[str, str]:
    """The back link and where "Save and continue" goes."""
    order = contributions.steps(contribution)
    position = order.index(step)
    back = _step_url(contribution, order[position - 1]) if position else _started_from(contribution)
    onward = (
        _step_url(contribution, order[position + 1])
        if position + 1 < len(order)
        else url_for("contributions.check", contribution_id=contribution.id)
    )
    if request.args.get("return_to") == "check":
        back = onward = url_for(
            "contributions.check", contribution_id=contribution.id, _anchor=_row(step)
        )
    return back, onward


def _row(step: str) -> str:
    """The id of a step's row on the check page, where a change made from there returns."""
    return f"views-{step}"


def _files_page(contribution: Contribution, max_files: int) -> FilesPage:
    back, onward = _neighbours(contribution, "files")
    voice = contributions.voice(contribution)
    return FilesPage(
        title=gettext("Drawings, photos, recordings and documents"),
        intro=voiced_count(
            "Adding files is your choice. You can add up to %(num)s file.",
            "Adding files is your choice. You can add up to %(num)s files.",
            Count(max_files),
            voice,
        ),
        heading=voiced("Files you have added", voice),
        add_heading=None,
        voice=voice,
        young_person=contributions.own_voice(contribution),
        back=back,
        onward=onward,
        agreed=contributions.partners_agreed(contribution),
    )


owners.register(
    Owner(
        kind="contribution",
        path="/account/contributions/<owner_id>/files",
        column="contribution_id",
        sendable=VIEWS,
        form=lambda views: ContributionFileForm(young_person=contributions.own_voice(views)),
        page=_files_page,
        added=lambda views, _document: contributions.save(views, {}, str(get_locale())),
    )
)


@bp.route("/account/contributions/new", methods=["GET", "POST"])
@family
def start() -> ResponseReturnValue:
    drafts = cases.drafts_of(signed_in_account_id())
    # Views started from a request's task list go with that request: not asked where.
    draft = next((d for d in drafts if d.id == request.args.get("draft")), None)
    started = views_with(signed_in_account_id(), draft)
    if request.method == "GET" and (views := unfinished_own(draft, started)) is not None:
        return redirect(
            url_for("contributions.question", contribution_id=views.id, slug=next(iter(PROMPTS)))
        )
    linked = cases.linked_cases(signed_in_account_id())
    destinations = (
        [(f"draft:{draft.id}", contributions.draft_label(draft))]
        if draft is not None
        else contributions.destinations(signed_in_account_id(), linked, drafts)
    )
    voice = contributions.starting_voice(
        signed_in_account_id(), request.args.get("draft"), request.args.get("case")
    )
    # A young person's own views only from an account that is theirs on some request or
    # case: a parent's would file the parent's words as the young person's.
    own_views = any(d.requester_role == "young_person" for d in drafts) or any(
        case.link.relationship == "young_person" for case in linked
    )
    form = StartContributionForm(
        destinations=destinations,
        young_person=voice is not None,
        own_views=own_views,
        request_chosen=draft is not None,
    )
    back = url_for("account.account")
    wanted = request.args.get("draft") or request.args.get("case")
    prefix = "draft:" if request.args.get("draft") else "case:"
    if wanted and f"{prefix}{wanted}" in dict(destinations):
        if request.method == "GET":
            form.destination.data = f"{prefix}{wanted}"
        back = (
            url_for("assessment_request.task_list", draft_id=wanted)
            if prefix == "draft:"
            else url_for("account.case", reference=wanted)
        )
    if destinations and form.validate_on_submit():
        contribution = contributions.start(
            signed_in_account_id(), form.author.data, form.destination.data, str(get_locale())
        )
        return redirect(_step_url(contribution, contributions.steps(contribution)[0]))
    return render_template(
        "contributions/start.html",
        **template_words(voice),
        form=form,
        destinations=destinations,
        no_plan=_no_plan_for(form.destination.data, destinations, linked),
        started=[
            (views, contributions.author_label(views.author_role, voice)) for views in started
        ],
        back=back,
        voice=voice,
    )


def _no_plan_for(
    chosen: str | None, destinations: list[tuple[str, str]], linked: list[cases.LinkedCase]
) -> str | None:
    """ "all" when no EHC plan is coming where the views will go (the destination chosen,
    or every one to choose from), "some" when it depends on the one chosen, else None.
    A request not sent yet has none coming: nothing has been decided."""
    without = contributions.without_a_plan(linked) | {
        value for value, _label in destinations if value.startswith("draft:")
    }
    if chosen:
        return "all" if chosen in without else None
    found = [value in without for value, _label in destinations]
    if found and all(found):
        return "all"
    return "some" if any(found) else None


@bp.route("/account/contributions/<contribution_id>/helped-by", methods=["GET", "POST"])
@family
def helped_by(contribution_id: str) -> ResponseReturnValue:
    contribution = VIEWS.own(contribution_id)
    if contribution.author_role != "child":
        abort(404)
    return _question(contribution, "helped-by", HelpedByForm)


@bp.route("/account/contributions/<contribution_id>/about/<slug>", methods=["GET", "POST"])
@family
def question(contribution_id: str, slug: str) -> ResponseReturnValue:
    contribution = VIEWS.own(contribution_id)
    if slug not in PROMPTS:
        abort(404)
    return _question(contribution, slug, PROMPTS[slug])


def _question(contribution: Contribution, step: str, form_class: Any) -> ResponseReturnValue:
    if (done := VIEWS.already_sent(contribution)) is not None:
        return done
    own_voice = contributions.own_voice(contribution)
    form = form_class(young_person=own_voice)
    # Who helped is asked of the adult helping, in their words, not the child's.
    voice = account_voice() if step == "helped-by" else contributions.voice(contribution)
    if voice == "young person" and step in YOUNG_PERSONS_HINTS:
        form.answer.description = str(YOUNG_PERSONS_HINTS[step])
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
        voice=voice,
        examples=_examples(item.examples_for(own_voice), step, voice),
        back=back,
        partner_names=partner_names,
        agreed=contributions.partners_agreed(contribution),
    )


def _examples(catalogues: str | None, step: str, voice: str | None) -> str | None:
    """The examples under a question, translated: a young person's own where a child's
    would not suit them."""
    if voice == "young person" and step in YOUNG_PERSONS_EXAMPLES:
        return str(YOUNG_PERSONS_EXAMPLES[step])
    return gettext(catalogues) if catalogues else None


@bp.route("/account/contributions/<contribution_id>/check", methods=["GET", "POST"])
@family
@VIEWS.editing
def check(contribution: Contribution) -> ResponseReturnValue:
    form = KitForm()
    problems: list[dict[str, str]] = []
    if form.validate_on_submit():
        if contributions.has_something(contribution):
            contributions.finish(contribution)
            return redirect(url_for("contributions.sent", contribution_id=contribution.id))
        problems.append(_nothing_to_send(contribution))
    return render_template(
        "contributions/check.html",
        contribution=contribution,
        rows=[
            {
                **row,
                # Opened at the answer's box, as a request's change links are.
                "href": f"{_step_url(contribution, row['step'])}?return_to=check#{row['field']}",
                "anchor": _row(row["step"]),
            }
            for row in contributions.answer_rows(contribution)
        ],
        files=contributions.files(contribution),
        files_href=_step_url(contribution, "files") + "?return_to=check",
        files_anchor=_row("files"),
        own_voice=contributions.own_voice(contribution),
        form=form,
        problems=problems,
        has_errors=bool(problems),
        review_due=contributions.review_due(contribution.case_reference)
        if contribution.case_reference
        else None,
    )


def _nothing_to_send(contribution: Contribution) -> dict[str, str]:
    """Views go once, so with no answer and no file nothing is sent: the error says so and
    links to the first question, which comes back here."""
    voice = contributions.voice(contribution)
    if contribution.case_reference:
        text = voiced(
            "Answer at least one question or add a file before you send your views", voice
        )
    else:
        text = voiced(
            "Answer at least one question or add a file before you save your views", voice
        )
    first = next(iter(PROMPTS))
    return {"text": text, "href": _step_url(contribution, first) + "?return_to=check"}


def _holders_voice(contribution: Contribution) -> str | None:
    """The register of the links that are the account holder's (more views, back to the
    request, feedback): a young person writing is the holder; a child is helped by one."""
    if contribution.author_role == "young_person":
        return "young person"
    return contributions.starting_voice(
        signed_in_account_id(), contribution.draft_id, contribution.case_reference
    )


@bp.get("/account/contributions/<contribution_id>/sent")
@family
def sent(contribution_id: str) -> ResponseReturnValue:
    contribution = VIEWS.own(contribution_id)
    if not VIEWS.is_sent(contribution):
        return redirect(url_for("contributions.check", contribution_id=contribution.id))
    return render_template(
        "contributions/sent.html",
        contribution=contribution,
        rows=contributions.answer_rows(contribution),
        files=contributions.files(contribution),
        own_voice=contributions.own_voice(contribution),
        voice=contributions.voice(contribution),
        holder_voice=_holders_voice(contribution),
        home=_home(contribution),
        no_plan=bool(contribution.submitted_at)
        and contributions.no_plan_for(signed_in_account_id(), contribution.case_reference),
    )
