"""The staff queue of families' requests about their information: each with its due date,
what was asked, and its audit trail; staff extend the time or mark it answered, with a
reason the family reads."""

from __future__ import annotations

from typing import Any

from flask import abort, flash, redirect, render_template, url_for
from flask.typing import ResponseReturnValue
from flask_babel import gettext as _
from sqlalchemy import select

from forms.data_rights import CloseDataRightsForm, ExtendDataRightsForm
from portal.data_rights import bp, holding, rights, service, whom
from portal.models import Account, DataRightsRequest
from portal.platform import audit, db, deadlines, extensions
from portal.platform.access import caseworker, signed_in_account_id
from portal.platform.senders import named_themselves
from portal.platform.written_dates import format_date


@bp.get("/caseworker/data-rights")
@caseworker
def queue() -> ResponseReturnValue:
    audit.record("viewed_data_rights_queue")
    return render_template(
        "data_rights/caseworker/queue.html",
        rows=service.queue(),
        asks=rights.ASKS,
        labels=_labels(),
        today=deadlines.council_today(),
        days_left=deadlines.days_left,
    )


def _labels() -> dict[str, str]:
    """Each item as staff name it ("Child's date of birth"), not the family's question."""
    return {item.id: _(item.staff.label) for item in service.askable()}


def _row(request_id: str) -> DataRightsRequest:
    row = db.session().get(DataRightsRequest, request_id)
    if row is None:
        abort(404)
    return row


def _page(row: DataRightsRequest, **forms: Any) -> str:
    """The request, with what the service holds of its item now for the account that
    asked: special category data, its reading audited as the page begins (the event is
    written before the page is sent, as a request's answers are)."""
    session = db.session()
    found = service.item(row.item_id)
    catalogue = extensions.catalogue()
    views = service.views_asked_about(row)
    held_now: list[holding.Holding] = []
    if found is not None:
        audit.record_meanwhile(["viewed_data_rights_held"], service.OBJECT_KIND, row.id)
        if views is not None or not row.content.get("views"):  # views no longer kept: none
            held_now = holding.holding(row.account_id, found.id, views, whom.one_case(row))
    updates = service.updates_of(row.id)
    trail = service.trail(row.id)
    named = {row.account_id, *[c.made_by for c in updates], *[e.actor_id for e in trail]}
    accounts = {
        account.id: account
        for account in session.scalars(
            select(Account).where(Account.id.in_([n for n in named if n]))
        )
    }
    people = {id_: a.display_name or a.email or a.id for id_, a in accounts.items()}
    asker = accounts.get(row.account_id)
    people[row.account_id] = named_themselves(row.account_id) or people.get(row.account_id, "–")
    page = render_template(
        "data_rights/caseworker/request.html",
        row=row,
        item=found,
        views=views,
        held_now=held_now,
        bases=[catalogue.lawful_basis(b) for b in found.lawful_basis] if found else [],
        applies=service.rights(found) if found else None,
        asks=rights.ASKS,
        updates=updates,
        people=people,
        asker_email=asker.email if asker else "",
        seen=service.cases_of_asker(row),
        about_label=whom.label(row),
        trail=trail,
        delivery=service.delivery(row.id),
        first_due=deadlines.data_rights_due(row.received_on),
        extended_due=deadlines.data_rights_extended_due(row.received_on),
        today=deadlines.council_today(),
        may_extend=service.may_extend(row, deadlines.council_today()),
        extend_form=forms.get("extend_form")
        or ExtendDataRightsForm(formdata=None, prefix="extend"),
        close_form=forms.get("close_form") or CloseDataRightsForm(formdata=None, prefix="close"),
        form=next((form for form in forms.values() if form.errors), None)
        or CloseDataRightsForm(formdata=None, prefix="close"),
    )
    audit.written()
    return page


@bp.get("/caseworker/data-rights/<request_id>")
@caseworker
def request_page(request_id: str) -> ResponseReturnValue:
    row = _row(request_id)
    audit.record("viewed_data_rights_request", service.OBJECT_KIND, row.id)
    return _page(row)


@bp.post("/caseworker/data-rights/<request_id>/extend")
@caseworker
def extend(request_id: str) -> ResponseReturnValue:
    row = _row(request_id)
    form = ExtendDataRightsForm(prefix="extend")
    valid = form.validate_on_submit()
    kept = CloseDataRightsForm(prefix="close")
    if row.status == service.RECEIVED and not service.may_extend(row, deadlines.council_today()):
        form.reason.errors = [
            _(
                "You can no longer extend this request: the family had to be told by %(date)s",
                date=format_date(deadlines.data_rights_due(row.received_on)),
            )
        ]
        return _page(row, extend_form=form, close_form=kept)
    if not valid:
        return _page(row, extend_form=form, close_form=kept)
    me = signed_in_account_id()
    if not service.extend(row, form.reason.data, me) and not service.repeated(
        row, service.EXTENDED, form.reason.data, me
    ):
        return _refused(row, "extend_form", extend_form=form, close_form=kept)
    flash(
        _(
            "Extended by two months. The family is told the new date: %(date)s",
            date=format_date(deadlines.data_rights_extended_due(row.received_on)),
        ),
        "success",
    )
    return redirect(url_for("data_rights.request_page", request_id=row.id))


@bp.post("/caseworker/data-rights/<request_id>/done")
@caseworker
def close(request_id: str) -> ResponseReturnValue:
    row = _row(request_id)
    form = CloseDataRightsForm(prefix="close")
    kept = ExtendDataRightsForm(prefix="extend")
    if not form.validate_on_submit():
        return _page(row, close_form=form, extend_form=kept)
    me = signed_in_account_id()
    if not service.close(row, form.reason.data, me) and not service.repeated(
        row, service.DONE, form.reason.data, me
    ):
        return _refused(row, "close_form", close_form=form, extend_form=kept)
    flash(_("Marked as done. The family can read your answer."), "success")
    return redirect(url_for("data_rights.request_page", request_id=row.id))


def _refused(row: DataRightsRequest, sent: str, **forms: Any) -> ResponseReturnValue:
    """Someone else extended or answered the request first: the request as it is now
    (409), with what this caseworker wrote kept in its box to copy, never thrown away."""
    forms[sent].reason.errors = [
        _(
            "Someone else changed this request first, so what you wrote was not sent. "
            "It is kept here for you to copy"
        )
    ]
    return _page(row, **forms), 409
