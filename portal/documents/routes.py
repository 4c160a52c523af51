"""A family's files on their request or their views: the list with the upload form, and
each file's download, preview and removal. The same pages serve every owner registered
in owners.py, each at its own URLs; `owner` in url_for says which ("request" or
"contribution") and `owner_id` which one."""

from __future__ import annotations

from typing import Any

from flask import abort, flash, redirect, render_template, request, url_for
from flask.blueprints import BlueprintSetupState
from flask.typing import ResponseReturnValue
from flask_babel import gettext

from forms.kit.base import KitForm
from portal.documents import bp, owners, uploads
from portal.documents import service as attachments
from portal.models import Document
from portal.platform.access import family, signed_in_account_id
from portal.platform.i18n import isolate
from portal.platform.sharing import partner_names
from portal.platform.voices import template_words, voiced, voiced_count


@attachments.accepts_upload
@family
def files(owner: str, owner_id: str) -> ResponseReturnValue:
    described = owners.of(owner)
    found = _owned(described, owner_id)
    if found is None:
        return _gone(described)
    thing, landing = found
    if (instead := _no_longer_changes(described, thing)) is not None:
        return _not_added(described, thing) or instead
    # Opened from a check page ("?return_to=check"), the page stays so after an upload or
    # a removal, so its links still lead back there (the owner's page says where: a named
    # page, never an address from the request).
    returning = request.args.get("return_to") == "check"
    here = url_for(
        "documents.files", **described.arguments(thing), return_to="check" if returning else None
    )
    if landing is not None and request.method == "GET":
        return redirect(here)
    form = described.form(thing)
    existing = attachments.listed(**{described.column: thing.id})
    _max_bytes, max_files = attachments.limits()
    page = described.page(thing, max_files)
    if form.validate_on_submit():
        problem, added = attachments.check_and_keep(
            form.file.data,
            form.description.data,
            len(existing),
            {described.column: thing.id, "account_id": thing.account_id},
            page.voice,
        )
        if added is not None:
            described.added(thing, added)
            if landing is None:  # said on this page, which shows what was just done
                # NOTE: A banner after a file was uploaded; %(name)s is its file name.
                flash(gettext("File added: %(name)s", name=isolate(added.filename)), "success")
            return redirect(landing or here)
        form.file.errors = [*form.file.errors, problem]
    elif request.method == "POST":
        _ask_for_the_file_again(form, page.voice)
    return render_template(
        "documents/files.html",
        page=page,
        form=form,
        files=existing,
        owner={**described.arguments(thing), **({"return_to": "check"} if returning else {})},
        max_files=max_files,
        most_added=voiced_count(
            "You have added %(num)s file, the most you can. To add another, remove one first.",
            "You have added %(num)s files, the most you can. To add another, remove one first.",
            max_files,
            page.voice,
        ),
        partner_names=partner_names,
    )


def _ask_for_the_file_again(form: Any, voice: str | None) -> None:
    """A file chosen with an answer that is not right (a description too long) is not
    kept, and a browser cannot choose it again for the family: the page names it."""
    chosen = form.file.data
    if chosen and chosen.filename and not form.file.errors:
        # NOTE: Under a file that was not uploaded because something else on the page
        # needs correcting (its description too long, say); %(name)s: the file's name.
        form.file.errors = [
            voiced("Choose your file again: %(name)s", voice, name=isolate(chosen.filename))
        ]


def _no_longer_changes(described: owners.Owner, thing: Any) -> ResponseReturnValue | None:
    """Where a page that would change the owner goes once it is sent, or closed unsent
    (`Owner.closed`); None while it takes changes."""
    if (instead := described.sendable.already_sent(thing)) is not None:
        return instead
    if described.closed is not None and described.closed(thing):
        return redirect(described.sendable.shown_when_sent(thing))
    return None


def _owned(described: owners.Owner, owner_id: str) -> tuple[Any, str | None] | None:
    """The signed-in person's own owner the page is for, and None; or, for a page left
    open on one since replaced (`Owner.replaced`), the one that replaced it and the page
    to go to once a form posted there is done. None when neither: nothing of theirs."""
    thing = described.sendable.find(signed_in_account_id(), owner_id)
    if thing is not None:
        return thing, None
    replaced = described.replaced() if described.replaced is not None else None
    if replaced is None:
        return None
    return replaced.thing, replaced.landing


def _chosen() -> tuple[str, str] | None:
    """The name and description of a file posted with a valid form; None for a page
    merely opened, a form without a file, or a form that fails its CSRF check."""
    if request.method != "POST" or not KitForm().validate():
        return None
    upload = request.files.get("file")
    name = uploads.shown_name(upload.filename or "").strip() if upload is not None else ""
    if not name:
        return None
    return name, (request.form.get("description") or "").strip()


def _not_added(described: owners.Owner, thing: Any) -> ResponseReturnValue | None:
    """A file posted from a page left open after its owner was sent (or closed) cannot
    join it: where the owner has a page for that, it names the file. None for a page merely
    opened, a form without a file, or a form that fails its CSRF check."""
    chosen = _chosen() if described.not_added is not None else None
    if described.not_added is None or chosen is None:
        return None
    return described.not_added(thing, *chosen)


def _gone(described: owners.Owner) -> ResponseReturnValue:
    """A file posted from a page whose owner is gone, where what replaced it cannot be
    told: named back where the owner has a page for that; otherwise Not Found."""
    chosen = _chosen() if described.gone is not None else None
    if described.gone is None or chosen is None:
        abort(404)
    return described.gone(*chosen)


def _own_file(
    owner: str, owner_id: str, document_id: str
) -> tuple[owners.Owner, Any, Document, str | None]:
    """The file, of the person's own owner (or of the one that replaced it: see
    `_owned`), with where to go once a form posted from a page left open is done."""
    described = owners.of(owner)
    found = _owned(described, owner_id)
    if found is None:
        abort(404)
    thing, landing = found
    document = attachments.one_of(document_id, described.column, thing.id)
    if document is None:
        abort(404)
    return described, thing, document, landing


@family
def file(owner: str, owner_id: str, document_id: str) -> ResponseReturnValue:
    _described, _thing, document, _landing = _own_file(owner, owner_id, document_id)
    return attachments.download(document)


@bp.get("/account/your-data/documents/<document_id>")
@family
def own_file(document_id: str) -> ResponseReturnValue:
    """A file the account sent, opened from "Your data", whatever it was sent with."""
    document = attachments.of_account(document_id, signed_in_account_id())
    if document is None:
        abort(404)
    return attachments.download(document)


@family
def file_preview(owner: str, owner_id: str, document_id: str) -> ResponseReturnValue:
    _described, _thing, document, _landing = _own_file(owner, owner_id, document_id)
    return attachments.preview(document)


@family
def file_remove(owner: str, owner_id: str, document_id: str) -> ResponseReturnValue:
    described, thing, document, landing = _own_file(owner, owner_id, document_id)
    described.sendable.refuse_if_sent(thing)
    if (instead := _no_longer_changes(described, thing)) is not None:
        return instead
    returning = request.args.get("return_to") == "check"
    back = url_for(
        "documents.files", **described.arguments(thing), return_to="check" if returning else None
    )
    if request.method == "GET":
        # In the files page's voice: a young person is asked informally, a parent formally.
        voice = described.page(thing, attachments.limits()[1]).voice
        return render_template(
            "documents/remove_file.html",
            document=document,
            back=back,
            voice=voice,
            **template_words(voice),
        )
    attachments.remove(document)
    return redirect(landing or back)


@bp.record
def _each_owners_pages(state: BlueprintSetupState) -> None:
    """Every owner's pages at its own URLs, added as the blueprint is registered (by then
    every owning feature has registered itself)."""
    for described in owners.every():
        defaults = {"owner": described.kind}
        pages: list[tuple[str, Any, list[str]]] = [
            ("", files, ["GET", "POST"]),
            ("/<document_id>", file, ["GET"]),
            ("/<document_id>/preview", file_preview, ["GET"]),
            ("/<document_id>/remove", file_remove, ["GET", "POST"]),
        ]
        for tail, view, methods in pages:
            state.add_url_rule(
                described.path + tail, view.__name__, view, methods=methods, defaults=defaults
            )
