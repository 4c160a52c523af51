"""Sign-in for families and staff through OpenID Connect, and server-side sessions."""

from flask import Blueprint

bp = Blueprint("auth", __name__)
