"""The two OpenID Connect clients: families (GOV.UK One Login compatible) and staff.

Both use the authorization code flow with `state`, `nonce` and PKCE (S256). The family
client authenticates to the token endpoint with `private_key_jwt` when it has a key
(production) and sends `vtr`; the ID token is checked for `vot` whenever `vtr` was sent.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any, cast

import requests
from authlib.integrations.flask_client import OAuth
from authlib.oauth2.rfc7523 import PrivateKeyJWT
from authlib.oauth2.rfc7523.assertion import private_key_jwt_sign
from flask import Flask, current_app
from joserfc.jwk import RSAKey

from portal.platform.council_config import FamilyIdentityProvider, StaffIdentityProvider
from portal.platform.keys import load_client_key
from portal.platform.settings import Settings

FAMILIES = "families"
STAFF = "staff"
PROVIDERS = (FAMILIES, STAFF)
# What a provider that cannot be reached raises.
UNAVAILABLE = (requests.RequestException, OSError)
ASSERTION_LIFETIME_SECONDS = 300
# Where register_clients keeps the OAuth clients and each provider's settings.
OAUTH_KEY = "portal_oauth"
CONFIGS_KEY = "portal_providers"


class ShortLivedPrivateKeyJWT(PrivateKeyJWT):
    """`private_key_jwt` client assertions that expire after five minutes."""

    def sign(self, auth: Any, token_endpoint: str) -> str:
        key = auth.client_secret
        if not isinstance(key, RSAKey):
            key = load_client_key(key)
        return private_key_jwt_sign(
            key,
            client_id=auth.client_id,
            token_endpoint=token_endpoint,
            alg=self.alg,
            header={"kid": key.kid} if key.kid else None,
            expires_in=ASSERTION_LIFETIME_SECONDS,
        )


@dataclass(frozen=True)
class ProviderConfig:
    name: str
    issuer: str
    client_id: str
    client_secret: str
    token_auth_method: str
    scopes: list[str]
    vtr: list[str] | None
    role_claim: str | None
    roles: dict[str, str]
    ui_locales: list[str] | None = None


def provider_configs(settings: Settings, issuers: dict[str, str]) -> list[ProviderConfig]:
    idp = settings.config.identity_providers
    families: FamilyIdentityProvider = idp.families
    staff: StaffIdentityProvider = idp.staff
    family_key = settings.family_client_private_key
    return [
        ProviderConfig(
            name=FAMILIES,
            issuer=issuers[FAMILIES],
            client_id=families.client_id,
            client_secret=family_key or issuers.get("embedded_secret", ""),
            token_auth_method="private_key_jwt" if family_key else "client_secret_basic",
            scopes=families.scopes,
            vtr=families.vtr or None,
            role_claim=None,
            roles={},
            ui_locales=families.ui_locales,
        ),
        ProviderConfig(
            name=STAFF,
            issuer=issuers[STAFF],
            client_id=staff.client_id,
            client_secret=settings.staff_client_secret or issuers.get("embedded_secret", ""),
            token_auth_method="client_secret_basic",  # noqa: S106 (a method name)
            scopes=staff.scopes,
            vtr=None,
            role_claim=staff.role_claim,
            roles=dict(staff.roles),
        ),
    ]


def register_clients(app: Flask, configs: list[ProviderConfig]) -> None:
    oauth = OAuth(app)
    app.extensions[OAUTH_KEY] = oauth
    app.extensions[CONFIGS_KEY] = {config.name: config for config in configs}
    for config in configs:
        client_kwargs: dict[str, Any] = {
            "scope": " ".join(config.scopes),
            "code_challenge_method": "S256",
            "token_endpoint_auth_method": config.token_auth_method,
            "default_timeout": 10,
        }
        oauth.register(
            config.name,
            client_id=config.client_id,
            client_secret=config.client_secret,
            server_metadata_url=config.issuer.rstrip("/") + "/.well-known/openid-configuration",
            client_kwargs=client_kwargs,
            client_auth_methods=[ShortLivedPrivateKeyJWT()],
            overwrite=True,
        )


def providers(app: Flask | None = None) -> dict[str, ProviderConfig]:
    """Each provider's settings by name, of the application given or the current one."""
    return cast(
        dict[str, ProviderConfig], (current_app if app is None else app).extensions[CONFIGS_KEY]
    )


def provider(name: str) -> ProviderConfig:
    return providers()[name]


def client(name: str) -> Any:
    return cast(OAuth, current_app.extensions[OAUTH_KEY]).create_client(name)


def supported_locales(config: ProviderConfig, metadata: dict[str, Any]) -> list[str]:
    """The languages the provider shows its pages in: app.yaml's list, else its discovery
    document's `ui_locales_supported`, else English only."""
    listed = config.ui_locales or metadata.get("ui_locales_supported") or ["en"]
    return [str(locale) for locale in listed] if isinstance(listed, list) else ["en"]


def authorize_params(
    config: ProviderConfig, locale: str, metadata: dict[str, Any]
) -> dict[str, str]:
    """`ui_locales` lists languages in order of preference (OpenID Connect Core 1.0,
    3.1.2.1): the person's own first, then, where the provider does not show its pages in
    it, English (GOV.UK One Login takes the first tag it has, English or Welsh)."""
    supported = supported_locales(config, metadata)
    tag = locale.replace("_", "-")
    fallback = "en" if "en" in supported else supported[0]
    wanted = [tag] if tag in supported else [tag, fallback]
    params = {"ui_locales": " ".join(dict.fromkeys(wanted))}
    if config.vtr:
        params["vtr"] = json.dumps(config.vtr)
    return params


def roles_from_claims(config: ProviderConfig, claims: dict[str, Any]) -> list[str]:
    """The portal roles a staff member's claims grant, in a stable order."""
    if not config.role_claim:
        return []
    value = claims.get(config.role_claim, [])
    granted = {value} if isinstance(value, str) else set(value or [])
    return [role for role, claim_value in sorted(config.roles.items()) if claim_value in granted]
