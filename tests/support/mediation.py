"""A young adult's mediation steps on their demonstration case whose plan the council
decided to stop, recorded in the browser as they record them."""

from __future__ import annotations

import datetime as dt

from devtools.reference_case_system import demo
from tests.support.tabs import send

CEASED_CASE = f"/account/cases/{demo.CEASED}"


def record_step(tab, step: str, day: dt.date) -> None:  # type: ignore[no-untyped-def]
    """Records `step` ("contacted-mediation", "mediation-certificate") as on `day`, in
    Bulgarian, and is back at the top of the case page."""
    tab.goto(f"{CEASED_CASE}/disagree/cease_plan/{step}?lang=bg")
    for part, value in zip(("day", "month", "year"), (day.day, day.month, day.year), strict=True):
        tab.locator(f"#happened_on-{part}").fill(str(value))
    send(tab)
    assert tab.url.endswith(CEASED_CASE), tab.url
