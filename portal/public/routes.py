"""Pages anyone can read: the start page and the service's statements."""

from __future__ import annotations

from flask import Blueprint, current_app, render_template
from flask.typing import ResponseReturnValue

from portal.access import public

bp = Blueprint("public", __name__)


@bp.get("/")
@public
def start() -> ResponseReturnValue:
    return render_template("public/start.html")


@bp.get("/privacy")
@public
def privacy() -> ResponseReturnValue:
    return render_template(
        "public/privacy.html",
        config=current_app.extensions["portal_settings"].config,
        catalogue=current_app.extensions["portal_catalogue"],
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
