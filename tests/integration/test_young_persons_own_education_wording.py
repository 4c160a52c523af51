"""A young person asking for themselves reads the education pages about schools, colleges
and other settings they have been to, never about nurseries."""

from __future__ import annotations

from flask.testing import FlaskClient

from tests.conftest import sign_in
from tests.support.pages import page
from tests.support.requests import start


def _words(client: FlaskClient, path: str) -> str:
    response = client.get(path)
    assert response.status_code == 200, path
    main = page(response).select_one("main")
    assert main is not None
    return main.get_text(" ", strip=True)


def test_a_young_persons_education_pages_do_not_speak_of_nurseries(client: FlaskClient) -> None:
    sign_in(client, person="young.person@example.org")
    draft = start(client, "young_person")
    history = _words(client, f"/account/request/{draft}/education/history")
    setting = _words(client, f"/account/request/{draft}/education/setting")
    assert "nurser" not in history.lower(), history
    assert "nurser" not in setting.lower(), setting
    assert "Your school or college is asked for advice" in setting, setting


def test_a_parents_education_pages_still_ask_about_nurseries(client: FlaskClient) -> None:
    sign_in(client)
    draft = start(client)
    history = _words(client, f"/account/request/{draft}/education/history")
    assert "Which nurseries, schools or colleges did they go to before?" in history
