"""A family's rights over their information beyond the download: requests to correct,
restrict, object to a use of or erase an item, answered within the law's time, in a
staff queue."""

from flask import Blueprint

bp = Blueprint("data_rights", __name__)
