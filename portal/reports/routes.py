"""For managers: how the service is doing, and the DfE's SEN2 return."""

from __future__ import annotations

import datetime as dt

from flask import Response, abort, render_template, url_for
from flask.typing import ResponseReturnValue
from flask_babel import ngettext

from portal.platform import audit, charts, deadlines
from portal.platform.access import manager, signed_in_account_id
from portal.platform.i18n import Count, is_rtl
from portal.platform.written_dates import format_date
from portal.reports import bp, dashboard, sen2
from portal.triage import queue


def _week_label(monday: dt.date) -> str:
    return format_date(monday, "d MMM")


def _year_label(year: int) -> str:
    return format_date(dt.date(year, 1, 1), "yyyy")


def _age_label(low: int, high: int | None) -> str:
    if high is None:
        return ngettext("Over %(num)s week", "Over %(num)s weeks", Count(low // 7))
    return (
        ngettext("Under %(num)s week", "Under %(num)s weeks", Count(high // 7))
        if low == 0
        else ngettext(
            "%(low)s to %(num)s week",
            "%(low)s to %(num)s weeks",
            Count(high // 7),
            low=Count(low // 7),
        )
    )


@bp.get("/caseworker/dashboard")
@manager
def dashboard_page() -> ResponseReturnValue:
    """The figures, with how many requests are in each work tray (the team's: not the
    manager's own)."""
    today = deadlines.council_today()
    figures = dashboard.figures(today, _week_label, _age_label)
    counts = queue.tray_counts(signed_in_account_id(), today)
    return render_template(
        "reports/dashboard.html",
        trays=[
            {
                "label": label,
                "count": counts[tray],
                "href": url_for("triage.queue", tray=None if tray == "open" else tray),
            }
            for tray, label in queue.TRAYS.items()
            if tray != "mine"
        ],
        figures=figures,
        received_bars=charts.bars(figures.received_per_week, right_to_left=is_rtl()),
        age_bars=charts.bars(figures.open_by_age, right_to_left=is_rtl()),
    )


@bp.get("/caseworker/sen2")
@manager
def sen2_page() -> ResponseReturnValue:
    """A file for each census year, the years written in the reader's digits (not grouped
    as a number is: 2027, not 2,027)."""
    return render_template(
        "reports/sen2.html",
        years=[
            (year, _year_label(year), _year_label(year - 1))
            for year in sen2.census_years(deadlines.council_today())
        ],
    )


@bp.get("/caseworker/sen2/<int:year>.csv")
@manager
def sen2_export(year: int) -> ResponseReturnValue:
    if year not in sen2.census_years(deadlines.council_today()):
        abort(404)
    audit.record("exported_sen2", "census", str(year))
    response = Response(sen2.requests_csv(year), mimetype="text/csv")
    response.headers["Content-Disposition"] = f'attachment; filename="sen2-requests-{year}.csv"'
    return response
