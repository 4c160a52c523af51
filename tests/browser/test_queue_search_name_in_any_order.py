"""A caseworker types a child's name as the family name first, as letters and the case
system write it: a tester typed "Example Cleo" for Cleo Example and found nothing, only
"cleo example" found her. Each word of a name is looked for, in any order."""

from __future__ import annotations

import pytest
from flask import Flask

from tests.support.queue import add_request
from tests.support.tabs import queue_searched

pytestmark = pytest.mark.browser


def test_a_name_typed_family_name_first_finds_the_child(  # type: ignore[no-untyped-def]
    live_app: Flask, people
) -> None:
    add_request(live_app, "BNT-2026-728001", "Marta Wiśniewska-Okafor")
    add_request(live_app, "BNT-2026-728002", "Marta Nowak")
    staff = people["staff"]
    for term in ("Wiśniewska-Okafor Marta", "okafor marta", "wisniewska, marta", "Marta Okafor"):
        assert queue_searched(staff, term) == ["BNT-2026-728001"], term
    assert queue_searched(staff, "Nowak Okafor") == [], "every word must be in the name"
