"""Reading the portal's HTML in the test client: the page, its CSRF token and hidden
inputs, its error summary, and posting a form as the browser would."""

from __future__ import annotations

from typing import Any

from bs4 import BeautifulSoup
from flask.testing import FlaskClient


def page(response) -> BeautifulSoup:  # type: ignore[no-untyped-def]
    return BeautifulSoup(response.get_data(as_text=True), "html.parser")


def token(client: FlaskClient, path: str) -> str:
    return page(client.get(path)).find("input", {"name": "csrf_token"})["value"]


def post(client: FlaskClient, path: str, data: dict[str, Any]):  # type: ignore[no-untyped-def]
    return client.post(path, data={"csrf_token": token(client, path), **data})


def hidden(response: Any) -> dict[str, str]:
    """A page's hidden inputs: its CSRF token and, on consent pages, the wording's stamp."""
    return {
        field["name"]: field.get("value", "")
        for field in page(response).select("input[type=hidden]")
    }


def error(response) -> str:  # type: ignore[no-untyped-def]
    """The first message of the page's error summary."""
    return page(response).select_one(".govuk-error-summary a").get_text(strip=True)
