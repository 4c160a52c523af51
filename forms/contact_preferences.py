"""How a family chooses to hear from us: by email, by text message or both, and in which
language. What it collects is in the catalogue (items contact.channels, .mobile and
.language)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from flask_babel import gettext
from govuk_frontend_wtf.wtforms_widgets import GovCheckboxesInput, GovTextInput
from wtforms import SelectMultipleField

from forms import items
from forms.kit.fields import PhoneField, _l, options, radios
from forms.kit.question import QuestionForm, in_own_voice, item
from forms.kit.validators import normalise_phone, uk_mobile, uk_mobile_number

CHANNELS = [("email", _l("By email")), ("sms", _l("By text message"))]


class ContactPreferencesForm(QuestionForm):
    channels = item(
        items.CONTACT_CHANNELS,
        SelectMultipleField,
        _l("Select how we should tell you: by email, by text message or both"),
        choices=options(CHANNELS),
        widget=GovCheckboxesInput(),
    )
    mobile = item(
        items.CONTACT_MOBILE,
        PhoneField,
        widget=GovTextInput(),
        filters=[normalise_phone],
        render_kw={"dir": "ltr"},
        validators=[uk_mobile],
    )
    language = radios(
        items.CONTACT_LANGUAGE, _l("Select the language we should write to you in"), []
    )

    # Asked only under "By text message" (a conditional reveal), where it is needed: its
    # label does not say "(optional)" although the catalogue item is voluntary.
    revealed = ("mobile",)

    def __init__(
        self, *args: Any, languages: Sequence[tuple[str, str]] = (), **kwargs: Any
    ) -> None:
        super().__init__(*args, **kwargs)
        self.language.choices = options(list(languages))
        for name in self.revealed:
            self[name].label.text = gettext(self[name].catalogue_item.label)

    @property
    def texts(self) -> bool:
        return "sms" in (self.channels.data or [])

    def validate(self, extra_validators: Any = None) -> bool:
        super().validate(extra_validators)
        if not self.texts:  # a number left in the hidden box is not asked for
            self.mobile.errors = []
        elif not self.mobile.data and not self.mobile.errors:
            missing = _l("Enter a UK mobile number so we can send you text messages")
            self.mobile.errors = [in_own_voice(missing) if self.young_person else missing]
        return not any(field.errors for field in self)

    def chosen(self) -> str:
        """What is stored: "email", "sms" or "both"."""
        picked = set(self.channels.data or [])
        return "both" if picked == {"email", "sms"} else "sms" if picked == {"sms"} else "email"

    def mobile_number(self) -> str | None:
        """The number as it is kept (07…), or None where texts were not chosen."""
        return uk_mobile_number(self.mobile.data) if self.texts else None

    def show(self, channels: str, mobile: str | None, language: str) -> None:
        """Fill the form with what was saved."""
        self.channels.data = ["email", "sms"] if channels == "both" else [channels]
        self.mobile.data = mobile
        self.language.data = language
