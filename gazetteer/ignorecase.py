"""A cheap test before a case-blind regex search: whether the text holds one of the words the
pattern cannot match without.

A pattern compiled with ``re.IGNORECASE`` and led by a lookbehind or by many alternatives is
tried at every position of the text: some 10,000 instructions for a short Cyrillic value,
and a few of them run on every value a lookup reads. Most values hold none of their words,
which :func:`may_hold` tells from the text's lower case in a quarter of that: its words are
found by a pattern of plain letters, which the regex skips to by their first letters.

The regex folds case as ``str.lower`` does but for a few letters: it lowers İ to i (where
``str.lower`` adds a combining dot), and it matches ı with i, ſ with s, ẛ with ṡ, and the old
Cyrillic letters ᲀ-ᲈ with в, д, о, с, т, ъ, ѣ, ꙋ (``re._casefix``). A text with one of those
is left to the pattern.
"""

from __future__ import annotations

import re

#: The letters the regex folds otherwise than ``str.lower``, as ``str.lower`` leaves them
#: (İ: i and a combining dot above).
ODD_FOLDS = ("\u0307", "ı", "ſ", "ẛ", *map(chr, range(0x1C80, 0x1C89)))


def words_held(*words: str) -> re.Pattern[str]:
    """What :func:`may_hold` looks for: ``words`` (lower case, of Latin and Cyrillic
    letters: Greek ones have folds of their own) and the letters of :data:`ODD_FOLDS`."""
    return re.compile("|".join(re.escape(word) for word in (*words, *ODD_FOLDS)))


def may_hold(text: str, words: re.Pattern[str]) -> bool:
    """False when ``text`` surely holds none of the words of ``words`` (:func:`words_held`)
    in any case, as a pattern compiled with ``re.IGNORECASE`` reads case; True when it
    holds one, or a letter that pattern folds otherwise than ``str.lower``."""
    return words.search(text.lower()) is not None
