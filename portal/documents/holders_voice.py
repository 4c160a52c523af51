"""A young person's files, in their register: the messages of the files pages
(templates/documents/files.html, components/file_list.html) and of the page that asks
before a file is removed (documents/remove_file.html, rendered with `template_words`)
that are the same English as a parent's, marked in the "young person" context for
`pybabel extract`. Never called."""

from __future__ import annotations

from flask_babel import ngettext, npgettext, pgettext


def _removing_a_file() -> None:  # pragma: no cover - read by `pybabel extract`
    """The link beside each file added, and the page that asks before removing it."""
    # NOTE: A link beside a file a young person (16 to 25) added to their own request or
    # views. Speak to them informally (tu, ty, ти, sen), as to a young adult.
    pgettext("young person", "Remove")
    # NOTE: A young person (16 to 25) is asked before a file they added is removed.
    # Speak to them informally (tu, ty, ти, sen), as to a young adult.
    # %(name)s is the file's name.
    pgettext("young person", "Are you sure you want to remove %(name)s?")
    # NOTE: A young person (16 to 25) is asked before a file they added is removed.
    # Speak to them informally (tu, ty, ти, sen), as to a young adult.
    pgettext(
        "young person", "We will delete the file. You can add it again if you change your mind."
    )
    # NOTE: A young person (16 to 25) is asked before a file they added is removed.
    # Speak to them informally (tu, ty, ти, sen), as to a young adult.
    pgettext("young person", "Yes, remove it")
    # NOTE: A young person (16 to 25) is asked before a file they added is removed.
    # Speak to them informally (tu, ty, ти, sen), as to a young adult.
    pgettext("young person", "No, keep it")


def _adding_a_file() -> None:  # pragma: no cover - read by `pybabel extract`
    """What the files page says when a file could not be kept, or no more can be added."""
    # NOTE: Under a file a young person (16 to 25) chose, not uploaded because something
    # else on the page needs correcting. Speak to them informally (tu, ty, ти, sen).
    # %(name)s is the file's name.
    pgettext("young person", "Choose your file again: %(name)s")
    # The shared form of the message `voiced_count` shows (portal/documents/routes.py).
    ngettext(
        "You have added %(num)s file, the most you can. To add another, remove one first.",
        "You have added %(num)s files, the most you can. To add another, remove one first.",
        1,
    )
    # NOTE: A young person (16 to 25) has added as many files as they can to their own
    # request or views. Speak to them informally (tu, ty, ти, sen), as to a young adult.
    npgettext(
        "young person",
        "You have added %(num)s file, the most you can. To add another, remove one first.",
        "You have added %(num)s files, the most you can. To add another, remove one first.",
        1,
    )
