"""What every form module shares: the lazy translation function for labels and messages."""

from flask_babel import lazy_gettext as _l

__all__ = ["_l"]
