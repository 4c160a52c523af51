"""Something a family writes and then sends (their request, their views): only its author
opens it, and once it is sent it cannot change. Each kind says how it is found, when it
counts as sent and where what was sent is shown; every page that changes one asks here.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from flask import abort, redirect
from flask.typing import ResponseReturnValue

from portal.platform.access import signed_in_account_id

T = TypeVar("T")


@dataclass(frozen=True)
class Sendable(Generic[T]):
    find: Callable[[str, str], T | None]
    """(account id, its id): the person's own one, or None."""
    is_sent: Callable[[T], bool]
    """Whether it has gone (or is waiting to go), so can no longer change."""
    shown_when_sent: Callable[[T], str]
    """The page that shows what was sent."""
    argument: str
    """The route argument holding its id ("draft_id")."""

    def own(self, thing_id: str) -> T:
        """The signed-in person's own one, or 404: the object check for every page."""
        found = self.find(signed_in_account_id(), thing_id)
        if found is None:
            abort(404)
        return found

    def already_sent(self, thing: T) -> ResponseReturnValue | None:
        """Where a page that would change it goes instead, once it is sent; None until then."""
        if self.is_sent(thing):
            return redirect(self.shown_when_sent(thing))
        return None

    def refuse_if_sent(self, thing: T) -> None:
        """For an action with no page of its own (removing a file): once sent, 404."""
        if self.is_sent(thing):
            abort(404)

    def editing(self, view: Callable[..., ResponseReturnValue]) -> Callable[..., Any]:
        """A page that changes one: its view is given the person's own one in place of
        its id (404 if not theirs), and once it is sent the page shows what was sent."""

        @functools.wraps(view)
        def guarded(**arguments: Any) -> ResponseReturnValue:
            thing = self.own(arguments.pop(self.argument))
            if (instead := self.already_sent(thing)) is not None:
                return instead
            return view(thing, **arguments)

        return guarded
