"""Pages anyone can read: the start page and the service's statements."""

from __future__ import annotations

from flask import abort, render_template
from flask.typing import ResponseReturnValue
from sqlalchemy import select

from portal.case_api import notify
from portal.models import MailboxMessage
from portal.platform import db, extensions
from portal.platform.access import public
from portal.platform.sharing import partner_names
from portal.public import bp


@bp.get("/")
@public
def start() -> ResponseReturnValue:
    return render_template(
        "public/start.html",
        unsent_kept_days=extensions.settings().config.retention_days("drafts"),
    )


@bp.get("/privacy")
@public
def privacy() -> ResponseReturnValue:
    return render_template(
        "public/privacy.html",
        config=extensions.settings().config,
        catalogue=extensions.catalogue(),
        partner_names=partner_names,
    )


@bp.get("/what-we-collect")
@public
def what_we_collect() -> ResponseReturnValue:
    """Every item the portal collects, by category, generated from the catalogue."""
    catalogue = extensions.catalogue()
    groups = []
    for subject in ("child", "parent"):
        for category in getattr(catalogue.categories, subject):
            items = [
                i for i in catalogue.items if i.subject == subject and i.category == category.id
            ]
            if items:
                groups.append({"subject": subject, "category": category, "items": items})
    return render_template(
        "public/what_we_collect.html",
        groups=groups,
        catalogue=catalogue,
        partner_names=partner_names,
    )


@bp.get("/dev/mailbox")
@public
def mailbox() -> ResponseReturnValue:
    """Development only: the emails and text messages that GOV.UK Notify would have sent."""
    settings = extensions.settings()
    if settings.env not in ("development", "test") or settings.notify_api_key:
        abort(404)
    messages = db.session().scalars(
        select(MailboxMessage).order_by(MailboxMessage.sent_at.desc()).limit(50)
    )
    return render_template(
        "public/mailbox.html", messages=list(messages), parts=notify.text_message_parts
    )


@bp.get("/accessibility")
@public
def accessibility() -> ResponseReturnValue:
    return render_template("public/accessibility.html")


@bp.get("/cookies")
@public
def cookies() -> ResponseReturnValue:
    return render_template("public/cookies.html")


@bp.get("/contact")
@public
def contact() -> ResponseReturnValue:
    return render_template("public/contact.html")
