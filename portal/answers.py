"""Answers as the person who gave them would read them back."""

from __future__ import annotations

import datetime as dt
from typing import Any

from markupsafe import Markup, escape
from wtforms import Field

from portal.i18n import format_date


def display(field: Field, value: Any) -> Markup | str:
    """An answer as the person would read it back."""
    if value in (None, "", []):
        return ""
    choices = {choice.value: choice.label for choice in getattr(field, "choices", None) or []}
    if isinstance(value, list):
        return Markup("<br>").join(escape(str(choices.get(v, v))) for v in value)
    if choices:
        return str(choices.get(value, value))
    if field.type == "DateInputField":
        return format_date(dt.date.fromisoformat(value))
    return Markup("<br>").join(escape(line) for line in str(value).split("\n"))
