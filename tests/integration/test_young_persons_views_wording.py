"""A young person (16 to 25) giving their own views may be at school, college, in training,
an apprenticeship or work: the help under each question, and its examples, say so, and do
not talk to them as to a child. A parent reads the same help as before."""

from __future__ import annotations

from flask import Flask
from flask.testing import FlaskClient

from devtools.reference_case_system import demo
from tests.conftest import sign_in
from tests.support.contributions import PROMPTS, begin
from tests.support.own_pages import linked_to_case
from tests.support.pages import page
from tests.support.requests import submitted, young_person_answers

CHILDISH = ("when you are older", "grow up", "best friend")


def presumes_school(text: str) -> bool:
    """Speaks of school without college, training or work beside it."""
    said = text.lower()
    return "school" in said and not all(word in said for word in ("college", "training", "work"))


def help_on(shown: object, selector: str) -> list[str]:
    return [part.get_text(" ", strip=True) for part in shown.select(selector)]  # type: ignore[attr-defined]


def test_a_young_persons_views_help_fits_where_they_study_or_work(client: FlaskClient) -> None:
    sign_in(client, person="young.person@example.org")
    reference = submitted(client, "young_person", young_person_answers())
    contribution = begin(client, "young_person", f"case:{reference}")
    seen = {}
    for slug in PROMPTS:
        shown = page(client.get(f"/account/contributions/{contribution}/about/{slug}"))
        seen[slug] = help_on(shown, "main .govuk-hint") + help_on(shown, "main details")
    for slug, texts in seen.items():
        for text in texts:
            assert not presumes_school(text), (slug, text)
            assert not any(word in text.lower() for word in CHILDISH), (slug, text)
    hard = " ".join(seen["hard"])
    assert "Think about times at school" not in hard
    assert all(place in hard for place in ("college", "training", "work")), hard


def test_a_parent_reads_the_help_they_read_before(client: FlaskClient) -> None:
    sign_in(client)
    reference = submitted(client)
    contribution = begin(client, "parent_carer", f"case:{reference}")
    hopes = page(client.get(f"/account/contributions/{contribution}/about/hopes"))
    assert help_on(hopes, "main .govuk-hint")[0] == (
        "What they, and you, hope for in the next year and when they are older."
    )
    assert "To make a close friend at school." in " ".join(help_on(hopes, "main details"))


def test_a_young_persons_review_views_help_fits_where_they_study_or_work(
    app: Flask, client: FlaskClient
) -> None:
    young = linked_to_case(app, client, demo.REVIEW, "young_person")
    shown = page(young.get(f"/account/cases/{demo.REVIEW}/annual-review/views"))
    hints = help_on(shown, "main .govuk-hint")
    assert len(hints) >= 4
    for text in hints:
        assert not presumes_school(text), text
        assert not any(word in text.lower() for word in CHILDISH), text
    parent = linked_to_case(app, app.test_client(), demo.REVIEW, "parent_carer")
    formal = page(parent.get(f"/account/cases/{demo.REVIEW}/annual-review/views"))
    assert "Think about school or college, home, health and the support in the plan." in (
        help_on(formal, "main .govuk-hint")
    )
