"""A tester, as Leo's parent responding to his draft EHC plan, asked for "Hendon School,
Barnet" (a mainstream school), then changed their mind from the check page. They cleared
the name as the page said ("leave both blank") and saved: "Enter the name of the school,
college or other setting" came back, and a chosen kind of setting cannot be unchosen. They
could only send a response that asked for a school. The page now has a choice to ask for
none, after "or"; it clears what was saved, and the check page and what is sent say that no
setting is asked for."""

from __future__ import annotations

import pytest
from flask import Flask
from sqlalchemy import select

from devtools.reference_case_system import demo
from portal.case_api import messages
from portal.models import DraftPlanResponse, OutboxMessage
from portal.platform import db
from tests.support.tabs import check_accessible, new_tab, send, sign_in_in_browser

pytestmark = pytest.mark.browser

PARENT = "second.parent@example.org"  # Leo's
HUB = f"/account/cases/{demo.CHILD_DRAFT}/draft-plan"
SCHOOL = "Hendon School, Barnet"
NONE = "I do not want to ask for a particular school, college or other setting"
ROW = "School, college or other setting"


def setting_row(tab):  # type: ignore[no-untyped-def]
    return tab.locator(".govuk-summary-list__row", has_text=ROW)


def sent_setting(app: Flask) -> tuple[dict[str, object], object]:
    """What the parent's sent response holds, and the setting the message sends."""
    with app.app_context():
        session = db.session()
        response = session.scalars(
            select(DraftPlanResponse).where(
                DraftPlanResponse.case_reference == demo.CHILD_DRAFT,
                DraftPlanResponse.submitted_at.is_not(None),
            )
        ).one()
        row = session.scalars(
            select(OutboxMessage).where(
                OutboxMessage.idempotency_key == messages.draft_plan_response_key(response.id)
            )
        ).one()
        return dict(response.answers), messages.AddDraftPlanResponse.from_row(row).response.setting


def test_a_parent_takes_back_the_school_they_asked_for(  # type: ignore[no-untyped-def]
    browser, own_portal: tuple[Flask, str]
) -> None:
    app, base_url = own_portal  # the demonstration parent's response is changed and sent
    tab = new_tab(browser, base_url)
    try:
        tab.set_viewport_size({"width": 390, "height": 844})
        sign_in_in_browser(tab, "/account/", PARENT)
        tab.goto(f"{HUB}/setting")
        tab.locator("#setting_name").fill(SCHOOL)
        tab.locator("input[name=setting_type][value=mainstream]").check()
        send(tab)
        tab.goto(f"{HUB}/check")
        assert SCHOOL in setting_row(tab).inner_text()

        setting_row(tab).get_by_role("link", name=f"Change {ROW}").click()
        tab.wait_for_url(f"**{HUB}/setting?from=check")
        none = tab.get_by_label(NONE)
        assert none.count() == 1, "a way to ask for no setting"
        divider = tab.locator(".govuk-radios__divider")
        assert divider.inner_text().strip() == "or"
        check_accessible(tab, "the setting page", "en")

        # Chosen with the name still there: which one they meant is asked.
        none.check()
        send(tab)
        problem = tab.locator(".govuk-error-summary").inner_text()
        assert "delete the name if you do not want to ask for one" in problem, problem
        assert tab.locator("#setting_name").input_value() == SCHOOL

        tab.locator("#setting_name").fill("")
        tab.get_by_label(NONE).check()
        send(tab)
        assert tab.url.endswith(f"{HUB}/check#setting"), tab.url
        shown = setting_row(tab).inner_text()
        assert "Not asked for" in shown and SCHOOL not in shown, shown
        assert "mainstream" not in shown, shown

        setting_row(tab).get_by_role("link", name=f"Change {ROW}").click()
        tab.wait_for_url(f"**{HUB}/setting?from=check")
        assert tab.get_by_label(NONE).is_checked(), "their answer is shown back"
        assert tab.locator("#setting_name").input_value() == ""
        tab.go_back()

        send(tab, tab.get_by_role("button", name="Send your response"))
        assert tab.url.endswith(f"{HUB}/sent"), tab.url
        assert "Not asked for" in setting_row(tab).inner_text()
        answers, setting = sent_setting(app)
        assert answers.get("draft_plan.setting_name") is None
        assert answers.get("draft_plan.setting_type") is None, "the kind saved before is gone"
        assert setting is None, "no setting is asked for"
    finally:
        tab.context.close()
