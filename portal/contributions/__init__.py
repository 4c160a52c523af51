"""Contributions: views in a person's own words ("All about me") and the parents' views,
for Section A of the EHC plan. People read them as "views"; the code calls them
contributions, as the case API does, so a Flask view is never mistaken for one."""

from flask import Blueprint

bp = Blueprint("contributions", __name__)
