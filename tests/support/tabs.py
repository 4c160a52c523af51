"""Tabs of Chromium on the live portal, for the browser tests: open one, sign in and out
through the embedded provider, fill in a question's page, and check a page is accessible."""

from __future__ import annotations

from tests.support.browser import run_axe


def new_tab(browser, base_url: str):  # type: ignore[no-untyped-def]
    """A tab in a context of its own, keeping the console's errors in `console_errors`."""
    context = browser.new_context(base_url=base_url, locale="en-GB")
    tab = context.new_page()
    tab.context_base_url = base_url
    tab.console_errors = []
    tab.on(
        "console",
        lambda m: (
            m.type == "error"
            and tab.console_errors.append(f"{m.text} ({m.location.get('url', '')})")
        ),
    )
    tab.on("pageerror", lambda e: tab.console_errors.append(str(e)))
    return tab


def sign_in_in_browser(tab, start: str, person: str) -> None:  # type: ignore[no-untyped-def]
    """Sign in through the embedded provider's own page, as a newcomer would."""
    tab.goto(start)
    tab.get_by_role("button", name=person, exact=True).click()
    tab.wait_for_url(f"{tab.context_base_url}/**")
    tab.console_errors.clear()  # the mock provider page asks for a stylesheet offline


def finish_signing_out(tab) -> None:  # type: ignore[no-untyped-def]
    """After "Sign out": confirm on the embedded provider's end-session page (One Login
    itself asks nothing), then land on the portal's "You have signed out"."""
    tab.wait_for_load_state()
    end_session = tab.get_by_role("button", name="End session")
    if not tab.url.startswith(tab.context_base_url) and end_session.count():
        end_session.click()
    tab.wait_for_url(f"{tab.context_base_url}/signed-out**")


def press(tab, button: str) -> None:  # type: ignore[no-untyped-def]
    """Press a form's button and wait for the page it leads to: a click returns once the
    next page starts to arrive, before its title is parsed."""
    with tab.expect_navigation():
        tab.get_by_role("button", name=button).click()


def send(tab, button=None) -> None:  # type: ignore[no-untyped-def]
    """Send the page's form with its button (or `button`) and wait for the answer. A form
    is sent a moment after the click, so on a busy machine a test that read the page
    straight away could still be reading the page it sent."""
    with tab.expect_navigation():
        (button or tab.locator("main form button[type=submit]")).click()


def request_started(tab, role: str = "parent_carer") -> str:  # type: ignore[no-untyped-def]
    """A new request begun on the "who is asking" page as `role`; its task list's address."""
    tab.goto("/account/request/who")
    tab.locator(f"input[value={role}]").check()
    send(tab)
    return str(tab.url)


def queue_searched(staff, term: str) -> list[str]:  # type: ignore[no-untyped-def]
    """The references a caseworker finds typing `term` into the queue's search, all trays
    (on a phone, with the filter shown first)."""
    staff.goto("/caseworker/queue?tray=all")
    toggle = staff.locator(".portal-filter-toggle button")
    if toggle.is_visible() and toggle.get_attribute("aria-expanded") == "false":
        toggle.click()
    staff.locator("#q").fill(term)
    with staff.expect_navigation():
        staff.locator("#q").press("Enter")
    return list(staff.locator("main tbody td:nth-of-type(2) a").all_inner_texts())


def check_accessible(tab, what: str, language: str) -> None:  # type: ignore[no-untyped-def]
    """The page is in the language asked for, passes axe, and its scripts ran cleanly."""
    tab.wait_for_load_state()
    assert tab.locator("html").get_attribute("lang") == language, what
    violations = run_axe(tab)
    assert violations == [], f"{what} in {language}: {violations}"
    errors = [e for e in tab.console_errors if "status of 404" not in e]
    tab.console_errors.clear()
    assert errors == [], f"{what}: {errors}"
    assert "govuk-frontend-supported" in (tab.locator("body").get_attribute("class") or "")


def fill_page(tab, data: dict) -> None:  # type: ignore[no-untyped-def, type-arg]
    """Answer a question page as a person does: type into boxes, tick, choose (the answers
    the test client would post)."""
    for name, value in data.items():
        if isinstance(value, list) and (name.startswith("date") or name.endswith("_date")):
            for part, text in zip(("day", "month", "year"), value, strict=True):
                tab.locator(f"#{name}-{part}").fill(text)
        elif isinstance(value, list):
            for choice in value:
                tab.locator(f"input[name={name}][value={choice}]").check()
        elif tab.locator(f"input[type=radio][name={name}]").count():
            tab.locator(f"input[name={name}][value={value}]").check()
        elif tab.locator(f"select[name={name}]").count():
            tab.locator(f"select[name={name}]").select_option(value)
        else:
            tab.locator(f"[name={name}]").fill(value)


def tab_to(tab, selector: str, limit: int = 40) -> None:  # type: ignore[no-untyped-def]
    """Press Tab, at most `limit` times, until the element is focused, as someone using
    only a keyboard would."""
    for _ in range(limit):
        tab.keyboard.press("Tab")
        if tab.locator(selector).evaluate("el => document.activeElement === el"):
            return
    raise AssertionError(f"{selector} cannot be reached with the Tab key")


def linked_in_browser(tab, code: str, born: str, person: str) -> None:  # type: ignore[no-untyped-def]
    """`person` signed in, entering link `code` and the date of birth `born` (YYYY-MM-DD)
    the case system holds, as a family does on "Add a case to your account"."""
    sign_in_in_browser(tab, "/account/", person)
    tab.goto("/account/link")
    tab.locator("#code").fill(code)
    year, month, day = born.split("-")
    fill_page(tab, {"date_of_birth": [day.lstrip("0"), month.lstrip("0"), year]})
    send(tab)


def reference_lines(locator) -> list[int]:  # type: ignore[no-untyped-def]
    """How many lines each reference (BNT-2026-000123) in the element is drawn on."""
    return locator.evaluate(
        """element => {
          const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT)
          const found = []
          while (walker.nextNode()) {
            const node = walker.currentNode
            for (const match of node.data.matchAll(/[A-Z]{2,}-\\d{4}-\\d+/g)) {
              const range = document.createRange()
              range.setStart(node, match.index)
              range.setEnd(node, match.index + match[0].length)
              found.push(new Set([...range.getClientRects()].map(r => Math.round(r.top))).size)
            }
          }
          return found
        }"""
    )
