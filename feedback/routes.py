"""The feedback form (anyone) and the reports (managers).

The form and the thanks page speak to whoever reads them as the rest of their account
does: informally to a young person signed in to their own (`readers_voice`; the
"young person" entries are marked in feedback/holders_voice.py)."""

from __future__ import annotations

from urllib.parse import urlencode

from flask import Response, redirect, render_template, request, url_for
from flask.typing import ResponseReturnValue
from flask_babel import get_locale

from feedback import bp, reports, responses
from feedback.forms import SATISFACTION, SERVICES, FeedbackForm, ReportFilter
from forms.kit.fields import grouped_phone
from portal.platform import audit, deadlines
from portal.platform.access import current_person, manager, public
from portal.platform.charts import bars
from portal.platform.i18n import is_rtl
from portal.platform.rate_limits import FEEDBACK, limiter
from portal.platform.readers_voice import readers_voice
from portal.platform.sharing import partner_names
from portal.platform.voices import template_words
from portal.platform.written_dates import format_date


@bp.route("/", methods=["GET", "POST"])
@public
@limiter.limit(FEEDBACK, methods=["POST"])
def give() -> ResponseReturnValue:
    voice = readers_voice()  # a young person followed "Give feedback" from their account
    form = FeedbackForm(young_person=voice is not None)
    if form.validate_on_submit():
        if not form.website.data:  # people never see this field; robots fill it in
            responses.keep(form.answers(), str(get_locale()), account_id=_family_account())
        return redirect(url_for("feedback.thanks", contact=form.contact.data or "no"))
    return render_template(
        "feedback/form.html",
        form=form,
        partner_names=partner_names,
        voice=voice,
        signed_in=_family_account() is not None,
        **template_words(voice),
    )


def _family_account() -> str | None:
    """The family's account the person is signed in to (staff have no "Your data")."""
    person = current_person()
    return person.account_id if person is not None and not person.is_staff else None


@bp.get("/thanks")
@public
def thanks() -> ResponseReturnValue:
    voice = readers_voice()
    return render_template(
        "feedback/thanks.html",
        contact_wanted=request.args.get("contact") == "yes",
        voice=voice,
        **template_words(voice),
    )


def _filters() -> tuple[reports.Filters, ReportFilter]:
    """The filter as asked, and its form: the From and To dates in Day, Month and Year
    boxes, each with its message when it is not a real date, or ends before it starts."""
    form = ReportFilter(formdata=request.args)
    form.validate()
    service = request.args.get("service", "")
    return (
        reports.Filters(
            service=service if service in dict(SERVICES) else "",
            since=form.since.data,
            until=form.until.data,
            contact_wanted=request.args.get("contact") == "wanted",
        ),
        form,
    )


def _service_names() -> dict[str, str]:
    return {value: str(label) for value, label in SERVICES}


@bp.get("/reports")
@manager
def report() -> ResponseReturnValue:
    filters, form = _filters()
    if form.errors:  # nothing from a filter half understood
        return render_template(
            "feedback/report.html",
            filters=filters,
            form=form,
            has_errors=True,
            services=_service_names(),
        )
    found = reports.matching(filters)
    charted, cut = reports.months_charted(filters, deadlines.council_today())
    months = reports.satisfied_by_month(
        found, charted, lambda start: format_date(start, "MMM yyyy")
    )
    audit.record("viewed_feedback", "feedback", None)
    return render_template(
        "feedback/report.html",
        filters=filters,
        form=form,
        found=found[:200],
        total=len(found),
        counts=reports.counts(found),
        months=months,
        months_cut=cut,
        drawn=bars([bar for bar, _n in months], right_to_left=is_rtl()),
        services=_service_names(),
        satisfaction=dict(SATISFACTION),
        mask=reports.mask,
        phone=grouped_phone,
        asked_for_contact=sum(1 for f in found if f.contact_wanted and f.contact),
        only_asked_href=url_for("feedback.report")
        + "?"
        + urlencode({**request.args.to_dict(), "contact": "wanted"}),
    )


@bp.get("/reports.csv")
@manager
def report_csv() -> ResponseReturnValue:
    filters, form = _filters()
    if form.errors:  # the report says what to correct
        query = urlencode(request.args.to_dict(flat=False), doseq=True)
        return redirect(f"{url_for('feedback.report')}?{query}")
    audit.record("exported_feedback", "feedback", None)
    response = Response(
        reports.as_csv(
            reports.matching(filters),
            _service_names(),
            {value: str(label) for value, label in SATISFACTION},
        ),
        mimetype="text/csv",
    )
    response.headers["Content-Disposition"] = 'attachment; filename="feedback.csv"'
    return response
