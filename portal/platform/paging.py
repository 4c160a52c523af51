"""A staff list a page at a time: the page asked for (`?page=`), checked against how many
there are, so a bad or too large number is a page not found rather than an error."""

from __future__ import annotations

from dataclasses import dataclass

from flask import abort, request

PER_PAGE = 25
# Beyond any list a council keeps, and small enough that the rows to skip fit the
# database's integers.
LAST_POSSIBLE_PAGE = 1_000_000


@dataclass(frozen=True)
class Paging:
    number: int
    size: int
    total: int

    @property
    def skip(self) -> int:
        return (self.number - 1) * self.size

    @property
    def pages(self) -> int:
        return max(1, -(-self.total // self.size))

    @property
    def first(self) -> int:
        return self.skip + 1

    @property
    def last(self) -> int:
        return min(self.total, self.skip + self.size)


def asked() -> int:
    """The page number asked for: 1 when there is none (or it is not a number); a page
    before the first, or past any list's last, is not found."""
    number = request.args.get("page", 1, type=int)
    if not 1 <= number <= LAST_POSSIBLE_PAGE:
        abort(404)
    return number


def checked(number: int, size: int, total: int) -> Paging:
    """The page, once the total is known: one past the last is not found."""
    paging = Paging(number, size, total)
    if number > paging.pages:
        abort(404)
    return paging
