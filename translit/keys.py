"""``match_key``: one short key on which the spellings of a name collapse.

The key is a phonetic skeleton of the name, built so that every romanisation standard
(KMU 2010, BGN/PCGN, ISO 9, scholarly, ALA-LC), the German, Polish, Czech and French habits,
and the Cyrillic original itself all land on the same string. It is the index key of the
gazetteer: many names share a key, and the ranking step tells them apart on finer evidence.

What it folds, in order, and why:

1. Case, Unicode form (NFC/NFD) and diacritics: they never tell two places apart in data
   people type. Letters whose marks carry a sound keep it (ISO 9 ``ž`` is ``zh``, ``û`` is
   ``iu``, Polish ``ł`` is ``l``, ``ż`` is ``zh``) before the remaining marks are dropped.
2. Cyrillic (Ukrainian, Russian, Belarusian) to Latin by the KMU letters, ``зг`` as ``zgh``
   so that it does not read as ``ж``. Other scripts go through ICU ``Any-Latin``.
3. Everything that is not a letter or a digit: spaces, hyphens, apostrophes, soft and hard
   signs, punctuation, zero-width characters. ``Bila Tserkva``, ``Bila-Tserkva`` and
   ``Mar'ianivka``/``Marianivka`` mean the same name.
4. Multi-letter spellings of one sound, each to one symbol, read left to right with the
   longest spelling first (so ц+г, written ``tsh``, stays ``ts`` + ``h``): ``tsch``, ``cz``,
   ``ch`` (and French ``tch`` as written, Tchortkov; not т+ч, nor ISO 9 ``tč``, nor ``tch``
   in a German or Polish text, with w, sch, cz or sz, where it is т+х: Tchoriwka), ``kh``,
   ``h``, ``g`` and ``x`` for х/г/ґ/ч become ``H`` (German and Polish ``ch`` is х where English
   ``ch`` is ч, so both must meet; Russian romanisation writes г as ``g``); ``sch``, ``sz``,
   ``sh`` and ``zh`` (ш/ж) become ``S``; ``ts``, ``tz`` and ``c`` (ц) become ``C``; ``z``
   becomes ``s`` (з/с; but ц, ``C``, in a text German ``sch`` marks and no English
   ``v``, ``kh``, ``zh`` or ``ts`` unmarks: Waschkowzy, not Zymovysche), ``w``
   ``v``, ``q`` ``k``, French ``ou`` ``u``.
5. Vowels: ``y``, ``j`` and ``i`` are one letter ``i`` (и/і/й/ї/ы are written with all
   three); an ``i`` before another vowel is dropped, so ``ya``/``ia``/``ja``/``â``/``я`` all
   give ``a`` (and likewise ю, є, ё: Lyubymivka, Liubymivka, Ljubymivka and Lûbimìvka agree).
6. Doubled letters collapse (Kreminna/Kremina, Zaporizhzhia/Zaporizhia).

What it does not fold: vowel changes between Ukrainian and Russian forms (Харків/Харьков)
and exonyms (Kijów, Kiev): those are names of their own in the gazetteer's name tables.
The key is ASCII letters and digits, with ``H``, ``S`` and ``C`` as the three merged classes.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from operator import methodcaller
from typing import TYPE_CHECKING

from .lazyre import lazy_compile

if TYPE_CHECKING:
    import icu

__all__ = ["match_key"]

_CYRILLIC = {
    "а": "a", "б": "b", "в": "v", "г": "h", "ґ": "g", "д": "d", "е": "e", "є": "ie",
    "ж": "zh", "з": "z", "и": "y", "і": "i", "ї": "i", "й": "i", "к": "k", "л": "l",
    "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u",
    "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ь": "", "ю": "iu",
    "я": "ia", "ы": "y", "э": "e", "ё": "io", "ъ": "", "ў": "v", "ј": "j", "ѣ": "e",
}  # fmt: skip

# Latin letters whose mark carries a sound in some standard or habit.
_LATIN_MARKED = {
    "ž": "zh", "š": "sh", "č": "ch", "ŝ": "shch", "û": "iu", "â": "ia", "ê": "ie", "ë": "io",
    "ï": "i", "ì": "i", "ł": "l", "ż": "zh", "ź": "z", "ś": "s", "ć": "c", "ń": "n",
    "ó": "o", "ß": "ss", "æ": "ae", "œ": "oe", "ø": "o", "đ": "d", "ı": "i", "ǐ": "i",
    "ŭ": "u", "ě": "ie", "ř": "rzh",
}  # fmt: skip

_SEPARATORS = (
    " \t\n\r\f\v-‐‑‒–—―_'’ʼ`´ʹʻ‘\"“”«».,;:!?()[]{}/\\|+*&#%$@^~<>="
    "\u00a0\u200b\u200c\u200d\u2060\ufeff\u00ad"
)


def _build_table() -> dict[int, str | None]:
    table: dict[int, str | None] = {}
    for letter, latin in _CYRILLIC.items():
        table[ord(letter)] = latin
    for letter, latin in _LATIN_MARKED.items():
        table[ord(letter)] = latin
    for char in _SEPARATORS:
        table[ord(char)] = None
    for mark in range(0x0300, 0x0370):  # combining diacritics, ALA-LC tie bars included
        table[mark] = None
    return table


_TABLE = _build_table()

# Read left to right, the longest spelling first at each position, so that letters that
# only meet across a boundary (ц+г written "tsh", с+х written "skh") are not misread.
_MULTIGRAPHS = {
    "tsch": "H", "szcz": "SH", "shch": "SH", "sch": "S", "sz": "S", "cz": "H", "sh": "S",
    "zh": "S", "kh": "H", "gh": "H", "ch": "H", "ts": "C", "tz": "C", "c": "C", "h": "H",
    "g": "H", "x": "ks", "z": "s", "w": "v", "q": "k", "ou": "u", "y": "i", "j": "i",
}  # fmt: skip
_SPELLING = lazy_compile("|".join(sorted(_MULTIGRAPHS, key=len, reverse=True)))


def _symbol(match: re.Match[str]) -> str:
    return _MULTIGRAPHS[match.group()]


_I_BEFORE_VOWEL = lazy_compile(r"i+(?=[aeou])")
_DOUBLES = lazy_compile(r"(.)\1+")
#: a run's first letter; a callable is several times faster than the template r"\1"
first_of_run = methodcaller("group", 1)
_NOT_KEY = lazy_compile(r"[^a-z0-9]+")
#: by chr(): mypyc refuses surrogate escapes in string literals
_SURROGATES = lazy_compile(f"[{chr(0xD800)}-{chr(0xDFFF)}]")


def without_surrogates(text: str) -> str:
    """``text`` without lone surrogates (an undecodable byte in a file name or argument),
    which unidecode drops too, but with a RuntimeWarning on stderr."""
    try:  # (strict UTF-8 encodes every character but a surrogate: cheaper than the search)
        text.encode("utf-8")
    except UnicodeEncodeError:
        return _SURROGATES.sub("", text)
    return text


def match_key(text: str) -> str:
    """Return the spelling-insensitive key of ``text`` (see the module docs for the folds).

    >>> match_key("Любимівка") == match_key("Lyubymivka") == match_key("Ljubymiwka")
    True
    >>> match_key("Kharkiv") == match_key("Charkiw") == match_key("Харків")
    True
    >>> match_key("Kharkiv") == match_key("Kherson")
    False
    """
    if not isinstance(text, str):
        raise TypeError(f"match_key() expects str, got {type(text).__name__}")
    key = _KEYS.get(text)
    if key is None:
        if len(_KEYS) >= KEYS_KEPT:
            _KEYS.clear()
        key = _KEYS[text] = _key(text)
    return key


#: The keys of the last texts keyed: a query's name is keyed again and again on its way
#: (the regions' names, the scorer, the typo readings), and a key costs a few microseconds.
_KEYS: dict[str, str] = {}
#: How many keys are kept (then all are forgotten).
KEYS_KEPT = 8192


#: A German z, ц (not in tz, Polish cz and sz, nor zh), read so in a text German ``sch``
#: marks as German (English and Polish z is з).
_GERMAN_Z = lazy_compile(r"(?<![cst])z(?!h)")
#: What no German spelling writes and English does: v (в), kh (х), zh (ж), ts (ц, not the
#: ч of tsch), and a sch ending a word as KMU's shch would, in -ище and -щина (German щ is
#: schtsch). A text with one is not German, though its sch may be a careless щ
#: (Zymovysche, Zahorodysche, Zarysche, Berezenschyna: з, not ц).
_NOT_GERMAN = lazy_compile(r"v|kh|zh|ts(?!ch)|[yi]sche\b|schyn[aiy]\b")
#: German and Polish marks (w for в, sch, cz, sz): in such a text tch is т and ch, х
#: (Tchoriwka, Тхорівка), not the French ч.
_NOT_FRENCH = lazy_compile(r"w|sch|cz|sz")


def _key(text: str) -> str:
    """:func:`match_key` of a text, made afresh."""
    s = text.lower()
    if "tch" in s and not _NOT_FRENCH.search(s):
        s = s.replace("tch", "ch")  # French ч (Tchortkov, Berditchev), as written
    if "sch" in s and "z" in s and s.isascii() and not _NOT_GERMAN.search(s):
        s = _GERMAN_Z.sub("ts", s)  # German ш beside it: z is ц (Waschkowzy, Babtschinzy)
    if not s.isascii():
        if not unicodedata.is_normalized("NFC", s):
            s = unicodedata.normalize("NFC", s)
        if "зг" in s:
            s = s.replace("зг", "zgh")
        s = s.translate(_TABLE)
        if not s.isascii():
            s = _fold_other_scripts(s)
    else:
        s = s.translate(_TABLE)
    if not s.isalnum():
        s = _NOT_KEY.sub("", s)
    s = _SPELLING.sub(_symbol, s)
    if "i" in s:
        s = _I_BEFORE_VOWEL.sub("", s)
    return _DOUBLES.sub(first_of_run, s)


@lru_cache(maxsize=1)
def _any_latin() -> icu.Transliterator:
    import icu  # (here: a start that folds no other script need not load ICU)

    return icu.Transliterator.createInstance("Any-Latin")


def _fold_other_scripts(text: str) -> str:
    """Fold what the fast table left: other scripts, then any remaining marks."""
    latin = _any_latin().transliterate(text).lower()
    decomposed = unicodedata.normalize("NFKD", latin.translate(_TABLE))
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    if not stripped.isascii():
        from unidecode import unidecode

        stripped = unidecode(without_surrogates(stripped)).lower()
    return stripped.translate(_TABLE)
