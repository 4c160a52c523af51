"""The request for an EHC needs assessment: who is asking, the task list, the questions,
checking the answers and sending."""

from flask import Blueprint

bp = Blueprint("assessment_request", __name__)
