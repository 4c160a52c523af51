"""Adding a supporting document to a request."""

from __future__ import annotations

from flask_wtf.file import FileField
from govuk_frontend_wtf.wtforms_widgets import GovFileInput

from forms.fields import _l
from forms.question import QuestionForm, item
from forms.request import short_text


class DocumentForm(QuestionForm):
    file = item("documents.file", FileField, widget=GovFileInput())
    description = short_text("documents.description", name=_l("The description"), limit=200)
