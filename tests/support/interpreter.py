"""What a caseworker reads about a request's interpreter, in the browser."""

from __future__ import annotations


def interpreter_said(staff, reference: str) -> tuple[str, str]:  # type: ignore[no-untyped-def]
    """The Summary's interpreter row, and the advice beside "Ask the family"."""
    staff.goto(f"/caseworker/requests/{reference}?lang=en")
    row = staff.locator("main .govuk-summary-list__row", has_text="Interpreter").first
    value = row.locator(".govuk-summary-list__value").inner_text().strip()
    staff.goto(f"/caseworker/requests/{reference}/actions/more_information?lang=en")
    box = staff.locator("main textarea").first
    hint = " ".join(
        staff.locator(f"#{described}").inner_text()
        for described in (box.get_attribute("aria-describedby") or "").split()
    )
    return value, hint
