"""Two things a tester met adding files to their views: a description too long came back
with its error and the chosen file gone, nothing saying to choose it again; and with the
fifth file added, the way to add one vanished, the page still saying "up to 5"."""

from __future__ import annotations

import pytest

from tests.support.files import PDF
from tests.support.tabs import check_accessible, request_started, send

pytestmark = pytest.mark.browser


def _choose(tab, name: str) -> None:  # type: ignore[no-untyped-def]
    tab.locator("input[type=file]").set_input_files(
        {"name": name, "mimeType": "application/pdf", "buffer": PDF}
    )


def test_a_file_chosen_with_a_description_too_long_is_named_to_choose_again(people) -> None:  # type: ignore[no-untyped-def]
    family = people["family"]
    family.goto("/account/?lang=en")
    family.goto(f"{request_started(family)}documents")
    _choose(family, "speech-report.pdf")
    family.locator("textarea[name=description], input[name=description]").fill("x" * 201)
    send(family, family.locator("main form button[type=submit]"))
    file_error = family.locator("#file-error")
    assert "Choose your file again: speech-report.pdf" in file_error.inner_text()
    summary = family.locator(".govuk-error-summary").inner_text()
    assert "Choose your file again" in summary and "200 characters" in summary
    assert family.locator("[name=description]").input_value() == "x" * 201
    check_accessible(family, "the documents page, a description too long", "en")


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_the_most_files_added_says_so(people, lang: str) -> None:  # type: ignore[no-untyped-def]
    family = people["family"]
    family.goto(f"/account/?lang={lang}")
    family.goto(f"{request_started(family)}documents")
    for n in range(5):
        _choose(family, f"report-{n}.pdf")
        send(family, family.locator("main form button[type=submit]"))
    assert family.locator("input[type=file]").count() == 0
    said = family.locator("#most-files").inner_text()
    expected = {
        "en": "You have added 5 files, the most you can. To add another, remove one first.",
        "ar": "أضفتم 5 ملفات، وهو الحد الأقصى. لإضافة ملف آخر، احذفوا ملفًا أولًا.",
    }
    assert expected[lang] in said
    check_accessible(family, "the documents page with the most files", lang)
