"""Mistakes on every kind of question page, in English and in Arabic: the error summary
takes the person to the field, and nothing they typed is lost."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from tests.support.journeys import sign_in, submit

SWITCHER = {"en": "English", "ar": "العربية"}
FOCUSED_FIELD = """() => {
  const element = document.activeElement
  return element && element.matches('input, textarea, select') ? element.id : null
}"""


def follow_the_first_error(person, field_id: str) -> None:  # type: ignore[no-untyped-def]
    """The summary has focus; its link for the field moves focus into the field."""
    page = person.page
    summary = page.locator(".govuk-error-summary")
    expect(summary).to_be_visible()
    assert summary.evaluate("el => el.contains(document.activeElement)"), (
        "GOV.UK Frontend moves focus to the error summary"
    )
    assert page.title().startswith(("Error:", "خطأ:")), f"the title says so: {page.title()!r}"
    link = summary.locator(f"a[href='#{field_id}']")
    expect(link, f"the summary links to #{field_id}, an id on the page").to_have_count(1)
    expect(page.locator(f"#{field_id}")).to_have_count(1)
    link.click()
    focused = page.evaluate(FOCUSED_FIELD)
    assert focused == field_id, f"focus on #{field_id} after the summary link, not {focused!r}"
    expect(
        page.locator(f"#{field_id}-error, #{field_id} ~ .govuk-error-message").first.or_(
            page.locator(".govuk-form-group--error .govuk-error-message").first
        )
    ).to_be_visible()


@pytest.mark.parametrize("language", ["en", "ar"])
def test_every_kind_of_question_keeps_what_was_typed(open_person, language: str, tmp_path) -> None:  # type: ignore[no-untyped-def]
    person = open_person(f"a parent making mistakes in {language}")
    person.start("/")
    if language != "en":
        person.page.get_by_role("navigation").get_by_role(
            "link", name=SWITCHER[language], exact=True
        ).click()
    person.page.locator("main a[href^='/account']").first.click()
    sign_in(person, "parent@example.org")
    person.page.locator("main a[href$='/request/who']").first.click()
    person.page.locator("input[name=role][value=parent_carer]").check()
    submit(person)
    task_list = person.page.url

    # Text: one box filled, the other forgotten.
    person.page.locator("main a[href*='/child/']").first.click()
    person.page.locator("#first_name").fill("Zoë")
    submit(person)
    follow_the_first_error(person, "last_name")
    expect(person.page.locator("#first_name")).to_have_value("Zoë")
    person.page.locator("#last_name").fill("O'Neill-Kowalska")
    submit(person)

    # Radios: nothing chosen, on the looked-after page.
    person.page.goto(f"{task_list}child/looked-after")
    submit(person)
    follow_the_first_error(person, "looked_after")

    # Checkboxes: no area of need ticked, with a description typed on the next page.
    person.page.goto(f"{task_list}needs/areas")
    submit(person)
    follow_the_first_error(person, "areas")
    person.page.locator("input[name=areas]").first.check()
    submit(person)

    # Textarea: more than the limit, typed in full.
    page = person.page
    limit = int(page.locator(".govuk-character-count").first.get_attribute("data-maxlength"))
    long_answer = ("Finds reading very hard. " * (limit // 25 + 2))[: limit + 10]
    page.locator("#description").fill(long_answer)
    submit(person)
    follow_the_first_error(person, "description")
    expect(person.page.locator("#description")).to_have_value(long_answer)

    # File: a kind of file the service does not take, with its description typed.
    person.page.goto(f"{task_list}documents")
    program = tmp_path / "setup.exe"
    program.write_bytes(b"MZ\x90\x00" + b"\x00" * 64)
    person.page.locator("input[type=file]").set_input_files(str(program))
    person.page.locator("[name=description]").fill("Our letter from the GP")
    person.page.locator("main form button[type=submit]").first.click()
    follow_the_first_error(person, "file")
    expect(person.page.locator("[name=description]")).to_have_value("Our letter from the GP")

    # Date: an impossible date (last, as its page comes after the name's).
    person.page.goto(f"{task_list}child/date-of-birth")
    person.page.locator("#date_of_birth-day").fill("31")
    person.page.locator("#date_of_birth-month").fill("2")
    person.page.locator("#date_of_birth-year").fill("2016")
    submit(person)
    follow_the_first_error(person, "date_of_birth-day")
    for part, value in (("day", "31"), ("month", "2"), ("year", "2016")):
        expect(person.page.locator(f"#date_of_birth-{part}")).to_have_value(value)


# On a busy machine the browser sends a form a moment after the click, when the click
# has already returned: here the moment is made long enough to see.
SENT_A_MOMENT_LATER = """() => document.querySelector('main form').addEventListener('submit', e => {
  if (e.target.dataset.late) return
  e.preventDefault()
  e.target.dataset.late = 'yes'
  setTimeout(() => e.target.requestSubmit(e.submitter), 500)
})"""


def test_a_form_sent_a_moment_after_the_click_is_waited_for(open_person) -> None:  # type: ignore[no-untyped-def]
    person = open_person("a parent on a busy machine")
    person.start("/")
    person.page.locator("main a[href^='/account']").first.click()
    sign_in(person, "parent@example.org")
    person.page.locator("main a[href$='/request/who']").first.click()
    person.page.locator("input[name=role][value=parent_carer]").check()
    person.page.evaluate(SENT_A_MOMENT_LATER)
    submit(person)
    assert not person.page.url.endswith("/request/who"), "the next page, not the one sent"
    expect(person.page.locator("main a[href*='/child/']").first).to_be_visible(timeout=0)
