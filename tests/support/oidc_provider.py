"""A small OpenID provider of the tests' own, served over real HTTP.

oidc-provider-mock (the embedded default) only knows client secrets at its token
endpoint and always signs good tokens. This provider lets a test:
- check `private_key_jwt` client assertions with authlib's server-side
  `JWTBearerClientAssertion` (signature, audience, expiry, replay);
- hand back an ID token the test crafted (bad signature, wrong audience, ...) and, as
  GOV.UK One Login does, answer userinfo with the email the ID token lacks (or the
  userinfo a test crafted);
- sign back-channel logout tokens with the provider's own key.
"""

from __future__ import annotations

import threading
import time
import uuid
from dataclasses import dataclass, field
from typing import Any

from authlib.oauth2.rfc6749 import InvalidClientError
from authlib.oauth2.rfc7523 import JWTBearerClientAssertion
from flask import Flask, jsonify, request
from joserfc import jwt
from joserfc.jwk import KeySet, RSAKey
from werkzeug.serving import make_server


class _Client:
    def __init__(self, client_id: str, public_key: RSAKey) -> None:
        self.client_id = client_id
        self.public_key = public_key

    def check_endpoint_auth_method(self, method: str, endpoint: str) -> bool:
        return method == "client_assertion_jwt" and endpoint == "token"


class _Request:
    def __init__(self, form: dict[str, str]) -> None:
        self.form = form
        self.client = None


@dataclass
class TestProvider:
    __test__ = False  # a helper, not a test class
    issuer: str = ""
    key: RSAKey = field(
        default_factory=lambda: RSAKey.generate_key(2048, private=True, auto_kid=True)
    )
    clients: dict[str, RSAKey] = field(default_factory=dict)
    next_id_token: str | None = None
    # None: the ID token's subject with `email`; a test can set another answer.
    next_userinfo: dict[str, Any] | None = None
    email: str = "family@example.org"
    assertions_seen: list[dict[str, Any]] = field(default_factory=list)
    assertion_headers_seen: list[dict[str, Any]] = field(default_factory=list)
    spent_assertion_ids: set[str] = field(default_factory=set)

    @property
    def token_url(self) -> str:
        return f"{self.issuer}/token"

    def sign(self, claims: dict[str, Any], key: RSAKey | None = None) -> str:
        signing_key = key or self.key
        header = {"alg": "RS256", "kid": signing_key.kid}
        return jwt.encode(header, claims, signing_key)

    def id_token(self, nonce: str, audience: str, **overrides: Any) -> str:
        now = int(time.time())
        claims = {
            "iss": self.issuer,
            "sub": "urn:fdc:test:" + uuid.uuid4().hex,
            "aud": audience,
            "iat": now,
            "exp": now + 300,
            "nonce": nonce,
            "vot": "Cl.Cm",
        }
        claims.update(overrides)
        return self.sign({k: v for k, v in claims.items() if v is not None})

    def logout_token(self, audience: str, subject: str, **overrides: Any) -> str:
        claims = {
            "iss": self.issuer,
            "aud": audience,
            "iat": int(time.time()),
            "jti": uuid.uuid4().hex,
            "sub": subject,
            "events": {"http://schemas.openid.net/event/backchannel-logout": {}},
        }
        claims.update(overrides)
        return self.sign({k: v for k, v in claims.items() if v is not None})

    def check_assertion(self, form: dict[str, str]) -> None:
        provider = self

        class Assertion(JWTBearerClientAssertion):
            def get_audiences(self) -> list[str]:
                return [provider.token_url]

            def resolve_client_public_key(self, client: _Client) -> RSAKey:
                return client.public_key

            def validate_jti(self, claims: dict[str, Any], jti: str) -> bool:
                if jti in provider.spent_assertion_ids:
                    return False
                provider.spent_assertion_ids.add(jti)
                return True

        def query_client(client_id: str) -> _Client | None:
            key = self.clients.get(client_id)
            return _Client(client_id, key) if key else None

        client = Assertion(leeway=0)(query_client, _Request(form))
        if client is None:
            raise InvalidClientError(description="no client assertion")
        seen = jwt.decode(form["client_assertion"], client.public_key)
        self.assertions_seen.append(seen.claims)
        self.assertion_headers_seen.append(seen.header)

    def app(self) -> Flask:
        app = Flask(__name__)

        @app.get("/.well-known/openid-configuration")
        def metadata():  # type: ignore[no-untyped-def]
            return jsonify(
                issuer=self.issuer,
                authorization_endpoint=f"{self.issuer}/authorize",
                token_endpoint=self.token_url,
                jwks_uri=f"{self.issuer}/jwks",
                userinfo_endpoint=f"{self.issuer}/userinfo",
                end_session_endpoint=f"{self.issuer}/logout",
                id_token_signing_alg_values_supported=["RS256"],
                token_endpoint_auth_methods_supported=["private_key_jwt"],
            )

        @app.get("/jwks")
        def jwks():  # type: ignore[no-untyped-def]
            return jsonify(KeySet([self.key]).as_dict(private=False))

        @app.get("/userinfo")
        def userinfo():  # type: ignore[no-untyped-def]
            if not request.headers.get("Authorization", "").startswith("Bearer "):
                return jsonify(error="invalid_token"), 401
            if self.next_userinfo is not None:
                return jsonify(self.next_userinfo)
            subject = jwt.decode(self.next_id_token or "", self.key).claims.get("sub")
            return jsonify(sub=subject, email=self.email, email_verified=True)

        @app.post("/token")
        def token():  # type: ignore[no-untyped-def]
            form = request.form.to_dict()
            if "client_assertion" in form:
                try:
                    self.check_assertion(form)
                except InvalidClientError as error:
                    return jsonify(error="invalid_client", error_description=error.description), 401
            elif self.clients:
                return jsonify(error="invalid_client"), 401
            return jsonify(
                access_token=uuid.uuid4().hex,
                token_type="Bearer",
                expires_in=300,
                id_token=self.next_id_token,
            )

        return app


def serve(provider: TestProvider) -> tuple[TestProvider, Any]:
    server = make_server("127.0.0.1", 0, provider.app(), threaded=True)
    provider.issuer = f"http://127.0.0.1:{server.server_port}"
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return provider, server
