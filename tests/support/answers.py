"""A parent's answers to every question of a request, shared by the tests that fill one in."""

from __future__ import annotations

from typing import Any

from portal.platform import deadlines

TEN_YEARS_AGO = deadlines.council_today().year - 10

PARENT_ANSWERS: dict[str, dict[str, dict[str, Any]]] = {
    "child": {
        "name": {"first_name": "Zoë", "last_name": "O'Neill-Kowalska", "preferred_name": ""},
        "date-of-birth": {"date_of_birth": ["27", "3", str(TEN_YEARS_AGO)]},
        "address": {
            "address_line_1": "1 High Street",
            "address_line_2": "",
            "address_town": "Barnet",
            "address_postcode": "en5 4ab",
        },
        "upn": {"upn": ""},
        "language": {"first_language": "Polish", "interpreter_needed": "yes"},
        "ethnicity": {},
        "looked-after": {"looked_after": "no"},
    },
    "you": {
        "name": {"first_name": "Anna", "last_name": "Kowalska", "relationship": "mother"},
        "contact": {"email": "anna@example.org", "phone": "07700 900 982"},
        "language": {"first_language": ""},
        "others": {"others": ""},
    },
    "education": {
        "setting": {"setting_type": "school", "setting_name": "Oak Primary", "year_group": ""},
        "history": {"previous_settings": "", "exclusions": ""},
    },
    "needs": {
        "areas": {"areas": ["communication", "learning"]},
        "description": {"description": "Finds reading very hard.\nStruggles in busy rooms."},
        "diagnoses": {"diagnoses": ""},
    },
    "support": {
        "current": {"current": "Reading group twice a week."},
        "professionals": {"professionals": ""},
    },
}
