"""The caseworkers' workspace: the triage queue, each request, the actions on it, and
what has reached the case system."""

from flask import Blueprint

bp = Blueprint("triage", __name__)
