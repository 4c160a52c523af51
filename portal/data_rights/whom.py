"""Whom a parent's request about a child's information is about: one of the children
whose cases they see, or all of them, chosen as they ask and kept with the request."""

from __future__ import annotations

from markupsafe import Markup

from forms.data_rights import ALL_OF_THEM
from portal.cases import service as cases
from portal.models import DataRightsRequest


def children_of(account_id: str) -> list[tuple[str, str]]:
    """The account's cases, each by its child's name (its reference where no name is
    known), oldest link first: what a parent chooses from when asking about a child."""
    found = sorted(cases.linked_cases(account_id), key=lambda case: case.link.created_at)
    return [
        (case.link.case_reference, case.child_name or case.link.case_reference) for case in found
    ]


def about(children: list[tuple[str, str]], chosen: str | None) -> dict[str, str] | None:
    """Whom a request is about, as kept with it: the case chosen and its child's name, or
    all of them (`ALL_OF_THEM`); the only case, where there is one; None where none."""
    if chosen == ALL_OF_THEM:
        return {"case": ALL_OF_THEM}
    named = dict(children)
    if chosen in named:
        return {"case": str(chosen), "name": named[str(chosen)]}
    if len(children) == 1:
        reference, name = children[0]
        return {"case": reference, "name": name}
    return None


def one_case(row: DataRightsRequest) -> str | None:
    """The case of the child the family said a request is about, if one."""
    chosen = (row.content.get("about") or {}).get("case")
    return None if chosen in (None, ALL_OF_THEM) else str(chosen)


def label(row: DataRightsRequest) -> Markup | None:
    """The child the family said it is about, named as staff pages name a case."""
    about = row.content.get("about") or {}
    chosen = one_case(row)
    return cases.case_label(chosen, str(about.get("name") or "")) if chosen else None
