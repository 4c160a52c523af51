"""A young person asks for an assessment for themselves, in their own language, with their
views in their own words and their own consent, and then sees it in their account."""

from __future__ import annotations

from typing import Any

import pytest
from playwright.sync_api import expect

from tests.support.journeys import (
    answer_every_question,
    fill_question,
    sign_in,
    submit,
    young_person_answers,
)

LANGUAGES: dict[str, dict[str, Any]] = {
    "ro": {
        "switcher": "Română",
        "name": "Ioana",
        "needs": "Nu aud bine în sălile mari de curs și obosesc repede.",
        "views": ["Îmi place să desenez și să ajut la bucătărie.", "Vreau să devin bucătar."],
    },
    "ar": {
        "switcher": "العربية",
        "name": "مريم",
        "needs": "لا أسمع جيدًا في القاعات الكبيرة وأتعب بسرعة.",
        "views": ["أحب الرسم ومساعدة عائلتي في المطبخ.", "أريد أن أصبح طاهية."],
    },
}


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_young_person_asks_for_themselves_in_their_language(open_person, language: str) -> None:  # type: ignore[no-untyped-def]
    words = LANGUAGES[language]
    person = open_person(f"the young person in {language}")
    person.start("/")
    person.page.get_by_role("navigation").get_by_role(
        "link", name=words["switcher"], exact=True
    ).click()
    expect(person.page.locator("html")).to_have_attribute("lang", language)
    person.page.locator("main a[href^='/account']").first.click()
    sign_in(person, "young.person@example.org")
    page = person.page
    expect(page.locator("html")).to_have_attribute("lang", language)

    page.locator("main a[href$='/request/who']").first.click()
    person.page.locator("input[name=role][value=young_person]").check()
    submit(person)
    task_list = person.page.url
    answer_every_question(person, young_person_answers(words["name"], words["needs"]), task_list)

    # Views in their own words, from the task list.
    person.page.locator("main a[href*='/contributions/']").first.click()
    # Their own views go with their own request: not asked who writes them or where,
    # only shown what they are for, with a button to start.
    person.page.wait_for_url("**/contributions/new?draft=*")
    expect(person.page.locator("main input[type=radio]")).to_have_count(0)
    submit(person)
    person.page.wait_for_url("**/about/likes")
    written = iter(words["views"])
    for _ in range(12):
        page = person.page
        if "/check" in page.url:
            break
        box = page.locator("main textarea")
        onward = page.locator("main a.govuk-button")
        if box.count():
            box.first.fill(next(written, "—"))
            submit(person)
        elif onward.count():
            onward.last.click()
        else:
            submit(person)
    page = person.page
    assert "/check" in page.url, f"the views end on their check page, at {page.url}"
    expect(page.locator("main")).to_contain_text(words["views"][0])
    submit(person)
    # "Views saved" leads straight back to the request they go with.
    person.page.locator(f"main a[href='{task_list.removeprefix(person.base_url)}']").click()

    person.page.locator("main a[href$='/consent']").first.click()
    fill_question(
        person,
        {"assessment": "yes", "sharing": ["family_services"], "declaration": ["confirmed"]},
    )
    submit(person)
    assert person.page.url.rstrip("/") == task_list.rstrip("/"), person.page.url
    person.page.locator("main a[href$='/check']").click()

    page = person.page
    expect(page.locator("main")).to_contain_text(words["needs"])
    saved_views = page.locator("main a[href*='/contributions/']")
    expect(saved_views, "check your answers lists the saved views").to_have_count(1)
    saved_views.click()
    expect(person.page.locator("main")).to_contain_text(words["views"][0])
    person.page.go_back()
    submit(person)
    page = person.page
    assert page.url.endswith("/submitted"), page.url
    reference = page.locator(".govuk-panel strong").inner_text().strip()

    page.locator("main a[href='/account/']").click()  # "Go to your account"
    page = person.page
    expect(page.locator("main")).to_contain_text(reference)
    page.locator(f"main a[href$='/cases/{reference}']").first.click()
    page = person.page
    expect(page.locator("h1")).to_contain_text(reference)
    page.locator("a.govuk-back-link[href='/account/']").click()
    person.page.locator("main a[href='/account/your-data']").click()
    page = person.page
    expect(page.locator("main"), "the views went with the request").to_contain_text(
        words["views"][0]
    )
    expect(page.locator("main")).to_contain_text(reference)
