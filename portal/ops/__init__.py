"""For the platform and its operators: health checks, metrics, and the `flask` commands."""

from flask import Blueprint

bp = Blueprint("ops", __name__)
