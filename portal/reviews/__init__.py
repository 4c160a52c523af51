"""Annual reviews of an EHC plan: when the next is due and its meeting, the family's and
the young person's views before it (with reports), sent once through the outbox, and the
council's decision after it with the dates the regulations set, overdue steps marked."""

from flask import Blueprint

bp = Blueprint("reviews", __name__)
