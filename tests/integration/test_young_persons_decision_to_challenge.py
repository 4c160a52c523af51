"""A parent asked for an assessment for their son of 17, and was told, when the council
decided not to assess, "You can appeal to the First-tier Tribunal": but he is a young
person (over compulsory school age), so whether to ask for mediation or to appeal is his
to decide, and the parent acts for him only if he lacks the capacity to. The parent's
email and "If you disagree" on the case page now say so; a child's parent, and a young
person reading about their own request, read what they read before."""

from __future__ import annotations

import pytest
from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import select

from forms.consent import CONFIRMED_FOR_THEM
from portal.case_api import outbox
from portal.models import MailboxMessage
from portal.platform import db, deadlines
from tests.conftest import sign_in
from tests.support.pages import one, page, post
from tests.support.requests import fill, give_consent, start, young_person_answers
from tests.support.requests import submitted as sent_by
from tests.support.staff import decide_not_to_assess

THEIRS = "it is for them to decide whether to ask for mediation or to appeal"
SAID = (
    "As the young person is over compulsory school age, it is for them to decide whether to "
    "ask for mediation or to appeal, and to do it themselves. You can help them. You can act "
    "for them only if they do not have the mental capacity to make these decisions."
)


def _parent_asks(client: FlaskClient, years_old: int) -> str:
    sign_in(client)
    draft = start(client)
    fill(client, draft)
    born = str(deadlines.council_today().year - years_old)
    answer = {"date_of_birth": ["1", "2", born]}
    assert post(client, f"/account/request/{draft}/child/date-of-birth", answer).status_code == 302
    if years_old >= 16:
        consent = f"/account/request/{draft}/consent"
        assert give_consent(client, consent, declaration=CONFIRMED_FOR_THEM).status_code == 302
    sent = post(client, f"/account/request/{draft}/check", {})
    assert sent.headers["Location"].endswith("/submitted")
    return one(page(client.get(sent.headers["Location"])), ".govuk-panel strong").get_text(
        strip=True
    )


def _decided_not_to_assess(app: Flask, reference: str) -> list[str]:
    """The decision's email to the family, in its paragraphs."""
    staff = app.test_client()
    sign_in(staff, "staff", "caseworker@council.example")
    decide_not_to_assess(staff, reference, ["needs_met_by_setting"])
    outbox.run_once(app)
    with app.app_context():
        email = (
            db.session()
            .scalars(
                select(MailboxMessage.body)
                .where(MailboxMessage.body.contains(reference))
                .where(MailboxMessage.body.contains("First-tier Tribunal"))
            )
            .one()
        )
    return [" ".join(part.split()) for part in email.split("\n\n") if part.strip()]


@pytest.mark.parametrize(("years_old", "told"), [(17, True), (10, False)])
def test_a_parent_is_told_whose_decision_it_is_to_challenge(
    app: Flask, client: FlaskClient, years_old: int, told: bool
) -> None:
    reference = _parent_asks(client, years_old)
    email = _decided_not_to_assess(app, reference)
    said = [paragraph for paragraph in email if THEIRS in paragraph]
    assert said == ([SAID] if told else []), email
    case = one(page(client.get(f"/account/cases/{reference}")), "#disagree-not_to_assess")
    assert (THEIRS in " ".join(case.get_text(" ").split())) is told


def test_a_young_person_is_not_told_it_is_for_themselves(app: Flask, client: FlaskClient) -> None:
    sign_in(client, person="young.adult@example.org")
    reference = sent_by(client, "young_person", young_person_answers())
    email = " ".join(_decided_not_to_assess(app, reference))
    assert "First-tier Tribunal" in email and THEIRS not in email
    case = one(page(client.get(f"/account/cases/{reference}")), "#disagree-not_to_assess")
    assert THEIRS not in " ".join(case.get_text(" ").split())
