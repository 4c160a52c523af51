"""A young person (16 to 25) signed in to their own account reads the links and pages
around their questions in the same informal "you" as the questions: the "Remove" link
beside a file they added and the page that asks before removing it, "Check your answers"
on their request's task list, and the error pages (Page not found and the others). Before,
these were the formal words a parent reads ("Eliminați", "Премахнете",
"Проверете отговорите си", "Dacă ați scris adresa web, verificați…")."""

from __future__ import annotations

import pytest
from flask.testing import FlaskClient

from tests.conftest import sign_in
from tests.support.contributions import add_file, begin
from tests.support.files import PNG
from tests.support.pages import page
from tests.support.requests import fill, start, submitted, young_person_answers
from tests.support.voices import FORMAL_ON_PAGE

REMOVE = {
    # language: (to a young person, to a parent)
    "ro": ("Elimină", "Eliminați"),
    "tr": ("Kaldır", "Kaldırın"),
    "bg": ("Премахни", "Премахнете"),
}


def views_with_a_file(client: FlaskClient, person: str, author: str) -> str:
    """The files page of new views by `author` on `person`'s own request, with a PNG."""
    sign_in(client, person=person)
    role = "young_person" if author == "young_person" else "parent_carer"
    answers = young_person_answers() if author == "young_person" else None
    reference = submitted(client, role, answers) if answers else submitted(client, role)
    contribution = begin(client, author, f"case:{reference}")
    assert add_file(client, contribution, PNG, "me.png").status_code == 302
    return f"/account/contributions/{contribution}/files"


def remove_links(client: FlaskClient, path: str) -> list[str]:
    html = page(client.get(path))
    return [
        next(link.stripped_strings) for link in html.select("main .govuk-summary-list__actions a")
    ]


def formal_in_main(language: str, response) -> list[str]:  # type: ignore[no-untyped-def]
    main = page(response).select_one("main")
    assert main is not None
    return FORMAL_ON_PAGE[language].findall(main.get_text(" ", strip=True))


@pytest.mark.parametrize("language", sorted(REMOVE))
def test_a_young_persons_remove_link_and_its_page_are_informal(
    client: FlaskClient, language: str
) -> None:
    files = views_with_a_file(client, "young.person@example.org", "young_person")
    client.get(f"/account/?lang={language}")
    assert remove_links(client, files) == [REMOVE[language][0]]
    html = page(client.get(files))
    remove = html.select_one("main .govuk-summary-list__actions a")
    assert remove is not None
    assert formal_in_main(language, client.get(str(remove["href"]))) == []


def test_a_parent_still_reads_the_formal_remove_link(client: FlaskClient) -> None:
    files = views_with_a_file(client, "parent@example.org", "parent_carer")
    client.get("/account/?lang=ro")
    assert remove_links(client, files) == [REMOVE["ro"][1]]


def check_link(client: FlaskClient, draft: str) -> str:
    html = page(client.get(f"/account/request/{draft}/"))
    link = html.select_one(f"main a[href$='/account/request/{draft}/check']")
    assert link is not None, "every section is complete"
    return link.get_text(strip=True)


def test_a_young_adult_who_completed_every_section_is_asked_informally_to_check(
    client: FlaskClient,
) -> None:
    sign_in(client, person="young.adult@example.org")
    draft = start(client, "young_person")
    fill(client, draft, young_person_answers())
    client.get("/account/?lang=bg")
    assert check_link(client, draft) == "Провери отговорите си"
    client.get("/account/?lang=ro")
    assert check_link(client, draft) == "Verifică-ți răspunsurile"


def test_a_parent_who_completed_every_section_is_asked_formally_to_check(
    client: FlaskClient,
) -> None:
    sign_in(client)
    draft = start(client)
    fill(client, draft)
    client.get("/account/?lang=bg")
    assert check_link(client, draft) == "Проверете отговорите си"


@pytest.mark.parametrize("language", sorted(FORMAL_ON_PAGE))
def test_page_not_found_speaks_to_a_young_person_informally(
    client: FlaskClient, language: str
) -> None:
    sign_in(client, person="young.person@example.org")
    submitted(client, "young_person", young_person_answers())
    client.get(f"/account/?lang={language}")
    missing = client.get("/account/cases/BNT-NOPE-0000/annual-review")
    assert missing.status_code == 404
    assert formal_in_main(language, missing) == []


def test_page_not_found_still_speaks_to_a_parent_formally(client: FlaskClient) -> None:
    sign_in(client)
    submitted(client)
    client.get("/account/?lang=ro")
    missing = client.get("/account/cases/BNT-NOPE-0000/annual-review")
    assert missing.status_code == 404
    text = page(missing).get_text(" ", strip=True)
    assert "Dacă ați scris adresa web, verificați dacă este corectă." in text
