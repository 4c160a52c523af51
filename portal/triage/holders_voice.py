"""The standard reasons for a decision not to assess, as a young person (16 to 25) is
told them about their own request, in the email and on their case page
(service.TO_YOUNG_PERSON), in the "young person" context for `pybabel extract`. Never
called."""

from __future__ import annotations

from flask_babel import pgettext


def _reasons_not_to_assess() -> None:  # pragma: no cover - read by `pybabel extract`
    """Told of "you", not of "the child or young person"."""
    # NOTE: A reason for deciding not to assess, told to a young person (16 to 25) about
    # their own request. Speak to them informally (tu, ty, ти, sen), as to a young adult.
    pgettext(
        "young person",
        "The information we have does not show that you have or may have special "
        "educational needs.",
    )
    # NOTE: A reason for deciding not to assess, told to a young person (16 to 25) about
    # their own request. Speak to them informally (tu, ty, ти, sen), as to a young adult.
    pgettext(
        "young person",
        "The information we have shows that your needs can be met from the support your "
        "school or college normally provides.",
    )
    # NOTE: A reason for deciding not to assess, told to a young person (16 to 25) about
    # their own request. Speak to them informally (tu, ty, ти, sen), as to a young adult.
    pgettext(
        "young person",
        "Your school or college has not yet tried the support it can give, and reviewed how "
        "well it worked, over enough time.",
    )
    # NOTE: A reason for deciding not to assess, told to a young person (16 to 25) about
    # their own request. Speak to them informally (tu, ty, ти, sen), as to a young adult.
    pgettext("young person", "You are making good progress with the support you have now.")
