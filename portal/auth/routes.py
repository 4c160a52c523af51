"""Signing in and out, session time-outs, and the providers' back-channel logout."""

from __future__ import annotations

import datetime as dt
import logging
from typing import Any

import requests
from authlib.common.errors import AuthlibBaseError
from flask import (
    abort,
    current_app,
    g,
    jsonify,
    redirect,
    render_template,
    request,
    session,
    url_for,
)
from flask.typing import ResponseReturnValue
from flask_babel import get_locale
from joserfc.errors import JoseError
from sqlalchemy import select
from werkzeug.wrappers import Response

from portal.auth import backchannel, bp, sessions, timeout
from portal.auth.holder import account_voice
from portal.auth.providers import (
    FAMILIES,
    PROVIDERS,
    STAFF,
    UNAVAILABLE,
    authorize_params,
    client,
    provider,
    roles_from_claims,
)
from portal.auth.sessions import ServerSession
from portal.models import Account, ContactPreference
from portal.models.base import utcnow
from portal.platform import audit, db, extensions
from portal.platform.access import current_person, public
from portal.platform.i18n import LOCALE_COOKIE, offered, remember, safe_next
from portal.platform.rate_limits import SIGN_IN_CALLBACK, limiter, sign_in_attempt
from portal.platform.security import csrf, form_action_allows
from portal.platform.voices import template_words

log = logging.getLogger(__name__)
HOME = {FAMILIES: "account.account", STAFF: "triage.home"}
# Errors a provider sends back when it cannot sign anyone in just now (RFC 6749 4.1.2.1).
PROVIDER_DOWN = {"temporarily_unavailable", "server_error"}
# Refusals the person can do something about are explained; any other is a check failing.
STALE = {"mismatching_state", "invalid_grant", "missing_state"}


def _time_out_grace() -> dt.timedelta:
    """The server records activity at most once a minute (sessions.TOUCH_INTERVAL, less
    for short test time-outs), so a genuine time-out can look up to that early."""
    return 2 * current_app.session_interface.touch_interval  # type: ignore[attr-defined]


class SignInRefused(Exception):
    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def _known_provider(name: str) -> None:
    if name not in PROVIDERS:
        abort(404)


def _unavailable(name: str) -> ResponseReturnValue:
    log.warning("sign-in provider unavailable", extra={"fields": {"provider": name}})
    return render_template("auth/unavailable.html"), 503


def _refused(name: str, reason: str, status: int = 400) -> ResponseReturnValue:
    log.info("sign-in refused", extra={"fields": {"provider": name, "reason": reason}})
    audit.record("sign_in_failed", "provider", name, actor_kind="anonymous")
    template = "auth/no_role.html" if reason == "no_role" else "auth/sign_in_failed.html"
    if reason in STALE:
        why = "stale"
    elif reason in ("access_denied", "vot_not_met"):
        why = reason
    else:
        why = "unchecked"
    return render_template(template, provider=name, why=why), status


@bp.get("/auth/<provider_name>/start")
@public
def start(provider_name: str) -> ResponseReturnValue:
    _known_provider(provider_name)
    session["next"] = safe_next(request.args.get("next"))
    sessions.forget_unfinished_sign_ins(session, keep=sessions.PENDING_SIGN_INS - 1)
    config = provider(provider_name)
    redirect_uri = url_for("auth.callback", provider_name=provider_name, _external=True)
    try:
        oauth_client = client(provider_name)
        params = authorize_params(config, str(get_locale()), oauth_client.load_server_metadata())
        return oauth_client.authorize_redirect(redirect_uri, **params)
    except UNAVAILABLE:
        return _unavailable(provider_name)


def _validated_claims(provider_name: str) -> dict[str, Any]:
    """The ID token's claims, after every check; raises SignInRefused otherwise."""
    try:
        token = client(provider_name).authorize_access_token()
    except AuthlibBaseError as error:
        raise SignInRefused(getattr(error, "error", None) or "oauth_error") from error
    except JoseError as error:
        raise SignInRefused(f"id_token_{error.error}: {error.description}") from error
    claims = token.get("userinfo")
    if not claims:
        raise SignInRefused("no_id_token")
    config = provider(provider_name)
    audience = claims.get("aud")
    audiences = [audience] if isinstance(audience, str) else list(audience or [])
    if config.client_id not in audiences or claims.get("azp", config.client_id) != config.client_id:
        # authlib accepts any audience when `azp` names the client; OIDC Core does not.
        raise SignInRefused("id_token_wrong_audience")
    if config.vtr and claims.get("vot") not in config.vtr:
        raise SignInRefused("vot_not_met")
    claims = dict(claims)
    claims.update(_userinfo(provider_name, token, claims["sub"]))
    claims["_id_token"] = token.get("id_token")
    claims["_token"] = token
    return claims


USERINFO_CLAIMS = ("email", "email_verified", "name")


def _userinfo(provider_name: str, token: dict[str, Any], subject: str) -> dict[str, Any]:
    """The person's email and name from the userinfo endpoint, when the provider has one.

    GOV.UK One Login's ID token carries no email: it is only in userinfo. Its `sub` must be
    the ID token's, or the answer is about someone else (OIDC Core 5.3.2).
    """
    oauth_client = client(provider_name)
    if not oauth_client.load_server_metadata().get("userinfo_endpoint"):
        return {}
    try:
        info = oauth_client.userinfo(token=token)
    except requests.HTTPError as error:
        raise SignInRefused("userinfo_refused") from error
    except ValueError as error:
        raise SignInRefused("userinfo_not_json") from error
    if info.get("sub") != subject:
        raise SignInRefused("userinfo_wrong_subject")
    return {name: info[name] for name in USERINFO_CLAIMS if name in info}


def _account_for(provider_name: str, claims: dict[str, Any]) -> Account:
    kind = "staff" if provider_name == STAFF else "family"
    issuer, subject = claims["iss"], claims["sub"]
    account = db.session().scalar(
        select(Account).where(Account.issuer == issuer, Account.subject == subject)
    )
    if account is None:
        account = Account(kind=kind, issuer=issuer, subject=subject)
        db.session().add(account)
    account.email = claims.get("email")
    account.display_name = claims.get("name")
    account.last_signed_in_at = utcnow()
    db.session().flush()
    audit.add(db.session(), "sign_in", "account", account.id, actor_kind=kind, actor_id=account.id)
    db.session().commit()
    return account


@bp.get("/auth/<provider_name>/callback")
@public
@limiter.limit(SIGN_IN_CALLBACK, key_func=sign_in_attempt)
def callback(provider_name: str) -> ResponseReturnValue:
    _known_provider(provider_name)
    try:
        claims = _validated_claims(provider_name)
    except SignInRefused as refusal:
        if refusal.reason in PROVIDER_DOWN:
            return _unavailable(provider_name)
        return _refused(provider_name, refusal.reason)
    except UNAVAILABLE:
        return _unavailable(provider_name)

    roles: list[str] = []
    if provider_name == STAFF:
        roles = roles_from_claims(provider(provider_name), claims)
        if not roles:
            return _refused(provider_name, "no_role", status=403)

    account = _account_for(provider_name, claims)
    next_page = session.get("next")
    server_session: ServerSession = session  # type: ignore[assignment]
    server_session.clear()
    server_session.renew()
    server_session.update(
        account_id=account.id,
        kind=account.kind,
        roles=roles,
        name=account.display_name,
        provider=provider_name,
        id_token=claims["_id_token"],
        signed_in_at=utcnow().isoformat(),
    )
    if provider_name == STAFF:
        token = claims["_token"]
        server_session.update(
            subject=claims["sub"],
            provider_token={
                k: token[k] for k in ("access_token", "refresh_token", "token_type") if k in token
            },
            roles_checked_at=utcnow().isoformat(),
        )
    g.pop("person", None)
    home = url_for(HOME[provider_name])
    if next_page and next_page != "/":
        # Should the page not be theirs, the error handler sends them home instead.
        server_session["signed_in_to"] = {
            "page": next_page,
            "home": home,
            "as": account.email or "",
        }
    response = redirect(next_page if next_page and next_page != "/" else home)
    if provider_name != STAFF:
        _in_their_language(response, account)
    return response


def _in_their_language(response: Response, account: Account) -> None:
    """On a browser where no language has been chosen, the language the family asked us
    to write to them in (their contact preferences) is the portal's too."""
    if request.cookies.get(LOCALE_COOKIE) in offered():
        return
    preference = db.session().get(ContactPreference, account.id)
    if preference is not None and preference.language in offered():
        remember(response, preference.language)


# The logout `state` of a young person's account, or of staff (any other is the provider's
# own random one): the page after signing out offers staff their own sign-in.
YOUNG_PERSON_SIGNED_OUT = "young-person"
STAFF_SIGNED_OUT = "staff"


@bp.post("/sign-out")
@public
def sign_out() -> ResponseReturnValue:
    person = current_person()
    provider_name = session.get("provider")
    id_token = session.get("id_token")
    # The page after signing out speaks to a young person as their account did: their
    # voice goes there as the logout's `state`, which the provider sends back with them.
    if person is not None and person.is_staff:
        state: str | None = STAFF_SIGNED_OUT
    elif account_voice() == "young person":
        state = YOUNG_PERSON_SIGNED_OUT
    else:
        state = None
    signed_out = url_for("auth.signed_out", state=state)
    server_session: ServerSession = session  # type: ignore[assignment]
    server_session.end()
    if person is None or provider_name not in PROVIDERS:
        return redirect(signed_out)
    audit.record(
        "sign_out", "account", person.account_id, actor_kind=person.kind, actor_id=person.account_id
    )
    try:
        logout = client(provider_name).create_logout_url(
            post_logout_redirect_uri=url_for("auth.signed_out", _external=True),
            id_token_hint=id_token,
            state=state,
        )
    except (*UNAVAILABLE, RuntimeError):
        return redirect(signed_out)
    if not form_action_allows(logout["url"]):
        log.warning(
            "end-session endpoint is not on the provider's origin, so the browser would block it",
            extra={"fields": {"provider": provider_name}},
        )
        return redirect(signed_out)
    return redirect(logout["url"])


@bp.get("/signed-out")
@public
def signed_out() -> ResponseReturnValue:
    state = request.args.get("state")
    return render_template(
        "auth/signed_out.html",
        staff_signed_out=state == STAFF_SIGNED_OUT,
        **template_words("young person" if state == YOUNG_PERSON_SIGNED_OUT else None),
    )


@bp.get("/session/expiring")
@public
def session_expiring() -> ResponseReturnValue:
    """The warning before the idle time-out. Looking at it does not count as activity."""
    g.session_touch = False
    if current_person() is None:
        return redirect(url_for("auth.session_ended", next=request.args.get("next")))
    voice = account_voice()
    return render_template(
        "auth/session_expiring.html",
        next=safe_next(request.args.get("next")),
        session_warning_page=True,
        voice=voice,
        warning=timeout.idle_warning(
            extensions.settings().config.sessions.idle_warning_minutes, voice
        ),
    )


@bp.post("/session/extend")
@public
def session_extend() -> ResponseReturnValue:
    target = safe_next(request.form.get("next"))
    if current_person() is None:
        return redirect(url_for("auth.session_ended", next=target))
    session["extended_at"] = utcnow().isoformat()
    return redirect(target)


@bp.post("/session/keep-alive")
@public
def session_keep_alive() -> ResponseReturnValue:
    """ "Stay signed in" in the warning dialog, and typing on a page: the script asks for
    more time without leaving the page. Anyone not signed in gets 401, not a sign-in page."""
    if current_person() is None:
        return jsonify(signed_in=False), 401
    session["extended_at"] = utcnow().isoformat()
    seconds_left = current_app.session_interface.seconds_left(session)  # type: ignore[attr-defined]
    return jsonify(signed_in=True, seconds_left=seconds_left)


@bp.get("/session/ended")
@public
def session_ended() -> ResponseReturnValue:
    """What the person sees when the time-out is reached; it makes sure it is true."""
    g.session_touch = False
    person = current_person()
    if person is not None:
        # Only a session that has really reached its time-out is ended here, so a link
        # from another site cannot sign someone out in the middle of their work.
        idle = extensions.settings().config.sessions.idle_timeout
        last_seen = getattr(session, "last_seen_at", None)
        if last_seen is not None and utcnow() < last_seen + idle - _time_out_grace():
            return redirect(safe_next(request.args.get("next")))
        audit.record(
            "timed_out",
            "account",
            person.account_id,
            actor_kind=person.kind,
            actor_id=person.account_id,
        )
        server_session: ServerSession = session  # type: ignore[assignment]
        server_session.end()
        g.pop("person", None)
    return render_template("auth/session_ended.html", next=safe_next(request.args.get("next")))


@bp.post("/auth/<provider_name>/backchannel-logout")
@public
@csrf.exempt
def backchannel_logout(provider_name: str) -> ResponseReturnValue:
    _known_provider(provider_name)
    try:
        ended = backchannel.log_out(provider_name, request.form.get("logout_token", ""))
    except backchannel.InvalidLogoutToken as error:
        log.info("logout token refused", extra={"fields": {"reason": str(error)}})
        response = jsonify(error="invalid_request", error_description=str(error))
        response.status_code = 400
        return response
    except UNAVAILABLE:
        response = jsonify(error="temporarily_unavailable")
        response.status_code = 503
        return response
    log.info("back-channel logout", extra={"fields": {"sessions_ended": ended}})
    return Response(status=200, mimetype="text/plain", headers={"Cache-Control": "no-store"})
