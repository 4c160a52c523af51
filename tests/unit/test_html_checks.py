"""The check the test client makes of every page catches each defect it looks for."""

from __future__ import annotations

import pytest
from flask import Flask, Response, redirect
from flask.typing import ResponseReturnValue
from werkzeug.datastructures import Headers
from werkzeug.test import EnvironBuilder, TestResponse

from tests.conftest import HtmlCheckingClient
from tests.support.html_checks import check_page

POLICY = {"Content-Security-Policy": "script-src 'nonce-abc'"}
GOOD = (
    '<!DOCTYPE html><html lang="cy" dir="ltr"><head><title>Your child &amp; you - Service'
    "</title></head><body><h1>Your child <span>&amp;</span> you</h1>"
    '<form method="post" action="/a-page?row=b"><input id="a"></form><div id="b"></div>'
    '<form method="get"></form><script nonce="abc"></script></body></html>'
)


def respond(html: str, headers: dict[str, str] = POLICY) -> TestResponse:
    request = EnvironBuilder(path="/a-page").get_request()
    sent = Headers({"Content-Type": "text/html; charset=utf-8", **headers})
    return TestResponse([html.encode()], "200 OK", sent, request=request)


def test_a_good_page_passes() -> None:
    check_page(respond(GOOD))


@pytest.mark.parametrize(
    ("change", "complaint"),
    [
        (('lang="cy" ', ""), "/a-page"),
        (('dir="ltr"', 'dir="up"'), "/a-page"),
        (("<h1>", "<h1>Two</h1><h1>"), "2 h1 elements"),
        (("<title>Your", "<title>Error: Their"), "does not start with"),
        (('nonce="abc"', ""), "a script lacks the nonce"),
        (('id="b"', 'id="a"'), "duplicate ids {'a'}"),
        ((' action="/a-page?row=b"', ""), "a form posts to None"),
        (('action="/a-page?row=b"', 'action="/a-page?row=b#b"'), "a form posts to '/a-page"),
    ],
)
def test_each_defect_is_reported(change: tuple[str, str], complaint: str) -> None:
    with pytest.raises(AssertionError, match=complaint):
        check_page(respond(GOOD.replace(*change)))


def test_a_page_without_a_nonce_in_its_policy_is_reported() -> None:
    with pytest.raises(AssertionError, match="no CSP nonce"):
        check_page(respond(GOOD, {}))


CAPTIONED = GOOD.replace(
    "<h1>Your child", '<h1><span class="govuk-caption-l">Tobi, case 1</span> Your child'
)


@pytest.mark.parametrize(
    "title", ["Your child &amp; you - Service", "Tobi, case 1 Your child &amp; you - Service"]
)
def test_a_title_may_leave_out_or_keep_the_headings_caption(title: str) -> None:
    check_page(respond(CAPTIONED.replace("Your child &amp; you - Service", title)))


def test_an_error_pages_title_starts_with_error_in_the_pages_own_language() -> None:
    persian = GOOD.replace('lang="cy" dir="ltr"', 'lang="fa" dir="rtl"')
    check_page(respond(persian.replace("<title>", "<title>خطا: ")))
    with pytest.raises(AssertionError, match="does not start with"):
        check_page(respond(persian.replace("<title>", "<title>Error: ")))


def test_the_test_client_checks_every_page_it_fetches_but_not_a_redirect() -> None:
    """Flask's responses reach the test client as an iterator, "streamed" to Werkzeug: a
    client that skipped streamed responses checked no page at all (until 2026-12-07)."""
    app = Flask(__name__)
    app.test_client_class = HtmlCheckingClient

    @app.get("/two-headings")
    def two_headings() -> Response:
        return Response(GOOD.replace("<h1>", "<h1>Two</h1><h1>"), headers=POLICY)

    @app.get("/moved")
    def moved() -> ResponseReturnValue:
        return redirect("/two-headings")

    client = app.test_client()
    assert client.get("/moved").status_code == 302
    with pytest.raises(AssertionError, match="2 h1 elements"):
        client.get("/two-headings")
