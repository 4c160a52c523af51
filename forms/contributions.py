"""Views in a person's own words: who is writing, where the views go, one question a
page, and drawings, photos, recordings or documents."""

from __future__ import annotations

from typing import Any

from flask_babel import lazy_pgettext
from flask_wtf.file import FileField
from govuk_frontend_wtf.wtforms_widgets import GovFileInput, GovRadioInput
from wtforms import RadioField

from forms import items
from forms.kit.base import KitForm
from forms.kit.fields import _l, long_text, options, short_text
from forms.kit.question import QuestionForm, errors_in_own_voice, item
from forms.kit.validators import Required

ANSWER_LIMIT = 2000
AUTHORS = [
    ("young_person", _l("I am a young person giving my own views")),
    ("child", _l("I am helping a child or young person give their views")),
    ("parent_carer", _l("I am a parent or carer giving my views about my child")),
]


class StartContributionForm(KitForm):
    """Not catalogue items: which journey to follow, and which case the views are for.
    `young_person`: a young person starting from their own request, case or account,
    who gives their own views; they are not asked who is giving them. `request_chosen`:
    started from the task list of a request, whose views go with it (the one
    destination): not asked where they go."""

    author = RadioField(
        _l("Who is giving their views?"),
        choices=options(AUTHORS),
        widget=GovRadioInput(),
        validators=[Required(message=_l("Select who is giving their views"))],
    )
    destination = RadioField(
        _l("Which case are these views for?"),
        choices=[],
        widget=GovRadioInput(),
        validators=[Required(message=_l("Select which case these views are for"))],
    )

    def __init__(
        self,
        *args: Any,
        destinations: list[Any],
        young_person: bool = False,
        own_views: bool = True,
        request_chosen: bool = False,
        **kwargs: Any,
    ) -> None:
        super().__init__(*args, **kwargs)
        self.destination.choices = destinations
        self.request_chosen = request_chosen
        if request_chosen:
            self.destination.data = destinations[0][0]
            self.destination.raw_data = [destinations[0][0]]
        if not (own_views or young_person):  # no request or case of the account's own
            self.author.choices = [c for c in self.author.choices if c.value != "young_person"]
        self.young_person = young_person
        if young_person:  # giving their own views: the question is not asked
            self.author.data = "young_person"
            self.author.raw_data = ["young_person"]

    def validate(self, extra_validators: Any = None) -> bool:
        """A young person starting their own views is told what is missing in their voice,
        where the "young person" context has it."""
        valid = super().validate(extra_validators)
        if self.young_person:
            errors_in_own_voice(self)
        return valid


class HelpedByForm(QuestionForm):
    helped_by = short_text(
        items.VIEWS_HELPED_BY,
        _l("Enter the name of the person who helped"),
        name=_l("The name of the person who helped"),
        limit=200,
    )


def _prompt(item_id: str) -> type[QuestionForm]:
    return type(
        f"Prompt_{item_id.split('.')[1]}",
        (QuestionForm,),
        {"answer": long_text(item_id, name=_l("Your answer"), limit=ANSWER_LIMIT)},
    )


PROMPTS: dict[str, type[QuestionForm]] = {
    slug: _prompt(items.views_prompt(slug))
    for slug in ("likes", "important", "hard", "support", "hopes")
}

# Where a young person (16 to 25) giving their own views needs other help than a child
# (the catalogue's hint_self and examples_self speak to both): by prompt. A young person
# may be at school, college, in training, an apprenticeship or work.
YOUNG_PERSONS_HINTS = {
    # NOTE: Read by a young person (16 to 25) giving their own views, under "What do I
    # find hard?". They may be at school, college, in training, an apprenticeship or work.
    # Speak to them informally (tu, ty, ти, sen), as to a young adult.
    "hard": lazy_pgettext(
        "young person",
        "Think about times that are hard for you: at school, college, training or work, "
        "at home, or out and about.",
    ),
    # NOTE: Read by a young person (16 to 25) giving their own views, under "What helps
    # me, and how do I like to talk with people?". Speak to them informally (tu, ty, ти,
    # sen), as to a young adult.
    "support": lazy_pgettext(
        "young person",
        "Think about what helps you learn or work and feel calm, and how you like people "
        "to talk to you.",
    ),
    # NOTE: Read by a young person (16 to 25) giving their own views, under "What do I
    # want to do in the future?". Speak to them informally (tu, ty, ти, sen), as to a
    # young adult: not "when you grow up".
    "hopes": lazy_pgettext(
        "young person",
        "Think about this year and the next few years: studying, work, friends, "
        "where you want to live.",
    ),
}

YOUNG_PERSONS_EXAMPLES = {
    # NOTE: Examples a young person (16 to 25) reads under "What do people like about
    # me?", in their own words as a young adult (informal: tu, ty, ти, sen).
    "likes": lazy_pgettext(
        "young person",
        "I am reliable. I am good with computers. I make my friends laugh. "
        "I know a lot about trains.",
    ),
    # NOTE: Examples a young person (16 to 25) reads under "What matters to me?", in
    # their own words as a young adult (informal: tu, ty, ти, sen).
    "important": lazy_pgettext(
        "young person",
        "My friends and family. Knowing what is happening each day. Going to the gym. "
        "Having my own money.",
    ),
    # NOTE: Examples a young person (16 to 25) reads under "What do I find hard?", in
    # their own words as a young adult (informal: tu, ty, ти, sen).
    "hard": lazy_pgettext(
        "young person",
        "Noisy rooms at college or work. Writing a lot. When plans change and nobody tells me.",
    ),
    # NOTE: Examples a young person (16 to 25) reads under "What helps me, and how do I
    # like to talk with people?", in their own words as a young adult (informal: tu, ty,
    # ти, sen). Each sentence asks one person who supports them: use the informal
    # singular "you" where your language has a choice.
    "support": lazy_pgettext(
        "young person",
        "Show me, do not just tell me. Give me time to answer. Send me a message "
        "instead of calling me.",
    ),
    # NOTE: Examples a young person (16 to 25) reads under "What do I want to do in the
    # future?", in their own words as a young adult (informal: tu, ty, ти, sen).
    "hopes": lazy_pgettext(
        "young person",
        "Finish my course or apprenticeship. Get a job working with animals. Travel on "
        "my own. Live with friends one day.",
    ),
}


class ContributionFileForm(QuestionForm):
    file = item("views.file", FileField, widget=GovFileInput())
    description = short_text("views.file_description", name=_l("The description"), limit=200)
