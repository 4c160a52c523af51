"""The only code that talks HTTP to the case system.

One client, one error type, one retry rule: timeouts, dropped connections, 5xx, 409 (the
first request with this key is still being handled) and 429 (after its Retry-After) are
worth trying again; any other 4xx is not, and says why.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlencode, urlsplit

import requests
import urllib3
from authlib.common.errors import AuthlibBaseError
from authlib.integrations.requests_client import OAuth2Session


class CaseApiError(Exception):
    def __init__(
        self,
        message: str,
        status: int | None = None,
        retryable: bool = True,
        retry_after: float | None = None,
    ) -> None:
        super().__init__(message)
        self.status = status
        self.retryable = retryable
        self.retry_after = retry_after


@dataclass(frozen=True)
class CaseApiConfig:
    base_url: str
    token_url: str
    client_id: str
    client_secret: str
    timeout: float


def _retry_after(response: urllib3.BaseHTTPResponse) -> float | None:
    value = response.headers.get("Retry-After", "")
    return float(value) if value.replace(".", "", 1).isdigit() else None


class CaseApiClient:
    def __init__(self, config: CaseApiConfig) -> None:
        self.config = config
        self._tokens = OAuth2Session(
            config.client_id,
            config.client_secret,
            token_endpoint=config.token_url,
            grant_type="client_credentials",
            token_endpoint_auth_method="client_secret_basic",  # noqa: S106 (a method name)
        )
        # Calls go out on urllib3's keep-alive pool carrying the token authlib fetched:
        # requests' per-call merging of settings cost more CPU than the call itself in
        # the outbox's profile. Proxy settings are read from the environment once, and
        # certificates are checked against the bundle requests would have used.
        proxy = requests.utils.get_environ_proxies(config.base_url).get(
            urlsplit(config.base_url).scheme
        )
        options: dict[str, Any] = {
            "retries": False,
            "timeout": urllib3.Timeout(config.timeout),
            "ca_certs": requests.utils.DEFAULT_CA_BUNDLE_PATH,
            "maxsize": 8,
        }
        self._pool = (
            urllib3.ProxyManager(proxy, **options) if proxy else urllib3.PoolManager(**options)
        )

    def _authorization(self) -> str:
        token = self._tokens.token
        if not token or token.is_expired(leeway=30):
            try:
                token = self._tokens.fetch_token(
                    self.config.token_url,
                    grant_type="client_credentials",
                    timeout=self.config.timeout,
                )
            except (requests.RequestException, AuthlibBaseError, ValueError) as error:
                raise CaseApiError(f"could not get a token: {error}") from error
        return f"Bearer {token['access_token']}"

    def _call(
        self,
        method: str,
        path: str,
        body: Any = None,
        key: str | None = None,
        raw: bytes | None = None,
    ) -> Any:
        """One call; `body` is sent as JSON, or `raw` as the bytes of a file."""
        headers = {"Accept": "application/json", "Authorization": self._authorization()}
        if key is not None:
            headers["Idempotency-Key"] = key
        if raw is not None:
            data, headers["Content-Type"] = raw, "application/octet-stream"
        elif body is not None:
            data, headers["Content-Type"] = json.dumps(body).encode(), "application/json"
        else:
            data = None
        try:
            response = self._pool.request(
                method, self.config.base_url.rstrip("/") + path, body=data, headers=headers
            )
        except urllib3.exceptions.TimeoutError as error:
            raise CaseApiError("the case system did not answer in time") from error
        except urllib3.exceptions.HTTPError as error:
            raise CaseApiError(
                f"could not reach the case system: {type(error).__name__}"
            ) from error
        if response.status == 401:
            self._tokens.token = None
            raise CaseApiError("the token was refused", 401)
        if response.status < 400:
            return json.loads(response.data) if response.data else None
        detail = _problem_detail(response)
        if response.status in (409, 429) or response.status >= 500:
            raise CaseApiError(detail, response.status, retry_after=_retry_after(response))
        raise CaseApiError(detail, response.status, retryable=False)

    def create_assessment_request(self, payload: dict[str, Any], key: str) -> dict[str, Any]:
        return self._call("POST", "/assessment-requests", payload, key)

    def add_consent_event(
        self, reference: str, payload: dict[str, Any], key: str
    ) -> dict[str, Any]:
        return self._call("POST", f"/cases/{reference}/consent-events", payload, key)

    def add_contribution(self, reference: str, payload: dict[str, Any], key: str) -> dict[str, Any]:
        return self._call("POST", f"/cases/{reference}/contributions", payload, key)

    def put_document(
        self, reference: str, document_id: str, data: bytes, key: str
    ) -> dict[str, Any]:
        return self._call("PUT", f"/cases/{reference}/documents/{document_id}", key=key, raw=data)

    def record_triage_decision(
        self, reference: str, payload: dict[str, Any], key: str
    ) -> dict[str, Any]:
        return self._call("POST", f"/cases/{reference}/triage-decisions", payload, key)

    def add_case_note(self, reference: str, payload: dict[str, Any], key: str) -> dict[str, Any]:
        return self._call("POST", f"/cases/{reference}/notes", payload, key)

    def add_mediation_step(
        self, reference: str, payload: dict[str, Any], key: str
    ) -> dict[str, Any]:
        return self._call("POST", f"/cases/{reference}/mediation-steps", payload, key)

    def add_draft_plan_response(
        self, reference: str, payload: dict[str, Any], key: str
    ) -> dict[str, Any]:
        return self._call("POST", f"/cases/{reference}/draft-plan-responses", payload, key)

    def add_review_views(self, reference: str, payload: dict[str, Any], key: str) -> dict[str, Any]:
        return self._call("POST", f"/cases/{reference}/review-views", payload, key)

    def create_data_rights_request(self, payload: dict[str, Any], key: str) -> dict[str, Any]:
        return self._call("POST", "/data-rights-requests", payload, key)

    def add_data_rights_update(
        self, request_id: str, payload: dict[str, Any], key: str
    ) -> dict[str, Any]:
        return self._call("POST", f"/data-rights-requests/{request_id}/updates", payload, key)

    def find_cases(self, **query: str) -> list[dict[str, Any]]:
        """Cases matching a UPN, or a name and date of birth."""
        return self._call("GET", "/cases?" + urlencode(query))

    def get_case(self, reference: str) -> dict[str, Any]:
        return self._call("GET", f"/cases/{reference}")

    def get_plan(self, reference: str) -> dict[str, Any] | None:
        try:
            return self._call("GET", f"/cases/{reference}/plan")
        except CaseApiError as error:
            if error.status == 404:
                return None
            raise

    def get_review(self, reference: str) -> dict[str, Any] | None:
        try:
            return self._call("GET", f"/cases/{reference}/review")
        except CaseApiError as error:
            if error.status == 404:
                return None
            raise


def _problem_detail(response: urllib3.BaseHTTPResponse) -> str:
    try:
        body = json.loads(response.data)
    except ValueError:
        text = response.data.decode(errors="replace")
        return f"{response.status}: {text[:200]}"
    parts = [str(body.get("title", response.status)), str(body.get("detail", ""))]
    errors = body.get("errors") or []
    parts += [f"{e.get('field')}: {e.get('message')}" for e in errors[:5]]
    return f"{response.status} " + "; ".join(p for p in parts if p)
