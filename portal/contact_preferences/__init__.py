"""How families hear from us: their choice of email, text messages or both, and the
language, and the one function every feature calls to tell a family something."""

from flask import Blueprint

bp = Blueprint("contact_preferences", __name__)
