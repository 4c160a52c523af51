"""A family's account: their cases, link codes, messages from the council, and their data."""

from flask import Blueprint

bp = Blueprint("account", __name__)
