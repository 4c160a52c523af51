"""Caseworkers in the test client: acting on a request as the request page's forms do."""

from __future__ import annotations

from flask.testing import FlaskClient

from tests.support.pages import hidden


def act(staff: FlaskClient, reference: str, action: str, data: dict | None = None):  # type: ignore[no-untyped-def, type-arg]
    """Post an action with the version shown on the request page, as the form does."""
    shown = hidden(staff.get(f"/caseworker/requests/{reference}"))
    prefix = {"more_information": "info", "decide": "decide"}.get(action, action)
    fields = {f"{prefix}-{k}": v for k, v in (data or {}).items()}
    return staff.post(
        f"/caseworker/requests/{reference}",
        data={
            "act": action,
            "csrf_token": shown["csrf_token"],
            f"{prefix}-csrf_token": shown.get(f"{prefix}-csrf_token", shown["csrf_token"]),
            f"{prefix}-version": shown[f"{prefix}-version"],
            **fields,
        },
    )
