"""The people a young person asked us not to share information with: when they named
nobody, every page says so ("None named"), never "Not given", which reads as a missing
answer. A parent is not asked, and no page shows an answer for them."""

from __future__ import annotations

from flask.testing import FlaskClient

from tests.conftest import sign_in
from tests.support.pages import page, post
from tests.support.requests import fill, give_consent, start, submitted, young_person_answers

KEY = "People we must not share information with"


def _row(client: FlaskClient, path: str) -> str:
    shown = page(client.get(path))
    key = next(dt for dt in shown.select("dt") if dt.get_text(strip=True) == KEY)
    return key.find_next_sibling("dd").get_text(" ", strip=True)  # type: ignore[union-attr]


def _sent(client: FlaskClient, draft: str) -> str:
    sent = post(client, f"/account/request/{draft}/check", {})
    shown = page(client.get(sent.headers["Location"])).select_one(".govuk-panel strong")
    return shown.get_text(strip=True)  # type: ignore[union-attr]


def test_nobody_named_reads_as_none_named_to_the_caseworker(
    client: FlaskClient, staff: FlaskClient
) -> None:
    sign_in(client, person="young.person@example.org")
    reference = submitted(client, "young_person", young_person_answers())
    for path in (
        f"/caseworker/requests/{reference}/consent",
        f"/caseworker/cases/{reference}/consent",
    ):
        shown = _row(staff, path)
        assert shown == "None named", (path, shown)


def test_a_parent_who_was_not_asked_has_no_answer_shown(
    client: FlaskClient, staff: FlaskClient
) -> None:
    """A parent's consent page does not ask whom not to share with."""
    sign_in(client)
    reference = submitted(client)
    for path in (
        f"/caseworker/requests/{reference}/consent",
        f"/caseworker/cases/{reference}/consent",
    ):
        keys = [dt.get_text(strip=True) for dt in page(staff.get(path)).select("dt")]
        assert "Agreement to the EHC needs assessment" in keys, path
        assert KEY not in keys, path


def test_a_young_person_who_named_nobody_reads_none_named_on_their_own_pages(
    client: FlaskClient, staff: FlaskClient
) -> None:
    sign_in(client, person="young.person@example.org")
    draft = start(client, "young_person")
    fill(client, draft, young_person_answers())
    check = page(client.get(f"/account/request/{draft}/check"))
    question = next(dt for dt in check.select("dt") if "anyone" in dt.get_text())
    answer = question.find_next_sibling("dd").get_text(" ", strip=True)  # type: ignore[union-attr]
    assert answer == "None named", answer
    reference = _sent(client, draft)
    shown = _row(client, f"/account/cases/{reference}/consent")
    assert shown == "None named", shown
    assert _row(staff, f"/caseworker/requests/{reference}/consent") == "None named"


def test_the_people_a_young_person_named_are_shown_to_the_caseworker(
    client: FlaskClient, staff: FlaskClient
) -> None:
    sign_in(client, person="young.person@example.org")
    draft = start(client, "young_person")
    fill(client, draft, young_person_answers())
    give_consent(client, f"/account/request/{draft}/consent", exclusions="My uncle, Bartholomew")
    reference = _sent(client, draft)
    for path in (
        f"/caseworker/requests/{reference}/consent",
        f"/caseworker/cases/{reference}/consent",
    ):
        assert "My uncle, Bartholomew" in _row(staff, path), path
