"""A caseworker who creates a link code reads when it stops working, to tell the family,
in the page's language."""

from __future__ import annotations

import pytest
from flask import Flask
from flask_babel import force_locale
from sqlalchemy import select

from devtools.reference_case_system import demo
from portal.models import LinkCode
from portal.platform import db
from portal.platform.written_dates import format_date, format_time
from tests.conftest import sign_in
from tests.support.links import ask_for_code
from tests.support.pages import page, token


@pytest.mark.parametrize("language", ["en", "fa"])
def test_the_new_code_says_until_when_it_works(app: Flask, language: str) -> None:
    """A tester read "It lasts 14 days" and had to count the days to tell the family."""
    caseworker = app.test_client()
    sign_in(caseworker, "staff", "caseworker@council.example")
    caseworker.get(f"/caseworker/?lang={language}")
    assert ask_for_code(caseworker, demo.FINAL, "Jo Parent", "parent_carer").status_code == 302
    confirm = "/caseworker/link-codes/confirm"
    created = caseworker.post(confirm, data={"csrf_token": token(caseworker, confirm)})
    shown = page(caseworker.get(created.headers["Location"]))
    with app.app_context():
        code = db.session().scalars(select(LinkCode)).one()
    with app.test_request_context(), force_locale(language):
        day, time = format_date(code.expires_at), format_time(code.expires_at)
    main = shown.select_one("main")
    assert main is not None
    said = " ".join(main.get_text(" ").split())
    assert day in said and time in said, (day, time, said)
