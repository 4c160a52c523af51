"""Views before an annual review: what is working, what is not, what has changed and
hopes for the future, each the person's choice; and the reports they add."""

from __future__ import annotations

from flask_wtf.file import FileField
from govuk_frontend_wtf.wtforms_widgets import GovFileInput

from forms.kit.fields import _l, long_text, short_text
from forms.kit.question import QuestionForm, item

VIEW_LIMIT = 5000


class ReviewViewsForm(QuestionForm):
    # Each too-long message names its question ("What is working well must be 5,000
    # characters or fewer"): the four are on one page. The names speak to nobody, so they
    # suit a parent and a young person alike.
    working = long_text("review.working", name=_l("What is working well"), limit=VIEW_LIMIT)
    not_working = long_text("review.not_working", name=_l("What is not working"), limit=VIEW_LIMIT)
    changed = long_text("review.changed", name=_l("What has changed"), limit=VIEW_LIMIT)
    hopes = long_text("review.hopes", name=_l("Hopes for the future"), limit=VIEW_LIMIT)


class ReportFileForm(QuestionForm):
    file = item("review.file", FileField, widget=GovFileInput())
    description = short_text("review.file_description", name=_l("The description"), limit=200)
