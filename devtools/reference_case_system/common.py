"""Small helpers every part of the reference case system uses: hashing, problem
answers (RFC 9457, as openapi.yaml asks), JSON bodies checked against the contract."""

from __future__ import annotations

import hashlib
import json
from typing import Any

from flask import Response, request

from portal.case_api.contract import problems


def sha256(text: str | bytes) -> str:
    return hashlib.sha256(text.encode() if isinstance(text, str) else text).hexdigest()


def problem(status: int, title: str, detail: str = "", errors: list | None = None) -> Response:
    body: dict[str, Any] = {"type": "about:blank", "title": title, "status": status}
    if detail:
        body["detail"] = detail
    if errors:
        body["errors"] = errors
    return Response(json.dumps(body), status=status, mimetype="application/problem+json")


def json_body(schema: str) -> tuple[Any, Response | None]:
    """The request's JSON body if it matches `schema` in openapi.yaml, else the problem."""
    try:
        document = json.loads(request.get_data() or b"null")
    except ValueError:
        return None, problem(400, "Bad Request", "the body is not JSON")
    found = problems(schema, document)
    if found:
        return None, problem(
            422, "Unprocessable Content", "the body does not match the contract", found
        )
    return document, None


def created(document: dict[str, Any]) -> Response:
    return Response(json.dumps(document), status=201, mimetype="application/json")


def ok(document: Any) -> Response:
    return Response(json.dumps(document), mimetype="application/json")
