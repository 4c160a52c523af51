"""Error pages: the service's style, the person's language, never a stack trace."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from bs4 import BeautifulSoup
from flask import Flask, abort, render_template_string
from flask.testing import FlaskClient
from flask_wtf import FlaskForm
from wtforms import StringField

from portal.platform.access import public

FORM_PAGE = """{% extends "base.html" %}
{% block title %}Your name{% endblock %}
{% block content %}<h1 class="govuk-heading-l">Your name</h1>
<form method="post" action="{{ this_page() }}" novalidate>{{ form.csrf_token }}{{ form.name() }}
<button class="govuk-button">Continue</button></form>{% endblock %}"""


class NameForm(FlaskForm):
    name = StringField()


@pytest.fixture
def app(app: Flask) -> Iterator[Flask]:
    """The real application with a few routes that fail on purpose.

    They stand in for journeys that later issues add, so that every error path can be
    exercised now through the real error handlers.
    """

    @public
    def form_page() -> str:
        form = NameForm()
        if form.validate_on_submit():
            return render_template_string(FORM_PAGE, form=form)
        return render_template_string(FORM_PAGE, form=form)

    @public
    def broken() -> str:
        raise RuntimeError("database password is hunter2")

    @public
    def refused() -> str:
        abort(403)

    @public
    def flooded() -> str:
        abort(429)

    @public
    def malformed() -> str:
        abort(400)

    app.add_url_rule("/test/form", "test_form", form_page, methods=["GET", "POST"])
    app.add_url_rule("/test/broken", "test_broken", broken)
    app.add_url_rule("/test/refused", "test_refused", refused)
    app.add_url_rule("/test/flooded", "test_flooded", flooded)
    app.add_url_rule("/test/malformed", "test_malformed", malformed)
    yield app


def page(response) -> BeautifulSoup:  # type: ignore[no-untyped-def]
    return BeautifulSoup(response.get_data(as_text=True), "html.parser")


@pytest.mark.parametrize(
    ("method", "path", "status", "heading"),
    [
        ("get", "/no-such-page", 404, "Page not found"),
        ("get", "/test/malformed", 400, "Sorry, there is a problem with your request"),
        ("post", "/privacy", 405, "Sorry, that cannot be done on this page"),
        ("get", "/test/refused", 403, "You cannot see this page"),
        ("get", "/test/flooded", 429, "Sorry, there have been too many attempts"),
        ("get", "/test/broken", 500, "Sorry, there is a problem with the service"),
    ],
)
def test_error_pages(
    client: FlaskClient, method: str, path: str, status: int, heading: str
) -> None:
    response = getattr(client, method)(path)
    assert response.status_code == status
    html = page(response)
    assert html.h1.get_text(strip=True) == heading
    assert html.select_one(".govuk-generic-header")
    assert "Traceback" not in html.get_text() and "hunter2" not in html.get_text()


def test_error_pages_speak_the_persons_language(client: FlaskClient) -> None:
    english = page(client.get("/no-such-page")).h1.get_text(strip=True)
    response = client.get("/no-such-page?lang=ar")
    assert response.status_code == 404
    assert page(response).html["dir"] == "rtl"
    assert page(response).h1.get_text(strip=True) != english


def test_a_post_without_a_csrf_token_keeps_the_persons_place(client: FlaskClient) -> None:
    client.get("/test/form")
    response = client.post("/test/form", data={"name": "Ada"})
    assert response.status_code == 400
    html = page(response)
    assert html.h1.get_text(strip=True) == "Sorry, we could not accept that"
    assert (
        html.find("a", string="Go back to the page you were on and try again")["href"]
        == "/test/form"
    )


def test_a_post_with_a_wrong_csrf_token_is_refused(client: FlaskClient) -> None:
    client.get("/test/form")
    response = client.post("/test/form", data={"name": "Ada", "csrf_token": "forged"})
    assert response.status_code == 400


def test_a_post_with_the_right_csrf_token_is_accepted(client: FlaskClient) -> None:
    token = page(client.get("/test/form")).find("input", {"name": "csrf_token"})["value"]
    assert client.post("/test/form", data={"name": "Ada", "csrf_token": token}).status_code == 200


def test_the_session_cookie_is_secure(client: FlaskClient) -> None:
    cookie = client.get("/test/form").headers["Set-Cookie"]
    assert "Secure" in cookie and "HttpOnly" in cookie and "SameSite=Lax" in cookie


def test_the_language_switcher_survives_a_form_page(client: FlaskClient) -> None:
    client.get("/test/form")
    response = client.post("/test/form?lang=pl", data={"name": "Ada"})
    english = page(response).select_one('.portal-language-switcher a[hreflang="en"]')
    assert client.get(english["href"]).headers["Location"] == "/test/form"


def test_an_oversized_request_gets_the_413_page(app: Flask, client: FlaskClient) -> None:
    limit = app.config["MAX_CONTENT_LENGTH"]
    response = client.post("/test/form", data={"name": "x" * (limit + 1)})
    assert response.status_code == 413
    assert page(response).h1.get_text(strip=True) == "What you sent is too large"
    assert "10 MB" in page(response).get_text()


def test_the_413_page_writes_the_limit_in_persian_digits(app: Flask, client: FlaskClient) -> None:
    limit = app.config["MAX_CONTENT_LENGTH"]
    response = client.post("/test/form?lang=fa", data={"name": "x" * (limit + 1)})
    assert response.status_code == 413
    text = page(response).get_text()
    assert "۱۰ مگابایت" in text and "10" not in text


def test_the_500_page_is_logged_with_the_request_id(
    client: FlaskClient, capfd: pytest.CaptureFixture[str]
) -> None:
    response = client.get("/test/broken", headers={"X-Request-Id": "req-12345678"})
    assert response.status_code == 500
    assert response.headers["X-Request-Id"] == "req-12345678"
    logged = capfd.readouterr().err
    assert '"request_id": "req-12345678"' in logged
    assert '"level": "error"' in logged
