"""The check the test client makes of every page catches each defect it looks for."""

from __future__ import annotations

import pytest
from werkzeug.datastructures import Headers
from werkzeug.test import EnvironBuilder, TestResponse

from tests.support.html_checks import check_page

POLICY = {"Content-Security-Policy": "script-src 'nonce-abc'"}
GOOD = (
    '<!DOCTYPE html><html lang="cy" dir="ltr"><head><title>Your child &amp; you - Service'
    "</title></head><body><h1>Your child <span>&amp;</span> you</h1>"
    '<input id="a"><div id="b"></div><script nonce="abc"></script></body></html>'
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
    ],
)
def test_each_defect_is_reported(change: tuple[str, str], complaint: str) -> None:
    with pytest.raises(AssertionError, match=complaint):
        check_page(respond(GOOD.replace(*change)))


def test_a_page_without_a_nonce_in_its_policy_is_reported() -> None:
    with pytest.raises(AssertionError, match="no CSP nonce"):
        check_page(respond(GOOD, {}))
