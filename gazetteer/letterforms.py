"""Letters as queries and names write them: the look-alike letters of the other script in a
word (a Latin ``i`` typed in a Cyrillic name) put back, and the forms exact and fine
comparisons read (:func:`normal_form`, :func:`plain_latin`, :func:`fold`). :mod:`gazetteer.query`
cleans a query with them; the index and the scoring compare names by them, so the index
cache's key reads this file (:data:`gazetteer.katottg.BUILT_BY`).
"""

from __future__ import annotations

import unicodedata

from unidecode import unidecode

from translit import transliterate
from translit.keys import without_surrogates
from translit.lazyre import lazy_compile

_LATIN_TO_CYRILLIC = str.maketrans("aceiopxyABCEHIKMOPTXy", "асеіорхуАВСЕНІКМОРТХу")
_CYRILLIC_TO_LATIN = str.maketrans("асеіорхуАВСЕНІКМОРТХ", "aceiopxyABCEHIKMOPTX")
#: The apostrophes people type for the Ukrainian one, as one.
APOSTROPHES = str.maketrans(
    {"’": "'", "ʼ": "'", "`": "'", "´": "'", "‘": "'", "ʹ": "'", "\u05f3": "'"}  # ׳ geresh
)
_FOLD = str.maketrans({"і": "и", "ї": "и", "ы": "и", "й": "и", "є": "е", "э": "е", "ё": "е",
                       "ґ": "г", "ь": None, "ъ": None, "'": None})  # fmt: skip
_ASCII_LETTER = lazy_compile("[A-Za-z]")
#: A letter :func:`is_cyrillic` counts.
_CYRILLIC_LETTER = lazy_compile("[\u0400-\u04ff]")


def is_cyrillic(text: str) -> bool:
    """Whether the text has a Cyrillic letter. (Asked of a query's forms some twenty times a
    value: an ASCII text, or one that opens with a Cyrillic letter, is told without the
    search, which costs ten times more.)"""
    if text.isascii():
        return False
    return "\u0400" <= text[0] <= "\u04ff" or _CYRILLIC_LETTER.search(text) is not None


def _one_script(text: str) -> bool:
    """Whether ``text`` has no ASCII letter or no Cyrillic one: no word of it mixes the
    scripts (what most values show, accented Latin ones too, in one scan each)."""
    return text.isascii() or not _ASCII_LETTER.search(text) or not is_cyrillic(text)


def fix_lookalikes(text: str) -> str:
    """Put look-alike letters of the other script back into each word's own script."""
    if _one_script(text):  # nothing to put back
        return text
    words = text.split(" ")
    for i, word in enumerate(words):
        cyrillic, latin = _letters_by_script(word)
        if cyrillic and latin:
            table = _LATIN_TO_CYRILLIC if cyrillic >= latin else _CYRILLIC_TO_LATIN
            words[i] = word.translate(table)
    return " ".join(words)


def sound_lookalikes(text: str) -> str:
    """``text`` with the Cyrillic letters of its mostly Latin words written in Latin by their
    sound (KMU 2010); "" when no word mixes the scripts so."""
    if _one_script(text):
        return ""
    words = text.split(" ")
    changed = False
    for i, word in enumerate(words):
        cyrillic, latin = _letters_by_script(word)
        if cyrillic and latin > cyrillic:
            words[i] = "".join(transliterate(c, "kmu2010") if _is_cyrillic(c) else c for c in word)
            changed = True
    return " ".join(words) if changed else ""


def _is_cyrillic(letter: str) -> bool:
    return "\u0400" <= letter <= "\u04ff"


def _letters_by_script(word: str) -> tuple[int, int]:
    """How many Cyrillic and how many Latin letters ``word`` has."""
    return sum(map(_is_cyrillic, word)), sum(1 for c in word if c.isascii() and c.isalpha())


def normal_form(text: str) -> str:
    """Lower case, NFC, one apostrophe, single spaces: the form exact matches compare."""
    text = unicodedata.normalize("NFC", text).translate(APOSTROPHES).lower()
    # (split's whitespace is the regex \s's: each run one space, none at the ends; a name
    # of one word comes back as it is, where a substitution cost a search of every letter)
    return " ".join(text.replace("-", " ").split())


def plain_latin(text: str) -> str:
    """Lower-case Latin without marks or apostrophes, for comparing spellings finely.

    Apostrophes go: unidecode writes the soft sign as one, which KMU and most news
    spellings drop (Московське, Moskovske).
    """
    if text.isascii():
        latin = normal_form(text)
    else:  # lone surrogates go first: unidecode drops them too, but warns on stderr
        latin = normal_form(unidecode(without_surrogates(text)))
    return latin.replace("'", "")


def fold(normal: str) -> str:
    """A normal form with the letters Ukrainian and Russian spell one sound with joined.

    і ї ы й -> и, є э ё -> е, ґ -> г; soft and hard signs and apostrophes dropped. Two
    Cyrillic spellings that fold alike (Іванне, Іваннє) are variants; others (Зінівка,
    Синівка share a match key) are different words.
    """
    return normal.translate(_FOLD)
