"""Words shown on a child's or young person's own pages, in the register they expect.

A child giving their own views, or a young person asking for their own assessment, reads
some of the same words as a parent ("Save and continue", "Why we ask for this"). Many
languages speak to a parent formally and to a child or young person informally
(Romanian "tu", Polish "ty", Bulgarian "ти", Turkish "sen"), so each such message has its
own translation in the context "child" and "young person". `voiced` picks it, and falls
back to the shared translation where a context entry is missing.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, cast

from flask_babel import get_translations, gettext, ngettext, npgettext, pgettext
from jinja2 import pass_context
from jinja2.runtime import Context

from forms.kit.numbers import Count

VOICES = ("child", "young person")


def voiced(text: str, voice: str | None, **variables: object) -> str:
    """`text` as the reader of this page is spoken to: `voice` is "child", "young person"
    or None (an adult)."""
    if voice in VOICES and get_translations().upgettext(voice, text) != text:
        return pgettext(voice, text, **variables)
    return gettext(text, **variables)


def voiced_count(
    singular: str, plural: str, num: int, voice: str | None, **variables: object
) -> str:
    """`voiced` for a message with a count (`%(num)s`), written in the language's digits."""
    counted = Count(num) if type(num) is int else num  # a placeholder stays one
    if voice in VOICES and get_translations().unpgettext(voice, singular, plural, 1) != singular:
        return npgettext(voice, singular, plural, counted, **variables)
    return ngettext(singular, plural, counted, **variables)


def template_words(voice: str | None) -> dict[str, Any]:
    """Template variables that make a template's own `_()`, `gettext()` and `ngettext()`
    speak in `voice`, where the catalogue has that voice's entry (the shared one
    elsewhere); nothing for an adult. A template shared by parents and young people keeps
    its English and its markup as they are."""
    if voice not in VOICES:
        return {}

    # Positional-only: a message's own variable may be called `name` or `text`.
    def call(context: Context, name: str, /, *args: Any, **variables: Any) -> str:
        translate = cast(Callable[..., str], context.environment.globals[name])
        return cast(str, context.call(translate, *args, **variables))

    @pass_context
    def voiced_gettext(context: Context, text: str, /, **variables: Any) -> str:
        if get_translations().upgettext(voice, text) != text:
            return call(context, "pgettext", voice, text, **variables)
        return call(context, "gettext", text, **variables)

    @pass_context
    def voiced_ngettext(
        context: Context, singular: str, plural: str, num: int, /, **variables: Any
    ) -> str:
        if get_translations().unpgettext(voice, singular, plural, 1) != singular:
            return call(context, "npgettext", voice, singular, plural, num, **variables)
        return call(context, "ngettext", singular, plural, num, **variables)

    return {"_": voiced_gettext, "gettext": voiced_gettext, "ngettext": voiced_ngettext}


def _counted() -> None:  # pragma: no cover - read by `pybabel extract`
    """The shared form of the messages `voiced_count` is used with."""
    ngettext(
        "Adding documents is your choice. You can add up to %(num)s document.",
        "Adding documents is your choice. You can add up to %(num)s documents.",
        1,
    )
    ngettext("You can enter up to %(num)s character", "You can enter up to %(num)s characters", 1)
    ngettext(
        "Adding files is your choice. You can add up to %(num)s file.",
        "Adding files is your choice. You can add up to %(num)s files.",
        1,
    )


# The messages `voiced` is used with, marked in each voice for `pybabel extract` (which
# reads each call's "NOTE:" comment for translators). They are never called.


def _child_answering_questions() -> None:  # pragma: no cover - read by `pybabel extract`
    """Moving through the questions, their help, and whether an answer is needed."""
    # NOTE: Read by a child (about 8 to 15) giving their own views.
    # Speak to them informally (tu, ty, ти, sen), in plain words.
    pgettext("child", "Back")
    # NOTE: Read by a child (about 8 to 15) giving their own views.
    # Speak to them informally (tu, ty, ти, sen), in plain words.
    pgettext("child", "Save and continue")
    # NOTE: Read by a child (about 8 to 15) giving their own views.
    # Speak to them informally (tu, ty, ти, sen), in plain words.
    pgettext("child", "All about me")
    # NOTE: Read by a child (about 8 to 15) giving their own views.
    # Speak to them informally (tu, ty, ти, sen), in plain words.
    pgettext("child", "See some examples")
    # NOTE: Read by a child (about 8 to 15) giving their own views.
    # Speak to them informally (tu, ty, ти, sen), in plain words.
    pgettext("child", "Why we ask for this")
    # NOTE: Read by a child (about 8 to 15) giving their own views.
    # Speak to them informally (tu, ty, ти, sen), in plain words.
    # %(partners)s is a list of organisations.
    pgettext("child", "We may share it with: %(partners)s.")
    # NOTE: Read by a child (about 8 to 15) giving their own views.
    # Speak to them informally (tu, ty, ти, sen), in plain words.
    pgettext("child", "We do not share it outside the council.")
    # NOTE: Read by a child (about 8 to 15) giving their own views.
    # Speak to them informally (tu, ty, ти, sen), in plain words.
    pgettext("child", "You must answer this question.")
    # NOTE: Read by a child (about 8 to 15) giving their own views.
    # Speak to them informally (tu, ty, ти, sen), in plain words.
    pgettext("child", "This question is your choice: you can leave it blank.")


def _young_person_answering_questions() -> None:  # pragma: no cover - read by `pybabel extract`
    """Moving through the questions, their help, and whether an answer is needed."""
    # NOTE: Read by a young person (16 to 25) on their own request or views.
    # Speak to them informally (tu, ty, ти, sen), as to a young adult.
    pgettext("young person", "Back")
    # NOTE: Read by a young person (16 to 25) on their own request or views.
    # Speak to them informally (tu, ty, ти, sen), as to a young adult.
    pgettext("young person", "Save and continue")
    # NOTE: Read by a young person (16 to 25) on their own request or views.
    # Speak to them informally (tu, ty, ти, sen), as to a young adult.
    pgettext("young person", "All about me")
    # NOTE: Read by a young person (16 to 25) on their own request or views.
    # Speak to them informally (tu, ty, ти, sen), as to a young adult.
    pgettext("young person", "See some examples")
    # NOTE: Read by a young person (16 to 25) on their own request or views.
    # Speak to them informally (tu, ty, ти, sen), as to a young adult.
    pgettext("young person", "Why we ask for this")
    # NOTE: Read by a young person (16 to 25) on their own request or views.
    # Speak to them informally (tu, ty, ти, sen), as to a young adult.
    # %(partners)s is a list of organisations.
    pgettext("young person", "We may share it with: %(partners)s.")
    # NOTE: Read by a young person (16 to 25) on their own request or views.
    # Speak to them informally (tu, ty, ти, sen), as to a young adult.
    pgettext("young person", "We do not share it outside the council.")
    # NOTE: Read by a young person (16 to 25) on their own request or views.
    # Speak to them informally (tu, ty, ти, sen), as to a young adult.
    pgettext("young person", "You must answer this question.")
    # NOTE: Read by a young person (16 to 25) on their own request or views.
    # Speak to them informally (tu, ty, ти, sen), as to a young adult.
    pgettext("young person", "This question is your choice: you can leave it blank.")


def _child_sending_views() -> None:  # pragma: no cover - read by `pybabel extract`
    """Adding files, then checking and sending their views."""
    # NOTE: Read by a child (about 8 to 15) giving their own views.
    # Speak to them informally (tu, ty, ти, sen), in plain words.
    pgettext("child", "Files you have added")
    # NOTE: Read by a child (about 8 to 15) giving their own views.
    # Speak to them informally (tu, ty, ти, sen), in plain words.
    pgettext("child", "Upload file")
    # NOTE: Read by a child (about 8 to 15) giving their own views.
    # Speak to them informally (tu, ty, ти, sen), in plain words.
    pgettext("child", "Continue")
    # NOTE: Read by a child (about 8 to 15) giving their own views.
    # Speak to them informally (tu, ty, ти, sen), in plain words.
    pgettext("child", "Check your views before you send them")
    # NOTE: Read by a child (about 8 to 15) giving their own views.
    # Speak to them informally (tu, ty, ти, sen), in plain words.
    pgettext("child", "Check your views")
    # NOTE: Read by a child (about 8 to 15) giving their own views.
    # Speak to them informally (tu, ty, ти, sen), in plain words.
    pgettext(
        "child",
        "Once you send your views you cannot change them, but you can send more at any time.",
    )
    # NOTE: Read by a child (about 8 to 15) giving their own views.
    # Speak to them informally (tu, ty, ти, sen), in plain words.
    pgettext(
        "child",
        "Your views will be sent with your request. You cannot change them after that, "
        "but you can send more at any time.",
    )
    # NOTE: Read by a child (about 8 to 15) giving their own views.
    # Speak to them informally (tu, ty, ти, sen), in plain words.
    pgettext("child", "Send your views")
    # NOTE: Read by a child (about 8 to 15) giving their own views.
    # Speak to them informally (tu, ty, ти, sen), in plain words.
    pgettext("child", "Save your views")


def _young_person_sending_views() -> None:  # pragma: no cover - read by `pybabel extract`
    """Adding files, then checking and sending their views."""
    # NOTE: Read by a young person (16 to 25) on their own request or views.
    # Speak to them informally (tu, ty, ти, sen), as to a young adult.
    pgettext("young person", "Files you have added")
    # NOTE: Read by a young person (16 to 25) on their own request or views.
    # Speak to them informally (tu, ty, ти, sen), as to a young adult.
    pgettext("young person", "Upload file")
    # NOTE: Read by a young person (16 to 25) on their own request or views.
    # Speak to them informally (tu, ty, ти, sen), as to a young adult.
    pgettext("young person", "Continue")
    # NOTE: Read by a young person (16 to 25) on their own request or views.
    # Speak to them informally (tu, ty, ти, sen), as to a young adult.
    pgettext("young person", "Check your views before you send them")
    # NOTE: Read by a young person (16 to 25) on their own request or views.
    # Speak to them informally (tu, ty, ти, sen), as to a young adult.
    pgettext("young person", "Check your views")
    # NOTE: Read by a young person (16 to 25) on their own request or views.
    # Speak to them informally (tu, ty, ти, sen), as to a young adult.
    pgettext(
        "young person",
        "Once you send your views you cannot change them, but you can send more at any time.",
    )
    # NOTE: Read by a young person (16 to 25) on their own request or views.
    # Speak to them informally (tu, ty, ти, sen), as to a young adult.
    pgettext(
        "young person",
        "Your views will be sent with your request. You cannot change them after that, "
        "but you can send more at any time.",
    )
    # NOTE: Read by a young person (16 to 25) on their own request or views.
    # Speak to them informally (tu, ty, ти, sen), as to a young adult.
    pgettext("young person", "Send your views")
    # NOTE: Read by a young person (16 to 25) on their own request or views.
    # Speak to them informally (tu, ty, ти, sen), as to a young adult.
    pgettext("young person", "Save your views")


def _child_own_words() -> None:  # pragma: no cover - read by `pybabel extract`
    """The same catalogue questions in a child's voice: a child adding a file to their own
    views reads the first; the others are for a young person (each voiced message has an
    entry in both voices)."""
    # NOTE: Read by a child (about 8 to 15) adding a file to their own views.
    # Speak to them informally (tu, ty, ти, sen), in plain words.
    pgettext("child", "Add a drawing, photo, recording or document")
    # NOTE: On a young person's own request; a child would read it the same way.
    # Speak to them informally (tu, ty, ти, sen), in plain words.
    pgettext("child", "What is your first language?")
    # NOTE: On a young person's own request; a child would read it the same way.
    # Speak to them informally (tu, ty, ти, sen), in plain words.
    pgettext("child", "Do you agree to the EHC needs assessment?")


def _young_person_own_words() -> None:  # pragma: no cover - read by `pybabel extract`
    """Catalogue questions (and options) whose young person's wording (forms/catalogue.yaml's
    `*_self`) is the same English as a parent's: their informal translation
    (forms.kit.question's `in_own_words`, `own_choices`)."""
    # NOTE: Read by a young person (16 to 25) on their own request.
    # Speak to them informally (tu, ty, ти, sen), as to a young adult.
    pgettext("young person", "What is your first language?")
    # NOTE: Read by a young person (16 to 25) giving consent on their own request.
    # Speak to them informally (tu, ty, ти, sen), as to a young adult.
    pgettext("young person", "Do you agree to the EHC needs assessment?")
    # NOTE: Read by a child or young person adding a file to their own views.
    # Speak to them informally (tu, ty, ти, sen), in plain words.
    pgettext("young person", "Add a drawing, photo, recording or document")
    # NOTE: A young person (16 to 25) asking for their own assessment reads this, under
    # "Are you looked after by the council, or were you previously?": it is about them.
    # Speak to them informally (tu, ty, ти, sen), as to a young adult.
    pgettext(
        "young person",
        "This means living in foster care, a children's home or with relatives under a care order",
    )
    # NOTE: A young person (16 to 25) asking for their own assessment reads this option,
    # under "Where do you learn now?": it is about them.
    # Speak to them informally (tu, ty, ти, sen), as to a young adult.
    pgettext("young person", "Not in education or training")


def _child_starting_views() -> None:  # pragma: no cover - read by `pybabel extract`
    """The start page of views in a child's voice (a parent or carer starts a child's
    views today; each voiced message has an entry in both voices)."""
    # NOTE: The start of a child's (about 8 to 15) own views.
    # Speak to them informally (tu, ty, ти, sen), in plain words.
    pgettext("child", "Give your views")
    # NOTE: The start of a child's (about 8 to 15) own views.
    # Speak to them informally (tu, ty, ти, sen), in plain words.
    pgettext(
        "child",
        "Tell us, in your own words, what matters. What you write goes at the start of "
        "the EHC plan, so everyone who reads it gets to know the child or young person "
        "first.",
    )
    # NOTE: The start of a child's (about 8 to 15) own views.
    # Speak to them informally (tu, ty, ти, sen), in plain words.
    pgettext(
        "child",
        "Every question is your choice. You can also add drawings, photos, recordings or "
        "documents. We save your answers on every page.",
    )
    # NOTE: The start of a child's (about 8 to 15) own views.
    # Speak to them informally (tu, ty, ти, sen), in plain words.
    pgettext("child", "Start")


def _young_person_starting_views() -> None:  # pragma: no cover - read by `pybabel extract`
    """The start page of their views, opened from their own request."""
    # NOTE: Read by a young person (16 to 25) starting their own views from their own request.
    # Speak to them informally (tu, ty, ти, sen), as to a young adult.
    pgettext("young person", "Give your views")
    # NOTE: Read by a young person (16 to 25) starting their own views from their own request.
    # Speak to them informally (tu, ty, ти, sen), as to a young adult.
    pgettext(
        "young person",
        "Tell us, in your own words, what matters. What you write goes at the start of "
        "the EHC plan, so everyone who reads it gets to know the child or young person "
        "first.",
    )
    # NOTE: Read by a young person (16 to 25) starting their own views from their own request.
    # Speak to them informally (tu, ty, ти, sen), as to a young adult.
    pgettext(
        "young person",
        "Every question is your choice. You can also add drawings, photos, recordings or "
        "documents. We save your answers on every page.",
    )
    # NOTE: Read by a young person (16 to 25) starting their own views from their own request.
    # Speak to them informally (tu, ty, ти, sen), as to a young adult.
    pgettext("young person", "Start")


def _child_sent_views() -> None:  # pragma: no cover - read by `pybabel extract`
    """The page after a child's own views are sent or saved."""
    # NOTE: Read by a child (about 8 to 15) who has just sent or saved their own views.
    # Speak to them informally (tu, ty, ти, sen), in plain words.
    pgettext("child", "Views sent")
    # NOTE: Read by a child (about 8 to 15) who has just sent or saved their own views.
    # Speak to them informally (tu, ty, ти, sen), in plain words.
    pgettext("child", "Views saved")
    # NOTE: Read by a child (about 8 to 15) who has just sent or saved their own views.
    # Speak to them informally (tu, ty, ти, sen), in plain words.
    pgettext(
        "child",
        "Thank you. We have your views and they will go into the plan in your own words.",
    )
    # NOTE: Read by a child (about 8 to 15) who has just sent or saved their own views.
    # Speak to them informally (tu, ty, ти, sen), in plain words.
    pgettext("child", "Thank you. Your views will be sent with your request.")
    # NOTE: Read by a child (about 8 to 15) who has just sent or saved their own views.
    # Speak to them informally (tu, ty, ти, sen), in plain words.
    pgettext("child", "What you sent")
    # NOTE: Read by a child (about 8 to 15) who has just sent or saved their own views.
    # Speak to them informally (tu, ty, ти, sen), in plain words.
    pgettext("child", "What you wrote")
    # NOTE: Read by a child (about 8 to 15) who has just sent or saved their own views.
    # Speak to them informally (tu, ty, ти, sen), in plain words.
    pgettext("child", "Give more views")
    # NOTE: Read by a child (about 8 to 15) who has just sent or saved their own views.
    # Speak to them informally (tu, ty, ти, sen), in plain words.
    pgettext("child", "Back to your request")
    # NOTE: Read by a child (about 8 to 15) who has just sent or saved their own views.
    # Speak to them informally (tu, ty, ти, sen), in plain words.
    pgettext("child", "Back to your account")
    # NOTE: Read by a child (about 8 to 15) who has just sent or saved their own views.
    # Speak to them informally (tu, ty, ти, sen), in plain words.
    pgettext("child", "What did you think of this service?")


def _young_person_sent_views() -> None:  # pragma: no cover - read by `pybabel extract`
    """The page after a young person's own views are sent or saved."""
    # NOTE: Read by a young person (16 to 25) who has just sent or saved their own views.
    # Speak to them informally (tu, ty, ти, sen), as to a young adult.
    pgettext("young person", "Views sent")
    # NOTE: Read by a young person (16 to 25) who has just sent or saved their own views.
    # Speak to them informally (tu, ty, ти, sen), as to a young adult.
    pgettext("young person", "Views saved")
    # NOTE: Read by a young person (16 to 25) who has just sent or saved their own views.
    # Speak to them informally (tu, ty, ти, sen), as to a young adult.
    pgettext(
        "young person",
        "Thank you. We have your views and they will go into the plan in your own words.",
    )
    # NOTE: Read by a young person (16 to 25) who has just sent or saved their own views.
    # Speak to them informally (tu, ty, ти, sen), as to a young adult.
    pgettext("young person", "Thank you. Your views will be sent with your request.")
    # NOTE: Read by a young person (16 to 25) who has just sent or saved their own views.
    # Speak to them informally (tu, ty, ти, sen), as to a young adult.
    pgettext("young person", "What you sent")
    # NOTE: Read by a young person (16 to 25) who has just sent or saved their own views.
    # Speak to them informally (tu, ty, ти, sen), as to a young adult.
    pgettext("young person", "What you wrote")
    # NOTE: Read by a young person (16 to 25) who has just sent or saved their own views.
    # Speak to them informally (tu, ty, ти, sen), as to a young adult.
    pgettext("young person", "Give more views")
    # NOTE: Read by a young person (16 to 25) who has just sent or saved their own views.
    # Speak to them informally (tu, ty, ти, sen), as to a young adult.
    pgettext("young person", "Back to your request")
    # NOTE: Read by a young person (16 to 25) who has just sent or saved their own views.
    # Speak to them informally (tu, ty, ти, sen), as to a young adult.
    pgettext("young person", "Back to your account")
    # NOTE: Read by a young person (16 to 25) who has just sent or saved their own views.
    # Speak to them informally (tu, ty, ти, sen), as to a young adult.
    pgettext("young person", "What did you think of this service?")
