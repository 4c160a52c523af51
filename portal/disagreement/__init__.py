"""When a family disagrees with a decision: mediation first, the tribunal, the appeal
deadline for each decision they can challenge, and the mediation steps they record."""

from flask import Blueprint

bp = Blueprint("disagreement", __name__)
