"""`make run`'s example feedback: a manager trying the feedback report found it empty, so
its comments in Persian, typed right to left beside English ones, could not be seen
without first sending feedback in each language."""

from __future__ import annotations

import re

from flask import Flask
from sqlalchemy import func, select

from devtools import demo_feedback
from feedback.models import Feedback
from portal.platform import db
from tests.conftest import sign_in
from tests.support.pages import page

PERSIAN_LETTERS = re.compile(r"[\u0600-\u06ff]")


def _kept(app: Flask) -> dict[str, int]:
    with app.app_context():
        rows = db.session().execute(
            select(Feedback.language, func.count()).group_by(Feedback.language)
        )
        return {language: count for language, count in rows}


def test_the_feedback_report_has_examples_in_persian_and_english(app: Flask) -> None:
    demo_feedback.seed(app)
    once = _kept(app)
    demo_feedback.seed(app)
    assert _kept(app) == once, "seeding again adds nothing"
    assert once.get("fa", 0) >= 3 and once.get("en", 0) >= 1, once

    manager = app.test_client()
    sign_in(manager, "staff", "manager@council.example")
    report = page(manager.get("/feedback/reports?lang=fa"))
    comments = report.select("dd.portal-plan-text")
    persian = [dd for dd in comments if PERSIAN_LETTERS.search(dd.get_text())]
    assert len(persian) >= 3, "the Persian responses' comments, as typed"
    assert all(dd["lang"] == "fa" and dd["dir"] == "auto" for dd in persian)
    english = [dd for dd in comments if re.search("[A-Za-z]", dd.get_text())]
    assert english and all(dd["lang"] == "en" for dd in english), "English ones beside them"
    assert not [dd for dd in persian if re.search("[0-9]", dd.get_text())], "Persian digits"
