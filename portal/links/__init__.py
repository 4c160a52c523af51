"""Link codes: how a family account comes to reach a case. A caseworker issues a code for
a named person; the family redeems it with the child's date of birth."""

from flask import Blueprint

bp = Blueprint("links", __name__)
