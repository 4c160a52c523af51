"""The family's pages: which rights they have over each item, a request about one item,
and what became of each request."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from flask import abort, redirect, request, url_for
from flask.typing import ResponseReturnValue
from flask_babel import get_locale

from forms.catalogue import Item
from forms.data_rights import DataRightsRequestForm
from forms.kit.fields import options
from forms.kit.question import in_own_voice
from portal.auth.holder import YOUNG_PERSON, account_voice, render_in_holders_voice
from portal.data_rights import bp, rights, service, whom
from portal.data_rights.held import SentViews, consent_case, views_of, views_sent
from portal.data_rights.held import held as given
from portal.platform import audit, deadlines, extensions
from portal.platform.access import family, signed_in_account_id
from portal.platform.answers import subject_headings
from portal.platform.sharing import partner_names
from portal.platform.voices import voiced

# One row of the rights page: the item, its name as asked, what was given, the link to ask.
Row = tuple[Item, str, str | None, str]


@bp.get("/account/your-data/rights")
@family
def rights_page() -> ResponseReturnValue:
    catalogue = extensions.catalogue()
    account_id = signed_in_account_id()
    held = given(account_id, account_voice() is not None)
    sent = views_sent(account_id)
    in_views = {item_id for views in sent for item_id in views.answers}
    never_asked = service.asked_only_of_parents() if account_voice() is not None else frozenset()
    items = [i for i in service.askable() if i.id in held or i.id not in never_asked]

    own = account_voice() is not None
    about = subject_headings(YOUNG_PERSON if own else None, own=own)
    name_of = _naming()

    def grouped(chosen: list[Item]) -> list[tuple[str, list[Row]]]:
        """One table for each category, whomever it is about: a young person's own
        contact details and characteristics are theirs, as the child's are."""
        tables: dict[str, list[Row]] = {}
        for item in chosen:
            category = catalogue.category(item.subject, item.category)
            named = voiced(category.family_name_for(own), account_voice())
            tables.setdefault(f"{about[item.subject]}: {named}", []).append(
                (
                    item,
                    name_of(item),
                    held.get(item.id),
                    url_for("data_rights.ask", item_id=item.id),
                )
            )
        return list(tables.items())

    def each_views(views: SentViews) -> list[Row]:
        return [
            (
                item,
                rights.item_name(item, views.own),
                views.answers[item.id],
                url_for("data_rights.ask", item_id=item.id, views=views.id),
            )
            for item in service.askable()
            if item.id in views.answers
        ]

    say = _saying()
    case = consent_case(account_id)
    return render_in_holders_voice(
        "data_rights/rights.html",
        consent_href=url_for("consent.consent_now", reference=case[0]) if case else None,
        groups=grouped([item for item in items if item.id in held]),
        # Views that hold nothing to ask about (begun and left) are not listed.
        views=[(views, rows) for views in sent if (rows := each_views(views))],
        never_given=grouped([i for i in items if i.id not in held and i.id not in in_views]),
        rights_of=service.rights,
        said_once=lambda rows: rights.said_once(
            [(service.rights(item), name) for item, name, *_ in rows], say
        ),
        asks=rights.ASKS,
        explained={right: say(text) for right, text in rights.EXPLAINED.items()},
        order=rights.RIGHTS,
        say=say,
    )


@bp.route("/account/your-data/rights/<item_id>", methods=["GET", "POST"])
@family
def ask(item_id: str) -> ResponseReturnValue:
    """`?views=`: the set of views whose answer the request is about (the rights page's
    links name it); without it, the item wherever the family gave it."""
    found = service.item(item_id)
    if found is None:
        abort(404)
    account_id = signed_in_account_id()
    views = None
    if "views" in request.args:
        views = views_of(account_id, request.args["views"])
        if views is None or found.id not in views.answers:
            abort(404)
    applies = service.rights(found)
    say = _saying()
    form = DataRightsRequestForm(young_person=account_voice() is not None)
    form.submit.label.text = say(form.submit.label.text)
    form.right.choices = options([(right, rights.ASKS[right]) for right in applies.applies])
    children = whom.children_of(account_id) if _about_a_child(found, views) else []
    form.about_one_of(children)
    if form.validate_on_submit():
        row = service.send(
            account_id,
            found,
            form.right.data,
            form.details.data,
            form.correction.data or None,
            str(get_locale()),
            views,
            about=whom.about(children, form.about.data if form.about else None),
        )
        return redirect(url_for("data_rights.sent", request_id=row.id))
    return render_in_holders_voice(
        "data_rights/ask.html",
        form=form,
        item=found,
        views=views,
        held=views.answers[found.id]
        if views
        else given(account_id, account_voice() is not None).get(found.id),
        applies=applies,
        explained={right: say(text) for right, text in rights.EXPLAINED.items()},
        partner_names=partner_names,
        say=say,
        item_name=rights.item_name(found, views.own) if views else _naming()(found),
    )


@bp.get("/account/your-data/requests/<request_id>")
@family
def sent(request_id: str) -> ResponseReturnValue:
    row = service.own_request(signed_in_account_id(), request_id)
    if row is None:
        abort(404)
    audit.record("viewed_data_rights_request", service.OBJECT_KIND, row.id)
    found = service.item(row.item_id)
    views = service.views_asked_about(row)
    return render_in_holders_voice(
        "data_rights/request.html",
        row=row,
        item_name=(rights.item_name(found, views.own) if views else _naming()(found))
        if found
        else row.item_id,
        views=views,
        updates=service.updates_of(row.id),
        asks=rights.ASKS,
        today=deadlines.council_today(),
    )


def _about_a_child(found: Item, views: SentViews | None) -> bool:
    """Whether a parent asks about an item of one of their children: given in a set of
    views, it is that set's child."""
    return found.subject == "child" and views is None and account_voice() is None


def _saying() -> Callable[[Any], Any]:
    """The Python-made messages of these pages (what each right means, why one does not
    apply) as the account holder is spoken to: see portal/data_rights/holders_voice.py."""
    if account_voice() is None:
        return lambda message: message
    return in_own_voice


def _naming() -> Callable[[Item], str]:
    """Each item's name as the account holder was asked it (`rights.item_name`)."""
    young_person = account_voice() is not None
    return lambda found: rights.item_name(found, young_person)
