"""Reading the portal's HTML in the test client: the page, its CSRF token and hidden
inputs, its error summary, and posting a form as the browser would."""

from __future__ import annotations

from typing import Any

from bs4 import BeautifulSoup, Tag
from flask.testing import FlaskClient

from portal.auth.sessions import COOKIE_NAME, VISITOR_COOKIE


def page(response) -> BeautifulSoup:  # type: ignore[no-untyped-def]
    return BeautifulSoup(response.get_data(as_text=True), "html.parser")


def seen(html: Tag) -> str:
    """The text of `html` as a sighted reader sees it on a wide screen: without its visually
    hidden words, nor the column names a table stacked on a phone gives each cell."""
    shown = BeautifulSoup(str(html), "html.parser")
    for words in shown.select(".govuk-visually-hidden, .portal-stack-label"):
        words.decompose()
    return shown.get_text(" ", strip=True)


def one(html: Tag, selector: str) -> Tag:
    """The element `selector` finds; a test fails plainly if there is none."""
    found = html.select_one(selector)
    assert found is not None, f"nothing matches {selector!r}"
    return found


def token(client: FlaskClient, path: str) -> str:
    """A CSRF token for posting to `path`, read from the form there.

    Flask-WTF's token belongs to the session, not to the page, so once a session has one
    it is reused for as long as the session's cookies stay the same: fetching every form
    before posting to it was half of the requests in the suite.
    """
    cookies = tuple(_cookie(client, name) for name in (COOKIE_NAME, VISITOR_COOKIE))
    known = getattr(client, "_csrf_token", None)
    if known is not None and known[0] == cookies and None not in cookies[:1]:
        return str(known[1])
    field = page(client.get(path)).find("input", {"name": "csrf_token"})
    assert isinstance(field, Tag), f"{path} has no CSRF token"
    cookies = tuple(_cookie(client, name) for name in (COOKIE_NAME, VISITOR_COOKIE))
    client._csrf_token = (cookies, str(field["value"]))  # type: ignore[attr-defined]
    return str(field["value"])


def _cookie(client: FlaskClient, name: str) -> str | None:
    cookie = client.get_cookie(name, domain="localhost")
    return cookie.value if cookie else None


def post(client: FlaskClient, path: str, data: dict[str, Any]):  # type: ignore[no-untyped-def]
    return client.post(path, data={"csrf_token": token(client, path), **data})


def hidden(response: Any) -> dict[str, str]:
    """A page's hidden inputs: its CSRF token and, on consent pages, the wording's stamp."""
    return {
        str(field["name"]): str(field.get("value", ""))
        for field in page(response).select("input[type=hidden]")
    }


def error(response) -> str:  # type: ignore[no-untyped-def]
    """The first message of the page's error summary."""
    first = page(response).select_one(".govuk-error-summary a")
    assert first is not None, "the page has no error summary"
    return " ".join(first.get_text().split())  # as read: the spaces between its parts kept
