"""Check your answers: the rows of the page that reads a request back before it is sent,
each answer with its change link, then the consent choices and the views that go with it."""

from __future__ import annotations

from typing import Any

from flask import url_for
from flask_babel import gettext, pgettext
from markupsafe import Markup

from forms import items
from forms.assessment_request.sections import SECTIONS
from portal.assessment_request import service as requests
from portal.consent import service as consent
from portal.consent import wording as consent_wording
from portal.contributions import service as contributions
from portal.models import RequestDraft
from portal.platform.answers import display
from portal.platform.check_answers import change_href, summary_rows
from portal.platform.voices import voiced


def answer_rows(draft: RequestDraft) -> list[dict[str, Any]]:
    """Check-your-answers: each section's questions, answers and change links."""
    young_person = requests.is_young_person(draft)
    # Every question page's change link, built once with the slugs filled in after
    # (slugs are lower-case words and hyphens, the draft id lower-case hex). Each row's
    # link names its field (`row`, a Python name), so saving returns to that row, and
    # opens the page at the field's box.
    question = url_for(
        "assessment_request.question",
        draft_id=draft.id,
        section_slug="SECTION",
        page_slug="PAGE",
        return_to="check",
    )
    result = []
    for entry in SECTIONS:
        rows = []
        for page in entry.pages_for(draft.requester_role):
            form = page.form.for_reading(young_person)
            change = question.replace("SECTION", entry.slug, 1).replace("PAGE", page.slug, 1)
            for field, item in form.catalogue_items():
                value = draft.answers.get(item.id)
                if not item.needed(draft.answers) and not requests.answered(value):
                    continue  # nothing to ask: no setting to name when not in education
                href = change_href(change, field)
                shown = display(field, value) or Markup(
                    '<span class="govuk-hint">{}</span>'
                ).format(gettext("Not answered"))
                rows.append(
                    {
                        "label": field.question,
                        "value": shown,
                        "answered": requests.answered(value),
                        "href": href,
                        "missing": item.required_in(draft.answers) and not requests.answered(value),
                        "message": form.required_message(field.name),
                        "anchor": f"{entry.slug}-{field.name}",
                        "fix": href,
                    }
                )
        result.append(
            {
                "section": entry,
                "title": entry.heading(young_person),
                "rows": rows,
                "summary": summary_rows(rows, voice_of(draft)),
            }
        )
    return result


def voice_of(draft: RequestDraft) -> str | None:
    """The register the request's pages speak in (portal/platform/voices.py)."""
    return "young person" if requests.is_young_person(draft) else None


def consent_rows(draft: RequestDraft) -> list[dict[str, Any]]:
    """The consent choices as the person would read them back."""
    young_person = requests.is_young_person(draft)
    form = consent_wording.form_for_reading(young_person)
    answers = consent.as_offered(draft.answers, young_person)
    change = url_for("assessment_request.request_consent", draft_id=draft.id, return_to="check")
    not_answered = Markup('<span class="govuk-hint">{}</span>').format(gettext("Not answered"))
    # Naming nobody not to share with is an answer (the question is optional).
    none_named = {items.CONSENT_EXCLUSIONS: consent.none_named()}
    return [
        {
            "label": field.question,
            "value": display(field, answers.get(item.id)) or none_named.get(item.id, not_answered),
            "href": change_href(change, field),
            "anchor": f"consent-{field.name}",
        }
        for field, item in form.catalogue_items()
        if item.id != items.CONSENT_DECLARATION
    ]


def contributions_rows(draft: RequestDraft) -> list[dict[str, Any]]:
    """The views started with the request, and whether each will go with it."""
    rows = []
    voice = voice_of(draft)
    for views in contributions.of_draft(draft):
        label = contributions.author_label(views.author_role, voice)
        if views.ready_at:
            value = voiced("Saved. They will be sent with your request.", voice)
            href = url_for("contributions.sent", contribution_id=views.id)
            action = voiced("See", voice)
        else:
            value = voiced(
                "Not finished. They will not be sent with your request unless you finish "
                "them first. If you finish them later, we will send them to the same case.",
                voice,
            )
            href = url_for("contributions.check", contribution_id=views.id)
            action = voiced("Finish", voice)
        rows.append(
            {
                "key": {"text": label},
                "value": {"text": value},
                "actions": {"items": [{"href": href, "text": action, "visuallyHiddenText": label}]},
            }
        )
    if not rows:
        rows.append(
            {
                "key": {"text": gettext("Views")},
                "value": {
                    "html": Markup('<span class="govuk-hint">{}</span>').format(
                        # NOTE: On "Check your answers" of a request, beside "Views": no
                        # views (of the child or young person, or the parent's) were added.
                        # Not documents: they have their own "None added".
                        pgettext("views", "None added")
                    )
                },
                "actions": {
                    "items": [
                        {
                            "href": url_for("contributions.start", draft=draft.id),
                            "text": voiced("Add", voice),
                            "visuallyHiddenText": gettext("views"),
                        }
                    ]
                },
            }
        )
    return rows
