"""Consent from the account page: see it, change it, withdraw it, for a linked case.

Changing goes through a confirmation of exactly what will change; withdrawing one
choice is a single page and a button, as easy as giving it. Every page checks the case
is linked to the signed-in person (404 otherwise) and that they may consent for it.
"""

from __future__ import annotations

from typing import Any

from flask import abort, flash, redirect, render_template, request, session, url_for
from flask.typing import ResponseReturnValue
from flask_babel import gettext

from forms.kit.base import KitForm
from portal.consent import bp, notices, sen_team_record, stage, wording
from portal.consent import service as consent
from portal.links import service as link_codes
from portal.models import CaseCache, CaseLink, ConsentEvent
from portal.platform import audit, db
from portal.platform.access import family, signed_in_account_id
from portal.platform.sharing import partner_names
from portal.platform.voices import template_words, voiced

PENDING = "consent_change"


def _own_link(reference: str) -> CaseLink:
    link = link_codes.case_of(signed_in_account_id(), reference)
    if link is None:
        abort(404)
    return link


def _not_allowed(link: CaseLink) -> ResponseReturnValue:
    audit.record("consent_refused_too_young", "case", link.case_reference)
    # Only a young person under 16 on their own case is too young (service.too_young_to_consent).
    return render_template(
        "consent/not_allowed.html", **template_words(_voice(link)), link=link
    ), 403


def _young_person(link: CaseLink) -> bool:
    return link.relationship == consent.YOUNG_PERSON


def _voice(link: CaseLink) -> str | None:
    """A young person's consent for their own case speaks to them in their voice
    (portal/consent/holders_voice.py); a parent's formally."""
    return "young person" if _young_person(link) else None


def _stage(
    link: CaseLink,
    held: dict[str, CaseCache] | None = None,
    now: dict[str, ConsentEvent] | None = None,
) -> stage.Stage | None:
    """Where the case stands, if it is past the assessment (`held` and `now`: the case's
    cache rows and consent in force, when already read)."""
    status = stage.past_assessment(link.case_reference, held)
    if status is None:
        return None
    if now is None:
        now = consent.current(link.case_reference)
    return stage.of(status, now.get(consent.ASSESSMENT), _voice(link))


@bp.get("/account/cases/<reference>/consent")
@family
def consent_now(reference: str) -> ResponseReturnValue:
    # The object check and the case's cache rows in one statement.
    link, held = link_codes.case_of_with_cache(signed_in_account_id(), reference)
    if link is None:
        abort(404)
    audit.record("viewed_consent", "case", reference)
    now = consent.current(reference)
    voice = _voice(link)  # consent for their own case
    too_young = consent.too_young_to_consent(link)
    on_record = (
        []
        if too_young
        else sen_team_record.withdrawable(
            now, _young_person(link), consent.on_sen_team_record(reference, now)
        )
    )
    return render_template(
        "consent/current.html",
        **template_words(voice),
        link=link,
        now=now,
        choices=consent.offered_or_made(now, _young_person(link)),
        label=consent.choice_label,
        too_young=too_young,
        on_sen_team_record=on_record,
        council_partners=wording.decided_by_council_record(_young_person(link)),
        exclusions=consent.EXCLUSIONS,
        assessment=consent.ASSESSMENT,
        none_named=consent.none_named(),
        recorded_by_sen_team=consent.recorded_by_sen_team,
        stage=_stage(link, held, now),
    )


@bp.route("/account/cases/<reference>/consent/change", methods=["GET", "POST"])
@family
def change_consent(reference: str) -> ResponseReturnValue:
    link = _own_link(reference)
    if consent.too_young_to_consent(link):
        return _not_allowed(link)
    young_person = _young_person(link)
    staged = _stage(link)
    form = wording.choices_form(young_person, stage=staged).for_changing()
    now = consent.current(reference)
    on_record = consent.on_sen_team_record(reference, now)
    replacing = sen_team_record.replacing(now, young_person, on_record)
    # Choices the SEN team recorded: what is chosen replaces them.
    still = [c.removeprefix(consent.SHARE) for c in replacing if c.startswith(consent.SHARE)]
    council_record = (
        wording.replacing_council_record(form, young_person, still, not now) if still else ()
    )
    problem = None
    if request.method == "GET":
        form.fill_from(sen_team_record.answers_in_place(now, young_person, on_record))
    elif form.validate_on_submit():
        asked = consent.wanted(form.answers())
        if staged is not None:  # not asked: left as it is
            asked.pop(consent.ASSESSMENT)
        to_record = consent.changes(now, asked, replacing)
        if not to_record:
            problem = voiced("You have not changed any of your choices", _voice(link))
        else:
            wording.remember(form.wording)
            db.session().commit()
            session[PENDING] = {
                "reference": reference,
                "changes": [vars(change) for change in to_record],
                "wording": wording.wording_record(form.wording),
            }
            return redirect(url_for("consent.confirm_consent", reference=reference))
    return render_template(
        "consent/choices.html",
        form=form,
        shown=wording.explanation(young_person, stage=staged),
        council_record=council_record,
        young_person=young_person,
        problem=problem or form.wording_problem,
        back=url_for("consent.consent_now", reference=reference),
        caption=gettext("Case %(reference)s", reference=reference),
        button=voiced("Continue", _voice(link)),
        partner_names=partner_names,
        stage=staged,
        **template_words(_voice(link)),
    )


def _pending(reference: str) -> dict[str, Any] | None:
    pending = session.get(PENDING)
    return pending if pending and pending.get("reference") == reference else None


@bp.route("/account/cases/<reference>/consent/confirm", methods=["GET", "POST"])
@family
def confirm_consent(reference: str) -> ResponseReturnValue:
    link = _own_link(reference)
    if consent.too_young_to_consent(link):
        return _not_allowed(link)
    pending = _pending(reference)
    if pending is None and request.method == "POST":
        return redirect(url_for("consent.consent_now", reference=reference))
    if pending is None:
        return redirect(url_for("consent.change_consent", reference=reference))
    asked = {c["choice"]: consent.Change(**c) for c in pending["changes"]}
    staged = _stage(link)
    if request.method == "POST" and KitForm().validate_on_submit():
        # Against the consent in force now: a change made meanwhile, elsewhere or by the
        # same confirmation pressed twice, is not repeated.
        consent.lock(reference)
        now = consent.current(reference)
        replacing = sen_team_record.replacing(
            now, _young_person(link), consent.on_sen_team_record(reference, now)
        )
        to_record = consent.changes(now, asked, replacing)
        events = consent.record(
            reference, signed_in_account_id(), link.relationship, to_record, pending["wording"]
        )
        if staged is None:  # past the assessment, there is none to stop
            notices.tell_assessment_stopped(events)
        for event in events:
            action = "consent_given" if event.given else "consent_withdrawn"
            audit.add(db.session(), action, "case", reference)
        db.session().commit()
        session.pop(PENDING, None)
        flash(voiced("Your consent has been updated", _voice(link)), "success")
        return redirect(url_for("consent.consent_now", reference=reference))
    voice = _voice(link)
    sharing = [change for change in asked.values() if change.choice.startswith(consent.SHARE)]
    return render_template(
        "consent/confirm.html",
        **template_words(voice),
        link=link,
        changes=[change for change in asked.values() if change not in sharing],
        sharing=_sharing_changed(sharing),
        sharing_question=wording.form_for_reading(_young_person(link)).sharing.label.text,
        young_person=_young_person(link),
        replaces_council_record=_replacing_council_record(link),
        label=consent.choice_label,
        effect=lambda choice: wording.withdrawal_effect(choice, voice, staged),
        exclusions=consent.EXCLUSIONS,
        form=KitForm(),
    )


def _replacing_council_record(link: CaseLink) -> bool:
    """Whether a change replaces choices the SEN team's record still decides on."""
    reference = link.case_reference
    now = consent.current(reference)
    on_record = consent.on_sen_team_record(reference, now)
    return bool(sen_team_record.replacing(now, _young_person(link), on_record))


def _sharing_changed(sharing: list[consent.Change]) -> dict[str, str]:
    """The partners the changes start and stop sharing with, named as a list."""
    named = {}
    for given, key in ((True, "start"), (False, "stop")):
        ids = [c.choice.removeprefix(consent.SHARE) for c in sharing if c.given == given]
        if ids:
            named[key] = partner_names(ids)
    return named


@bp.route("/account/cases/<reference>/consent/withdraw/<choice>", methods=["GET", "POST"])
@family
def withdraw_consent(reference: str, choice: str) -> ResponseReturnValue:
    link = _own_link(reference)
    if choice not in consent.choices():
        abort(404)
    if consent.too_young_to_consent(link):
        return _not_allowed(link)
    voice = _voice(link)
    young_person = _young_person(link)
    now = consent.current(reference)
    event = now.get(choice)
    given = _in_place(reference, now, choice, young_person)
    staged = _stage(link, now=now)
    form = wording.withdraw_form(choice, voice, staged)
    # A choice withdrawn since the page was shown (a second press of the button) is
    # answered like the first press, with the consent now, whatever wording it showed.
    withdrawn = event is not None and not event.given
    pressed = (given or withdrawn) and form.validate_on_submit()
    if withdrawn and (pressed or form.wording_problem):
        return _withdrawn(reference, choice, voice)
    if pressed:
        _withdraw(link, choice, form.wording, staged)
        return _withdrawn(reference, choice, voice)
    problem = form.wording_problem
    if not given and problem is None:
        problem = (
            voiced("You have not named anyone, so there is nobody to remove", voice)
            if choice == consent.EXCLUSIONS
            else voiced(
                "You have not given consent for this, so there is nothing to withdraw", voice
            )
        )
    status = 409 if problem and request.method == "POST" else 200
    return render_template(
        "consent/withdraw.html",
        **template_words(voice),
        link=link,
        choice=choice,
        wording=form.wording,
        form=form,
        problem=problem,
        given=given,
        removing=choice == consent.EXCLUSIONS,
        stage=staged,
    ), status


def _withdraw(
    link: CaseLink, choice: str, shown: wording.Wording, staged: stage.Stage | None
) -> None:
    """Record withdrawing `choice` against the consent in force now: once, however often
    the button is pressed."""
    reference = link.case_reference
    consent.lock(reference)
    now = consent.current(reference)
    young_person = _young_person(link)
    if not _in_place(reference, now, choice, young_person):
        db.session().commit()
        return
    wording.remember(shown)
    events = consent.record(
        reference,
        signed_in_account_id(),
        link.relationship,
        [consent.Change(choice, False)],
        wording.wording_record(shown),
    )
    if staged is None:  # past the assessment, there is none to stop
        notices.tell_assessment_stopped(events)
    for event in events:
        action = "consent_given" if event.given else "consent_withdrawn"
        audit.add(db.session(), action, "case", reference)
    db.session().commit()


def _in_place(
    reference: str, now: dict[str, ConsentEvent], choice: str, young_person: bool
) -> bool:
    """Whether `choice` is given now: here, or by the SEN team's record."""
    event = now.get(choice)
    if event is not None:
        return event.given
    on_record = consent.on_sen_team_record(reference, now)
    return choice in sen_team_record.withdrawable(now, young_person, on_record)


def _withdrawn(reference: str, choice: str, voice: str | None) -> ResponseReturnValue:
    if choice == consent.EXCLUSIONS:
        flash(
            voiced("You have removed the people we must not share information with", voice),
            "success",
        )
        return redirect(url_for("consent.consent_now", reference=reference))
    flash(
        voiced(
            "You have withdrawn your consent: %(choice)s",
            voice,
            choice=consent.choice_label(choice),
        ),
        "success",
    )
    return redirect(url_for("consent.consent_now", reference=reference))
