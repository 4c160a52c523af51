"""A tester, as a caseworker, opened "Record the decision" on a young person's own request
(they asked for the assessment for themselves) and chose "Do not carry out an
assessment": one hint said "The family reads these in their own language" and the next
"The young person reads English". Every word on an action's page about who reads what
the caseworker writes names the young person on their own request, and the family on a
parent's."""

from __future__ import annotations

import pytest
from flask import Flask

from tests.support.queue import add_request

pytestmark = pytest.mark.browser

READERS = {"young_person": "young person", "parent_carer": "family"}


def hints(staff) -> str:  # type: ignore[no-untyped-def]
    return " ".join(staff.locator("main .govuk-hint").all_inner_texts())


@pytest.mark.parametrize(
    ("role", "reference"),
    [("young_person", "BNT-2026-760001"), ("parent_carer", "BNT-2026-760002")],
)
def test_the_decisions_hints_name_who_reads_them(  # type: ignore[no-untyped-def]
    live_app: Flask, people, role: str, reference: str
) -> None:
    add_request(live_app, reference, "Jo Reader", status="accepted", requester_role=role)
    reader, other = (
        READERS[role],
        READERS[{"young_person": "parent_carer"}.get(role, "young_person")],
    )
    staff = people["staff"]
    staff.goto(f"/caseworker/requests/{reference}/actions/decide?lang=en")
    staff.get_by_label("Do not carry out an assessment").check()
    said = hints(staff)
    assert f"The {reader} reads these in their own language" in said, said
    assert f"The {reader} will be told these" in said, said
    assert other not in said, said

    for action in ("more_information", "withdraw"):
        staff.goto(f"/caseworker/requests/{reference}/actions/{action}?lang=en")
        main = staff.locator("main form").inner_text()
        assert reader in main and other not in main, (action, main)


def test_a_refused_question_names_the_young_person(live_app: Flask, people) -> None:  # type: ignore[no-untyped-def]
    reference = "BNT-2026-760003"
    add_request(
        live_app, reference, "Jo Decided", status="decided_assess", requester_role="young_person"
    )
    staff = people["staff"]
    staff.goto(f"/caseworker/requests/{reference}/actions/more_information?lang=en")
    said = staff.locator("main .govuk-grid-column-two-thirds").inner_text()
    assert "You cannot ask the young person for information" in said, said
    assert "family" not in said, said


def test_a_time_limit_exception_names_who_is_away_as_the_law_does(live_app: Flask, people) -> None:  # type: ignore[no-untyped-def]
    """The exception page offered "The family is away for 4 weeks or more" on a young
    person's own request, and then "The parent or the young person is away", which left
    out the child and said nothing of the area: the law (the SEND Regulations 2014,
    regulation 5(4)) says the child, the child's parent or the young person is absent from
    the council's area, as the decision's reasons for being late say; so does the page,
    on every request, and of exceptional personal circumstances, whom they affect."""
    reference = "BNT-2026-760004"
    add_request(live_app, reference, "Jo Away", requester_role="young_person")
    staff = people["staff"]
    staff.goto(f"/caseworker/requests/{reference}/actions/exception?lang=en")
    said = staff.locator("main form").inner_text()
    for reason in (
        "The child, young person or their parent is away from the area for 4 weeks or more",
        "Exceptional personal circumstances affect the child, young person or their parent",
    ):
        assert reason in said, said
    assert "family" not in said, said
