"""A phone number kept without its spaces is read back grouped as people write UK numbers,
so a family can check it by eye; a number of another shape is read back as it is kept."""

from __future__ import annotations

import pytest

from forms.kit.fields import grouped_phone


@pytest.mark.parametrize(
    ("kept", "read"),
    [
        ("07700900982", "07700 900 982"),
        ("02083592000", "020 8359 2000"),
        ("01614960000", "0161 496 0000"),
        ("01134960000", "0113 496 0000"),
        ("01632960001", "01632 960 001"),
        ("08081570192", "0808 157 0192"),
        ("03001234567", "0300 123 4567"),
        ("+447700900982", "+44 7700 900 982"),
        ("+442083592000", "+44 20 8359 2000"),
        ("+33612345678", "+33612345678"),
        ("0169771234", "0169771234"),
        ("07700 900 982", "07700 900 982"),
    ],
)
def test_a_kept_number_is_read_back_grouped(kept: str, read: str) -> None:
    assert grouped_phone(kept) == read
