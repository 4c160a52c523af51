"""A caseworker triages a family's request, the family replies and sees the decision, a
manager looks at how the service is doing, and a family is given access to a case."""

from __future__ import annotations

import re
from pathlib import Path

from playwright.sync_api import expect

from portal.platform import deadlines
from tests.support.answers import PARENT_ANSWERS
from tests.support.files import build_pdf
from tests.support.journeys import (
    answer_every_question,
    fill_question,
    sign_in,
    sign_out,
    submit,
)

PDF = build_pdf()


def send_a_request(family, tmp_path: Path) -> str:  # type: ignore[no-untyped-def]
    """The parent sends a request with one document and their views; returns its reference."""
    family.start("/account/")
    sign_in(family, "parent@example.org")
    family.page.get_by_role(
        "link", name=re.compile("Ask for an EHC needs assessment|Start now")
    ).click()
    family.page.locator("input[name=role][value=parent_carer]").check()
    submit(family)
    task_list = family.page.url
    answer_every_question(family, PARENT_ANSWERS, task_list)
    report = tmp_path / "paediatrician-letter.pdf"
    report.write_bytes(PDF)
    family.page.get_by_role("link", name="Supporting documents").click()
    family.page.locator("input[type=file]").set_input_files(str(report))
    family.page.locator("[name=description]").fill("Letter from the paediatrician")
    family.page.get_by_role("button", name="Upload file").click()
    family.page.get_by_role("link", name="Continue", exact=True).click()
    family.page.get_by_role("link", name="Your consent").click()
    fill_question(
        family,
        {"assessment": "yes", "sharing": ["family_services"], "declaration": ["confirmed"]},
    )
    submit(family)
    family.page.get_by_role("link", name="Check your answers").click()
    family.page.get_by_role("button", name="Accept and send").click()
    expect(family.page.locator("h1")).to_contain_text("Request sent")
    return family.page.locator(".govuk-panel strong").inner_text().strip()


def section(staff, name: str) -> None:  # type: ignore[no-untyped-def]
    """Open one section of the request from its navigation."""
    nav = staff.page.get_by_role("navigation", name="Sections of this request")
    nav.get_by_role("link", name=name, exact=True).click()
    expect(staff.page.locator("h1")).to_have_text(name)


def take_action(staff, name: str) -> None:  # type: ignore[no-untyped-def]
    """Open one action's page from the identity bar's Actions menu."""
    menu = staff.page.locator(".moj-identity-bar .moj-button-menu")
    toggle = menu.get_by_role("button", name="Actions")
    if toggle.count():
        toggle.click()
    menu.get_by_role("button", name=name, exact=True).click()  # MoJ: links as buttons
    expect(staff.page.locator("h1")).to_have_text(name)


def take_it_from_the_trays(staff, reference: str) -> None:  # type: ignore[no-untyped-def]
    """The caseworker finds the new request in the "Not assigned" tray by searching for the
    child, assigns it to themselves from the queue, and finds it in their own tray."""

    def trays():  # type: ignore[no-untyped-def]
        return staff.page.get_by_role("navigation", name="Work trays")

    trays().get_by_role("link", name=re.compile(r"^Not assigned \(\d+\)$")).click()
    expect(trays().locator("a[aria-current=page]")).to_contain_text("Not assigned")
    staff.page.get_by_label("Search").fill("o'neill")
    staff.page.get_by_role("button", name="Apply filters").click()
    expect(staff.page.locator("a.moj-filter__tag")).to_contain_text("o'neill")
    staff.page.get_by_role("button", name="Assign selected requests").click()
    expect(staff.page.locator(".govuk-error-summary")).to_contain_text(
        "Select the requests to assign"
    )
    # The box is drawn by the checkbox's label, over the input: a click lands on the label.
    staff.page.get_by_label(f"Select request {reference}").check(force=True)
    staff.page.get_by_label("Assign the selected requests to").select_option(
        label="Sam Caseworker (you)"
    )
    staff.page.get_by_role("button", name="Assign selected requests").click()
    expect(staff.page.locator(".govuk-notification-banner--success")).to_contain_text(
        "1 request assigned to Sam Caseworker"
    )
    trays().get_by_role("link", name=re.compile(r"^Assigned to me ")).click()
    expect(staff.page.locator("tbody")).to_contain_text(reference)


def test_a_caseworker_triages_a_request_and_a_manager_reports(open_person, tmp_path) -> None:  # type: ignore[no-untyped-def]
    family = open_person("the parent")
    reference = send_a_request(family, tmp_path)

    staff = open_person("the caseworker")
    staff.start("/")
    staff.page.get_by_role("link", name="Sign in as a caseworker or a manager").click()
    sign_in(staff, "caseworker@council.example")
    staff.page.get_by_role("link", name="Requests to triage").click()
    expect(staff.page.locator("h1")).to_have_text("Requests to triage")
    take_it_from_the_trays(staff, reference)
    staff.page.get_by_role("link", name=reference).click()

    page = staff.page
    bar = page.locator(".moj-identity-bar")
    expect(bar).to_contain_text(reference)
    expect(bar).to_contain_text("Zoë")
    expect(page.locator("h1")).to_have_text("Summary")
    main = page.locator("main")
    section(staff, "Answers")
    expect(main).to_contain_text("Oak Primary")
    expect(main).to_contain_text("Mother")
    answers = page.locator("main dd.govuk-summary-list__value").all_inner_texts()
    for code in ("parent_carer", "mother", "school", "family_services"):
        shown = [value for value in answers if re.search(rf"\b{code}\b", value)]
        assert shown == [], f"the answers show the code {code!r}: {shown}"
    section(staff, "Consent")
    expect(main).to_contain_text("Consent now")
    section(staff, "Views")
    section(staff, "Documents")
    document = page.get_by_role("link", name=re.compile("paediatrician-letter"))
    expect(document).to_be_visible()
    with page.context.expect_page() as opened:
        document.click(modifiers=["Control"])
    opened.value.close()
    with page.expect_download() as downloaded:
        document.click()
    assert Path(downloaded.value.path()).read_bytes() == PDF

    take_action(staff, "Assign")
    assign = page.locator("main form")
    person = assign.locator("select option").last.get_attribute("value")
    # The list marks the caseworker's own entry "(you)"; the Summary names them plainly.
    assignee = assign.locator("select option").last.inner_text().strip().removesuffix(" (you)")
    assign.locator("select").select_option(person)
    assign.get_by_role("button", name="Assign").click()
    expect(page.locator("h1")).to_have_text("Summary")
    expect(main).not_to_contain_text("Not assigned")

    page.get_by_label("Add a note").fill("Phoned the school: the SENCo agrees to an assessment.")
    page.get_by_role("button", name="Add the note").click()
    expect(main).to_contain_text("Phoned the school: the SENCo agrees to an assessment.")

    take_action(staff, "Ask the family for information")
    page.locator("main textarea").fill("Please send the latest school report.")
    page.get_by_role("button", name="Send to the family").click()
    section(staff, "Messages")
    expect(main).to_contain_text("Please send the latest school report.")

    # The family replies, with a document if the reply form takes files.
    family.page.goto("/account/")
    family.page.get_by_role("link", name=re.compile("message|reply", re.I)).first.click()
    page = family.page
    expect(page.locator("main")).to_contain_text("Please send the latest school report.")
    page.locator("textarea").fill("Here is the school report from July.")
    school_report = tmp_path / "school-report.pdf"
    school_report.write_bytes(PDF)
    files = page.locator("main form input[type=file]")
    expect(files, "a family can attach documents to a reply (issue 15, item 12)").to_have_count(1)
    files.set_input_files(str(school_report))
    page.get_by_role("button", name="Send your reply").click()
    page = family.page
    expect(page.locator("h1")).to_have_text("Reply sent")
    expect(page.locator("main")).to_contain_text("Here is the school report from July.")
    expect(page.locator("main")).to_contain_text("school-report.pdf")

    staff.page.reload()
    page = staff.page
    main = page.locator("main")
    expect(main).to_contain_text("Here is the school report from July.")
    expect(page.get_by_role("link", name=re.compile("school-report"))).to_be_visible()
    section(staff, "Documents")
    expect(page.get_by_role("link", name=re.compile("school-report"))).to_be_visible()

    take_action(staff, "Accept for a decision")
    page.get_by_role("button", name="Accept", exact=True).click()
    take_action(staff, "Record the decision")
    decide = page.locator("main form")
    decide.locator("input[value=assess]").check()
    today = deadlines.council_today()
    decide.locator("input[id$=-day]").fill(str(today.day))
    decide.locator("input[id$=-month]").fill(str(today.month))
    decide.locator("input[id$=-year]").fill(str(today.year))
    decide.get_by_role("button", name="Continue").click()
    expect(page.locator("h1")).to_have_text("Check the decision before you record it")
    expect(main).to_contain_text("You cannot change a decision once it is recorded")
    staff.page.get_by_role("button", name="Record the decision").click()
    expect(main).to_contain_text(today.strftime("%-d %B %Y"))
    section(staff, "History")
    for happened in (
        "Request received",
        f"Assigned to {assignee}",
        "Information asked of the family",
        "The family replied",
        "Internal note added",
        "Decision: assess",
    ):
        expect(main).to_contain_text(happened)
    expect(main).not_to_contain_text("triage_decision.create")

    # The family sees the new status once the decision has reached the case system
    # (the outbox sends it within seconds; a person would look again).
    family.page.goto("/account/")
    family.page.get_by_role("link", name=re.compile(reference)).first.click()
    for _look in range(10):
        if "We must decide by" not in family.page.locator("main").inner_text():
            break
        family.page.wait_for_timeout(1000)
        family.page.reload()
    expect(family.page.locator("main")).to_contain_text(re.compile("assess", re.I))
    expect(family.page.locator("main")).not_to_contain_text(re.compile("We must decide by"))

    # A manager's dashboard and exports.
    manager = open_person("the manager")
    manager.start("/caseworker/")
    sign_in(manager, "manager@council.example")
    manager.page.get_by_role("link", name="How the service is doing").click()
    expect(manager.page.locator("h1")).to_have_text("How the service is doing")
    manager.page.get_by_role("link", name="Back to the caseworker workspace").click()
    manager.page.get_by_role("link", name="SEN2 return: requests for assessment").click()
    with manager.page.expect_download() as sen2:
        manager.page.locator("main a[download]").first.click()
    assert Path(sen2.value.path()).read_text(encoding="utf-8-sig").strip()
    manager.page.goto("/caseworker/")
    manager.page.get_by_role("link", name="Feedback about our services").click()
    with manager.page.expect_download() as feedback_csv:
        manager.page.get_by_role("link", name=re.compile("CSV|Download", re.I)).first.click()
    assert Path(feedback_csv.value.path()).read_text(encoding="utf-8-sig").strip()
    sign_out(manager)
    expect(manager.page.locator("h1")).to_have_text("You have signed out")

    # A link code, issued for a case the case system knows, and redeemed.
    staff.page.goto("/caseworker/")
    staff.page.get_by_role("link", name="Give a family access to a case").click()
    page = staff.page
    page.get_by_label("Case reference").fill(reference)
    page.get_by_label("Full name of the person the code is for").fill("Anna Kowalska")
    page.get_by_label("Parent or carer with parental responsibility").check()
    page.get_by_role("button", name="Continue").click()
    page = staff.page
    expect(page.locator("main"), "the caseworker confirms whose case it is").to_contain_text("Zoë")
    page.get_by_role("button", name="Create link code").click()
    code = staff.page.locator(".portal-link-code").inner_text().strip()

    other = open_person("another carer")
    other.start("/account/")
    sign_in(other, "young.person@example.org")
    other.page.get_by_role("link", name="Enter a link code").click()
    other.page.locator("#code").fill(code)
    birthday = other.page.locator("#date_of_birth-day")
    expect(birthday, "a code alone is not enough: the child's date of birth too").to_be_visible()
    fill_question(other, PARENT_ANSWERS["child"]["date-of-birth"])
    other.page.get_by_role("button", name="Continue").click()
    expect(other.page.locator("h1")).to_contain_text(reference)
    sign_out(other)
    expect(other.page.locator("h1")).to_have_text("You have signed out")

    sign_out(staff)
    expect(staff.page.locator("h1")).to_have_text("You have signed out")
