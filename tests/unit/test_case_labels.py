"""A case's label (a choice of "Which case are these views for?", a line on the account
page) is HTML: the child's name escaped, the reference kept whole on one line and left to
right, as `| reference` shows it on the case page."""

from __future__ import annotations

from flask import Flask
from markupsafe import Markup

from portal.cases.service import case_label

KEPT_WHOLE = '<bdi dir="ltr" class="portal-reference">BNT-2025-104733</bdi>'
FSI, PDI = "\u2068", "\u2069"


def test_the_name_is_escaped_and_the_reference_kept_whole(app: Flask) -> None:
    with app.test_request_context("/?lang=en"):
        label = case_label("BNT-2025-104733", "<b>Ann</b> & Bo")
    assert isinstance(label, Markup)
    assert label == f"&lt;b&gt;Ann&lt;/b&gt; &amp; Bo, case {KEPT_WHOLE}"


def test_without_a_name(app: Flask) -> None:
    with app.test_request_context("/?lang=en"):
        assert case_label("BNT-2025-104733", "") == f"Case {KEPT_WHOLE}"


def test_in_arabic_the_name_is_isolated(app: Flask) -> None:
    with app.test_request_context("/?lang=ar"):
        label = case_label("BNT-2025-104733", "Ann <i>")
    assert f"{FSI}Ann &lt;i&gt;{PDI}" in label
    assert KEPT_WHOLE in label
    assert "case" not in label, "in Arabic"
