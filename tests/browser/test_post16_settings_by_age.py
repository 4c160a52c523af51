"""A tester, as the parent of Leo (11) responding to his draft EHC plan, was offered "A
specialist post-16 institution" as the kind of setting to ask for. Post-16 institutions
are for young people over compulsory school age (it ends on the last Friday of June of the
school year in which they turn 16): a child is offered them from the school year before
they are over it, and a young person still is. A kind saved before that the page no longer
offers is asked for again, saying why, and is not sent."""

from __future__ import annotations

import pytest
from flask import Flask
from sqlalchemy import select

from devtools.reference_case_system import demo
from portal.models import Account, DraftPlanResponse
from portal.platform import db
from tests.support.tabs import new_tab, send, sign_in_in_browser

pytestmark = pytest.mark.browser

PARENT = "second.parent@example.org"  # Leo's, born 12 September 2015
YOUNG_PERSON = "young.person@example.org"  # Jordan, born 3 February 2008
POST16 = "specialist_post16"
SAVED = "Barnet Hill Academy"


def setting_page(case: str) -> str:
    return f"/account/cases/{case}/draft-plan/setting"


def kinds_offered(tab) -> list[str]:  # type: ignore[no-untyped-def]
    """The kinds of setting, without the choice after "or" of asking for none."""
    boxes = tab.locator("input[name=setting_type]:not([value=none])").all()
    return [box.get_attribute("value") for box in boxes]


def test_an_11_year_olds_parent_is_not_offered_a_post16_institution(  # type: ignore[no-untyped-def]
    browser, base_url: str
) -> None:
    tab = new_tab(browser, base_url)
    try:
        sign_in_in_browser(tab, "/account/", PARENT)
        tab.goto(setting_page(demo.CHILD_DRAFT))
        assert kinds_offered(tab) == ["mainstream", "special", "independent"]
        assert "post-16" not in tab.locator("main").inner_text()
    finally:
        tab.context.close()


def test_a_young_person_is_still_offered_a_post16_institution(  # type: ignore[no-untyped-def]
    browser, base_url: str
) -> None:
    tab = new_tab(browser, base_url)
    try:
        sign_in_in_browser(tab, "/account/", YOUNG_PERSON)
        tab.goto(setting_page(demo.DRAFT))
        assert kinds_offered(tab) == ["mainstream", "special", "independent", POST16]
        assert tab.get_by_label("A specialist post-16 institution").count() == 1
    finally:
        tab.context.close()


def saved_as_post16(app: Flask) -> None:
    """The parent's response holds a post-16 institution, as one saved before the page
    offered it only to those of age would."""
    with app.app_context():
        session = db.session()
        account = session.scalar(select(Account.id).where(Account.email == PARENT))
        response = session.scalar(
            select(DraftPlanResponse).where(
                DraftPlanResponse.account_id == account,
                DraftPlanResponse.case_reference == demo.CHILD_DRAFT,
            )
        )
        assert response is not None
        kept = {"draft_plan.setting_name": SAVED, "draft_plan.setting_type": POST16}
        response.answers = {**response.answers, **kept}
        session.commit()


def test_a_post16_institution_saved_before_is_asked_for_again(  # type: ignore[no-untyped-def]
    browser, own_portal: tuple[Flask, str]
) -> None:
    app, base_url = own_portal  # the demonstration parent's response changed
    hub = f"/account/cases/{demo.CHILD_DRAFT}/draft-plan"
    tab = new_tab(browser, base_url)
    try:
        sign_in_in_browser(tab, "/account/", PARENT)
        tab.goto(hub)
        saved_as_post16(app)
        tab.goto(hub)
        row = tab.locator(".govuk-summary-list__row", has_text="School, college or other setting")
        assert SAVED in row.inner_text()
        assert "post-16" not in row.inner_text(), row.inner_text()
        assert "Select what kind of setting it is" in row.inner_text(), row.inner_text()

        tab.goto(f"{hub}/check")
        send(tab, tab.get_by_role("button", name="Send your response"))
        assert tab.url.endswith(f"{setting_page(demo.CHILD_DRAFT)}?from=check"), tab.url
        assert tab.locator("#setting_name").input_value() == SAVED
        assert kinds_offered(tab) == ["mainstream", "special", "independent"]
        assert tab.locator("input[name=setting_type]:checked").count() == 0
        problem = tab.locator(".govuk-error-summary").inner_text()
        assert "post-16 institution is for young people over compulsory school age" in problem

        tab.locator("input[name=setting_type][value=mainstream]").check()
        send(tab)
        assert tab.url.endswith(f"{hub}/check#setting"), tab.url
        row = tab.locator(".govuk-summary-list__row", has_text="School, college or other setting")
        assert f"{SAVED} (A mainstream school or college)" in row.inner_text()
    finally:
        tab.context.close()
