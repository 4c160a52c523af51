"""Sign-in for families and staff through OpenID Connect, and server-side sessions."""

from __future__ import annotations

import datetime as dt

from flask import Flask, request, url_for
from flask_babel import gettext

from portal.access import SignedIn
from portal.auth import embedded, timeout
from portal.auth.providers import FAMILIES, STAFF, provider_configs, register_clients
from portal.auth.sessions import DatabaseSessionInterface
from portal.security import allow_form_action
from portal.settings import Settings


def issuers_for(settings: Settings) -> dict[str, str]:
    """Each provider's issuer, starting the embedded ones where app.yaml asks for them."""
    idp = settings.config.identity_providers
    issuers: dict[str, str] = {}
    if idp.families.embedded or idp.staff.embedded:
        issuers.update(embedded.start())
    if not idp.families.embedded:
        issuers[FAMILIES] = str(idp.families.issuer)
    if not idp.staff.embedded:
        issuers[STAFF] = str(idp.staff.issuer)
    return issuers


def init_app(app: Flask, settings: Settings) -> None:
    sessions = settings.config.sessions
    app.session_interface = DatabaseSessionInterface(
        idle=sessions.idle_timeout,
        lifetime=dt.timedelta(hours=sessions.absolute_lifetime_hours),
        staff_lifetime=dt.timedelta(hours=sessions.staff_absolute_lifetime_hours),
    )
    issuers = issuers_for(settings)
    families = settings.config.identity_providers.families
    if families.embedded and settings.family_client_private_key:
        embedded.trust_client_key(families.client_id, settings.family_client_private_key)
    configs = provider_configs(settings, issuers)
    register_clients(app, configs)
    allow_form_action(app, [config.issuer for config in configs])

    from portal.access import current_person
    from portal.auth.routes import bp, recheck_staff_roles

    app.register_blueprint(bp)
    app.before_request(recheck_staff_roles)
    app.jinja_env.globals["current_person"] = current_person
    app.jinja_env.globals["session_settings"] = sessions
    app.jinja_env.globals["session_countdown_texts"] = timeout.countdown_texts
    app.jinja_env.globals["session_draft_owner"] = timeout.draft_owner
    app.jinja_env.globals["session_seconds_left"] = timeout.seconds_left
    app.jinja_env.globals["navigation_items"] = navigation_items
    app.jinja_env.globals["embedded_people"] = (
        embedded.PEOPLE if settings.config.identity_providers.families.embedded else None
    )


def navigation_items(person: SignedIn | None) -> list[dict[str, object]]:
    """The service navigation for whoever is signed in (nothing for visitors)."""
    if person is None:
        return [{"href": url_for("families.account"), "text": gettext("Sign in")}]
    if person.is_staff:
        endpoint, text = "caseworker.home", gettext("Caseworker workspace")
    else:
        endpoint, text = "families.account", gettext("Your account")
    return [{"href": url_for(endpoint), "text": text, "current": request.endpoint == endpoint}]
