"""Each action on a request has its own page, reached from the request's action menu.
Its form carries the version of the request the caseworker saw: a request changed since
is refused (409) and shown again as it is now, nothing overwritten."""

from __future__ import annotations

from typing import Any

from flask import abort, flash, redirect, request, url_for
from flask.typing import ResponseReturnValue
from flask_babel import gettext
from flask_babel import lazy_gettext as _l

from forms.assessment_request.sections import asks_for_themselves
from forms.kit.base import KitForm
from forms.triage.actions import (
    ActionForm,
    AssignForm,
    DuplicateForm,
    ExceptionForm,
    MoreInformationForm,
    WithdrawForm,
)
from forms.triage.decision import DecisionForm
from portal.models import AssessmentRequest
from portal.models.folding import folded
from portal.platform import deadlines
from portal.platform.access import caseworker, signed_in_account_id
from portal.platform.i18n import isolate, language_name
from portal.platform.written_dates import format_date
from portal.triage import actions, bp, decision
from portal.triage import service as triage
from portal.triage.askers import FAMILY, asker
from portal.triage.page import (
    ACTION_TITLES,
    action_title,
    allowed_actions,
    family_language,
    render,
    request_or_404,
)
from portal.triage.staff_names import labels

PREFIXES = {"more_information": "info"}


def _form(found: AssessmentRequest, action: str, formdata: Any = None) -> KitForm:
    """The action's form, filled from what was sent, or new with the version shown now."""
    staff = list(labels(triage.caseworkers(), signed_in_account_id()).items())
    family = family_language(found)["family_language_code"]
    languages = [(code, language_name(code)) for code in dict.fromkeys(["en", family])]
    makers: dict[str, tuple[type[KitForm], dict[str, Any]]] = {
        "assign": (AssignForm, {"caseworkers": staff}),
        "more_information": (
            MoreInformationForm,
            {"languages": languages, "young_person": asks_for_themselves(found.requester_role)},
        ),
        "accept": (ActionForm, {}),
        "duplicate": (DuplicateForm, {}),
        "decide": (
            DecisionForm,
            {
                "received": deadlines.council_day(found.submitted_at),
                "received_written": format_date(found.submitted_at),
                "languages": languages,
                "due": found.decision_due,
                "today": deadlines.council_today(),
                "young_person": asks_for_themselves(found.requester_role),
            },
        ),
        "withdraw": (WithdrawForm, {}),
        "exception": (ExceptionForm, {}),
    }
    form_class, options = makers[action]
    form = form_class(formdata=formdata, prefix=PREFIXES.get(action, action), **options)
    if formdata is None:
        form["version"].data = str(found.version)
    return form


def _page(
    found: AssessmentRequest,
    action: str,
    form: KitForm | None,
    problems: list[str] | None = None,
    status: int = 200,
    *,
    has_errors: bool = False,
    **more: Any,
) -> ResponseReturnValue:
    return render(
        "triage/request/action.html",
        found,
        None,
        action=action,
        action_title=action_title(action, found),
        form=form,
        problems=problems or [],
        has_errors=has_errors or bool(problems),
        # Refused as the request now stands (decided meanwhile, say): what was typed
        # stays to copy, with nothing to send.
        still_allowed=action in allowed_actions(found),
        **more,
    ), status


def _known(action: str) -> None:
    if action not in ACTION_TITLES:
        abort(404)


@bp.get("/caseworker/requests/<reference>/actions/<action>")
@caseworker
def action_page(reference: str, action: str) -> ResponseReturnValue:
    _known(action)
    found = request_or_404(reference, answers=True)
    if action not in allowed_actions(found):
        # Opened from its address: said on the page, not as an error, as nothing was sent.
        return _page(
            found,
            action,
            None,
            refused=_not_now(found, action),
            accept_first=_accept_first(found, action),
        )
    return _page(found, action, _form(found, action))


@bp.post("/caseworker/requests/<reference>/actions/<action>")
@caseworker
def act_on_request(reference: str, action: str) -> ResponseReturnValue:
    _known(action)
    found = request_or_404(reference, viewed=False, answers=True)
    form = _form(found, action, request.form)
    if not form.validate():
        return _page(found, action, form)
    if action == "duplicate":
        original = triage.by_reference(form.of_reference.data, encrypted=False)
        if original is None:
            form.of_reference.errors = [gettext("There is no request with that reference")]
            return _page(found, action, form)
        if original.id == found.id:
            form.of_reference.errors = [gettext("Enter the reference of another request")]
            return _page(found, action, form)
        if _another_child(found, original) and not form.confirmed_for(original.reference):
            if form.warned_of.data == original.reference:
                form.different_child.errors = [
                    gettext("Confirm it is a duplicate although the child's details are different")
                ]
            form.warned_of.data = original.reference
            return _page(
                found,
                action,
                form,
                has_errors=bool(form.different_child.errors),
                children=[_child(found), _child(original)],
                other_reference=original.reference,
            )
    if action == "decide" and form.decision.data == "assess" and found.assessment_withdrawn_at:
        form.decision.errors = [
            gettext(
                "You cannot decide to carry out an assessment: consent to it was withdrawn on "
                "%(date)s",
                date=format_date(found.assessment_withdrawn_at),
            )
        ]
        return _page(found, action, form)
    if action == "decide" and not decision.confirmed():
        if problems := _refused(found, action, form):
            return _page(found, action, _kept(found, form), problems, 409)
        if decision.changing():
            return _page(found, action, form)
        return decision.check_page(found, form)
    try:
        _apply(found, action, form, signed_in_account_id(), _seen_version(form))
    except (actions.Stale, actions.NotAllowed):
        problems = _refused(found, action, form)
        return _page(found, action, _kept(found, form), problems, 409)
    flash(_done(found, action, form), "success")
    return redirect(url_for("triage.view_request", reference=reference))


def _another_child(found: AssessmentRequest, original: AssessmentRequest) -> bool:
    """Whether the two requests name different children, or give them different dates of
    birth (a date missing on either is not a difference)."""
    born = found.child_date_of_birth, original.child_date_of_birth
    return folded(found.child_name) != folded(original.child_name) or (
        None not in born and born[0] != born[1]
    )


def _child(found: AssessmentRequest) -> str:
    if found.child_date_of_birth is None:
        return found.child_name
    return str(
        gettext(
            "%(name)s, born %(date)s",
            name=isolate(found.child_name),
            date=format_date(found.child_date_of_birth),
        )
    )


def _done(found: AssessmentRequest, action: str, form: Any) -> str:
    """What the action did, in plain words, for the banner on the request's summary."""
    if action == "assign":
        chosen = form.assignee.data
        name = next(str(c.label) for c in form.assignee.choices if c.value == chosen)
        return str(gettext("Assigned to %(name)s", name=name))
    if action == "decide":
        if form.decision.data == "assess":
            return str(gettext("Decision recorded: carry out an EHC needs assessment"))
        return str(gettext("Decision recorded: do not carry out an assessment"))
    if action == "duplicate":
        return str(
            gettext(
                "Marked as a duplicate of %(reference)s",
                reference=isolate(form.of_reference.data),
            )
        )
    if action == "exception":
        return str(
            gettext(
                "Time limit exception recorded. The decision is now due by %(date)s",
                date=format_date(found.decision_due),
            )
        )
    done = {
        "accept": gettext("Accepted for a decision"),
        "withdraw": gettext("Request withdrawn"),
        **asker(found.requester_role).done,
    }
    return str(done[action])


def _kept(found: AssessmentRequest, form: KitForm) -> KitForm:
    """What the caseworker typed, never thrown away, to check against the request as it
    is now and send again: with the version shown now, so sending it again is not refused
    for being out of date (only, still, if the request's status no longer allows it)."""
    form.version.data = str(found.version)
    return form


def _refused(found: AssessmentRequest, action: str, form: KitForm) -> list[str]:
    """Why the action was refused: the request changed since the form was opened (and, if
    so, whether its status still allows the action), or its status does not allow it."""
    problems = []
    if _seen_version(form) != found.version:
        problems.append(
            gettext(
                "Someone else changed this request after you opened it. Check what changed, "
                "then try again"
            )
        )
    if action not in allowed_actions(found):
        problems.extend(_not_allowed(found, action))
    return problems


# Why an action cannot be taken now, named for the action.
NOT_NOW = {
    "assign": _l("You cannot assign this request while its status is %(status)s"),
    "accept": _l("You cannot accept this request for a decision while its status is %(status)s"),
    "more_information": FAMILY.refused["more_information"],
    "decide": _l("You cannot record a decision on this request while its status is %(status)s"),
    "duplicate": _l("You cannot mark this request as a duplicate while its status is %(status)s"),
    "exception": _l(
        "You cannot record a time limit exception on this request while its status is %(status)s"
    ),
    "withdraw": _l("You cannot withdraw this request while its status is %(status)s"),
}


def _not_now(found: AssessmentRequest, action: str) -> str:
    said = asker(found.requester_role).refused.get(action) or NOT_NOW[action]
    return str(said % {"status": triage.status_label(found)})


def _accept_first(found: AssessmentRequest, action: str) -> bool:
    """Whether the request can be accepted for a decision, which the action needs first."""
    return action == "decide" and "accept" in allowed_actions(found)


def _not_allowed(found: AssessmentRequest, action: str) -> list[str]:
    """Why the request's status refuses the action, and what to do first if its status
    can be moved on to one that allows it."""
    said = [_not_now(found, action)]
    if _accept_first(found, action):
        said.append(str(gettext("Accept the request for a decision first")))
    return said


def _seen_version(form: KitForm) -> int | None:
    try:
        return int(form.version.data)
    except (TypeError, ValueError):
        return None


def _apply(found: AssessmentRequest, action: str, form: Any, me: str, seen: int | None) -> None:
    if action == "assign":
        actions.act(found, "assign", me, seen, assigned_to=form.assignee.data)
    elif action == "more_information":
        actions.ask_family(found, me, seen, form.message.data.strip(), form.language_written())
    elif action == "accept":
        actions.act(found, "accept", me, seen)
    elif action == "withdraw":
        actions.act(
            found,
            "withdraw",
            me,
            seen,
            reason=form.reason.data.strip(),
            decided_on=deadlines.council_today(),
        )
    elif action == "duplicate":
        actions.act(found, "duplicate", me, seen, duplicate_of=form.of_reference.data)
    elif action == "decide":
        decision.decide(found, form, me, seen)
    elif action == "exception":
        actions.record_exception(
            found,
            me,
            seen,
            deadlines.Exemption(
                deadlines.ExceptionKind(form.kind.data), form.days.data, form.reason.data.strip()
            ),
        )
