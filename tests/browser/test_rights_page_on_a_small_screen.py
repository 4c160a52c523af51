"""The rights page on a 320 px wide screen (a small phone): a tester scrolled about
25,000 px, reading the same legal sentences under every answer, under headings that named
exclusions "Behaviour" and looked-after status "Safeguarding information"."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.browser

WHY_NOT = (
    "You cannot object to this use: the law requires it",
    "You cannot ask us to erase this",
    "You cannot object to this use, but you can withdraw your consent",
)


def test_each_legal_sentence_once_a_table_under_plain_names(people) -> None:  # type: ignore[no-untyped-def]
    family = people["family"]
    family.set_viewport_size({"width": 320, "height": 800})
    try:
        family.goto("/account/your-data/rights")
        family.locator("main details summary").click()
        tables = family.locator("main [role=region]")
        assert tables.count() > 2
        text = family.locator("main").inner_text()
        for sentence in WHY_NOT:
            assert 0 < text.count(sentence) <= tables.count(), sentence
        # Every row still says what can be asked of it, and links to asking it.
        rows = family.locator("main tbody tr")
        assert family.locator("main tbody tr a", has_text="Make a request").count() == rows.count()
        captions = family.locator("main caption").all_inner_texts()
        assert not [c for c in captions if c.endswith(": Behaviour")], captions
        assert not [c for c in captions if "Safeguarding" in c], captions
        assert any("Exclusions" in c for c in captions), captions
    finally:
        family.set_viewport_size({"width": 1280, "height": 800})


def test_mediation_dates_are_under_disagreeing_not_correspondence(people) -> None:  # type: ignore[no-untyped-def]
    """A tester found the dates of a mediation adviser's contact and certificate among
    "Previous correspondence" (letters and emails), where no one would look for them."""
    family = people["family"]
    family.goto("/account/your-data/rights?lang=en")
    family.locator("main details summary").click()
    table = family.locator("main table", has_text="mediation certificate")
    assert table.count() == 1
    caption = table.locator("caption").inner_text()
    assert "Disagreeing with a decision" in caption, caption
    assert "correspondence" not in table.inner_text().lower()
