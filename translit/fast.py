"""A fast path for the standards that are plain letter tables on ordinary text.

Calling ICU costs a few microseconds per string, more than a ``str.translate``. For a
standard whose rules, on ordinary text, write each Cyrillic letter the same way wherever it
stands, the table is *read off the compiled ICU transform itself* (each letter between two
others, at the start of a word, and every pair of letters), and :func:`fast_transliterate`
uses it only on text where it is known to agree:

- only ASCII and letters of the table's alphabet (no apostrophes, no marks, nothing else);
- no letter whose spelling depends on its place in the word (KMU's є ї й ю я);
- no two upper-case letters in a row (ALL CAPS spells digraphs differently);
- no pair of letters that ICU writes otherwise than letter by letter (BGN's зг -> z·h).

Any other text returns None and goes through ICU. A hypothesis test checks the two agree.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

__all__ = ["FastTable", "build_table"]

UKRAINIAN = "абвгґдеєжзиіїйклмнопрстуфхцчшщьюя"
_ALPHABET = UKRAINIAN + UKRAINIAN.upper()
_ASCII_UNSAFE = "'`"  # apostrophes: rules write or drop them between letters


_UPPER = "[A-Z" + re.escape(_ALPHABET[len(UKRAINIAN) :]) + "]"
# Two capitals in a row, also with a soft sign or an apostrophe between them (ICU's context
# rules look past those), ask for the ALL CAPS spelling.
_UPPER_PAIR = re.compile(_UPPER + "[ьЬ'’ʼ]*" + _UPPER)


@dataclass(frozen=True)
class FastTable:
    """A letter table with what it may be used on: its letters, and no pair in ``pairs``."""

    table: dict[int, str]
    other: re.Pattern[str]  #: a character other than ASCII and the letters the table spells
    pairs: re.Pattern[str] | None  #: letter pairs ICU writes otherwise, if any

    def __call__(self, text: str) -> str | None:
        """``text`` by the table, or None when the table might disagree with ICU."""
        if self.other.search(text):
            return None
        # istitle()/islower(): no upper-case letter follows another one.
        if not (text.istitle() or text.islower()) and _UPPER_PAIR.search(text):
            return None
        if self.pairs is not None and self.pairs.search(text):
            return None
        return text.translate(self.table)


def build_table(icu_transliterate: Callable[[str], str]) -> FastTable | None:
    """Read a letter table off a compiled transform; None if too few letters are plain."""

    def spell(ch: str) -> str | None:
        middle = icu_transliterate("а" + ch + "а")
        edge = icu_transliterate("а")
        if not (middle.startswith(edge) and middle.endswith(edge)) or len(middle) < 2 * len(edge):
            return None
        inside = middle[len(edge) : len(middle) - len(edge)]
        initial = icu_transliterate(" " + ch + "а")
        if initial != " " + inside + edge or icu_transliterate(ch) != inside:
            return None
        return inside

    table: dict[int, str] = {}
    for ch in _ALPHABET:
        out = spell(ch)
        if out is not None:
            table[ord(ch)] = out
    if len(table) < len(_ALPHABET) // 2:
        return None
    bad_pairs = [
        a + b
        for a in _ALPHABET
        for b in _ALPHABET
        if ord(a) in table
        and ord(b) in table
        and not (a.isupper() and b.isupper())
        and icu_transliterate(a + b) != table[ord(a)] + table[ord(b)]
    ]
    letters = "".join(chr(code) for code in table)
    other = re.compile(f"[^\\x00-\\x7f{re.escape(letters)}]|[{re.escape(_ASCII_UNSAFE)}]")
    pairs = re.compile("|".join(map(re.escape, bad_pairs))) if bad_pairs else None
    return FastTable(table, other, pairs)
