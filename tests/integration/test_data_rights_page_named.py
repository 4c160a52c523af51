"""The page asking what a family wants done with one item of their information is named
once: its title and its h1 both say which item and the question, in the page's
language."""

from __future__ import annotations

import pytest
from bs4 import Tag
from flask.testing import FlaskClient

from tests.conftest import sign_in
from tests.support.pages import hidden, page
from tests.support.requests import submitted

ADDRESS = "/account/your-data/rights/child.address_line_1"
# language: (the item, the question, how the title begins when the form has an error)
NAMED = {
    "en": ("Address line 1", "What do you want us to do?", "Error: "),
    "fa": ("نشانی، خط ۱", "از ما چه می‌خواهید؟", "خطا: "),
}


def words(element: Tag | None) -> str:
    assert element is not None
    return " ".join(element.get_text(" ").split())


@pytest.mark.parametrize("language", sorted(NAMED))
def test_the_title_and_the_heading_name_the_item_and_the_question(
    client: FlaskClient, language: str
) -> None:
    """A tester heard the title "What do you want us to do?" and, before the heading, the
    field's name ("Address line 1") in large type outside it: two names for one page."""
    sign_in(client)
    submitted(client)
    client.get(f"/account/?lang={language}")
    item, question, error = NAMED[language]
    asked = client.get(ADDRESS)
    for shown, begins in (
        (page(asked), ""),
        (page(client.post(ADDRESS, data=hidden(asked))), error),
    ):
        heading = words(shown.select_one("main h1"))
        assert item in heading and question in heading, heading
        assert heading.index(item) < heading.index(question), heading
        title = words(shown.select_one("title"))
        assert title.startswith(begins + heading), (title, heading)
        outside = [c for c in shown.select("main .govuk-caption-l") if c.find_parent("h1") is None]
        assert outside == [], "no caption stands apart from the heading"
