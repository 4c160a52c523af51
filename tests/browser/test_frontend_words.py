"""GOV.UK Frontend's own words (the character count, the hidden "Error:" before an error
message) are in the page's language, plural forms and all.

This server also reads a test-only Arabic catalogue (tests/support/frontend_words.py)
that gives each message, and each of Arabic's six plural forms, a distinct text: the page
must show those texts.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from flask import Flask
from werkzeug.serving import make_server

from tests.conftest import build_app, make_settings, sqlite_copy
from tests.support.frontend_words import arabic_test_catalogue
from tests.support.tabs import new_tab


@pytest.fixture(scope="module")
def arabic_url(tmp_path_factory: pytest.TempPathFactory, migrated_sqlite: Path) -> Iterator[str]:
    instance: Path = tmp_path_factory.mktemp("frontend-words")
    app: Flask = build_app(make_settings(instance, sqlite_copy(migrated_sqlite, instance)))
    server = make_server("127.0.0.1", 0, app, threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    with arabic_test_catalogue(app, instance / "test-translations"):
        yield f"http://localhost:{server.server_port}"
    server.shutdown()


def test_the_character_count_and_error_prefix_are_in_arabic(browser, arabic_url: str) -> None:  # type: ignore[no-untyped-def]
    tab = new_tab(browser, arabic_url)
    try:
        tab.goto("/feedback/?lang=ar")
        box = tab.locator("textarea").first
        limit = int(
            box.locator("xpath=ancestor::*[@data-maxlength][1]").get_attribute("data-maxlength")
        )
        number = lambda n: tab.evaluate("n => new Intl.NumberFormat('ar').format(n)", n)  # noqa: E731
        status = tab.locator(".govuk-character-count__status").first

        # The description read with the box ("up to 1,200"): 1200 % 100 == 0, so "other".
        description = tab.locator(".govuk-character-count__message").first
        assert "حتى" in description.text_content() and "(آخر)" in description.text_content()

        box.fill("x" * (limit - 2))  # two left: Arabic's "two" form
        assert status.text_content().strip() == f"بقي {number(2)} (اثنان)"
        box.fill("x" * (limit - 105))  # 105 left: 105 % 100 == 5, the "few" form
        assert status.text_content().strip() == f"بقي {number(105)} (قليل)"
        box.fill("x" * (limit + 1))  # one too many: the "one" form
        assert status.text_content().strip() == f"زيادة {number(1)} (واحد)"

        tab.get_by_role(
            "button", name=tab.locator("form button[type=submit]").text_content().strip()
        ).click()
        tab.wait_for_load_state()
        prefixes = tab.locator(".govuk-error-message .govuk-visually-hidden").all_text_contents()
        assert prefixes and all(p.strip() == "خطأ:" for p in prefixes), prefixes
        assert tab.locator("textarea").first.input_value() == "x" * (limit + 1)
    finally:
        tab.context.close()
