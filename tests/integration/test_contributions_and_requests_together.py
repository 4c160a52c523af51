"""A family with several requests, cases and sets of views can tell them apart, and
check your answers says which views go with the request."""

from __future__ import annotations

from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import select

from devtools.reference_case_system import demo
from portal.models import Contribution
from portal.platform import db
from tests.conftest import sign_in
from tests.support.contributions import answer_all, begin
from tests.support.links import issue_code, redeem
from tests.support.pages import page, post
from tests.support.requests import fill, named, start


def test_requests_cases_and_views_choices_name_the_child(app: Flask, client: FlaskClient) -> None:
    sign_in(client)
    named(client, start(client), "Amelia", "Stone")
    named(client, start(client), "Bilal", "Stone")
    sent = start(client)
    fill(client, sent)
    post(client, f"/account/request/{sent}/check", {})
    start(client)
    staff = app.test_client()
    sign_in(staff, "staff", "caseworker@council.example")
    redeem(client, issue_code(staff, demo.FINAL, "Jo Parent", "parent_carer"))

    account = page(client.get("/account/"))
    continues = [
        a.get_text(" ", strip=True)
        for a in account.select("a[href^='/account/request/']")
        if a.get_text().startswith("Continue")
    ]
    assert len(continues) == 3 and len(set(continues)) == 3, continues
    assert any("Amelia Stone" in text for text in continues)
    assert any("Bilal Stone" in text for text in continues)
    cases = account.select("a[href^='/account/cases/']")
    case_names = " ".join(a.get_text(" ", strip=True) for a in cases)
    assert "Amara" in case_names, "a linked case is named from the case system"
    assert "Zoë O'Neill-Kowalska" in case_names, "a sent request is named from its answers"

    choices = page(client.get("/account/contributions/new")).select("[name=destination] + label")
    labels = [label.get_text(" ", strip=True) for label in choices]
    assert len(labels) == len(set(labels)) == 5, labels
    assert any("Amelia Stone" in label for label in labels)
    assert any("Bilal Stone" in label for label in labels)
    assert any("Amara" in label and demo.FINAL in label for label in labels)
    assert any("Zoë O'Neill-Kowalska" in label for label in labels)


def test_check_your_answers_lists_the_views_and_says_which_go_with_the_request(
    app: Flask, client: FlaskClient
) -> None:
    sign_in(client)
    draft = start(client)
    fill(client, draft)
    ready = begin(client, "parent_carer", f"draft:{draft}")
    answer_all(client, ready, {"important": "Routine"})
    post(client, f"/account/contributions/{ready}/check", {})
    unfinished = begin(client, "child", f"draft:{draft}")

    check = page(client.get(f"/account/request/{draft}/check"))
    text = check.get_text(" ", strip=True)
    assert "Views of the child or young person, and your views" in text
    assert "They will be sent with your request" in text
    assert "Not finished" in text
    links = [a["href"] for a in check.select("a")]
    assert f"/account/contributions/{ready}/sent" in links
    assert f"/account/contributions/{unfinished}/check" in links

    post(client, f"/account/request/{draft}/check", {})
    confirmation = page(client.get(f"/account/request/{draft}/submitted"))
    said = confirmation.get_text(" ", strip=True)
    assert "1 set of views was sent with your request" in said
    assert "you have not finished" in said
    assert f"/account/contributions/{unfinished}/check" in [
        a["href"] for a in confirmation.select("a")
    ]
    account = page(client.get("/account/"))
    finish = account.select_one(f"a[href='/account/contributions/{unfinished}/check']")
    assert finish is not None and finish.get_text().startswith("Finish the views you started on")
    where = finish.find_next("p")
    assert where is not None and "Zoë O'Neill-Kowalska" in where.get_text(), "which case"


def test_views_pages_lead_back_to_the_request_they_belong_to(client: FlaskClient) -> None:
    sign_in(client)
    draft = start(client)
    task_list = f"/account/request/{draft}/"
    start_page = page(client.get(f"/account/contributions/new?draft={draft}"))
    assert start_page.select_one(".govuk-back-link")["href"] == task_list
    contribution = begin(client, "parent_carer", f"draft:{draft}")
    first = page(client.get(f"/account/contributions/{contribution}/about/likes"))
    assert first.select_one(".govuk-back-link")["href"] == task_list
    answer_all(client, contribution, {"likes": "Trains"})
    post(client, f"/account/contributions/{contribution}/check", {})
    saved = page(client.get(f"/account/contributions/{contribution}/sent"))
    assert task_list in [a["href"] for a in saved.select("main a")]


def test_a_young_persons_views_start_only_from_their_own_request(
    app: Flask, client: FlaskClient
) -> None:
    """The task on their own request shows what the views are for and a Start button,
    asking nothing; opening it writes nothing (a link followed, prefetched or opened twice
    leaves no empty set behind). Started, later visits find the set they have not
    finished. Another person's request, or none, is not theirs to start views for: they
    are shown the choice of their own, with nothing chosen."""
    sign_in(client, person="young.adult@example.org")
    draft = start(client, "young_person")
    for _ in range(2):
        shown = client.get(f"/account/contributions/new?draft={draft}")
        assert shown.status_code == 200, shown.headers.get("Location")
        start_page = page(shown)
        assert start_page.select("[name=author], [name=destination]") == [], "nothing asked"
        button = start_page.select_one("main form button")
        assert button is not None and button.get_text(strip=True) == "Start"
    with app.app_context():
        assert db.session().scalars(select(Contribution)).all() == [], "opening wrote nothing"

    started = post(client, f"/account/contributions/new?draft={draft}", {})
    assert started.status_code == 302, page(started).select_one(".govuk-error-summary")
    first = started.headers["Location"]
    assert first.endswith("/about/likes"), first
    assert client.get(f"/account/contributions/new?draft={draft}").headers["Location"] == first
    check = page(client.get(f"/account/request/{draft}/check"))
    views = [dt for dt in check.select("dt") if "Your views in your own words" in dt.get_text()]
    assert len(views) == 1, "one set, not one a click"

    other = app.test_client()
    sign_in(other, person="young.person@example.org")
    theirs = start(other, "young_person")
    for refused in (theirs, "0" * 32):
        response = client.get(f"/account/contributions/new?draft={refused}")
        assert response.status_code == 200, refused
        choice = page(response)
        assert choice.select("[name=destination]:checked") == []
        assert f"draft:{refused}" not in {i["value"] for i in choice.select("[name=destination]")}


def test_a_parent_starting_from_a_request_is_asked_only_who_gives_views(
    client: FlaskClient,
) -> None:
    sign_in(client)
    draft = start(client)
    shown = page(client.get(f"/account/contributions/new?draft={draft}"))
    assert shown.select("[name=destination]") == [], "not asked which case"
    assert shown.select("[name=author]"), "still asked who gives them"
    started = post(client, f"/account/contributions/new?draft={draft}", {"author": "parent_carer"})
    assert started.status_code == 302
    check = page(client.get(f"/account/request/{draft}/check"))
    assert any("Your views as a parent or carer" in dt.get_text() for dt in check.select("dt"))
