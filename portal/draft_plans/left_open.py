"""What a family writes on a page of their response left open (another tab, another
device) after the response was sent: shown back to be copied, never added."""

from __future__ import annotations

from typing import Any

from flask import request, url_for
from flask_babel import gettext

from forms.draft_plans import EvidenceFileForm
from forms.kit.base import KitForm
from portal.auth.holder import account_voice, render_in_holders_voice
from portal.cases import service as cases
from portal.models import DraftPlanResponse
from portal.platform.voices import voiced


def not_added(
    response: DraftPlanResponse, title: str, written: list[tuple[str | None, str]], *, kind: str
) -> str | None:
    """What was saved from a page left open while the response was sent elsewhere (another
    tab, another device) cannot join what was sent: the page says so and shows it back, to
    be copied. None when nothing was written, or for a page merely opened. `kind` is what
    it was: "comment", "answer" or "file"."""
    if request.method != "POST" or not KitForm().validate() or not written:
        return None
    return render_in_holders_voice(
        "documents/not_added.html",
        title=title,
        written=written,
        kind=kind,
        sent=url_for("draft_plans.sent", reference=response.case_reference),
    )


def file_not_added(response: DraftPlanResponse, name: str, description: str) -> str | None:
    """A file chosen on the evidence page left open: named, with what was written about it
    (the file itself is not kept)."""
    voice = "young person" if account_voice() is not None else None
    written = file_written(name, description)
    return not_added(response, voiced("Evidence for your response", voice), written, kind="file")


def file_written(name: str, description: str) -> list[tuple[str | None, str]]:
    """A file chosen and not kept, shown back: its name, and what was written about it."""
    form = EvidenceFileForm(young_person=account_voice() is not None)
    written: list[tuple[str | None, str]] = [(gettext("Evidence"), name)]
    if description:
        written.append((str(form.description.label.text), description))
    return written


def file_gone(name: str, description: str) -> str:
    """A file chosen on an evidence page left open on a response that is gone, where the
    response it became cannot be told: named, with what was written about it."""
    voice = "young person" if account_voice() is not None else None
    return render_in_holders_voice(
        "documents/not_added.html",
        title=voiced("Evidence for your response", voice),
        written=file_written(name, description),
        kind="file",
        why=voiced(
            "The page you chose this file on was out of date, so the file was not added.",
            voice,
        ),
        seen=voiced("Go to your account", voice),
        sent=url_for("account.account"),
    )


def comment_not_added(response: DraftPlanResponse, letter: str) -> str | None:
    written = (request.form.get("comment") or "").strip()
    title = cases.plan_section_titles()[letter]
    return not_added(response, title, [(None, written)] if written else [], kind="comment")


def answers_not_added(response: DraftPlanResponse, form: Any) -> str | None:
    """The question's answers as the page showed them: each chosen option's words."""
    written: list[tuple[str | None, str]] = []
    for field, _item in form.catalogue_items():
        value = field.data
        chosen = {choice.value: choice.label for choice in getattr(field, "choices", None) or []}
        shown = str(chosen.get(value, value) or "").strip()
        if shown:
            written.append((str(field.question), shown))
    items = form.catalogue_items()
    title = (
        str(items[0][0].question)
        if len(items) == 1
        else voiced(
            "Ask for a school, college or other setting",
            "young person" if account_voice() is not None else None,
        )
    )
    return not_added(response, title, written, kind="answer")
