"""The API contract (openapi.yaml), loaded once, and JSON Schema checks against it."""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

import yaml
from jsonschema import Draft202012Validator, FormatChecker

SPEC_PATH = Path(__file__).with_name("openapi.yaml")


@cache
def spec() -> dict[str, Any]:
    return yaml.safe_load(SPEC_PATH.read_text(encoding="utf-8"))


@cache
def validator(schema_name: str) -> Draft202012Validator:
    schema = {"$ref": f"#/components/schemas/{schema_name}", "components": spec()["components"]}
    return Draft202012Validator(schema, format_checker=FormatChecker())


def problems(schema_name: str, document: Any) -> list[dict[str, str]]:
    """What is wrong with a document, one entry per problem, with the field it concerns."""
    return [
        {
            "field": "/".join(str(p) for p in error.absolute_path) or "(body)",
            "message": error.message,
        }
        for error in sorted(validator(schema_name).iter_errors(document), key=str)
    ][:20]
