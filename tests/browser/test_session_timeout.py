"""The time-out warning in a real browser, with a 30-second idle time-out and a 12-second
warning (so the warning comes after 18 idle seconds): a person typing a long answer keeps
the page and what they typed, whether they stay signed in or are signed out."""

from __future__ import annotations

import re
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from flask import Flask
from werkzeug.serving import make_server

from tests.conftest import build_app, make_settings, sqlite_copy, write_config
from tests.support.browser import ARABIC_INDIC_BY_DEFAULT, run_axe
from tests.support.tabs import finish_signing_out, new_tab, sign_in_in_browser

pytestmark = [pytest.mark.browser, pytest.mark.real_time]
TIME_OUT, WARNING = 30, 12
# Activity within a few seconds of the last keep-alive is sent a little later (throttled),
# so the warning comes 18 seconds after the last keep-alive, not the last key.
OPENS_WITHIN = (TIME_OUT - WARNING + (TIME_OUT - WARNING) // 3 + 5) * 1000
PARENT = "parent@example.org"
ANSWER = "He finds loud rooms very hard and needs a quiet place to calm down. " * 3


@pytest.fixture(scope="module")
def short_times(tmp_path_factory: pytest.TempPathFactory, migrated_sqlite: Path) -> Iterator[str]:
    """The portal on its own server, with app.yaml's time-outs shortened to seconds."""
    folder: Path = tmp_path_factory.mktemp("timeout")
    config = write_config(
        folder,
        lambda d: d["sessions"].update(idle_timeout_seconds=TIME_OUT, idle_warning_seconds=WARNING),
    )
    url = sqlite_copy(migrated_sqlite, folder)
    app: Flask = build_app(make_settings(folder, url, PORTAL_CONFIG=str(config)))
    server = make_server("127.0.0.1", 0, app, threaded=True)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://localhost:{server.server_port}"
    server.shutdown()


@pytest.fixture
def tab(browser, short_times: str) -> Iterator[object]:  # type: ignore[no-untyped-def]
    opened = new_tab(browser, short_times)
    yield opened
    opened.context.close()


def open_the_needs_question(tab, language: str) -> str:  # type: ignore[no-untyped-def]
    sign_in_in_browser(tab, f"/account/request/who?lang={language}", PARENT)
    tab.locator("input[value=parent_carer]").check()
    with tab.expect_navigation():
        tab.locator("main form button[type=submit]").click()
    draft = tab.url.rstrip("/").rsplit("/", 1)[-1]
    path = f"/account/request/{draft}/needs/description"
    tab.goto(path)
    return path


def dialog_is_accessible(tab, language: str) -> None:  # type: ignore[no-untyped-def]
    dialog = tab.get_by_role("dialog")
    assert dialog.get_attribute("aria-modal") == "true"
    assert tab.evaluate("document.activeElement.closest('dialog') !== null"), "focus moved in"
    assert not dialog.locator("[data-timeout-error]").is_visible(), "no error before one"
    assert not tab.locator("[data-draft-restored=signed-out]").is_visible()
    assert tab.locator("html").get_attribute("lang") == language
    assert run_axe(tab) == [], f"the time-out warning in {language}"
    assert tab.evaluate("document.documentElement.scrollWidth <= window.innerWidth")


def test_typing_keeps_the_session_and_the_warning_keeps_the_page(tab) -> None:  # type: ignore[no-untyped-def]
    path = open_the_needs_question(tab, "en")
    textarea = tab.locator("textarea")
    textarea.focus()
    started = time.monotonic()
    while time.monotonic() - started < TIME_OUT + 4:
        tab.keyboard.type("Some words. ")
        tab.wait_for_timeout(2000)
        assert not tab.get_by_role("dialog").is_visible(), "typing is activity"
    typed = textarea.input_value()

    dialog = tab.get_by_role("dialog", name="You will be signed out soon")
    dialog.wait_for(state="visible", timeout=OPENS_WITHIN)
    opened = time.monotonic()
    assert tab.url.endswith(path), "the warning keeps the page"
    assert textarea.input_value() == typed
    assert "we will sign you out in" in dialog.inner_text()
    dialog_is_accessible(tab, "en")
    live = dialog.locator("[aria-live=polite]")
    said, shown = live.inner_text(), dialog.locator("[data-countdown-visible]").inner_text()
    tab.wait_for_timeout(2000)
    assert dialog.locator("[data-countdown-visible]").inner_text() != shown, "it counts down"
    assert live.inner_text() == said, "screen readers are not told every second"

    for _ in range(4):
        tab.keyboard.press("Tab")
        assert tab.evaluate("document.activeElement.closest('dialog') !== null"), "focus stays"
    tab.keyboard.press("Escape")
    dialog.wait_for(state="hidden", timeout=3000)
    assert tab.evaluate("document.activeElement.tagName") == "TEXTAREA", "focus comes back"

    tab.wait_for_timeout(max(0, WARNING + 2 - (time.monotonic() - opened)) * 1000)
    tab.keyboard.type(" The end.")
    with tab.expect_navigation():
        tab.locator("main form button[type=submit]").click()
    assert tab.url.endswith("/needs/diagnoses"), "after the first expiry the answer still saves"
    tab.goto(path)
    assert tab.locator("textarea").input_value() == f"{typed} The end.".strip()


def test_left_alone_they_are_signed_out_and_what_they_typed_comes_back(tab) -> None:  # type: ignore[no-untyped-def]
    tab.set_viewport_size({"width": 320, "height": 640})
    path = open_the_needs_question(tab, "ar")
    tab.locator("textarea").fill(ANSWER)
    dialog = tab.get_by_role("dialog")
    dialog.wait_for(state="visible", timeout=OPENS_WITHIN)
    assert tab.url.endswith(path)
    dialog_is_accessible(tab, "ar")

    tab.wait_for_url("**/session/ended**", timeout=(WARNING + 5) * 1000)
    sign_in_in_browser(tab, path, PARENT)
    assert tab.url.endswith(path)
    assert tab.locator("textarea").input_value() == ANSWER
    assert tab.locator("[data-draft-restored=signed-out]").is_visible(), "the person is told"
    tab.reload()
    assert tab.locator("textarea").input_value() == "", "the draft is put back only once"


def test_signing_out_from_the_warning_forgets_what_was_typed(tab) -> None:  # type: ignore[no-untyped-def]
    path = open_the_needs_question(tab, "en")
    tab.locator("textarea").fill(ANSWER)
    dialog = tab.get_by_role("dialog")
    dialog.wait_for(state="visible", timeout=OPENS_WITHIN)
    dialog.get_by_role("button", name="Sign out").click()
    finish_signing_out(tab)
    assert tab.locator("h1").inner_text() == "You have signed out"
    assert tab.evaluate("Object.keys(sessionStorage).length") == 0, "nothing left in the tab"
    sign_in_in_browser(tab, path, PARENT)
    assert tab.url.endswith(path)
    assert tab.locator("textarea").input_value() == ""


def test_stay_signed_in_with_the_keyboard_really_extends_the_session(tab) -> None:  # type: ignore[no-untyped-def]
    path = open_the_needs_question(tab, "en")
    tab.locator("textarea").fill(ANSWER)
    dialog = tab.get_by_role("dialog", name="You will be signed out soon")
    dialog.wait_for(state="visible", timeout=OPENS_WITHIN)
    opened = time.monotonic()
    assert tab.evaluate("document.activeElement.textContent.trim()") == "Stay signed in"
    tab.keyboard.press("Enter")
    dialog.wait_for(state="hidden", timeout=3000)
    tab.wait_for_timeout(max(0, WARNING + 2 - (time.monotonic() - opened)) * 1000)
    assert tab.url.endswith(path)
    with tab.expect_navigation():
        tab.locator("main form button[type=submit]").click()
    assert tab.url.endswith("/needs/diagnoses")


def test_the_next_person_at_a_shared_computer_never_sees_the_draft(tab) -> None:  # type: ignore[no-untyped-def]
    sign_in_in_browser(tab, "/account/", PARENT)
    tab.goto("/feedback/")
    tab.locator("textarea").first.fill(ANSWER)
    tab.get_by_role("dialog").wait_for(state="visible", timeout=OPENS_WITHIN)
    tab.wait_for_url("**/session/ended**", timeout=(WARNING + 5) * 1000)
    assert tab.evaluate("Object.keys(sessionStorage).length") == 1, "the draft is kept"

    sign_in_in_browser(tab, "/account/", "second.parent@example.org")
    assert tab.evaluate("Object.keys(sessionStorage).length") == 0, "another person's is dropped"
    tab.goto("/feedback/")
    assert tab.locator("textarea").first.input_value() == ""


PERSIAN, LATIN, ARABIC_INDIC = "[۰-۹]", "[0-9]", "[٠-٩]"


@pytest.mark.parametrize(
    ("language", "digits", "others"),
    [("fa", PERSIAN, [LATIN, ARABIC_INDIC]), ("ar", LATIN, [PERSIAN, ARABIC_INDIC])],
)
def test_the_countdown_is_in_the_languages_digits(tab, language, digits, others) -> None:  # type: ignore[no-untyped-def]
    """Persian digits in Persian and 0-9 in Arabic, as the server writes them
    (forms/kit/numbers.py), even in a browser whose Arabic default is Arabic-Indic."""
    tab.add_init_script(ARABIC_INDIC_BY_DEFAULT)
    open_the_needs_question(tab, language)
    tab.locator("textarea").fill(ANSWER)
    dialog = tab.get_by_role("dialog")
    dialog.wait_for(state="visible", timeout=OPENS_WITHIN)
    for shown in (dialog.locator("[data-countdown-visible]"), dialog.locator("[aria-live=polite]")):
        text = shown.inner_text()
        assert re.search(digits, text), f"{language}: {text!r}"
        for other in others:
            assert not re.search(other, text), f"{language}: {text!r} mixes digit systems"
