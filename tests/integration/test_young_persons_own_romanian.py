"""A young person asking for their own assessment in Romanian is spoken to as "tu", not
about in the third person: a tester read "Adică locuiește la un asistent maternal…" (that
is, "he or she lives with a foster carer") under "Ești în grija consiliului…?", and the
option "Nu urmează nicio formă de educație sau formare" ("does not follow any…"). A
parent still reads them about the child. (The young person's words are in
new_translations.json: this fails until it is merged into translations/.)"""

from __future__ import annotations

from flask.testing import FlaskClient

from tests.conftest import sign_in
from tests.support.pages import page
from tests.support.requests import start

# The page, the parent's words about the child, and the young person's own.
WORDS = {
    "child/looked-after": ("Adică locuiește la", "Adică locuiești la"),
    "education/setting": (
        "Nu urmează nicio formă de educație sau formare",
        "Nu urmezi nicio formă de educație sau formare",
    ),
}


def _text(client: FlaskClient, path: str) -> str:
    return " ".join(page(client.get(path)).get_text(" ", strip=True).split())


def test_a_young_person_reads_about_themselves_as_you_in_romanian(client: FlaskClient) -> None:
    sign_in(client, person="young.person@example.org")
    draft = start(client, "young_person")
    client.get("/account/?lang=ro")
    for slug, (about_them, own) in WORDS.items():
        shown = _text(client, f"/account/request/{draft}/{slug}")
        assert about_them not in shown, slug
        assert own in shown, slug


def test_a_parent_still_reads_about_the_child_in_romanian(client: FlaskClient) -> None:
    sign_in(client)
    draft = start(client)
    client.get("/account/?lang=ro")
    for slug, (about_them, own) in WORDS.items():
        shown = _text(client, f"/account/request/{draft}/{slug}")
        assert about_them in shown and own not in shown, slug
