"""A tester, reading the privacy notice as a parent, found how long things are kept given
in days: "730 days", "2,555 days". A period of whole years says so in years."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.browser


def test_periods_of_whole_years_are_said_in_years(people) -> None:  # type: ignore[no-untyped-def]
    public = people["public"]
    public.goto("/privacy?lang=en")
    kept = public.locator("main li", has_text="Records of who viewed or changed").inner_text()
    assert kept.endswith(": 7 years"), kept
    feedback = public.locator("main li", has_text="Feedback about the service").inner_text()
    assert feedback.endswith(": 2 years"), feedback
    drafts = public.locator("main li", has_text="Requests that were started").inner_text()
    assert drafts.endswith(": 28 days"), drafts
    public.goto("/privacy?lang=pl")
    assert "7 lat" in public.locator("main").inner_text()
