"""Which questions on a page one "Why we ask for this" explains."""

from __future__ import annotations

from wtforms import Field

from forms.catalogue import Item


def explained_together(
    entries: list[tuple[Field, Item]], young_person: bool
) -> list[tuple[Field, Item, list[Item]]]:
    """Each field with the questions its "Why we ask for this" explains: the last of a run
    of questions asked for the same reason and shared alike explains them all (an
    address's four lines, once), the others none. A question another answer can leave
    unasked stands alone, as its hint speaks of it."""

    def joins(first: Item, second: Item) -> bool:
        return (
            first.wording(young_person)[2] == second.wording(young_person)[2]
            and first.shared_with == second.shared_with
            and not first.not_needed_when
            and not second.not_needed_when
        )

    explained: list[tuple[Field, Item, list[Item]]] = []
    run: list[Item] = []
    for position, (field, item) in enumerate(entries):
        run.append(item)
        following = entries[position + 1][1] if position + 1 < len(entries) else None
        if following is not None and joins(item, following):
            explained.append((field, item, []))
        else:
            explained.append((field, item, run))
            run = []
    return explained
