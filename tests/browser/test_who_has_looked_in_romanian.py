"""A tester reading "Your data" in Romanian met, on the page of who has seen or changed
her information, the column "Numărul cererii" ("the request's number") holding her
cases' numbers, and the table's caption "Cele mai recente sunt primele" under the line
"1 to 25 of 40, cele mai noi primele": the same thing twice. The column is the case's,
and the order is said once (in every language: the page said it twice in English too)."""

from __future__ import annotations

import pytest

from devtools.reference_case_system import demo

pytestmark = pytest.mark.browser


def test_who_has_looked_names_the_case_column_and_says_the_order_once(people) -> None:  # type: ignore[no-untyped-def]
    family = people["family"]
    family.goto(f"/account/cases/{demo.FINAL}?lang=ro")  # one look at a case, at least
    family.goto("/account/your-data/who-has-looked?lang=ro")
    headers = [" ".join(h.split()) for h in family.locator("main thead th").all_inner_texts()]
    assert "Numărul cererii" not in headers, headers
    assert headers[-1] == "Dosar", headers
    cases = family.locator("main tbody td:last-child .portal-reference").all_inner_texts()
    assert demo.FINAL in cases, cases
    main = family.locator("main").inner_text()
    assert main.count("primele") == 1, main

    family.goto("/account/your-data/who-has-looked?lang=en")
    main = family.locator("main").inner_text().lower()
    assert main.count("newest first") + main.count("most recent first") == 1, main
