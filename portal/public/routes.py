"""Pages anyone can read: the start page and the service's statements."""

from __future__ import annotations

from flask import Blueprint, current_app, render_template
from flask.typing import ResponseReturnValue
from flask_babel import gettext

from portal.access import public
from portal.i18n import list_of

bp = Blueprint("public", __name__)


@bp.get("/")
@public
def start() -> ResponseReturnValue:
    return render_template("public/start.html")


@bp.get("/privacy")
@public
def privacy() -> ResponseReturnValue:
    config = current_app.extensions["portal_settings"].config

    def partner_names(ids: list[str]) -> str:
        return list_of([gettext(config.partner(partner_id).name) for partner_id in ids])

    return render_template(
        "public/privacy.html",
        config=config,
        catalogue=current_app.extensions["portal_catalogue"],
        partner_names=partner_names,
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
