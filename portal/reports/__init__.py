"""For managers: how the service is doing, and the DfE's SEN2 return."""

from flask import Blueprint

bp = Blueprint("reports", __name__)
