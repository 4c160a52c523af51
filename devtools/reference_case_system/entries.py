"""What the portal adds to a case after it is opened (a consent event, a contribution,
a triage decision) is kept as an entry: `add_entry` stores one, for each resource's
route."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from flask import Response

from devtools.reference_case_system.cases import case_exists
from devtools.reference_case_system.common import created, json_body, problem
from devtools.reference_case_system.database import db
from devtools.reference_case_system.models import Entry


def add_entry(
    reference: str,
    kind: str,
    schema: str,
    effect: Callable[[str, dict[str, Any]], None] | None = None,
) -> Response:
    """Store the request's body (checked against `schema`) as an entry of this `kind`,
    then apply its `effect` on the case, if it has one."""
    if not case_exists(reference):
        return problem(404, "Not Found", "no such case")
    document, error = json_body(schema)
    if error:
        return error
    entry = Entry(case_reference=reference, kind=kind, body=document)
    db().add(entry)
    db().flush()
    if effect is not None:
        effect(reference, document)
    return created({"id": str(entry.id)})
