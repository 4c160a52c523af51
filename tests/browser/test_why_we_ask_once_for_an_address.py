"""A tester asking for an assessment met four "Why we ask for this" links on the address
page, one under each line of the address, each saying the same thing but for its last
sentence; a screen reader user heard the reason four times. Questions on one page asked
for the same reason, and shared alike, are explained once, after the last of them, and
that one says which of them must be answered."""

from __future__ import annotations

import pytest

from tests.support.tabs import check_accessible, request_started

pytestmark = pytest.mark.browser


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_an_address_is_explained_once(people, lang: str) -> None:  # type: ignore[no-untyped-def]
    family = people["family"]
    family.goto(f"/account/?lang={lang}")
    task_list = request_started(family)
    family.goto(f"{task_list}child/address")
    why = family.locator("main details.portal-why")
    assert why.count() == 1, "one reason for the four lines"
    assert family.locator("main form .govuk-form-group").last.locator("+ details").count() == 1, (
        "after the last line"
    )
    why.locator("summary").click()
    if lang == "en":
        text = why.inner_text()
        assert "You must answer these questions, except the ones marked as optional." in text
        assert "live in our area" in text
    check_accessible(family, "the address page", lang)

    family.goto(f"{task_list}child/name")
    why = family.locator("main details.portal-why")
    assert why.count() == 2, "the first and last names once, the preferred name its own"
    if lang == "en":
        why.first.locator("summary").click()
        assert "You must answer these questions." in why.first.inner_text()
