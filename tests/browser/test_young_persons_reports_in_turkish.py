"""A tester reading Turkish as a young person, on the reports step of her own views for
her annual review, met "Rapor eklemek senin tercihin" (informal, to her) followed by a
box labelled formally, as to a parent ("Rapor ekleyin", then "optional"). The box's
label is hers too: "Rapor ekle", then "optional"."""

from __future__ import annotations

import pytest

from devtools.reference_case_system import demo
from tests.support.tabs import new_tab, send, sign_in_in_browser

pytestmark = pytest.mark.browser


def test_a_young_persons_reports_box_speaks_to_her_as_the_page_does(browser, base_url: str) -> None:  # type: ignore[no-untyped-def]
    tab = new_tab(browser, base_url)
    try:
        views = f"/account/cases/{demo.OWN_REVIEW}/annual-review/views?lang=tr"
        sign_in_in_browser(tab, views, "young.student@example.org")
        tab.goto(views)
        tab.locator("textarea[name=working]").fill("Kolejde haftada iki gün destek alıyorum.")
        send(tab)
        assert "/reports" in tab.url, tab.url
        main = " ".join(tab.locator("main").inner_text().split())
        assert "Rapor eklemek senin tercihin" in main, main
        label = " ".join(tab.locator("label[for=file]").inner_text().split())
        assert label == "Rapor ekle (isteğe bağlı)", label
    finally:
        tab.context.close()
