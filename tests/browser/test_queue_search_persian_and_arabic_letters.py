"""A caseworker searching the queue in Persian found a young person's request by
"احمدی" typed with the Persian ی, but nothing by "احمدي" with the Arabic ي, as Windows'
Arabic keyboards and many phones type it; the same with ك and ک. A name is found however
its letters were typed, by the family or the caseworker: Arabic or Persian yeh and kaf,
teh marbuta or heh, with or without the zero-width non-joiner Persian writes inside words, the
tatweel that stretches a word, or the short vowels over it."""

from __future__ import annotations

import pytest
from flask import Flask

from tests.support.queue import add_request
from tests.support.tabs import check_accessible, queue_searched

pytestmark = pytest.mark.browser

AHMADI = "BNT-2026-736001"  # typed with Persian letters
KARIMI = "BNT-2026-736002"  # typed on an Arabic keyboard
NIKNAM = "BNT-2026-736003"  # with a zero-width non-joiner inside the family name
# What the caseworker types, and whose request it finds.
SEARCHES = {
    "محمدی": [],  # another family's name
    "احمدي": [AHMADI],  # Arabic yeh for the Persian
    "احمدی": [AHMADI],
    "أَحْمَـدي": [AHMADI],  # short vowels, tatweel, alef with hamza
    "کیان کریمی": [KARIMI],  # Persian kaf and yeh for the Arabic
    "كريمي": [KARIMI],
    "فاطمة نيكنام": [NIKNAM],  # teh marbuta for heh, Arabic kaf and yeh, no non-joiner
    "نیک نام": [NIKNAM],
}


def test_a_name_is_found_typed_with_arabic_or_persian_letters(  # type: ignore[no-untyped-def]
    people, live_app: Flask
) -> None:
    add_request(live_app, AHMADI, "سارا احمدی", requester_role="young_person")
    add_request(live_app, KARIMI, "\u0643\u064a\u0627\u0646 \u0643\u0631\u064a\u0645\u064a")
    add_request(live_app, NIKNAM, "فاطمه نیک\u200cنام")
    staff = people["staff"]
    try:
        for width in (320, 1280):
            staff.set_viewport_size({"width": width, "height": 800})
            staff.goto("/caseworker/queue?lang=fa")
            for term, found in SEARCHES.items():
                shown = queue_searched(staff, term)
                assert shown == found, (width, ascii(term), shown)
            assert staff.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
            check_accessible(staff, f"the queue searched at {width} px", "fa")
    finally:
        staff.set_viewport_size({"width": 1280, "height": 800})
        staff.goto("/caseworker/queue?lang=en")
