"""Consent: the wording people read, the choices they make, and the events that record them."""

from flask import Blueprint

bp = Blueprint("consent", __name__)
