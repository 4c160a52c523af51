"""Pages anyone can read: the start page and the service's statements."""

from flask import Blueprint

bp = Blueprint("public", __name__)
