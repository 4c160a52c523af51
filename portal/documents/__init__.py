"""Files a family adds, to a request or to their views: checked, stored, scanned and shown."""

from flask import Blueprint

bp = Blueprint("documents", __name__)
