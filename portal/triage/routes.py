"""The triage queue: work trays, filters, sorting and search, and assigning several
requests at once. A request's pages are in request_routes.py, its actions' pages in
action_routes.py."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from flask import flash, redirect, render_template, request, url_for
from flask.typing import ResponseReturnValue
from flask_babel import gettext, ngettext

from forms.kit.numbers import Count, format_number
from forms.triage.actions import BulkAssignForm
from portal.models import Account
from portal.platform import deadlines
from portal.platform.access import caseworker, signed_in_account_id
from portal.platform.i18n import isolate, list_of
from portal.triage import actions, bp, last_view
from portal.triage import queue as trays
from portal.triage import service as triage
from portal.triage.staff_names import labels
from portal.triage.typed_dates import not_a_real_date


@dataclass(frozen=True)
class SortHeader:
    label: str
    url: str
    direction: str | None


def _tags(view: trays.View, names: dict[str, str]) -> list[dict[str, Any]]:
    """The filters chosen, by category, each with the address that removes it (as
    components/filter.html takes them)."""

    def tag(text: str, name: str, value: str) -> dict[str, str]:
        kept = tuple(v for v in getattr(view, name) if v != value)
        return {
            "text": text,
            "href": url_for("triage.queue", **trays.as_args(view, **{name: kept})),
        }

    roles = _role_labels()
    groups = [
        (
            gettext("Status"),
            [tag(str(trays.STATUS_FILTERS[s]), "statuses", s) for s in view.statuses],
        ),
        (
            gettext("Assigned to"),
            [
                tag(
                    gettext("Not assigned") if p == trays.NOT_ASSIGNED else names[p],
                    "assigned",
                    p,
                )
                for p in view.assigned
            ],
        ),
        (gettext("Who asked"), [tag(roles[r], "roles", r) for r in view.roles]),
    ]
    if view.search:
        cleared = url_for("triage.queue", **trays.as_args(view, search=""))
        groups.append((gettext("Search"), [{"text": view.search, "href": cleared}]))
    return [{"heading": heading, "items": items} for heading, items in groups if items]


def _role_labels() -> dict[str, str]:
    return {"parent_carer": gettext("Parent or carer"), "young_person": gettext("Young person")}


def _sort_headers(view: trays.View) -> dict[str, SortHeader]:
    """Each sortable column's link: the current one turns round, another starts ascending."""
    headers = {}
    for sort, label in trays.SORTS.items():
        current = view.sort == sort
        descending = current and not view.descending
        url = url_for("triage.queue", **trays.as_args(view, sort=sort, descending=descending))
        direction = ("descending" if view.descending else "ascending") if current else None
        headers[sort] = SortHeader(str(label), url, direction)
    return headers


def _elsewhere(view: trays.View, me: str) -> list[dict[str, str]]:
    """Links to the other trays a search that found nothing in its own finds requests in."""
    found = trays.elsewhere(view, me, deadlines.council_today())
    return [
        {
            "text": f"{trays.TRAYS[tray]} ({format_number(count)})",
            "href": url_for("triage.queue", **trays.as_args(view, tray=tray, statuses=())),
        }
        for tray, count in found.items()
    ]


def _page(form: BulkAssignForm, people: list[Account], status: int = 200) -> ResponseReturnValue:
    today = deadlines.council_today()
    me = signed_in_account_id()
    names, choices = labels(people), labels(people, me)
    view = last_view.remember(trays.read_view(request.args.to_dict(flat=False), set(names)))
    rows, matching = trays.requests(view, me, today, trays.PAGE_SIZE + 1)
    counts = trays.tray_counts(me, today)
    bad_date = not_a_real_date(view.search)
    search_error = gettext("Enter a real date of birth, like 27/3/2015") if bad_date else None
    more = len(rows) > trays.PAGE_SIZE
    rows = rows[: trays.PAGE_SIZE]
    next_url = (
        url_for(
            "triage.queue",
            **trays.as_args(view, after=rows[-1].id, start=view.start + trays.PAGE_SIZE),
        )
        if more
        else None
    )
    return render_template(
        "triage/queue.html",
        view=view,
        rows=rows,
        assignable=actions.MOVES["assign"][0],  # the statuses an assignment may start from
        decided=triage.DECIDED,
        trays=trays.TRAYS,
        tray_links=[
            {
                "text": f"{label} ({format_number(counts[tray])})",
                "href": url_for("triage.queue", **trays.as_args(view, tray=tray)),
                "active": tray == view.tray,
            }
            for tray, label in trays.TRAYS.items()
        ],
        elsewhere=_elsewhere(view, me) if view.search and not matching and not view.after else [],
        tags=_tags(view, names),
        matching=matching,
        in_tray=counts[view.tray],
        clear_url=url_for(
            "triage.queue", **trays.as_args(view, statuses=(), assigned=(), roles=(), search="")
        ),
        headers=_sort_headers(view),
        statuses=trays.STATUS_FILTERS,
        status_choices=trays.status_filters(view.tray),
        roles=_role_labels(),
        names=names,
        choices=choices,
        not_assigned=trays.NOT_ASSIGNED,
        one_assignee=trays.ONE_ASSIGNEE,
        form=form,
        has_errors=bool(form.errors or search_error),
        search_error=search_error,
        action=url_for("triage.queue", **trays.as_args(view, after=view.after, start=view.start)),
        today=today,
        days_left=deadlines.days_left,
        next_url=next_url,
        shown_from=max(1, min(view.start, matching - len(rows) + 1)),
        first_url=url_for("triage.queue", **trays.as_args(view)) if view.after else None,
    ), status


def _form(people: list[Account], formdata: object = None) -> BulkAssignForm:
    staff = list(labels(people, signed_in_account_id()).items())
    return BulkAssignForm(formdata=formdata, caseworkers=staff)


@bp.route("/caseworker/queue", methods=["GET", "POST"])
@caseworker
def queue() -> ResponseReturnValue:
    """The queue, and (posted) assigning the requests chosen on it, so a form with errors
    is shown where the queue is."""
    people = triage.caseworkers()
    if request.method == "POST":
        return _assign_several(people)
    return _page(_form(people), people)


def _assign_several(people: list[Account]) -> ResponseReturnValue:
    """Each chosen request is assigned as the request page assigns one: its version checked,
    audited and sent to the case system through the outbox. A request changed since the
    queue was shown is named, not assigned."""
    form = _form(people, request.form)
    if not form.validate():
        return _page(form, people)
    me = signed_in_account_id()
    assignee = form.assignee.data
    assigned, already, changed, closed = 0, [], [], []
    for reference, seen in form.chosen():
        found = triage.by_reference(reference)
        try:
            if found is None:
                raise actions.Stale("assign")
            if found.assigned_to == assignee and actions.allowed(found, "assign"):
                already.append(reference)
                continue
            actions.act(found, "assign", me, seen, assigned_to=assignee)
            assigned += 1
        except actions.Stale:
            changed.append(reference)
        except actions.NotAllowed:
            closed.append(reference)
    _say(assigned, already, changed, closed, labels(people)[assignee])
    view = trays.read_view(request.args.to_dict(flat=False), {p.id for p in people})
    return redirect(url_for("triage.queue", **trays.as_args(view, after=view.after)))


def _say(
    assigned: int, already: list[str], changed: list[str], closed: list[str], name: str
) -> None:
    """What assigning several requests did, and what it left as it was and why."""
    if assigned:
        flash(
            ngettext(
                "%(num)s request assigned to %(name)s",
                "%(num)s requests assigned to %(name)s",
                Count(assigned),
                name=name,
            ),
            "success",
        )
    if already:
        flash(
            ngettext(
                "%(references)s was already assigned to %(name)s",
                "%(references)s were already assigned to %(name)s",
                len(already),
                references=list_of([isolate(reference) for reference in already]),
                name=name,
            ),
            "information",
        )
    if changed:
        flash(
            ngettext(
                "Not assigned, because someone changed it after you opened this page: "
                "%(references)s. Check it, then try again.",
                "Not assigned, because someone changed them after you opened this page: "
                "%(references)s. Check them, then try again.",
                len(changed),
                references=list_of([isolate(reference) for reference in changed]),
            ),
            "problem",
        )
    if closed:
        flash(
            ngettext(
                "Not assigned, because it is no longer open: %(references)s.",
                "Not assigned, because they are no longer open: %(references)s.",
                len(closed),
                references=list_of([isolate(reference) for reference in closed]),
            ),
            "problem",
        )
