"""Response headers: a per-request CSP nonce, transport and framing rules, caching."""

from __future__ import annotations

import secrets
from collections.abc import Iterable
from urllib.parse import urlsplit

from flask import Flask, current_app, g, request
from flask_wtf.csrf import CSRFProtect
from werkzeug.wrappers import Response

from portal.platform import extensions

csrf = CSRFProtect()
FORM_ACTION_ORIGINS = "portal_form_action_origins"

PERMISSIONS_POLICY = ", ".join(
    f"{feature}=()"
    for feature in (
        "accelerometer",
        "camera",
        "geolocation",
        "gyroscope",
        "magnetometer",
        "microphone",
        "payment",
        "usb",
        "interest-cohort",
    )
)


def csp_nonce() -> str:
    if "csp_nonce" not in g:
        g.csp_nonce = secrets.token_urlsafe(18)
    return g.csp_nonce


def origin_of(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}"


def allow_form_action(app: Flask, urls: Iterable[str]) -> None:
    """Let forms lead to these origins too: Chromium applies `form-action` to the
    redirects after a submission, so signing out, which ends at the identity provider's
    end-session endpoint, needs the provider's origin."""
    allowed: set[str] = app.extensions.setdefault(FORM_ACTION_ORIGINS, set())
    allowed.update(origin_of(url) for url in urls)


def form_action_allows(url: str) -> bool:
    return origin_of(url) in current_app.extensions.get(FORM_ACTION_ORIGINS, set())


def content_security_policy(nonce: str, form_action_origins: Iterable[str] = ()) -> str:
    form_action = " ".join(["'self'", *sorted(form_action_origins)])
    return "; ".join(
        [
            "default-src 'self'",
            f"script-src 'self' 'nonce-{nonce}'",
            "style-src 'self'",
            "img-src 'self' data:",
            "font-src 'self'",
            "connect-src 'self'",
            f"form-action {form_action}",
            "object-src 'none'",
            "base-uri 'none'",
            "frame-ancestors 'none'",
        ]
    )


def set_security_headers(response: Response) -> Response:
    headers = response.headers
    headers["Content-Security-Policy"] = content_security_policy(
        csp_nonce(), current_app.extensions.get(FORM_ACTION_ORIGINS, ())
    )
    headers["Strict-Transport-Security"] = "max-age=31536000; includeSubDomains"
    headers["X-Content-Type-Options"] = "nosniff"
    headers["X-Frame-Options"] = "DENY"
    headers["Referrer-Policy"] = "strict-origin-when-cross-origin"
    headers["Permissions-Policy"] = PERMISSIONS_POLICY
    headers["Cross-Origin-Opener-Policy"] = "same-origin"
    if request.endpoint != "static":
        headers["Cache-Control"] = "no-store"
        headers["Vary"] = "Cookie, Accept-Language"
    return response


def init_app(app: Flask) -> None:
    app.config.update(
        SESSION_COOKIE_SECURE=True,
        SESSION_COOKIE_HTTPONLY=True,
        SESSION_COOKIE_SAMESITE="Lax",
        WTF_CSRF_TIME_LIMIT=None,
        # In production a form must also come from a page of this site over HTTPS.
        WTF_CSRF_SSL_STRICT=extensions.settings(app).production,
    )
    csrf.init_app(app)
    app.after_request(set_security_headers)
    app.jinja_env.globals["csp_nonce"] = csp_nonce
