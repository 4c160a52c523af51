"""A young person's own account reads the rights page's tables, and Your data's groups,
as about them ("About you"), not about "the young person" as a parent would."""

from __future__ import annotations

from flask.testing import FlaskClient

from tests.conftest import sign_in
from tests.support.pages import page
from tests.support.requests import submitted, young_person_answers

RIGHTS = "/account/your-data/rights"


def _captions(client: FlaskClient, path: str = RIGHTS) -> list[str]:
    shown = page(client.get(path))
    return [" ".join(c.get_text(" ").split()) for c in shown.select("caption [id^=rights-]")]


def test_a_young_persons_rights_page_groups_their_information_under_about_you(
    client: FlaskClient,
) -> None:
    sign_in(client, person="young.person@example.org")
    submitted(client, "young_person", young_person_answers())
    captions = _captions(client)
    assert captions, "the rights page lists their information"
    assert all(c.startswith("About you: ") for c in captions), captions
    groups = [
        h.get_text(" ", strip=True) for h in page(client.get("/account/your-data")).select("h3")
    ]
    assert any(g.startswith("About you: ") for g in groups), groups
    assert not any("young person" in g for g in groups), groups


def test_a_parents_rights_page_still_names_whom_each_table_is_about(client: FlaskClient) -> None:
    sign_in(client)
    submitted(client)
    captions = _captions(client)
    assert any(c.startswith("About the child or young person: ") for c in captions), captions
    assert not any(c.startswith("About you") for c in captions), captions


def test_a_young_person_is_not_offered_who_helped_a_child_give_their_views(
    client: FlaskClient,
) -> None:
    """A young person read "Who helped the child or young person give their views?"
    among their own information: only a child's views are asked it, never a young
    person's own."""
    sign_in(client, person="young.person@example.org")
    submitted(client, "young_person", young_person_answers())
    shown = page(client.get(RIGHTS)).get_text(" ", strip=True)
    assert "Who helped the child or young person" not in shown
    assert f"{RIGHTS}/views.helped_by" not in client.get(RIGHTS).get_data(as_text=True)
