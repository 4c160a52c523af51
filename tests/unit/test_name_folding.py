"""Names as the queue's search compares them (portal.models.folding): a name typed with
Arabic letters is the name typed with Persian ones, as a caseworker expects, and Latin
names still match without their case or accents."""

from __future__ import annotations

import pytest

from portal.models.folding import folded

ZWNJ = "\u200c"


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("احمدی", "احمدي"),  # Persian yeh (U+06CC), Arabic yeh (U+064A)
        ("مصطفی", "مصطفى"),  # and the Arabic alef maksura (U+0649)
        ("کریمی", "كريمي"),  # Persian keheh (U+06A9), Arabic kaf (U+0643)
        ("فاطمه", "فاطمة"),  # heh, teh marbuta
        ("زهره", "زهرۀ"),  # heh with yeh above
        ("احمدی", "احمـــدی"),  # tatweel, the stroke that stretches a word
        ("احمد", "أَحْمَد"),  # harakat, the short vowels, and alef with hamza
        ("اسماعیل", "إسماعيل"),
        ("آرش", "ارش"),
        ("الله", "ٱلله"),  # alef wasla
        ("رحمن", "رحمٰن"),  # superscript alef
        ("نیکنام", f"نیک{ZWNJ}نام"),  # the zero-width non-joiner inside a Persian word
        ("احمدی", "\u200fاحمدی\u200f"),  # right-to-left marks copied with the name
        ("احمدی", "\u2068احمدی\u2069"),  # and isolates
        ("احمدي", "ﺍﺣﻤﺪﻱ"),  # presentation forms, as some PDFs copy them
        ("zoe", "Zoë"),
        ("helene", "HÉLÈNE"),
        ("yilmaz", "Yılmaz"),
        ("przykladowa", "Przykładowa"),
        ("o'neill", "O\u2019Neill"),
    ],
)
def test_names_written_either_way_fold_alike(one: str, other: str) -> None:
    assert folded(one) == folded(other), (ascii(folded(one)), ascii(folded(other)))


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("احمدی", "محمدی"),
        ("کریمی", "کریم"),
        ("علی", "عالی"),
        ("Zoë", "Zara"),
    ],
)
def test_different_names_stay_different(one: str, other: str) -> None:
    assert folded(one) != folded(other)


def test_words_stay_apart_and_spaces_single() -> None:
    assert folded("  سارا \t احمدی ") == folded("سارا احمدی")
    assert folded("سارا احمدی").split() == [folded("سارا"), folded("احمدی")]
    assert folded("Marta  Wiśniewska-Okafor") == "marta wisniewska-okafor"
    assert folded("") == folded(None) == ""
