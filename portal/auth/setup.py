"""Connects sign-in to the application: the providers' clients, sessions and what
every signed-in page needs."""

from __future__ import annotations

import datetime as dt
from types import ModuleType

from flask import Flask, request, url_for
from flask_babel import gettext

from portal.auth import timeout
from portal.auth.holder import account_voice
from portal.auth.providers import FAMILIES, STAFF, provider_configs, register_clients
from portal.auth.roles import recheck_staff_roles
from portal.auth.sessions import DatabaseSessionInterface
from portal.platform.access import SignedIn, current_person
from portal.platform.readers_voice import hear_readers_voice_from
from portal.platform.security import allow_form_action
from portal.platform.settings import Settings
from portal.platform.voices import voiced


def issuers_for(settings: Settings) -> dict[str, str]:
    """Each provider's issuer, starting the embedded ones where app.yaml asks for them."""
    idp = settings.config.identity_providers
    issuers: dict[str, str] = {}
    if idp.families.embedded or idp.staff.embedded:
        issuers.update(_embedded().start(settings.embedded_idp_port))
    if not idp.families.embedded:
        issuers[FAMILIES] = str(idp.families.issuer)
    if not idp.staff.embedded:
        issuers[STAFF] = str(idp.staff.issuer)
    return issuers


def _embedded() -> ModuleType:
    """The development sign-in providers, started where app.yaml asks for them."""
    # Optional: devtools is not installed in production, which refuses `embedded: true`.
    from devtools import identity

    return identity


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
        _embedded().trust_client_key(families.client_id, settings.family_client_private_key)
    configs = provider_configs(settings, issuers)
    register_clients(app, configs)
    allow_form_action(app, [config.issuer for config in configs])

    app.before_request(recheck_staff_roles)
    app.jinja_env.globals["current_person"] = current_person
    app.jinja_env.globals["account_voice"] = account_voice
    hear_readers_voice_from(app, account_voice)  # for pages that cannot import sign-in
    app.jinja_env.globals["session_settings"] = sessions
    app.jinja_env.globals["session_countdown_texts"] = timeout.countdown_texts
    app.jinja_env.globals["session_draft_owner"] = timeout.draft_owner
    app.jinja_env.globals["session_seconds_left"] = timeout.seconds_left
    app.jinja_env.globals["navigation_items"] = navigation_items
    app.jinja_env.globals["embedded_people"] = (
        _embedded().PEOPLE if settings.config.identity_providers.families.embedded else None
    )


def navigation_items(
    person: SignedIn | None, voice: str | None = None, staff: bool = False
) -> list[dict[str, object]]:
    """The service navigation for whoever is signed in (a link to sign in for visitors:
    the staff sign-in where `staff` just signed out), in the account holder's `voice`
    (portal/auth/holder.py)."""
    if person is None:
        sign_in = "triage.home" if staff else "account.account"
        return [{"href": url_for(sign_in), "text": gettext("Sign in")}]
    if person.is_staff:
        endpoint, text = "triage.home", gettext("Caseworker workspace")
    else:
        endpoint, text = "account.account", voiced("Your account", voice)
    return [{"href": url_for(endpoint), "text": text, "current": request.endpoint == endpoint}]
