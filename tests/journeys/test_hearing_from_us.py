"""How families hear from us: a parent in English and a young person in Arabic choose
text messages on "How we contact you" (a missing number is refused first), send a request,
and find its text in the development mailbox, in their language, with no child's name,
linking to the case."""

from __future__ import annotations

import re
import time
from typing import Any
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import expect

from tests.support.answers import PARENT_ANSWERS
from tests.support.journeys import (
    answer_every_question,
    error_summary,
    fill_question,
    sign_in,
    submit,
    young_person_answers,
)

PEOPLE: dict[str, dict[str, Any]] = {
    "en": {
        "who": "parent@example.org",
        "role": "parent_carer",
        "answers": PARENT_ANSWERS,
        "child": "Zoë",
        "mobile": "07700 900 321",
        "refused": "Enter a UK mobile number so we can send you text messages",
        "text": "We have your request for an EHC needs assessment",
    },
    "ar": {
        "who": "young.person@example.org",
        "role": "young_person",
        "answers": young_person_answers("مريم", "لا أسمع جيدًا في القاعات الكبيرة."),
        "child": "مريم",
        "mobile": "+44 7700 900 654",
        "refused": "أدخلوا رقم هاتف محمول في المملكة المتحدة حتى نتمكّن من إرسال رسائل نصية إليكم",
        "text": "وصلنا طلبكم",
    },
}


def the_text_in_the_mailbox(person, number: str):  # type: ignore[no-untyped-def]
    """The mailbox's card for the text to `number`, once the outbox worker has sent it."""
    for _ in range(40):
        page = person.start("/dev/mailbox")
        card = page.locator(".govuk-summary-card", has_text=number)
        if card.count():
            return card.first
        time.sleep(0.25)
    raise AssertionError(f"no text to {number} in the mailbox")


@pytest.mark.parametrize("language", PEOPLE)
def test_a_family_chooses_text_messages_and_gets_one(open_person, language: str) -> None:  # type: ignore[no-untyped-def]
    who = PEOPLE[language]
    person = open_person(f"the {who['role']} in {language}")
    person.start(f"/?lang={language}")
    person.page.locator("main a[href^='/account']").first.click()
    sign_in(person, who["who"])
    page = person.page
    expect(page.locator("html")).to_have_attribute("lang", language)

    page.locator("main a[href$='/account/contact-preferences']").click()
    page = person.page
    page.locator("input[name=channels][value=email]").uncheck()
    page.locator("input[name=channels][value=sms]").check()
    mobile = page.locator("input[name=mobile]")
    expect(mobile).to_be_visible()
    expect(mobile).to_have_attribute("dir", "ltr")
    page.locator(f"input[name=language][value={language}]").check()
    submit(person)
    assert error_summary(person) == [who["refused"]]
    expect(person.page.locator("#mobile-error")).to_contain_text(who["refused"])
    person.page.locator("input[name=mobile]").fill(who["mobile"])
    submit(person)
    page = person.page
    expect(page.locator(".govuk-notification-banner--success")).to_be_visible()
    expect(page.locator("input[name=channels][value=sms]")).to_be_checked()
    expect(page.locator("input[name=channels][value=email]")).not_to_be_checked()

    person.start("/account/request/who")
    person.page.locator(f"input[name=role][value={who['role']}]").check()
    submit(person)
    task_list = person.page.url
    answer_every_question(person, who["answers"], task_list)
    person.page.locator("main a[href$='/consent']").first.click()
    fill_question(
        person,
        {"assessment": "yes", "sharing": ["family_services"], "declaration": ["confirmed"]},
    )
    submit(person)
    person.page.locator("main a[href$='/check']").click()
    submit(person)
    assert person.page.url.endswith("/submitted"), person.page.url
    reference = person.page.locator(".govuk-panel strong").inner_text().strip()

    number = re.sub(r"^\+44", "0", who["mobile"].replace(" ", ""))
    card = the_text_in_the_mailbox(person, number)
    body = card.locator(".portal-email")
    expect(body).to_have_attribute("lang", language)
    expect(body).to_contain_text(who["text"])
    text = body.inner_text()
    assert who["child"] not in text, "a text never names the child"
    (link,) = re.findall(r"https?://[^\s\u2066-\u2069]+", text)
    assert f"/account/cases/{reference}?lang={language}" in link
    address = urlsplit(link)
    person.start(f"{address.path}?{address.query}")
    expect(person.page.locator("h1")).to_contain_text(reference)
