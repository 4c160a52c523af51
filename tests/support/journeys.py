"""What people do again and again in the journeys: sign in on the provider's own page,
answer a question page, sign out. Every step goes through `Person.page`, so every page
is checked."""

from __future__ import annotations

import re
import time
from collections.abc import Callable
from typing import Any

from portal.platform import deadlines
from tests.support.page_checks import Person
from tests.support.tabs import fill_page, send

EIGHTEEN_YEARS_AGO = deadlines.council_today().year - 18


def young_person_answers(first_name: str, description: str) -> dict[str, dict[str, dict]]:  # type: ignore[type-arg]
    return {
        "child": {
            "name": {"first_name": first_name, "last_name": "Popescu", "preferred_name": ""},
            "date-of-birth": {"date_of_birth": ["4", "11", str(EIGHTEEN_YEARS_AGO)]},
            "address": {
                "address_line_1": "22 Station Road",
                "address_line_2": "",
                "address_town": "Barnet",
                "address_postcode": "EN5 1AA",
            },
            "upn": {"upn": ""},
            "language": {"first_language": "Romanian", "interpreter_needed": "no"},
            "ethnicity": {},
            "looked-after": {"looked_after": "no"},
        },
        "you": {"contact": {"email": "young.person@example.org", "phone": "07700 900 123"}},
        "education": {
            "setting": {
                "setting_type": "college",
                "setting_name": "Barnet College",
                "year_group": "",
            },
            "history": {"previous_settings": "", "exclusions": ""},
        },
        "needs": {
            "areas": {"areas": ["sensory_physical"]},
            "description": {"description": description},
            "diagnoses": {"diagnoses": ""},
        },
        "support": {
            "current": {"current": "A note-taker in lectures."},
            "professionals": {"professionals": ""},
        },
    }


def sign_in(person: Person, who: str) -> None:
    """Choose a person on the embedded provider's own sign-in page."""
    page = person.page
    page.get_by_role("button", name=who, exact=True).click()
    page.wait_for_url(f"{person.base_url}/**")


def sign_out(person: Person) -> None:
    """Press the header's sign-out button; a person ends on "You have signed out"."""
    person.page.locator("header, .govuk-service-navigation").get_by_role(
        "button", name=re.compile("sign out", re.I)
    ).first.click()
    page = person.page
    page.wait_for_load_state()
    if not page.url.startswith(person.base_url):
        # The provider's own end-session page asks the person to confirm.
        page.get_by_role("button", name=re.compile("end session", re.I)).click()
        page.wait_for_url(f"{person.base_url}/**")


def submit(person: Person) -> None:
    """The page's main button: the last submit button in the main form; returns once the
    page it leads to has arrived (`tabs.send`)."""
    page = person.page
    send(page, page.locator("main form button[type=submit]").last)


def fill_question(person: Person, data: dict[str, Any]) -> None:
    """Answer a question page as a person does."""
    fill_page(person.page, data)


def error_summary(person: Person) -> list[str]:
    return [
        " ".join(t.split()) for t in person.page.locator(".govuk-error-summary a").all_inner_texts()
    ]


def answer_every_question(
    person: Person, answers: dict[str, dict[str, dict[str, Any]]], task_list: str
) -> None:
    """From the task list, open each task and answer its pages in order, by clicking."""
    page = person.page
    for section in answers:
        page = person.page
        page.locator(f"a[href*='/{section}/']").first.click()
        for slug, data in answers[section].items():
            page = person.page
            assert f"/{section}/{slug}" in page.url, f"expected {section}/{slug}, at {page.url}"
            fill_question(person, data)
            submit(person)
            assert not error_summary(person), f"{section}/{slug}: {error_summary(person)}"
        assert person.page.url.rstrip("/") == task_list.rstrip("/"), (
            f"after {section}, expected the task list, at {person.page.url}"
        )


def enter_link_code(person: Person, code: str, born: str) -> None:
    """From the account's home: enter a link code with the child's date of birth (ISO)."""
    person.page.locator("main a[href$='/account/link']").click()
    person.page.locator("#code").fill(code)
    year, month, day = born.split("-")
    fill_page(person.page, {"date_of_birth": [day.lstrip("0"), month.lstrip("0"), year]})
    submit(person)


def quick_retries(config: dict) -> None:  # type: ignore[type-arg]
    """A module's `portal_config`: the outbox tries again within seconds, so a journey
    sees what was held while the case system was down arrive."""
    config["case_api"]["outbox"].update(initial_backoff_seconds=1, max_backoff_seconds=2)


def wait_for(check: Callable[[], bool], seconds: float = 30) -> None:
    deadline = time.monotonic() + seconds
    while not check() and time.monotonic() < deadline:
        time.sleep(0.2)
    assert check()
