"""The family's reply to the council's request for more information about their request."""

from __future__ import annotations

from govuk_frontend_wtf.wtforms_widgets import GovCharacterCount, GovFileInput
from wtforms import MultipleFileField, TextAreaField

from forms.kit.base import KitForm
from forms.kit.fields import _l
from forms.kit.validators import LengthOf, Required


class ReplyForm(KitForm):
    """The family's answer to a request for more information."""

    message = TextAreaField(
        _l("Your reply"),
        widget=GovCharacterCount(),
        validators=[
            Required(message=_l("Enter your reply")),
            LengthOf(3000, _l("Your reply")),
        ],
    )
    files = MultipleFileField(
        _l("Attach documents (optional)"),
        description=_l(
            "For example, a report or a letter. You can choose more than one file: PDF, "
            "Word, image or audio."
        ),
        widget=GovFileInput(),
    )
