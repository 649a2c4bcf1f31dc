"""An oblast's name as Latin letters write it, for reading a Latin text as an oblast only
when its letters are a typo of one of those spellings.

:class:`~gazetteer.oblasts.OblastTable` reads a text as an oblast by its match key, which
folds letters together (kh and h, y and i): a key a letter from a name's is a typo of that
name in some romanisation, but an English word too (heron: Херсон's key herson less a
letter; person, knew, proven). A typo changes one letter of a spelling people write, and
those words change two or more: :func:`near_spelling` asks that of a text read only by a
near key, against :func:`latin_spellings`.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable

from rapidfuzz.distance import OSA

from translit import standards, transliterate

#: Romanisations that write a Cyrillic letter as one Latin letter with a mark (ISO 9: х as
#: h, ц as c), which no one types without the marks: folded, they spell English words
#: (herson, a letter from heron and person).
_LETTER_FOR_LETTER = frozenset({"iso9", "ru-iso9"})
#: How long a text may be two letters amiss (Khakirv, Zaphorizia; a shorter word two
#: letters from a name is another word: heron, proven).
_LONG = 7
#: How many letters an ending after a whole spelling may have (Lutskyi, Kharkivskoi).
_ENDING = 4


def plain_letters(text: str) -> str:
    """The Latin letters of ``text``, lowercased, without marks, spaces or apostrophes."""
    folded = unicodedata.normalize("NFKD", text.lower())
    return "".join(c for c in folded if "a" <= c <= "z")


def latin_spellings(latin: Iterable[str], cyrillic: Iterable[str]) -> frozenset[str]:
    """A unit's ``latin`` names and its ``cyrillic`` ones (Ukrainian, Russian, the
    centre's) in every romanisation :mod:`translit` knows, as :func:`plain_letters`."""
    spellings = {plain_letters(text) for text in latin}
    for text in cyrillic:
        for standard in standards():
            if standard not in _LETTER_FOR_LETTER:
                spellings.add(plain_letters(transliterate(text, standard)))
    return frozenset(s for s in spellings if s)


def near_spelling(letters: str, spelling: str) -> bool:
    """Whether ``letters`` are ``spelling`` but for a letter dropped, added, changed or two
    swapped, the whole (Kheron: Kherson) or cut short (Khersn; Odes, Tern); or ``spelling``
    as it is with an ending after it (Lutskyi)."""
    size = len(letters)
    edits = 1 if size < _LONG else 2
    if OSA.distance(letters, spelling, score_cutoff=edits) <= edits:
        return True
    cut = spelling[:size]
    if size < len(spelling) and OSA.distance(letters, cut, score_cutoff=edits) <= edits:
        return True  # (cut short, a letter amiss: Kharkv, Zaporiz)
    return size - len(spelling) <= _ENDING and letters.startswith(spelling)
