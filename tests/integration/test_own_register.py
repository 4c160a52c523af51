"""A child giving their own views is spoken to as a child ("Salvează și continuă", "tu"),
while a parent on the same page is spoken to formally ("Salvați și continuați")."""

from __future__ import annotations

import pytest
from flask.testing import FlaskClient

from tests.conftest import sign_in
from tests.support.contributions import begin
from tests.support.pages import page
from tests.support.requests import submitted

SPOKEN = {
    # language: (to a parent, to a child) on the button and in "Why we ask for this"
    "ro": (("Salvați și continuați", "Puteți"), ("Salvează și continuă", "Poți")),
    "pl": (("Zapisz i kontynuuj", "mogą Państwo"), ("Zapisz i przejdź dalej", "możesz")),
    "bg": (("Запазете и продължете", "Ваш"), ("Запази и продължи", "твой")),
    "tr": (("Kaydedin ve devam edin", "size"), ("Kaydet ve devam et", "sana")),
}


@pytest.mark.parametrize("language", sorted(SPOKEN))
def test_a_child_is_spoken_to_informally_and_a_parent_formally(
    client: FlaskClient, language: str
) -> None:
    sign_in(client)
    reference = submitted(client)
    client.get(f"/account/?lang={language}")
    shown = {}
    for author in ("parent_carer", "child"):
        contribution = begin(client, author, f"case:{reference}")
        html = page(client.get(f"/account/contributions/{contribution}/about/likes"))
        button = html.select_one("main form button[type=submit]")
        why = html.select_one(".portal-why .govuk-details__text")
        assert button is not None and why is not None
        shown[author] = (button.get_text(strip=True), why.get_text(" ", strip=True))
    (to_parent_button, to_parent_word), (to_child_button, to_child_word) = SPOKEN[language]
    assert shown["parent_carer"][0] == to_parent_button
    assert shown["child"][0] == to_child_button
    assert to_parent_word in shown["parent_carer"][1]
    assert to_child_word in shown["child"][1] and to_parent_word not in shown["child"][1]
