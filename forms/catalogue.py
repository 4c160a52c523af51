"""Loads and checks forms/catalogue.yaml, the single description of what is collected."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError

CATALOGUE_PATH = Path(__file__).with_name("catalogue.yaml")
Identifier = Annotated[str, Field(pattern=r"^[a-z][a-z0-9_]*$")]


class _Entry(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    id: Identifier
    name: str


class LawfulBasis(_Entry):
    pass


class Purpose(_Entry):
    pass


class Category(_Entry):
    examples: str
    shared_with: list[Identifier]
    special_category: bool = False


class Categories(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    child: list[Category]
    parent: list[Category]


class Catalogue(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    lawful_bases: list[LawfulBasis]
    purposes: list[Purpose]
    categories: Categories


class CatalogueError(RuntimeError):
    pass


def partner_references(catalogue: Catalogue) -> list[tuple[str, list[str]]]:
    """Each place the catalogue names sharing partners, with the ids it names."""
    return [
        (f"categories.{group}.{category.id}.shared_with", category.shared_with)
        for group in ("child", "parent")
        for category in getattr(catalogue.categories, group)
    ]


def load_catalogue(path: Path = CATALOGUE_PATH) -> Catalogue:
    try:
        return Catalogue.model_validate(yaml.safe_load(path.read_text(encoding="utf-8")))
    except ValidationError as exc:
        first = exc.errors()[0]
        key = ".".join(str(part) for part in first["loc"])
        raise CatalogueError(f"{path} is not valid: {key}: {first['msg']}") from None
