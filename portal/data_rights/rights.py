"""Which rights a person has over an item, from the catalogue's lawful basis for it.

UK GDPR gives everyone the right to have an item corrected (Article 16) and its use
restricted (Article 18), whatever the basis. An item can be erased (Article 17) unless
the council needs it for a legal duty or a task in the public interest (17(3)(b)). A
use can be objected to (Article 21) only where it rests on a public task or legitimate
interests; where it rests on consent, the person withdraws consent instead (Article 7(3)).
An item held on several bases has the rights that survive every one of them, except
objection, which applies to the uses that rest on a public task. A consent choice that
only consent rests on is changed on the case's consent page rather than erased: each
choice given or withdrawn is kept to show what was agreed (Article 7(1)).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from forms.catalogue import Catalogue, Item
from forms.kit.fields import _l
from forms.kit.question import in_own_words

RECTIFICATION = "rectification"
RESTRICTION = "restriction"
OBJECTION = "objection"
ERASURE = "erasure"
RIGHTS = (RECTIFICATION, RESTRICTION, OBJECTION, ERASURE)

# What the family asks for, in a few words (the choices, the queue, their status list).
ASKS = {
    RECTIFICATION: _l("Correct it"),
    RESTRICTION: _l("Stop using it for now, but keep it"),
    OBJECTION: _l("Stop using it for something"),
    ERASURE: _l("Erase it"),
}
EXPLAINED = {
    RECTIFICATION: _l(
        "If something we hold is wrong or incomplete, we correct it (UK GDPR Article 16). "
        "This applies to everything we hold."
    ),
    RESTRICTION: _l(
        "We keep it but stop using it, for example while we check whether it is right or "
        "consider your objection (Article 18). This applies to everything we hold."
    ),
    OBJECTION: _l(
        "You can object to a use that rests on a task in the public interest. We stop, "
        "unless we have strong legal reasons to go on (Article 21)."
    ),
    ERASURE: _l(
        "We delete it where the law allows, for example something you gave only with your "
        "consent. We cannot erase what the law requires us to keep (Article 17)."
    ),
}

KEEPING_DUTIES = {"legal_obligation", "public_task"}
OBJECTABLE = {"public_task", "legitimate_interests"}

# Why a right does not apply to an item.
LEGAL_DUTY_KEEPS = "legal_duty_keeps"
PUBLIC_TASK_KEEPS = "public_task_keeps"
LAW_REQUIRES_USE = "law_requires_use"
WITHDRAW_CONSENT = "withdraw_consent"
CONSENT_CHOICE = "consent_choice"
WHY_NOT = {
    LEGAL_DUTY_KEEPS: _l(
        "You cannot ask us to erase this: the law requires the council to keep it (UK GDPR "
        "Article 17(3)(b))."
    ),
    PUBLIC_TASK_KEEPS: _l(
        "You cannot ask us to erase this while we need it for a task the law gives the "
        "council (UK GDPR Article 17(3)(b))."
    ),
    LAW_REQUIRES_USE: _l(
        "You cannot object to this use: the law requires it (UK GDPR Article 21 covers only "
        "a task in the public interest)."
    ),
    WITHDRAW_CONSENT: _l(
        "You cannot object to this use, but you can withdraw your consent at any time."
    ),
    CONSENT_CHOICE: _l(
        "You change a consent choice on your case's consent page, not by asking us to "
        "erase it. We keep a record of every choice, to show what was agreed and when (UK "
        "GDPR Article 7(1))."
    ),
}
# The catalogue's category of consent choices: changed on the case's consent page.
CONSENT = "consent"


@dataclass(frozen=True)
class Rights:
    """The rights that apply to one item, and why each other right does not."""

    applies: tuple[str, ...]
    why_not: tuple[tuple[str, str], ...]  # (right, a key of WHY_NOT)

    def reasons(self, say: Callable[[Any], object] = str) -> list[str]:
        """Why each other right does not apply, as `say` words it for the reader."""
        return [str(say(WHY_NOT[reason])) for _right, reason in self.why_not]


@dataclass(frozen=True)
class TableRights:
    """The rights of a table of items, said once for it: `applies`, those every item has,
    in `RIGHTS`' order (a row names only the others it has: `more`); `reasons`, why a
    right does not apply, each with the names of the items it is about where not all."""

    applies: tuple[str, ...]
    reasons: list[tuple[str, list[str]]]
    more: Callable[[Rights], tuple[str, ...]]
    varies: bool  # some row has more


def said_once(rows: list[tuple[Rights, str]], say: Callable[[Any], object] = str) -> TableRights:
    about: dict[str, list[str]] = {}
    for found, name in rows:
        for _right, reason in found.why_not:
            about.setdefault(reason, []).append(name)
    every = set(RIGHTS).intersection(*(found.applies for found, _name in rows))
    applies = tuple(right for right in RIGHTS if right in every)

    def more(found: Rights) -> tuple[str, ...]:
        return tuple(right for right in found.applies if right not in every)

    return TableRights(
        applies,
        [
            (str(say(WHY_NOT[reason])), [] if len(names) == len(rows) else names)
            for reason, names in about.items()
        ],
        more,
        any(more(found) for found, _name in rows),
    )


def rights_over(catalogue: Catalogue, item: Item) -> Rights:
    bases = {catalogue.lawful_basis(basis).article_6 for basis in item.lawful_basis}
    applies = [RECTIFICATION, RESTRICTION]
    why_not = []
    if bases & OBJECTABLE:
        applies.append(OBJECTION)
    else:
        reason = WITHDRAW_CONSENT if bases == {"consent"} else LAW_REQUIRES_USE
        why_not.append((OBJECTION, reason))
    if bases & KEEPING_DUTIES:
        reason = LEGAL_DUTY_KEEPS if "legal_obligation" in bases else PUBLIC_TASK_KEEPS
        why_not.append((ERASURE, reason))
    elif item.category == CONSENT:
        why_not.append((ERASURE, CONSENT_CHOICE))
    else:
        applies.append(ERASURE)
    return Rights(tuple(applies), tuple(why_not))


def item_name(item: Item, young_person: bool) -> str:
    """How the pages name an item, as the reader was asked it: a young person in their own
    words (the catalogue's `label_self`, in their informal register), a parent as a
    parent was asked (portal/data_rights/holders_voice.py)."""
    return in_own_words(item.named or item.asked(young_person), young_person)
