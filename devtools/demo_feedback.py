"""Example feedback for `make run`, so a manager can see the feedback report filled in:
responses over the last few months, in English and in Persian (typed right to left, as a
family writing in Persian would type them). Each is checked by the feedback form, as its
page checks it. The names and details are invented.

Added only to a report with no feedback in it: running it again changes nothing."""

from __future__ import annotations

import datetime as dt

from flask import Flask
from sqlalchemy import func, select
from werkzeug.datastructures import MultiDict

from feedback import responses
from feedback.forms import FeedbackForm
from feedback.models import Feedback
from portal.models.base import utcnow
from portal.platform import db

# The language, how many days ago, the service, how they felt (5 to 1), what worked well
# and what could be better.
EXAMPLES = (
    (
        "fa",
        4,
        "sen_team",
        "4",
        "کارشناس پرونده با حوصله همه‌چیز را توضیح داد و به فارسی جواب داد.",
        "منتظر ماندن برای تصمیم خیلی طول کشید.",
    ),
    ("fa", 19, "website", "5", "فرم را به فارسی پر کردم و همه‌چیز روشن بود.", ""),
    (
        "fa",
        47,
        "educational_psychology",
        "2",
        "روان‌شناس با پسرم مهربان بود.",
        "گزارش را دیر گرفتیم و کسی به ما خبر نداد که چرا.",
    ),
    ("fa", 83, "specialist_teachers", "3", "", "کاش جلسه‌ها بعد از ساعت کاری هم ممکن بود."),
    ("en", 2, "sen_team", "4", "Our caseworker rang back the same day.", ""),
    ("en", 26, "website", "2", "", "I could not find where to add the school's report."),
    (
        "en",
        61,
        "specialist_practitioners",
        "5",
        "The speech therapist gave us exercises we can do at home.",
        "",
    ),
)


def seed(app: Flask) -> None:
    with app.app_context():
        if db.session().scalar(select(func.count()).select_from(Feedback)):
            return
        now = utcnow()
        for language, days_ago, service, satisfaction, worked_well, better in EXAMPLES:
            posted = {
                "service": service,
                "satisfaction": satisfaction,
                "worked_well": worked_well,
                "could_be_better": better,
                "contact": "no",
            }
            with app.test_request_context(f"/feedback/?lang={language}"):
                form = FeedbackForm(formdata=MultiDict(posted), meta={"csrf": False})
                if not form.validate():
                    raise ValueError(f"the example feedback was refused: {form.errors}")
                responses.keep(form.answers(), language, now - dt.timedelta(days=days_ago))
