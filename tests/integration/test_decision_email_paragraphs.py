"""The decision email, in paragraphs: the Arabic one ran "…what happens next." straight
into "يمكنكم الاطلاع على طلبكم…" ("You can see your request…") with no blank line between.
The English ran together the same way: the template lost the line between the decision's
paragraphs and the link's, and between the reasons and the right to appeal."""

from __future__ import annotations

import datetime as dt

import pytest
from flask import Flask

from portal.case_api.notify import render_email

LINK = "https://send.example/account/"
DECIDED: dict[str, object] = {
    "decided_on": dt.date(2026, 12, 1),
    "contact_adviser_by": dt.date(2027, 2, 1),
    "appeal_due": dt.date(2027, 2, 1),
    "reasons": ["The child is making good progress with the support in place."],
    "reasons_to_young_person": ["You are making good progress with the support in place."],
    "written_in": "en",
    "reference": "BNT-2026-000001",
    "link": LINK,
}


def paragraphs(body: str) -> list[str]:
    return [part.strip() for part in body.split("\n\n") if part.strip()]


@pytest.mark.parametrize("language", ["en", "ar"])
@pytest.mark.parametrize("voice", [None, "young person"])
@pytest.mark.parametrize("decision", ["assess", "not_assess"])
@pytest.mark.parametrize("reason", ["", "Written by the caseworker."])
def test_the_link_to_the_request_is_a_paragraph_of_its_own(
    app: Flask, language: str, voice: str | None, decision: str, reason: str
) -> None:
    with app.test_request_context():
        _subject, body = render_email(
            "decision", language, voice, decision=decision, reason=reason, **DECIDED
        )
    found = paragraphs(body)
    link = next(p for p in found if LINK in p)
    assert link.count("\n") == 1, f"the link's paragraph is its sentence and the link: {link!r}"
    appeal = [p for p in found if "Tribunal" in p]
    if decision == "not_assess":
        assert len(appeal) == 1 and appeal[0].count("\n") == 0, found
