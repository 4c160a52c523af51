"""A tester, as parent@example.org, opened "Change your choices" on the consent the SEN team
recorded for a case (BNT-2026-219904). Nothing was ticked, though the page named five
organisations that consent shares with and said any not ticked would be stopped: keeping
all but one meant ticking the other four again, and pressing Continue by habit stopped
them all. The consent page offered no "Withdraw" link for one organisation until the form
had been used once. Ticking only "No, do not share information with any of these" was
answered "Confirm that you can give consent", though stopping every sharing gives none;
a young person met the same on her own case.

Two testers later withdrew one organisation from that record: the other four then read
"Given on" that day, and "Your data" listed each as given, though the parent had only
withdrawn one and never ticked a consent. The others stay as the SEN team recorded them."""

from __future__ import annotations

import pytest
from flask import Flask
from flask_babel import gettext

from devtools.reference_case_system import demo
from forms.consent import NO_SHARING, consent_partners
from tests.support.tabs import check_accessible, new_tab, send, sign_in_in_browser

pytestmark = pytest.mark.browser


def _partners(app: Flask, young_person: bool = False) -> list[str]:
    with app.test_request_context():
        return [gettext(partner.name) for partner in consent_partners(young_person)]


def _ticked(tab) -> list[str]:  # type: ignore[no-untyped-def]
    """The labels of the sharing choices ticked on the page."""
    return [
        tab.locator(f"label[for='{box.get_attribute('id')}']").inner_text().strip()
        for box in tab.locator("input[name=sharing]:checked").all()
    ]


def _row(tab, partner: str):  # type: ignore[no-untyped-def]
    return tab.locator(".govuk-summary-list__row", has_text=f"Sharing with {partner}")


def _error_summary(tab) -> str:  # type: ignore[no-untyped-def]
    summary = tab.locator(".govuk-error-summary")
    return summary.inner_text() if summary.count() else ""


def test_the_change_page_ticks_the_organisations_the_sen_team_recorded(browser, own_portal) -> None:  # type: ignore[no-untyped-def]
    app, base_url = own_portal
    partners = _partners(app)
    tab = new_tab(browser, base_url)
    try:
        sign_in_in_browser(tab, "/account/", "parent@example.org")
        tab.goto(f"/account/cases/{demo.NOT_ISSUING}/consent/change")
        assert _ticked(tab) == partners, "what is in place now is ticked"
        assert not tab.locator(f"input[name=sharing][value={NO_SHARING}]").is_checked()
        notice = tab.locator("#council-record").inner_text()
        assert "nothing is chosen" not in notice, notice
    finally:
        tab.context.close()


def test_one_organisation_is_withdrawn_from_the_first_visit(browser, own_portal) -> None:  # type: ignore[no-untyped-def]
    app, base_url = own_portal
    first, *others = _partners(app)
    tab = new_tab(browser, base_url)
    try:
        sign_in_in_browser(tab, "/account/", "parent@example.org")
        tab.goto(f"/account/cases/{demo.NOT_ISSUING}/consent")
        withdraw = _row(tab, first).get_by_role("link", name="Withdraw")
        assert withdraw.count() == 1, tab.locator("main").inner_text()
        check_accessible(tab, "the consent the SEN team recorded", "en")
        withdraw.click()
        tab.wait_for_url("**/consent/withdraw/share:*")
        said = tab.locator("main").inner_text()
        assert "replace the consent the SEN team recorded" not in said, said
        send(tab)

        assert tab.url.endswith(f"/{demo.NOT_ISSUING}/consent"), tab.url
        assert "Withdrawn on" in _row(tab, first).inner_text()
        for name in others:
            row = _row(tab, name)
            assert "Recorded by the SEN team" in row.inner_text(), f"{name}: {row.inner_text()}"
            assert "Given on" not in row.inner_text()
            assert row.get_by_role("link", name="Withdraw").count() == 1
        check_accessible(tab, "the SEN team's record with one organisation withdrawn", "en")

        tab.get_by_role("link", name="Change your choices").click()
        tab.wait_for_url("**/consent/change")
        assert _ticked(tab) == others, "the change page starts from what is in place now"
        # It names what the SEN team's record still decides on, and nothing withdrawn.
        notice = tab.locator("#council-record").inner_text()
        assert first not in notice and all(name in notice for name in others), notice
        assert "We have no record in this service" not in notice, notice
        tab.get_by_label(others[0]).uncheck()
        tab.locator("input[name=declaration]").check()
        send(tab)
        said = tab.locator("main").inner_text()
        assert "We will start sharing" not in said, "they were shared with already"
        assert "These changes replace the consent the SEN team recorded" in said, said
    finally:
        tab.context.close()


def test_stopping_every_sharing_needs_no_declaration(browser, own_portal) -> None:  # type: ignore[no-untyped-def]
    app, base_url = own_portal
    partners = _partners(app)
    tab = new_tab(browser, base_url)
    try:
        sign_in_in_browser(tab, "/account/", "parent@example.org")
        tab.goto(f"/account/cases/{demo.FINAL}/consent/change")
        tab.get_by_label(partners[0]).check()
        send(tab)
        assert "Confirm that you can give consent" in _error_summary(tab), (
            "keeping some sharing still asks for the declaration"
        )

        tab.get_by_label("No, do not share information with any of these").check()
        assert _ticked(tab) == ["No, do not share information with any of these"]
        send(tab)
        assert not _error_summary(tab), _error_summary(tab)
        assert tab.url.endswith(f"/{demo.FINAL}/consent/confirm"), tab.url
        check = tab.locator("main").inner_text()
        assert "We will stop sharing information with: " in check, check
        assert all(name in check for name in partners), check
    finally:
        tab.context.close()


def test_a_young_person_stops_every_sharing_without_the_declaration(browser, own_portal) -> None:  # type: ignore[no-untyped-def]
    app, base_url = own_portal
    partners = _partners(app, young_person=True)
    tab = new_tab(browser, base_url)
    try:
        sign_in_in_browser(tab, "/account/", "young.student@example.org")
        tab.goto(f"/account/cases/{demo.OWN_REVIEW}/consent/change")
        tab.get_by_label("No, do not share my information with any of these").check()
        send(tab)
        assert not _error_summary(tab), _error_summary(tab)
        assert tab.url.endswith(f"/{demo.OWN_REVIEW}/consent/confirm"), tab.url
        send(tab)
        assert tab.url.endswith(f"/{demo.OWN_REVIEW}/consent"), tab.url
        for name in partners:
            assert "Withdrawn on" in _row(tab, name).inner_text()
    finally:
        tab.context.close()
