"""The checks every journey makes of every page it shows find what they look for: a
checker that could not fail would let each journey pass whatever the pages were like.

The pages are served by Playwright at the portal's own address, so the checker takes
them for the portal's; they are made broken here, as no portal page is."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from tests.support.page_checks import PageProblem, Person

pytestmark = pytest.mark.browser

PAGE = (
    '<!DOCTYPE html><html lang="{lang}"><head><title>A page</title></head>'
    "<body><main><h1>A page</h1>{body}</main></body></html>"
)
PIXEL = "data:image/gif;base64,R0lGODlhAQABAIAAAP///wAAACwAAAAAAQABAAACAkQBADs="


@pytest.fixture
def person(browser: Any, base_url: str) -> Iterator[Person]:
    opened = Person.open(browser, base_url, "checker")
    opened.keep_going = False
    yield opened
    opened.close()


def shown(person: Person, body: str, lang: str = "en") -> None:
    """Serve `body` at an address on the portal, open it, and check it as a journey does."""
    person.raw.route(
        "**/checks-probe",
        lambda route: route.fulfill(
            content_type="text/html", body=PAGE.format(lang=lang, body=body)
        ),
    )
    person.start("/checks-probe")
    person.page  # noqa: B018 (reading it checks the page shown)


def test_a_page_that_passes_every_check_passes(person: Person) -> None:
    shown(person, "<p>Nothing wrong here.</p>")
    assert person.checked[-1].endswith("/checks-probe")


@pytest.mark.parametrize(
    ("body", "lang", "found"),
    [
        (f'<img src="{PIXEL}">', "en", "image-alt"),
        ('<div style="width: 700px">Too wide</div>', "en", "wide at a 320 px viewport"),
        ("<p>Back to your data</p>", "pl", "English on a page in pl: 'Back to your data'"),
        ('<script>throw new Error("broken")</script>', "en", "script error"),
    ],
)
def test_each_problem_a_journey_looks_for_is_found(
    person: Person, body: str, lang: str, found: str
) -> None:
    with pytest.raises(PageProblem, match=found):
        shown(person, body, lang)
