"""A young person of 19, not in education or training, sent their own request and read
"We will ask the nursery, school or college, and any professionals involved, what they
know." A young person's next steps name the places a young person may learn or work,
if they have one; a parent's stay as they were."""

from __future__ import annotations

from flask.testing import FlaskClient

from tests.conftest import sign_in
from tests.support.pages import one, page, post
from tests.support.requests import ANSWERS, fill, start, young_person_answers

NURSERY = "We will ask the nursery, school or college"
THEIRS = (
    "We will ask your school, college, training provider or employer, if you have one, and "
    "any professionals involved, what they know."
)


def _next_steps(client: FlaskClient, role: str, answers: dict) -> str:  # type: ignore[type-arg]
    draft = start(client, role)
    fill(client, draft, answers)
    sent = post(client, f"/account/request/{draft}/check", {})
    shown = one(page(client.get(sent.headers["Location"])), "main")
    return " ".join(shown.get_text(" ", strip=True).split())


def test_a_young_person_is_not_told_their_nursery_will_be_asked(client: FlaskClient) -> None:
    sign_in(client, person="young.person@example.org")
    shown = _next_steps(client, "young_person", young_person_answers())
    assert NURSERY not in shown
    assert THEIRS in shown


def test_a_parent_reads_what_they_read_before(client: FlaskClient) -> None:
    sign_in(client)
    assert NURSERY in _next_steps(client, "parent_carer", ANSWERS)
