"""The child's postcode as caseworkers search it: blind indexes (portal.platform.crypto)
of the whole postcode and of its first part, the outward code ("EN5" of "EN5 4AB"), kept
beside the encrypted answers, in which the postcode itself stays."""

from __future__ import annotations

from typing import Any

from forms import items
from forms.kit.validators import compact_postcode, outward_code
from portal.platform.crypto import DataCipher


def postcode_index(answers: dict[str, Any], cipher: DataCipher) -> str | None:
    """The blind index of the child's postcode, which stays encrypted in the answers."""
    postcode = compact_postcode(answers.get(items.CHILD_ADDRESS_POSTCODE))
    return cipher.blind_index(postcode) if postcode else None


def outward_code_index(answers: dict[str, Any], cipher: DataCipher) -> str | None:
    """The blind index of the first part of the child's postcode (the compact postcode
    without its last three characters), for caseworkers who search by area."""
    postcode = compact_postcode(answers.get(items.CHILD_ADDRESS_POSTCODE))
    return cipher.blind_index(_outward(postcode[:-3])) if postcode else None


def outward_code_indexes(typed: str, cipher: DataCipher) -> list[str]:
    """What a search term is looked up by in the outward codes' index, under every key;
    none if it could not be an outward code."""
    code = outward_code(typed)
    return cipher.blind_indexes(_outward(code)) if code else []


def _outward(code: str) -> str:
    """An outward code as hashed: marked, so that its hash can never equal a full
    postcode's by construction, not only because the formats differ today (a full
    postcode ends in a digit and two letters, an outward code never does). The two
    indexes stay apart: a term hashed for one column never finds a row by the other, and
    no row's area hash can be matched with any row's full postcode hash."""
    return f"outward:{code}"
