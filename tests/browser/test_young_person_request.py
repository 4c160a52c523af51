"""A young person asks for an assessment for themselves, in the browser, to the end.

The walk-through that found "Check your answers" answering 500 to every young person
went this way: sign in as the example young person, do every task, check, send.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.support.tabs import fill_page, new_tab, sign_in_in_browser

TWENTY_YEARS_AGO = str(dt.date.today().year - 20)

YOUNG_PERSON_ANSWERS: dict[str, dict[str, dict[str, object]]] = {
    "child": {
        "name": {"first_name": "Ioana", "last_name": "Popescu"},
        "date-of-birth": {"date_of_birth": ["3", "4", TWENTY_YEARS_AGO]},
        "address": {
            "address_line_1": "2 Station Road",
            "address_town": "Barnet",
            "address_postcode": "EN5 1AA",
        },
        "upn": {},
        "language": {"first_language": "Romanian", "interpreter_needed": "no"},
        "ethnicity": {},
        "looked-after": {"looked_after": "no"},
    },
    "you": {"contact": {"email": "ioana@example.org", "phone": "07700 900 123"}},
    "education": {
        "setting": {"setting_type": "college", "setting_name": "Barnet College"},
        "history": {},
    },
    "needs": {
        "areas": {"areas": ["learning"]},
        "description": {"description": "I find it hard to follow long lectures."},
        "diagnoses": {},
    },
    "support": {"current": {"current": "A note-taker in some lessons."}, "professionals": {}},
}


def continue_(tab) -> None:  # type: ignore[no-untyped-def]
    tab.locator("main form button[type=submit]").first.click()
    tab.wait_for_load_state()


@pytest.mark.browser
@pytest.mark.parametrize("language", ["en", "ar"])
def test_a_young_person_sends_their_own_request(browser, base_url: str, language: str) -> None:  # type: ignore[no-untyped-def]
    tab = new_tab(browser, base_url)
    statuses: list[tuple[int, str]] = []
    tab.on("response", lambda r: r.status >= 500 and statuses.append((r.status, r.url)))
    try:
        sign_in_in_browser(tab, f"/account/?lang={language}", "young.person@example.org")
        tab.goto("/account/request/who")
        tab.locator("input[value=young_person]").check()
        continue_(tab)
        task_list = tab.url
        for section, pages in YOUNG_PERSON_ANSWERS.items():
            for slug, data in pages.items():
                tab.goto(f"{task_list}{section}/{slug}")
                fill_page(tab, data)
                continue_(tab)
                assert not tab.locator(".govuk-error-summary").count(), f"{section}/{slug}"
        tab.goto(f"{task_list}consent")
        tab.locator("input[name=assessment][value=yes]").check()
        tab.locator("input[name=sharing][value=family_services]").check()
        tab.locator("input[name=declaration]").check()
        continue_(tab)
        assert not tab.locator(".govuk-error-summary").count(), "consent"

        tab.goto(f"{task_list}check")
        assert statuses == [], "check your answers must not fail"
        assert tab.locator("h1").count() == 1
        assert "Ioana" in tab.locator("main").inner_text()
        tab.locator("main form button[type=submit]").last.click()
        tab.wait_for_load_state()
        assert tab.url.endswith("/submitted"), tab.url
        reference = tab.locator(".govuk-panel strong").inner_text().strip()
        assert reference

        tab.goto("/account/")
        assert reference in tab.locator("main").inner_text(), "the sent request is in the account"
        assert statuses == []
    finally:
        tab.context.close()
