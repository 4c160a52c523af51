"""Loads and checks forms/catalogue.yaml, the single description of what is collected."""

from __future__ import annotations

import functools
from collections.abc import Mapping
from functools import cached_property
from pathlib import Path
from typing import Annotated, Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

CATALOGUE_PATH = Path(__file__).with_name("catalogue.yaml")
YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml's, about 10 times faster
Identifier = Annotated[str, Field(pattern=r"^[a-z][a-z0-9_]*$")]


class _Entry(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    id: Identifier
    name: str


Article6 = Literal[
    "consent",
    "contract",
    "legal_obligation",
    "vital_interests",
    "public_task",
    "legitimate_interests",
]


class LawfulBasis(_Entry):
    article_6: Article6  # UK GDPR Article 6(1): which rights a person has over the item


class Purpose(_Entry):
    pass


class Category(_Entry):
    examples: str
    shared_with: list[Identifier]
    special_category: bool = False
    # What a family's own pages call the category where the privacy notice's name says
    # more than the items in it ("Safeguarding information" over whether a child is
    # looked after), or other than them: plainly, what is in it.
    named: str | None = None
    # The same, for a young person reading about themselves, where `named` speaks of them.
    named_self: str | None = None

    @property
    def family_name(self) -> str:
        return self.named or self.name

    def family_name_for(self, young_person: bool) -> str:
        """`family_name`, or a young person's own (`named_self`) when they read it."""
        return (self.named_self if young_person else None) or self.family_name


class Categories(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    child: list[Category]
    parent: list[Category]


class _StaffName(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    label: str


class StaffName(_StaffName):
    """What staff call an item when they read its answers: a noun phrase in the third
    person ("Parent's first name", "Relationship to the child"), never the family's
    question. `young_person`: the name on a young person's own request, where it differs
    ("Young person's first name"). Both are extracted by their `label` key."""

    young_person: _StaffName | None = None


class Item(BaseModel):
    """One thing the portal collects, and everything a person is told about it."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    id: Annotated[str, Field(pattern=r"^[a-z_]+\.[a-z0-9_]+$")]
    subject: Literal["child", "parent"]
    category: Identifier
    collection: Literal["required", "voluntary"]
    label: str
    label_self: str | None = None
    # What a page listing a family's information calls the item where its question asks
    # them to do something ("Upload a file"): what was sent ("Files sent with the request").
    named: str | None = None
    staff: StaffName  # every item has one: staff read every item's answers somewhere
    hint: str | None = None
    hint_self: str | None = None
    why: str
    why_self: str | None = None
    examples: str | None = None  # shown under "See some examples" where a question has them
    examples_self: str | None = None
    purposes: list[Identifier] = Field(min_length=1)
    lawful_basis: list[Identifier] = Field(min_length=1)
    shared_with: list[Identifier]
    retention: Identifier
    special_category: bool = False
    # Answers to other items that leave this one nothing to ask (no setting to name for a
    # child not in education or training): it is then neither needed nor kept.
    not_needed_when: dict[str, list[str]] = {}

    @property
    def required(self) -> bool:
        return self.collection == "required"

    def needed(self, answers: Mapping[str, Any]) -> bool:
        return not any(answers.get(other) in given for other, given in self.not_needed_when.items())

    def required_in(self, answers: Mapping[str, Any]) -> bool:
        """Whether a request with these answers must answer the item: not while an answer
        it depends on is still to give (which setting to name depends on the setting),
        as its page asks only for that one."""
        waiting = any(answers.get(other) in (None, "") for other in self.not_needed_when)
        return self.required and self.needed(answers) and not waiting

    def wording(self, young_person: bool) -> tuple[str, str | None, str]:
        """The English label, hint and reason, spoken to a young person when they ask."""
        if young_person:
            return (
                self.label_self or self.label,
                self.hint_self or self.hint,
                self.why_self or self.why,
            )
        return self.label, self.hint, self.why

    def asked(self, young_person: bool) -> str:
        """The English question as the person answering was asked it: a child's or young
        person's own (`label_self`, "What do people like about me?") where the catalogue
        has one. Pages that read their answers back to them name it so."""
        return self.wording(young_person)[0]

    def staff_label(self, young_person: bool) -> str:
        """The English name staff read the item's answers under (see `StaffName`)."""
        if young_person and self.staff.young_person is not None:
            return self.staff.young_person.label
        return self.staff.label

    def examples_for(self, young_person: bool) -> str | None:
        return (self.examples_self or self.examples) if young_person else self.examples


class Catalogue(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    lawful_bases: list[LawfulBasis]
    purposes: list[Purpose]
    categories: Categories
    items: list[Item]

    @model_validator(mode="after")
    def _references_exist(self) -> Catalogue:
        purposes = {p.id for p in self.purposes}
        bases = {b.id for b in self.lawful_bases}
        seen: set[str] = set()
        for item in self.items:
            if item.id in seen:
                raise ValueError(f"item {item.id} is listed twice")
            seen.add(item.id)
            categories = {c.id for c in getattr(self.categories, item.subject)}
            if item.category not in categories:
                raise ValueError(f"item {item.id}: no {item.subject} category {item.category!r}")
            for purpose in item.purposes:
                if purpose not in purposes:
                    raise ValueError(f"item {item.id}: unknown purpose {purpose!r}")
            for basis in item.lawful_basis:
                if basis not in bases:
                    raise ValueError(f"item {item.id}: unknown lawful basis {basis!r}")
        for item in self.items:
            for other in item.not_needed_when:
                if other not in seen:
                    raise ValueError(f"item {item.id}: not_needed_when names no item {other!r}")
        return self

    @cached_property
    def by_id(self) -> dict[str, Item]:
        return {item.id: item for item in self.items}

    def item(self, item_id: str) -> Item:
        return self.by_id[item_id]

    def category(self, subject: str, category_id: str) -> Category:
        return next(c for c in getattr(self.categories, subject) if c.id == category_id)

    def purpose(self, purpose_id: str) -> Purpose:
        return next(p for p in self.purposes if p.id == purpose_id)

    def lawful_basis(self, basis_id: str) -> LawfulBasis:
        return next(b for b in self.lawful_bases if b.id == basis_id)


class CatalogueError(RuntimeError):
    pass


def partner_references(catalogue: Catalogue) -> list[tuple[str, list[str]]]:
    """Each place the catalogue names sharing partners, with the ids it names."""
    return [
        (f"categories.{group}.{category.id}.shared_with", category.shared_with)
        for group in ("child", "parent")
        for category in getattr(catalogue.categories, group)
    ] + [(f"items.{item.id}.shared_with", item.shared_with) for item in catalogue.items]


@functools.lru_cache(maxsize=4)
def _parsed(text: str) -> Catalogue:
    """One parse per text: the catalogue is frozen, so each app built from the same file
    (every test's) can share it."""
    return Catalogue.model_validate(yaml.load(text, Loader=YAML_LOADER))  # noqa: S506 (a safe loader)


def load_catalogue(path: Path = CATALOGUE_PATH) -> Catalogue:
    try:
        return _parsed(path.read_text(encoding="utf-8"))
    except ValidationError as exc:
        first = exc.errors()[0]
        key = ".".join(str(part) for part in first["loc"])
        message = first["msg"].removeprefix("Value error, ")
        raise CatalogueError(f"{path} is not valid: {key}: {message}") from None
