"""Which rights a person has over an item follow from the catalogue's lawful basis for it
(UK GDPR Articles 16, 17, 18 and 21)."""

from __future__ import annotations

import pytest

from forms.catalogue import Catalogue, load_catalogue
from portal.data_rights.rights import (
    ERASURE,
    LAW_REQUIRES_USE,
    LEGAL_DUTY_KEEPS,
    OBJECTION,
    PUBLIC_TASK_KEEPS,
    RECTIFICATION,
    RESTRICTION,
    WITHDRAW_CONSENT,
    Rights,
    rights_over,
)

CATALOGUE = load_catalogue()


def over(item_id: str, catalogue: Catalogue = CATALOGUE) -> Rights:
    return rights_over(catalogue, catalogue.item(item_id))


@pytest.mark.parametrize(
    ("item_id", "applies", "why_not"),
    [
        # A legal duty: kept and used whatever the family asks, but corrected or restricted.
        (
            "child.first_name",
            (RECTIFICATION, RESTRICTION),
            ((OBJECTION, LAW_REQUIRES_USE), (ERASURE, LEGAL_DUTY_KEEPS)),
        ),
        # Consent alone: erased on request; withdrawn rather than objected to.
        (
            "feedback.contact_phone",
            (RECTIFICATION, RESTRICTION, ERASURE),
            ((OBJECTION, WITHDRAW_CONSENT),),
        ),
        # A public task: objected to, but not erased while needed for it.
        (
            "feedback.satisfaction",
            (RECTIFICATION, RESTRICTION, OBJECTION),
            ((ERASURE, PUBLIC_TASK_KEEPS),),
        ),
        # A legal duty and a public task: the use resting on the task can be objected to.
        (
            "views.hard",
            (RECTIFICATION, RESTRICTION, OBJECTION),
            ((ERASURE, LEGAL_DUTY_KEEPS),),
        ),
        # Consent and a legal duty: the duty keeps it.
        (
            "consent.assessment",
            (RECTIFICATION, RESTRICTION),
            ((OBJECTION, LAW_REQUIRES_USE), (ERASURE, LEGAL_DUTY_KEEPS)),
        ),
    ],
)
def test_the_rights_follow_from_the_lawful_basis(
    item_id: str, applies: tuple[str, ...], why_not: tuple[tuple[str, str], ...]
) -> None:
    assert over(item_id) == Rights(applies, why_not)


def test_correction_and_restriction_apply_to_every_item() -> None:
    for item in CATALOGUE.items:
        found = rights_over(CATALOGUE, item)
        assert found.applies[:2] == (RECTIFICATION, RESTRICTION), item.id
        assert len(found.applies) + len(found.why_not) == 4, item.id


def test_every_lawful_basis_names_its_article_6_basis() -> None:
    assert {b.id: b.article_6 for b in CATALOGUE.lawful_bases}["consent"] == "consent"
    assert CATALOGUE.lawful_basis("children_and_families_act_2014").article_6 == "legal_obligation"
    assert CATALOGUE.lawful_basis("send_code_of_practice_2015").article_6 == "public_task"


def test_legitimate_interests_could_be_erased_and_objected_to() -> None:
    changed = CATALOGUE.model_copy(
        update={
            "lawful_bases": [
                b.model_copy(update={"article_6": "legitimate_interests"})
                if b.id == "send_code_of_practice_2015"
                else b
                for b in CATALOGUE.lawful_bases
            ]
        }
    )
    assert over("feedback.satisfaction", changed).applies == (
        RECTIFICATION,
        RESTRICTION,
        OBJECTION,
        ERASURE,
    )
