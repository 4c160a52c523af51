"""The family's "How we contact you" page."""

from __future__ import annotations

from flask import flash, redirect, url_for
from flask.typing import ResponseReturnValue
from flask_babel import get_locale

from forms.contact_preferences import ContactPreferencesForm
from portal.auth.holder import account_voice, render_in_holders_voice
from portal.contact_preferences import bp, service
from portal.platform.access import family, signed_in_account_id
from portal.platform.i18n import describe, offered
from portal.platform.sharing import partner_names
from portal.platform.voices import voiced


@bp.route("/account/contact-preferences", methods=["GET", "POST"])
@family
def preferences() -> ResponseReturnValue:
    account_id = signed_in_account_id()
    languages = [describe(code) for code in offered()]
    voice = account_voice()
    form = ContactPreferencesForm(
        languages=[(lang.code, lang.native_name) for lang in languages],
        young_person=voice is not None,
    )
    chosen = service.preference_of(account_id)
    if not form.is_submitted():
        mobile = chosen.mobile if chosen else None
        mobile = mobile or service.mobile_offered(account_id)
        if chosen:
            form.show(chosen.channels, mobile, chosen.language)
        else:
            form.show("email", mobile, str(get_locale()))
    if form.validate_on_submit():
        service.save(account_id, form.chosen(), form.mobile_number(), form.language.data)
        flash(voiced("We will contact you the way you chose", voice), "success")
        return redirect(url_for("contact_preferences.preferences"))
    return render_in_holders_voice(
        "contact_preferences/preferences.html",
        form=form,
        languages=languages,
        chosen=chosen,
        partner_names=partner_names,
    )
