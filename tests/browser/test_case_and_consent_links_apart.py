"""Testers reading their account on a phone, in Turkish, Bulgarian and Persian, found
under "Your cases" each case's link and its "See or change your consent" on consecutive
lines with no space between them: the two read as one link. The consent link now stands
apart from its case's link, and each case apart from the next."""

from __future__ import annotations

import pytest

from tests.support.tabs import check_accessible

pytestmark = pytest.mark.browser

# For each case on the account: the space between its link and its consent link, and
# between the end of what is said under it and the next case's link (null for the last).
GAPS = """() => [...document.querySelectorAll('main ul.govuk-list > li')]
  .filter(li => li.querySelector('a[href*="/consent"]'))
  .map(li => {
    const links = [...li.querySelectorAll('a')];
    const own = links.find(a => /\\/account\\/cases\\/[^/]+$/.test(a.getAttribute('href')));
    const consent = links.find(a => a.getAttribute('href').endsWith('/consent'));
    const next = li.nextElementSibling && li.nextElementSibling.querySelector('a');
    const bottom = li.getBoundingClientRect().bottom;
    const apart = consent.getBoundingClientRect().top - own.getBoundingClientRect().bottom;
    return {case: own.innerText, apart: apart,
            to_next: next ? next.getBoundingClientRect().top - bottom : null};
  })"""


@pytest.mark.parametrize(("language", "width"), [("tr", 390), ("bg", 320), ("fa", 390)])
def test_a_cases_consent_link_stands_apart_from_its_link(people, language: str, width: int) -> None:  # type: ignore[no-untyped-def]
    family = people["family"]
    family.set_viewport_size({"width": width, "height": 900})
    try:
        family.goto(f"/account/?lang={language}")
        cases = family.evaluate(GAPS)
        assert len(cases) > 1, cases
        for case in cases:
            assert case["apart"] >= 10, case
            if case["to_next"] is not None:
                assert case["to_next"] > case["apart"], "nearer its own case than the next"
        check_accessible(family, "the account's cases", language)
    finally:
        family.set_viewport_size({"width": 1280, "height": 720})
