"""A child or young person who is not in education or training has no setting to name:
the setting page lets them go on without one (a tester, a young person asking for
themselves, was stopped by "Enter the name of the nursery, school or college"), and
check your answers and the caseworker's Answers tab read the request back without it."""

from __future__ import annotations

from flask.testing import FlaskClient

from tests.conftest import sign_in
from tests.support.pages import one, page, post
from tests.support.requests import PARENT_ANSWERS, fill, start, young_person_answers

NOT_IN_EDUCATION = {"setting_type": "none", "setting_name": "", "year_group": ""}


def _sent(client: FlaskClient, draft: str) -> str:
    check = page(client.get(f"/account/request/{draft}/check")).get_text(" ")
    assert "Not in education or training" in check
    assert "Name of the" not in check, "no setting to name is no unanswered question"
    response = post(client, f"/account/request/{draft}/check", {})
    assert response.headers["Location"].endswith("/submitted"), page(response).get_text(" ")
    shown = page(client.get(response.headers["Location"])).select_one(".govuk-panel strong")
    assert shown is not None
    return shown.get_text(strip=True)


def test_a_young_person_not_in_education_goes_on_without_naming_a_setting(
    client: FlaskClient, staff: FlaskClient
) -> None:
    sign_in(client, person="young.person@example.org")
    draft = start(client, "young_person")
    response = post(client, f"/account/request/{draft}/education/setting", NOT_IN_EDUCATION)
    assert response.status_code == 302, page(response).select_one(".govuk-error-summary")
    answers = young_person_answers()
    answers["education"]["setting"] = NOT_IN_EDUCATION
    fill(client, draft, answers)
    reference = _sent(client, draft)
    tab = page(staff.get(f"/caseworker/requests/{reference}/answers")).get_text(" ")
    assert "Not in education or training" in tab
    assert "Name of the" not in tab


def test_a_parent_whose_child_is_not_in_education_goes_on_too(client: FlaskClient) -> None:
    """A name typed before "Not in education or training" was chosen is not kept."""
    sign_in(client)
    draft = start(client)
    answers = {section: dict(pages) for section, pages in PARENT_ANSWERS.items()}
    answers["education"] = {
        **answers["education"],
        "setting": {**NOT_IN_EDUCATION, "setting_name": "Oak Primary"},
    }
    fill(client, draft, answers)
    assert "Oak Primary" not in page(client.get(f"/account/request/{draft}/check")).get_text()
    _sent(client, draft)


def test_a_setting_is_still_named_where_there_is_one(client: FlaskClient) -> None:
    sign_in(client)
    draft = start(client)
    response = post(
        client,
        f"/account/request/{draft}/education/setting",
        {"setting_type": "college", "setting_name": "", "year_group": ""},
    )
    assert response.status_code == 200
    summary = one(page(response), ".govuk-error-summary").get_text(" ")
    assert "Enter the name of the nursery, school or college" in summary


def test_a_young_person_is_asked_for_a_setting_a_young_adult_has(client: FlaskClient) -> None:
    """Not a nursery: a young person's own request asks for their college, school,
    training provider or employer."""
    sign_in(client, person="young.person@example.org")
    draft = start(client, "young_person")
    path = f"/account/request/{draft}/education/setting"
    label = one(page(client.get(path)), "label[for=setting_name]").get_text(" ")
    assert "nursery" not in label
    assert "college, school, training provider or employer" in label
    response = post(client, path, {"setting_type": "college", "setting_name": ""})
    summary = one(page(response), ".govuk-error-summary").get_text(" ")
    assert "nursery" not in summary and "training provider or employer" in summary
