"""Contributions: views in a person's own words ("All about me"), and the parents' views, for Section A of the EHC plan."""

from flask import Blueprint

bp = Blueprint("contributions", __name__)
