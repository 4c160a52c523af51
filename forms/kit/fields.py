"""The field builders every form uses: one-line and long answers, yes/no and other radios,
and the lazy translation function for labels and messages."""

from typing import Any

from flask_babel import lazy_gettext as _l
from govuk_frontend_wtf.wtforms_widgets import GovCharacterCount, GovRadioInput, GovTextInput
from wtforms import IntegerField, RadioField, StringField, TextAreaField
from wtforms.fields.choices import SelectChoice
from wtforms.validators import StopValidation

from forms.kit.question import item
from forms.kit.validators import LengthOf, squash, tidy_text

__all__ = ["_l"]

SHORT = 100
LONG = 3000


def short_text(
    item_id: str,
    required_message: Any = None,
    *extra: Any,
    name: Any,
    limit: int = SHORT,
    required_self: Any = None,
    purpose: str | None = None,
) -> Any:
    """A one-line answer; `name` is how its too-long message names it (`required_self`,
    `purpose`: forms.kit.question's `item`)."""
    return item(
        item_id,
        StringField,
        required_message,
        required_self=required_self,
        purpose=purpose,
        widget=GovTextInput(),
        filters=[squash],
        validators=[LengthOf(limit, name), *extra],
    )


def long_text(
    item_id: str,
    required_message: Any = None,
    *,
    name: Any,
    limit: int = LONG,
    required_self: Any = None,
) -> Any:
    """A longer answer with a character count; `name` is how its too-long message names it
    (`required_self`: forms.kit.question's `item`)."""
    return item(
        item_id,
        TextAreaField,
        required_message,
        required_self=required_self,
        widget=GovCharacterCount(),
        filters=[tidy_text],
        validators=[LengthOf(limit, name)],
    )


YES_NO = [("yes", _l("Yes")), ("no", _l("No"))]
YES_NO_UNSURE = [("yes", _l("Yes")), ("no", _l("No")), ("not_sure", _l("I'm not sure"))]


def options(pairs: list[tuple[str, Any]]) -> list[SelectChoice]:
    return [SelectChoice(value, label) for value, label in pairs]


def radios(
    item_id: str,
    required_message: Any,
    choices: list[tuple[str, Any]],
    *,
    required_self: Any = None,
) -> Any:
    """One answer of several (`required_self`: forms.kit.question's `item`)."""
    return item(
        item_id,
        RadioField,
        required_message,
        required_self=required_self,
        choices=options(choices),
        widget=GovRadioInput(),
    )


class WholeNumberField(IntegerField):
    """A number typed in a box: anything but a whole number gets `not_whole` (in place of
    WTForms' own English message) and no other message after it. A box left empty (or
    holding only spaces) is empty, not a wrong number, so a required one asks for it
    ("Enter ...") as GOV.UK's pattern does."""

    def __init__(
        self, label: Any = None, validators: Any = None, *, not_whole: Any, **kwargs: Any
    ) -> None:
        super().__init__(label, validators, invalid_value_message=not_whole, **kwargs)

    def process_formdata(self, valuelist: list[Any]) -> None:
        if valuelist and isinstance(valuelist[0], str) and not valuelist[0].strip():
            self.data = None
            self.raw_data = [""]
            return
        super().process_formdata(valuelist)

    def pre_validate(self, form: Any) -> None:
        if self.process_errors:
            raise StopValidation()


class AsTypedField(StringField):
    """A box whose answer is tidied as it is read (a phone number without its spaces):
    the tidy value is what is kept, but a page shown again after an error shows what the
    person typed (GOV.UK: keep what the person typed)."""

    def _value(self) -> str:
        if self.raw_data:
            return str(self.raw_data[0])
        return str(super()._value())


# Area codes of four digits among the 01 numbers: the 011x cities and the 01x1 ones.
def _four_digit_area(national: str) -> bool:
    return national[1] in "389" or (national[1] == "1" and "1" in (national[2], national[3]))


def grouped_phone(number: str) -> str:
    """A UK number kept without spaces, as people write it to read it: 07700 900 982,
    020 8359 2000, 0161 496 0000, 01632 960 001, 0808 157 0192, +44 7700 900 982; any
    other number as it is kept."""
    international = number.startswith("+44") and not number.startswith("+440")
    national = "0" + number[3:] if international else number
    if not (national.isascii() and national.isdigit() and len(national) == 11):
        return number
    if national[1] == "2":
        parts = (national[:3], national[3:7], national[7:])
    elif _four_digit_area(national):
        parts = (national[:4], national[4:7], national[7:])
    else:
        parts = (national[:5], national[5:8], national[8:])
    grouped = " ".join(parts)
    return "+44 " + grouped[1:] if international else grouped


class PhoneField(AsTypedField):
    """A phone number's box: kept without spaces, shown again grouped (02083592000 is
    read back as 020 8359 2000)."""

    def _value(self) -> str:
        if self.raw_data or not isinstance(self.data, str):
            return super()._value()
        return grouped_phone(self.data)
