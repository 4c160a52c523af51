"""What a tester met at a shared computer: a parent's session had ended on their request's
page, the next parent signed in from there, and signing in took them to the first
parent's page, where they were told "Page not found" and nothing else. Signing in now
brings them to their own account, saying why; the page itself is still not theirs.

A second tester found the banner vague ("not one you can see": why, and whose account is
this?) and, pressing Back to the first parent's pages once signed in, "Page not found" with
only "if you typed the web address…". The banner says whom they are signed in as and why
the page is not theirs; a page not found, to someone signed in, says it may have been
someone else's and leads to their own account."""

from __future__ import annotations

import pytest

from tests.support.tabs import check_accessible, new_tab, request_started, sign_in_in_browser

pytestmark = pytest.mark.browser

NOT_THEIRS = (
    "You are signed in as second.parent@example.org. The page you signed in from is not one "
    "you can see: someone else who used this computer may have left it open."
)
SOMEONE_ELSES = (
    "If someone else used this computer before you, this may have been one of their pages."
)


def test_signing_in_on_another_persons_page_leads_to_their_own_account(  # type: ignore[no-untyped-def]
    browser, base_url: str
) -> None:
    first = new_tab(browser, base_url)
    after = new_tab(browser, base_url)  # the same computer once the first session has ended
    try:
        sign_in_in_browser(first, "/account/", "parent@example.org")
        task_list = request_started(first).removeprefix(base_url)

        sign_in_in_browser(after, task_list, "second.parent@example.org")
        assert after.url == f"{base_url}/account/", after.url
        assert NOT_THEIRS in after.locator(".govuk-notification-banner").inner_text()
        assert after.locator("h1").inner_text() == "Your account"
        check_accessible(after, "their own account after signing in on another's page", "en")

        after.goto(task_list)
        assert after.title().startswith("Page not found"), "the page is still not theirs"
        assert SOMEONE_ELSES in after.locator("main").inner_text()
        assert after.get_by_role("link", name="Go to your account").get_attribute("href") == (
            "/account/"
        )
        check_accessible(after, "another person's page, not found", "en")
        after.goto("/account/")
        assert after.locator(".govuk-notification-banner").count() == 0, "said once"
    finally:
        first.context.close()
        after.context.close()
