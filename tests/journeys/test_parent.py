"""A parent in English asks for an assessment for their child, from the start page to
signing out, and sees what the service holds about them on the way."""

from __future__ import annotations

import json
import re
from pathlib import Path

from playwright.sync_api import expect

from tests.support.answers import PARENT_ANSWERS
from tests.support.files import build_pdf, image
from tests.support.journeys import (
    answer_every_question,
    fill_question,
    sign_in,
    sign_out,
    submit,
)
from tests.support.tabs import send

PDF = build_pdf()
PNG = image("PNG")


def upload(person, path: Path, description: str) -> None:  # type: ignore[no-untyped-def]
    page = person.page
    page.locator("input[type=file]").set_input_files(str(path))
    page.locator("[name=description]").fill(description)
    send(page, page.get_by_role("button", name="Upload file"))


def test_a_parent_asks_for_an_assessment_from_start_to_sign_out(open_person, tmp_path) -> None:  # type: ignore[no-untyped-def]
    parent = open_person("the parent")
    page = parent.start("/")
    page.get_by_role("link", name="Sign in as a parent or a young person").click()
    sign_in(parent, "parent@example.org")
    page = parent.page
    expect(page.locator("h1")).to_have_text("Your account")

    page.get_by_role("button", name=re.compile("Ask for an EHC needs assessment|Start now")).or_(
        page.get_by_role("link", name=re.compile("Ask for an EHC needs assessment|Start now"))
    ).first.click()
    page = parent.page
    page.locator("input[name=role][value=parent_carer]").check()
    submit(parent)
    task_list = parent.page.url

    # The first two tasks, then save and return: sign out and come back.
    first = {k: PARENT_ANSWERS[k] for k in ("child", "you")}
    answer_every_question(parent, first, task_list)
    sign_out(parent)
    expect(parent.page.locator("h1")).to_have_text("You have signed out")
    parent.page.locator("main").get_by_role("link", name="Sign in").click()
    sign_in(parent, "parent@example.org")
    page = parent.page
    page.locator(f"main a[href='{task_list.removeprefix(parent.base_url)}']").click()
    assert parent.page.url == task_list
    expect(parent.page.locator(".govuk-task-list__item").first).to_contain_text("Completed")

    rest = {k: v for k, v in PARENT_ANSWERS.items() if k not in first}
    answer_every_question(parent, rest, task_list)

    # Two supporting documents.
    report = tmp_path / "speech-therapy-report.pdf"
    report.write_bytes(PDF)
    drawing = tmp_path / "zoe-drawing.png"
    drawing.write_bytes(PNG)
    parent.page.get_by_role("link", name="Supporting documents").click()
    upload(parent, report, "Speech therapy report, May")
    upload(parent, drawing, "A drawing Zoë made of her class")
    page = parent.page
    expect(page.locator("main")).to_contain_text("speech-therapy-report.pdf")
    expect(page.locator("main")).to_contain_text("zoe-drawing.png")
    page.get_by_role("link", name="Continue", exact=True).click()
    expect(parent.page.locator("main")).to_contain_text("2 documents added")

    parent.page.get_by_role("link", name="Your consent").click()
    fill_question(
        parent,
        {
            "assessment": "yes",
            "sharing": ["family_services", "nhs_trusts"],
            "declaration": ["confirmed"],
        },
    )
    submit(parent)
    parent.page.get_by_role("link", name="Check your answers").click()

    # A change from check your answers comes back to check your answers.
    page = parent.page
    expect(page.locator("h1")).to_have_text("Check your answers before sending your request")
    page.locator(
        ".govuk-summary-list__row", has_text="Name of the nursery, school or college"
    ).get_by_role("link", name=re.compile("Change")).click()
    parent.page.locator("[name=setting_name]").fill("Oak Tree Primary")
    submit(parent)
    page = parent.page
    assert "/check#education-" in page.url, f"a change goes back to its row: {page.url}"
    expect(page.locator("main")).to_contain_text("Oak Tree Primary")
    expect(page.locator("main")).to_contain_text("speech-therapy-report.pdf")

    page.get_by_role("button", name="Accept and send").click()
    page = parent.page
    expect(page.locator("h1")).to_contain_text("Request sent")
    reference = page.locator(".govuk-panel strong").inner_text().strip()
    assert re.fullmatch(r"BNT-\d{4}-\d{6}", reference), reference

    # The confirmation email, in the development mailbox.
    page.goto("/dev/mailbox")
    for _ in range(20):
        if parent.page.locator(".govuk-summary-card", has_text=reference).count():
            break
        parent.page.wait_for_timeout(500)
        parent.page.reload()
    email = parent.page.locator(".govuk-summary-card", has_text=reference)
    expect(email).to_contain_text("anna@example.org")

    # "Your data" and both downloads.
    parent.page.goto("/account/")
    parent.page.get_by_role("link", name=re.compile("See and download everything")).click()
    page = parent.page
    expect(page.locator("h1")).to_have_text("Your data")
    expect(page.locator("main")).to_contain_text(reference)
    expect(page.locator("main")).to_contain_text("Mother")
    expect(page.locator("main")).not_to_contain_text("parent_carer")
    with page.expect_download() as readable:
        page.get_by_role("link", name="Download a copy to read (HTML)").click()
    copy = Path(readable.value.path()).read_text(encoding="utf-8")
    assert reference in copy and "Zoë" in copy
    assert "/assets/" not in copy and "<script" not in copy, "a standalone, printable copy"
    with page.expect_download() as machine:
        page.get_by_role("link", name="Download a copy for other software (JSON)").click()
    data = json.loads(Path(machine.value.path()).read_text(encoding="utf-8"))
    assert reference in json.dumps(data)

    # Consent changed, then one choice withdrawn.
    page.get_by_role("link", name="Back to your account").click()
    parent.page.locator("li, .govuk-summary-card, div", has_text=reference).get_by_role(
        "link", name=re.compile("See or change your consent")
    ).first.click()
    page = parent.page
    expect(page.locator("h1")).to_have_text("Your consent")
    page.get_by_role("link", name=re.compile("Change your consent|Change your choices")).or_(
        page.get_by_role("button", name=re.compile("Change your consent|Change your choices"))
    ).first.click()
    page = parent.page
    page.locator("input[name=sharing][value=vcds]").check()
    page.locator("input[name=declaration]").check()
    submit(parent)
    assert parent.page.url.endswith("/consent/confirm")
    submit(parent)
    page = parent.page
    expect(page.locator(".govuk-notification-banner--success")).to_be_visible()
    page.locator(".govuk-summary-list__row", has_text="NHS").get_by_role(
        "link", name=re.compile("Withdraw")
    ).click()
    page = parent.page
    submit(parent)
    page = parent.page
    expect(page.locator(".govuk-notification-banner--success")).to_be_visible()
    expect(page.locator(".govuk-summary-list__row", has_text="NHS")).to_contain_text("Withdrawn")

    # Feedback, then sign out.
    page.get_by_role("link", name=re.compile("feedback", re.I)).first.click()
    page = parent.page
    expect(page.locator("h1")).to_have_text("Give feedback on our SEND services")
    page.locator("input[name=service]").first.check()
    page.locator("input[name=satisfaction]").first.check()
    page.locator("textarea").first.fill("Clear questions; the upload was easy.")
    page.locator("input[name=contact][value=no]").check()
    page.get_by_role("button", name="Send feedback").click()
    expect(parent.page.locator("h1")).to_contain_text("Thank you")

    sign_out(parent)
    page = parent.page
    expect(page.locator("h1")).to_have_text("You have signed out")
    page.goto("/account/")
    expect(parent.page.get_by_role("button", name="parent@example.org").first).to_be_visible()
