"""The service feedback service: how families tell the council how its services did.

Its own blueprint, model, form and reports; the portal registers its blueprint."""

from flask import Blueprint

bp = Blueprint("feedback", __name__, url_prefix="/feedback")
