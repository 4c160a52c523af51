"""Names as a search matches them: lower case, without accents or other marks, so a name
typed on an English keyboard finds the name as the family wrote it ("yilmaz" finds the
Turkish name written with a dotless i, "przykladowa" the Polish one with its barred l,
"zoe" finds "Zoë").

The same folding is applied to the stored name (`AssessmentRequest.child_name_search`)
and to what a caseworker types, so the database compares plain text the same way on
SQLite and PostgreSQL, and a trigram index serves it on PostgreSQL.
"""

from __future__ import annotations

import unicodedata

# Letters that are not a base letter with a mark, so Unicode's decomposition leaves them
# as they are: each written as the Latin letters an English keyboard types for it.
_OWN_LETTERS = str.maketrans(
    {
        "ı": "i",  # Turkish dotless i
        "ł": "l",  # Polish
        "đ": "d",
        "ð": "d",
        "ø": "o",
        "ħ": "h",
        "ŧ": "t",
        "ŀ": "l",
        "ß": "ss",
        "æ": "ae",
        "œ": "oe",
        "þ": "th",
        # Apostrophes as phones and word processors write them, as the keyboard's one.
        "\u2019": "'",
        "\u2018": "'",
        "\u02bc": "'",
    }
)


def folded(text: str | None) -> str:
    """`text` as a search compares it: lower case, without marks, spaces single."""
    if not text:
        return ""
    lowered = text.lower().translate(_OWN_LETTERS)
    parts = unicodedata.normalize("NFKD", lowered)
    bare = "".join(c for c in parts if not unicodedata.combining(c))
    return " ".join(unicodedata.normalize("NFC", bare).split())
