"""A young person's consent for their own case in their register: the messages of the
consent page (/account/cases/<reference>/consent) that are the same English as a
parent's, marked in the "young person" context for `pybabel extract`. The page is
rendered with `template_words` for the case's young person, which picks them ("Your
consent" and "Back to the case" have theirs already). Never called."""

from __future__ import annotations

from flask_babel import pgettext


def _consent_page() -> None:  # pragma: no cover - read by `pybabel extract`
    """The consent for their case, and the notice after they change it."""
    # NOTE: A young person (16 to 25) reads this about consent for their own case.
    # Speak to them informally (tu, ty, ти, sen), as to a young adult.
    pgettext(
        "young person",
        "This is what you have agreed to. You can change your choices or withdraw your "
        "consent at any time.",
    )
    # NOTE: A young person (16 to 25) reads this about consent for their own case.
    # Speak to them informally (tu, ty, ти, sen), as to a young adult.
    pgettext("young person", "Change your choices")
    # NOTE: A young person (16 to 25) reads this about consent for their own case.
    # Speak to them informally (tu, ty, ти, sen), as to a young adult.
    pgettext("young person", "Your consent has been updated")
