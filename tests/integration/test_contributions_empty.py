"""Views with nothing in them are not sent: a tester left every question blank, added no
file and pressed "Send your views", and the caseworker got an empty record."""

from __future__ import annotations

from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import select

from portal.models import Contribution, OutboxMessage
from portal.platform import db
from tests.conftest import sign_in
from tests.support.contributions import add_file, answer_all, begin
from tests.support.files import PNG
from tests.support.pages import error, one, page, post
from tests.support.requests import fill, start, submitted, young_person_answers


def _sent(app: Flask) -> list[OutboxMessage]:
    with app.app_context():
        return list(
            db.session().scalars(
                select(OutboxMessage).where(OutboxMessage.kind == "contribution.create")
            )
        )


def _views(app: Flask, contribution: str) -> Contribution:
    with app.app_context():
        found = db.session().get(Contribution, contribution)
        assert found is not None
        return found


def test_a_young_person_cannot_send_views_with_nothing_in_them(
    app: Flask, client: FlaskClient
) -> None:
    sign_in(client, person="young.person@example.org")
    reference = submitted(client, "young_person", young_person_answers())
    contribution = begin(client, "young_person", f"case:{reference}")
    answer_all(client, contribution, {})
    check = f"/account/contributions/{contribution}/check"

    refused = post(client, check, {})

    assert refused.status_code == 200, "not sent, the check page again"
    shown = page(refused)
    assert one(shown, "title").get_text().startswith("Error:")
    assert error(refused) == (
        "Answer at least one question or add a file before you send your views"
    )
    link = one(shown, ".govuk-error-summary a")["href"]
    assert link == f"/account/contributions/{contribution}/about/likes?return_to=check"
    assert shown.select_one("main form button"), "they can still send once they add something"
    assert not _sent(app), "nothing goes to the caseworker"
    views = _views(app, contribution)
    assert views.ready_at is None and views.submitted_at is None
    assert client.get(f"/account/contributions/{contribution}/sent").status_code == 302

    answer_all(client, contribution, {"hopes": "A job in a garage"})
    assert post(client, check, {}).status_code == 302
    [message] = _sent(app)
    assert message.payload["contribution"]["answers"]["hopes"] == "A job in a garage"


def test_a_file_alone_is_enough_to_send(app: Flask, client: FlaskClient) -> None:
    sign_in(client)
    reference = submitted(client)
    contribution = begin(client, "parent_carer", f"case:{reference}")
    answer_all(client, contribution, {"likes": "   "})
    check = f"/account/contributions/{contribution}/check"
    assert error(post(client, check, {})) == (
        "Answer at least one question or add a file before you send your views"
    ), "spaces are no answer"
    assert add_file(client, contribution, PNG, "drawing.png").status_code == 302
    assert post(client, check, {}).status_code == 302
    assert len(_sent(app)) == 1


def test_a_child_is_told_in_their_words_and_a_name_of_who_helped_is_not_enough(
    app: Flask, client: FlaskClient
) -> None:
    sign_in(client)
    reference = submitted(client)
    contribution = begin(client, "child", f"case:{reference}")
    post(client, f"/account/contributions/{contribution}/helped-by", {"helped_by": "Sam Patel"})
    answer_all(client, contribution, {})
    refused = post(client, f"/account/contributions/{contribution}/check", {})
    assert error(refused) == (
        "Answer at least one question or add a file before you send your views"
    )
    assert not _sent(app)
    assert _views(app, contribution).answers["views.helped_by"] == "Sam Patel", "kept"


def test_views_with_an_unsent_request_are_not_saved_empty(app: Flask, client: FlaskClient) -> None:
    sign_in(client)
    draft = start(client)
    fill(client, draft)
    contribution = begin(client, "parent_carer", f"draft:{draft}")
    answer_all(client, contribution, {})
    refused = post(client, f"/account/contributions/{contribution}/check", {})
    assert error(refused) == (
        "Answer at least one question or add a file before you save your views"
    )
    assert _views(app, contribution).ready_at is None
    task_list = page(client.get(f"/account/request/{draft}/")).get_text(" ")
    assert "1 set of views saved" not in task_list
