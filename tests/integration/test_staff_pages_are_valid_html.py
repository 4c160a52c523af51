"""Every staff page beyond a request's own (tests/integration/test_caseworker_request_page.py
checks those) is valid HTML by the Nu HTML Checker: the queues of data-rights requests,
draft-plan responses and annual reviews, a data-rights request with both of its forms, the
dashboard, the census page and the feedback report (with its date errors too)."""

from __future__ import annotations

import re
from pathlib import Path

from flask import Flask
from flask.testing import FlaskClient

from tests.conftest import sign_in
from tests.support.nu_html import nu_html_errors
from tests.support.pages import post


def test_the_other_staff_pages_are_valid_html(
    app: Flask, reference: str, client: FlaskClient, staff: FlaskClient, tmp_path: Path
) -> None:
    manager = app.test_client()
    sign_in(manager, "staff", "manager@council.example")
    asked = post(
        client,
        "/account/your-data/rights/child.date_of_birth",
        {"right": "rectification", "details": "The year is wrong", "correction": "2016"},
    )
    found = re.search(r"/requests/([0-9a-f]{32})$", asked.headers.get("Location", ""))
    assert found, asked.get_data(as_text=True)[:500]
    paths = (
        "/caseworker/",
        "/caseworker/data-rights",
        f"/caseworker/data-rights/{found.group(1)}",
        "/caseworker/draft-plan-responses",
        "/caseworker/annual-reviews",
    )
    pages = {}
    for path in paths:
        response = staff.get(path)
        assert response.status_code == 200, path
        pages[path] = response.get_data(as_text=True)
    for path in (
        "/caseworker/dashboard",
        "/caseworker/sen2",
        "/feedback/reports",
        "/feedback/reports?from-day=1&from-month=13&from-year=2026&to-day=1&to-month=1&to-year=2026",
        "/feedback/reports?from-day=31&from-month=12&from-year=2026&to-day=1&to-month=1&to-year=2026",
    ):
        response = manager.get(path)
        assert response.status_code == 200, path
        pages[path] = response.get_data(as_text=True)
    assert nu_html_errors(pages, tmp_path) == []
