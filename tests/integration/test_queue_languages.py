"""The work queue's messages in a right-to-left language."""

from __future__ import annotations

from flask import Flask

from tests.conftest import relative, sign_in
from tests.support.pages import one, page
from tests.support.queue import account
from tests.support.requests import submitted
from tests.support.staff import act

CASEWORKER = "caseworker@council.example"


def test_requests_not_assigned_are_listed_the_arabic_way(db_app: Flask) -> None:
    family = db_app.test_client()
    sign_in(family)
    first, second = submitted(family), submitted(family)
    staff = db_app.test_client()
    sign_in(staff, "staff", CASEWORKER)
    me = account(db_app, "staff", CASEWORKER)
    colleague = account(db_app, "staff", "colleague@council.example")
    queue = page(staff.get("/caseworker/queue?lang=ar"))
    for reference in (first, second):
        assert act(staff, reference, "assign", {"assignee": colleague}).status_code == 302
    values = [
        str(box["value"])
        for box in queue.select("input[name=selected]")
        if str(box["value"]).split(":")[0] in (first, second)
    ]
    token = one(queue, "main form[method=post] input[name=csrf_token]")["value"]
    response = staff.post(
        "/caseworker/queue?lang=ar",
        data={"csrf_token": token, "selected": values, "assignee": me},
    )
    after = page(staff.get(relative(response.headers["Location"])))
    banners = [b.get_text(" ", strip=True) for b in after.select(".govuk-notification-banner")]
    named = [b for b in banners if first in b and second in b]
    assert named, banners
    assert ", " not in named[0] and " و" in named[0], named[0]
