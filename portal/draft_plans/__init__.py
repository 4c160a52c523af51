"""A draft EHC plan and the family's 15 days to respond: their comments on its sections,
the setting, meeting and personal budget they ask for, their evidence, sent once through
the outbox; the reminder before the days end; the caseworkers' list of responses."""

from flask import Blueprint

bp = Blueprint("draft_plans", __name__)
