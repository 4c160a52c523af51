"""Words shown on a child's or young person's own pages, in the register they expect.

A child giving their own views, or a young person asking for their own assessment, reads
some of the same words as a parent ("Save and continue", "Why we ask for this"). Many
languages speak to a parent formally and to a child or young person informally
(Romanian "tu", Polish "ty", Bulgarian "ти", Turkish "sen"), so each such message has its
own translation in the context "child" and "young person". `voiced` picks it, and falls
back to the shared translation where a context entry is missing.
"""

from __future__ import annotations

from flask_babel import get_translations, gettext, pgettext

VOICES = ("child", "young person")


def voiced(text: str, voice: str | None, **variables: object) -> str:
    """`text` as the reader of this page is spoken to: `voice` is "child", "young person"
    or None (an adult)."""
    if voice in VOICES and get_translations().upgettext(voice, text) != text:
        return pgettext(voice, text, **variables)
    return gettext(text, **variables)


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
