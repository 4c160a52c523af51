"""The service feedback service: how families tell the council how its services did.

Its own blueprint, model, form and reports; the portal registers it (init_app)."""

from __future__ import annotations

from flask import Flask


def init_app(app: Flask) -> None:
    from feedback.routes import bp

    app.register_blueprint(bp)
