"""What a family's files belong to: their request, or their views. Each owning feature
describes itself with an `Owner` and registers it here; routes.py serves the same pages
(list and upload, download, preview, remove) for every owner registered, at its URLs."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from flask.typing import ResponseReturnValue

from portal.models import Document
from portal.platform.sending import Sendable
from portal.platform.sharing import Agreed


@dataclass(frozen=True)
class FilesPage:
    """What one owner's files page says where the owners differ, and where it links."""

    title: str
    intro: str
    """Says adding files is a choice, and how many may be added."""
    heading: str
    """Over the files already added."""
    add_heading: str | None
    """Over the upload form; None where the file's label is the form's heading."""
    voice: str | None
    """The register of the page's reader: see portal/platform/voices.py."""
    young_person: bool
    back: str
    onward: str
    agreed: Agreed = None
    """The partners the person agreed to share with, where the request or case the files
    go with has its consent choices: "Why we ask for this" names the sharing they allow."""


@dataclass(frozen=True)
class Owner:
    kind: str
    """The pages' `owner` argument in url_for: "request" or "contribution"."""
    path: str
    """The files page, `<owner_id>` where the owner's id goes; the others are below it."""
    column: str
    """The Document column naming the owner: "draft_id" or "contribution_id"."""
    sendable: Sendable[Any]
    """Finding the signed-in person's own, and whether it is already sent."""
    form: Callable[[Any], Any]
    """The upload form for this owner."""
    page: Callable[[Any, int], FilesPage]
    """The page's words and links, given the owner and the most files allowed (app.yaml's
    uploads.max_files_per_contribution, for either owner)."""
    added: Callable[[Any, Document], None]
    """Called once a file is kept, to mark the owner changed."""
    not_added: Callable[[Any, str, str], ResponseReturnValue | None] | None = None
    """The page for a file chosen after the owner was sent (its page left open in another
    tab): given the owner, the file's name and its description, it says the file was not
    added. None goes to what was sent, as any page does once it is sent."""
    closed: Callable[[Any], bool] | None = None
    """Whether the owner, not yet sent, no longer takes changes all the same (the annual
    review's views once the review has closed): its files page and a file's removal then
    go where a sent one's do, and a file chosen is told by `not_added`. None: only sending
    closes it."""
    locates: Callable[[Any], dict[str, str]] | None = None
    """More arguments for the pages' addresses (their query string), saying what the
    owner is for (a response's case and draft), so that a page left open after the owner
    was replaced by another can find the one that replaced it (`replaced`)."""
    replaced: Callable[[], Replaced | None] | None = None
    """For a page whose owner is no longer the signed-in person's own (gone, its files
    moved to another: an unsent response carried to the council's new draft): the
    person's own one that replaced it, found from the page's address (`locates`), where
    that is certain; otherwise None. It tells the family what happened."""
    gone: Callable[[str, str], ResponseReturnValue] | None = None
    """The page for a file chosen on a page whose owner is gone, where `replaced` cannot
    say what replaced it: given the file's name and its description, it says the file was
    not added. None: Not Found, as for any address that names nothing of theirs."""

    def arguments(self, thing: Any) -> dict[str, Any]:
        """The route arguments naming this owner, for url_for."""
        return {
            "owner": self.kind,
            "owner_id": thing.id,
            **(self.locates(thing) if self.locates is not None else {}),
        }


@dataclass(frozen=True)
class Replaced:
    """The owner that replaced one a page was left open on, and the page to go to once a
    form posted there is done (where the family is told what happened)."""

    thing: Any
    landing: str


_OWNERS: dict[str, Owner] = {}


def register(owner: Owner) -> Owner:
    """Called by the owning feature when its pages are imported, before the app is built."""
    _OWNERS[owner.kind] = owner
    return owner


def every() -> list[Owner]:
    return list(_OWNERS.values())


def of(kind: str) -> Owner:
    return _OWNERS[kind]
