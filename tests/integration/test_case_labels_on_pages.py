"""A case's label on the pages that name it: in "Which case are these views for?" and
under views not yet finished on the account page, the reference is HTML that keeps it
whole on one line (`| reference`), never its tags shown as text, and a child's name or an
unsent request's label is escaped."""

from __future__ import annotations

from flask.testing import FlaskClient

from tests.conftest import sign_in
from tests.support.contributions import begin
from tests.support.pages import one, page
from tests.support.requests import start, submitted

KEPT_WHOLE = "bdi.portal-reference[dir=ltr]"


def test_the_views_choices_and_the_account_page(client: FlaskClient) -> None:
    sign_in(client)
    reference = submitted(client)
    start(client)  # a request not sent: its label is text

    choices = page(client.get("/account/contributions/new"))
    label = choices.select_one(f"input[value='case:{reference}'] + label")
    assert label is not None
    assert [bdi.get_text() for bdi in label.select(KEPT_WHOLE)] == [reference]
    assert "<bdi" not in label.get_text() and "&lt;" not in str(label)
    drafts = choices.select("input[value^='draft:'] + label")
    assert drafts and all(not each.select("*") for each in drafts), "text, escaped"

    begin(client, "parent_carer", f"case:{reference}")
    home = page(client.get("/account/"))
    hints = [hint for hint in home.select("p.govuk-hint") if hint.select(KEPT_WHOLE)]
    where = [hint for hint in hints if "For " in hint.get_text()]
    assert where, "the unfinished views say which case they are for"
    assert "<bdi" not in where[0].get_text()
    assert one(where[0], KEPT_WHOLE).get_text() == reference
