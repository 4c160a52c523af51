"""The page "What we collect and why" says, for each thing the service asks, whether a person must
give it. A family read there that the draft plan meeting and the personal budget were
"Required", though they could send their response to the draft plan without answering
either. The notice must say what the forms enforce: it is read here next to the forms'
own validators, so the two cannot drift apart."""

from __future__ import annotations

import datetime as dt
from typing import Any

from flask import Flask
from flask.testing import FlaskClient
from wtforms.validators import InputRequired

import feedback.forms  # noqa: F401  (each form module registers its forms with the kit)
import forms.assessment_request.questions
import forms.consent
import forms.contact_preferences
import forms.contributions
import forms.data_rights
import forms.disagreement
import forms.documents
import forms.draft_plans
import forms.reviews  # noqa: F401
from forms.kit.question import every_form
from portal.platform import deadlines
from tests.support.draft_plans import CHECK, HUB, linked_parent
from tests.support.pages import hidden, page


def must_you_give_it(client: FlaskClient) -> dict[str, str]:
    """The notice's answer to "Must you give it?", by catalogue item (each row's id)."""
    shown = page(client.get("/what-we-collect"))
    label = "Must you give it? "
    return {
        str(row["id"]): row.select("td")[0].get_text(" ", strip=True).removeprefix(label)
        for row in shown.select("main tbody tr")
    }


def test_a_response_sent_without_its_questions_is_told_they_were_its_choice(
    app: Flask, client: FlaskClient, sent_on: Any
) -> None:
    sent_on(deadlines.council_today() - dt.timedelta(days=3))
    family = linked_parent(app, client)
    sent = family.post(CHECK, data=hidden(family.get(CHECK)))
    assert sent.headers["Location"].endswith(f"{HUB}/sent"), "nothing answered, and sent"
    notice = must_you_give_it(family)
    draft_plan_items = {
        item_id
        for form in every_form()
        if form.__module__ == "forms.draft_plans"
        for item_id, _message in form.catalogue_fields.values()
    }
    assert {"draft_plan.meeting", "draft_plan.personal_budget"} <= draft_plan_items
    told = {item_id: notice[item_id] for item_id in sorted(draft_plan_items)}
    assert told == dict.fromkeys(sorted(draft_plan_items), "Your choice")


def test_the_notice_says_required_only_where_a_form_refuses_a_blank_answer(
    app: Flask, client: FlaskClient
) -> None:
    notice = must_you_give_it(client)
    with app.test_request_context():
        enforced = {
            item.id: "Your choice"
            if not isinstance(field.validators[0], InputRequired)
            else "Required where it applies"
            if item.not_needed_when
            else "Required"
            for form_class in every_form()
            for field, item in form_class(meta={"csrf": False}).catalogue_items()
        }
    assert notice == enforced


def test_a_setting_name_is_required_only_where_there_is_a_setting(client: FlaskClient) -> None:
    """A child or young person not in education or training has no setting to name (the
    form asks for none then): the notice does not call the name simply "Required"."""
    assert must_you_give_it(client)["education.setting_name"] == "Required where it applies"
