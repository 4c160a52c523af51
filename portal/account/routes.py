"""A family's account: the cases they can reach, and linking to one with a code."""

from __future__ import annotations

import datetime as dt

from flask import abort, jsonify, make_response, render_template
from flask.typing import ResponseReturnValue
from flask_babel import gettext as _

from portal.account import bp
from portal.account.your_data import collect
from portal.assessment_request import service as requests
from portal.case_api import reads
from portal.cases import service as cases
from portal.contributions import service as contributions
from portal.links import service as link_codes
from portal.platform import audit
from portal.platform.access import family, signed_in_account_id


@bp.get("/account/")
@family
def account() -> ResponseReturnValue:
    account_id = signed_in_account_id()
    drafts = cases.drafts_of(account_id)
    links = link_codes.cases_of(account_id)
    names = cases.child_names(account_id, [link.case_reference for link in links])
    return render_template(
        "account/account.html",
        cases=[
            (link, cases.case_label(link.case_reference, names[link.case_reference]))
            for link in links
        ],
        drafts=[
            (draft, requests.continue_label(draft), requests.deletion_date(draft))
            for draft in drafts
        ],
        sent={r.reference: r for r in requests.requests_of(account_id)},
        unfinished_contributions=[
            (
                views,
                contributions.author_label(views),
                contributions.destination_label(views, names),
            )
            for views in contributions.unfinished_of(account_id)
        ],
    )


@bp.get("/account/cases/<reference>")
@family
def case(reference: str) -> ResponseReturnValue:
    link = link_codes.case_of(signed_in_account_id(), reference)
    if link is None:
        abort(404)
    status, plan = reads.case_and_plan(reference)
    shown = ["viewed_case", "viewed_plan"] if plan.body else ["viewed_case"]
    audit.record_all(shown, "case", reference)
    return render_template(
        "account/case.html",
        link=link,
        status=status,
        plan=plan,
        steps=PROGRESS,
        section_titles=plan_section_titles(),
        as_date=dt.date.fromisoformat,
        today=dt.date.today(),
        review_overdue=bool(
            plan.body
            and plan.body.get("next_review_due")
            and dt.date.fromisoformat(plan.body["next_review_due"]) < dt.date.today()
        ),
    )


PROGRESS = ("received", "deciding", "assessing", "draft_plan", "final_plan")


def plan_section_titles() -> dict[str, str]:
    """The EHC plan's sections, as the SEND code of practice names them."""
    return {
        "A": _(
            "A: The views, interests and aspirations of the child or young person and their parents"
        ),
        "B": _("B: Special educational needs"),
        "C": _("C: Health needs related to special educational needs"),
        "D": _("D: Social care needs related to special educational needs or disability"),
        "E": _("E: Outcomes"),
        "F": _("F: Special educational provision"),
        "G": _("G: Health provision"),
        "H1": _(
            "H1: Social care provision under the Chronically Sick and Disabled Persons Act 1970"
        ),
        "H2": _("H2: Other social care provision"),
        "I": _("I: Placement"),
        "J": _("J: Personal budget"),
        "K": _("K: Advice and information"),
    }


@bp.get("/account/your-data")
@family
def your_data() -> ResponseReturnValue:
    data = collect(signed_in_account_id())
    audit.record("viewed_own_data", "account", signed_in_account_id())
    return render_template(
        "account/your_data.html", data=data, as_datetime=dt.datetime.fromisoformat
    )


@bp.get("/account/your-data.json")
@family
def your_data_json() -> ResponseReturnValue:
    audit.record("downloaded_own_data", "account", signed_in_account_id())
    response = jsonify(collect(signed_in_account_id()))
    response.headers["Content-Disposition"] = 'attachment; filename="your-data.json"'
    return response


@bp.get("/account/your-data.html")
@family
def your_data_html() -> ResponseReturnValue:
    audit.record("downloaded_own_data", "account", signed_in_account_id())
    page = render_template(
        "account/your_data_download.html",
        data=collect(signed_in_account_id()),
        as_datetime=dt.datetime.fromisoformat,
        download=True,
    )
    response = make_response(page)
    response.headers["Content-Disposition"] = 'attachment; filename="your-data.html"'
    return response
