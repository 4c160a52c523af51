"""What a family and the council typed, on the caseworker's pages of a request, is marked
with the language it was written in: a screen reader read a Polish family's reply in the
History with the English voice of the page. The family wrote in Polish, the council in
English; each piece of text is read in its own language, on an English and a Persian
page."""

from __future__ import annotations

import pytest
from flask import Flask

from tests.conftest import sign_in
from tests.support.requests import reply, submitted
from tests.support.staff import act

pytestmark = pytest.mark.browser

ASKED = "Please send us the school's latest report."
REPLIED = "Wyślę raport ze szkoły w przyszłym tygodniu."

# The language and direction a screen reader and the browser take for the element whose
# text is `typed`: the nearest `lang` around it, and its own `dir`.
READ_AS = """(typed) => {
  const text = [...document.querySelectorAll('main p')].find(p => p.innerText.trim() === typed)
  if (!text) return null
  return {lang: text.closest('[lang]').getAttribute('lang'), dir: text.getAttribute('dir')}
}"""


@pytest.fixture(scope="module")
def reference(live_app: Flask) -> str:
    """A request a family sent in Polish, the council's question to them in English, and
    the family's answer in Polish (set up without a browser)."""
    family = live_app.test_client()
    family.environ_base["HTTP_ACCEPT_LANGUAGE"] = "pl"
    sign_in(family, person="polish.parent@example.org")
    sent = submitted(family)
    staff = live_app.test_client()
    sign_in(staff, "staff", "caseworker@council.example")
    asked = act(staff, sent, "more_information", {"message": ASKED, "written_in": "en"})
    assert asked.status_code == 302
    assert reply(family, sent, REPLIED, []).status_code == 302
    return sent


@pytest.mark.parametrize("section", ["history", "messages"])
@pytest.mark.parametrize("page_language", ["en", "fa"])
def test_each_message_is_read_in_the_language_it_was_written_in(  # type: ignore[no-untyped-def]
    people, reference: str, section: str, page_language: str
) -> None:
    staff = people["staff"]
    staff.goto(f"/caseworker/requests/{reference}/{section}?lang={page_language}")
    assert staff.evaluate(READ_AS, REPLIED) == {"lang": "pl", "dir": "auto"}
    assert staff.evaluate(READ_AS, ASKED) == {"lang": "en", "dir": "auto"}
