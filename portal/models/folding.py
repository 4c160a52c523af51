"""Names as a search matches them: lower case, without accents or other marks, so a name
typed on an English keyboard finds the name as the family wrote it ("yilmaz" finds the
Turkish name written with a dotless i, "przykladowa" the Polish one with its barred l,
"zoe" finds "Zoë"). Names in Arabic script are compared the same way whichever keyboard
typed them: Arabic and Persian letters that are one letter to a reader are one letter to
the search ("احمدي" with the Arabic yeh finds "احمدی" with the Persian, as ك finds ک),
without the short vowels, the tatweel that stretches a word, or the invisible characters
(the zero-width non-joiner inside Persian words, direction marks copied with a name).

The same folding is applied to the stored name (`AssessmentRequest.child_name_search`,
the child's name followed by the name they go by, where the family gave one)
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


# Letters of Arabic script that Arabic, Persian or Urdu write differently, or that their
# keyboards type differently, as one. Alef with hamza or madda, waw and yeh with hamza
# and the Persian heh with yeh above are already their letter without the mark.
_ALIKE = str.maketrans(
    {
        "\u06cc": "\u064a",  # the Persian yeh as the Arabic yeh
        "\u0649": "\u064a",  # alef maksura
        "\u06d2": "\u064a",  # yeh barree
        "\u06a9": "\u0643",  # keheh, the Persian kaf, as the Arabic kaf
        "\u0629": "\u0647",  # teh marbuta as heh
        "\u06d5": "\u0647",  # ae: the Persian heh with yeh above without its mark
        "\u06c1": "\u0647",  # heh goal
        "\u06be": "\u0647",  # heh doachashmee
        "\u0671": "\u0627",  # alef wasla as alef
        "\u0672": "\u0627",  # alef with wavy hamza above
        "\u0673": "\u0627",  # and below
        "\u0640": None,  # tatweel
    }
)


def without_marks(text: str | None) -> str:
    """`text` lower case, without marks, spaces single: the names a search compared before
    letters of Arabic script were folded too (as undoing migration 0036 makes them)."""
    if not text:
        return ""
    lowered = text.lower().translate(_OWN_LETTERS)
    parts = unicodedata.normalize("NFKD", lowered)
    bare = "".join(c for c in parts if not unicodedata.combining(c))
    return " ".join(unicodedata.normalize("NFC", bare).split())


def folded(text: str | None) -> str:
    """`text` as a search compares it: lower case, without marks or invisible characters,
    letters that are one to a reader as one, spaces single."""
    alike = without_marks(text).translate(_ALIKE)
    return " ".join("".join(c for c in alike if unicodedata.category(c) != "Cf").split())


def name_as_searched(name: str | None, preferred: str | None = None) -> str:
    """A request's name as a search matches it: the child's name, then the name they go by
    (a parent rings about "Sunny", the preferred name of Sunil)."""
    return folded(" ".join(part for part in (name, preferred) if part))[:210]
