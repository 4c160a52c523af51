"""A young person (16 to 25) reads Persian in the informal تو on every page of their own,
not only on the question pages: the consent for their case, who is asking, the
documents and files they added, check your answers, the confirmation (in Persian digits,
as the task list counts) and the page after signing out. Before, each of these switched
to the formal شما for a sentence or two ("رضایت شما", "اسنادی که اضافه کرده‌اید")."""

from __future__ import annotations

from urllib.parse import parse_qs, urlsplit

import pytest
from flask import Flask
from flask.testing import FlaskClient
from flask_babel import force_locale, get_translations

from devtools.reference_case_system import demo
from tests.conftest import sign_in
from tests.support.contributions import add_file, answer_all, begin
from tests.support.files import PNG
from tests.support.own_pages import linked_to_case
from tests.support.pages import hidden, page, post
from tests.support.requests import fill, start, upload, young_person_answers
from tests.support.voices import other_register

# The young person's entries these pages ask for. Until the translators' informal Persian
# is in translations/fa, each missing one has a stand-in that shows where it is used:
# a page that asks for the shared (formal) entry instead still says "شما".
OWN_ENTRIES = [
    "This is what you have agreed to. You can change your choices or withdraw your "
    "consent at any time.",
    "Change your choices",
    "Select who is asking for the assessment",
    "Documents you have added",
    ("Adding files is your choice. You can add up to %(num)s file.",
     "Adding files is your choice. You can add up to %(num)s files."),
    "Saved. They will be sent with your request.",
    "You have signed out",
    "Anything you saved is still saved. Sign in again to carry on.",
]  # fmt: skip


@pytest.fixture(autouse=True)
def own_entries(app: Flask, monkeypatch: pytest.MonkeyPatch) -> None:
    with app.test_request_context(), force_locale("fa"):
        catalog = get_translations()._catalog  # type: ignore[attr-defined]
    for entry in OWN_ENTRIES:
        singular = entry[0] if isinstance(entry, tuple) else entry
        keys: list[object] = [f"young person\x04{singular}"]
        if isinstance(entry, tuple):
            keys = [(f"young person\x04{singular}", n) for n in (0, 1)]
        for key in keys:
            if key not in catalog:
                monkeypatch.setitem(catalog, key, f"[{singular}]")


def formal_words(response, selector: str = "main") -> list[str]:  # type: ignore[no-untyped-def]
    """The words of the page's `selector` parts that speak to the reader formally."""
    html = page(response)
    parts = html.select(selector)
    assert parts, selector
    return [word for part in parts for word in other_register("fa", part.get_text(" "))]


def test_their_consent_for_their_own_case_is_informal(app: Flask, client: FlaskClient) -> None:
    young = linked_to_case(app, client, demo.DRAFT, "young_person")
    young.get("/account/?lang=fa")
    assert formal_words(young.get(f"/account/cases/{demo.DRAFT}/consent")) == []


def test_who_is_asking_is_informal_once_they_have_asked_for_themselves(
    client: FlaskClient,
) -> None:
    sign_in(client, person="young.person@example.org")
    start(client, "young_person")
    client.get("/account/?lang=fa")
    shown = client.get("/account/request/who")
    assert formal_words(shown, ".govuk-back-link") == []
    refused = post(client, "/account/request/who", {})
    assert formal_words(refused, ".govuk-error-summary, .govuk-error-message") == []


def test_their_files_check_confirmation_and_signing_out_are_informal(
    client: FlaskClient,
) -> None:
    sign_in(client, person="young.person@example.org")
    draft = start(client, "young_person")
    client.get("/account/?lang=fa")
    upload(client, draft, PNG, "report.png")
    assert formal_words(client.get(f"/account/request/{draft}/documents")) == []
    views = begin(client, "young_person", f"draft:{draft}")
    assert add_file(client, views, PNG, "drawing.png").status_code == 302
    assert formal_words(client.get(f"/account/contributions/{views}/files")) == []
    answer_all(client, views, {"likes": "Music."})
    check = f"/account/contributions/{views}/check"
    assert client.post(check, data=hidden(client.get(check))).status_code == 302
    fill(client, draft, young_person_answers())
    assert formal_words(client.get(f"/account/request/{draft}/check")) == []
    sent = post(client, f"/account/request/{draft}/check", {})
    confirmation = page(client.get(sent.headers["Location"])).get_text(" ")
    assert "۱" in confirmation and " 1 " not in confirmation
    account = page(client.get("/account/"))
    form = account.select_one("form.portal-sign-out input[name=csrf_token]")
    assert form is not None
    signed_out = client.post("/sign-out", data={"csrf_token": form["value"]})
    back_from_provider = parse_qs(urlsplit(signed_out.headers["Location"]).query)
    assert formal_words(client.get("/signed-out", query_string=back_from_provider)) == []
