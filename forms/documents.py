"""Adding a supporting document to a request."""

from __future__ import annotations

from flask_wtf.file import FileField
from govuk_frontend_wtf.wtforms_widgets import GovFileInput

from forms.kit.fields import _l, short_text
from forms.kit.question import QuestionForm, item


class DocumentForm(QuestionForm):
    file = item("documents.file", FileField, widget=GovFileInput())
    description = short_text("documents.description", name=_l("The description"), limit=200)
