"""A Polish or Georgian place name declined in a query, in a gazetteer of your own.

Polish declines a name after a preposition (``w Krakowie``, ``we Wrocławiu``, ``z Gdańska``,
``do Warszawy``, ``w Zielonej Górze``, ``w Katowicach``), and Georgian with a suffix
(``თბილისში``, in Tbilisi; ``ბათუმიდან``, from Batumi). :func:`own_nominatives` gives the
nominatives such a name may stand for, by the endings of the common declensions, word by
word; the caller keeps those a place of the file bears by its key
(:func:`gazetteer.borne.bears_name`), so an ending read wrongly finds nothing. The embedded
gazetteer, Ukrainian, never asks: :mod:`gazetteer.declension` reads its languages.
"""

from __future__ import annotations

from itertools import product
from typing import TYPE_CHECKING

from translit import detect

from .declension import PREPOSITIONS
from .namerun import caseless

if TYPE_CHECKING:
    from .gazetteer import Gazetteer

#: Polish prepositions that decline the name after them (w Krakowie, z Gdańska, koło Łodzi).
POLISH_PREPOSITIONS = frozenset(
    "w we z ze do od ode pod spod koło kolo przy obok niedaleko nad znad około okolo "
    "przez dla pod za u na".split()
)

#: (ending of a declined Polish word, the nominative endings it may come from), each that
#: fits read: nouns in -ów (Krakowie, Krakowa), a consonant (Gdańska, Gdańsku, Lublinie), -o
#: and -e (Bielsku, Opolu, Opola), -iec (Sosnowcu), -a
#: (Warszawy, Warszawie, Warszawą, Górze, Gdyni), -ń (Poznaniu), -dź (Łodzi), plurals
#: (Katowicach, Katowic, Tychach, Tychów), and adjectives (Zielonej, Wielkopolskiego, Śląskiej).
_POLISH_ENDINGS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("owie", ("ów",)), ("owem", ("ów",)), ("owi", ("ów",)), ("owa", ("ów", "owa")),
    ("iego", ("i",)), ("ego", ("y",)), ("iej", ("ia", "a")), ("ach", ("e", "y", "i")),
    ("niu", ("ń",)), ("dzi", ("dź",)), ("rze", ("ra",)), ("dze", ("ga",)), ("ice", ("ica",)),
    ("cu", ("iec", "ec")), ("ca", ("iec", "ec")), ("ów", ("y", "i", "e")),
    ("iem", ("",)), ("icy", ("ica",)), ("ic", ("ice",)),
    ("ej", ("a",)), ("im", ("i",)), ("ym", ("y",)), ("ie", ("a", "")), ("iu", ("",)),
    ("ia", ("",)), ("ni", ("nia", "ń")), ("em", ("",)),
    ("y", ("a", "")), ("i", ("ia", "a")), ("u", ("", "o", "e")), ("a", ("", "o", "e")),
    ("ą", ("a",)),
)  # fmt: skip

#: Georgian case suffixes on a name in -ი (თბილისი): the locative -ში, the ablative -დან,
#: the genitive -ის, the adverbial -ად, towards -კენ, on -ზე; the nominative's -ი dropped
#: before -ში, -ზე, -ად (თბილისში) and kept before -დან, -ის (თბილისიდან, თბილისის).
_GEORGIAN_SUFFIXES: tuple[tuple[str, str], ...] = (
    ("ისკენ", "ი"),
    ("იდან", "ი"),
    ("ში", "ი"),
    ("ზე", "ი"),
    ("ად", "ი"),
    ("ის", "ი"),
)

#: The most nominatives a name of several words is read as (each word's readings multiplied).
_MOST = 24


def own_governed(gz: Gazetteer, raw: str) -> bool:
    """Whether ``raw``, a query to a gazetteer of your own, is a name a Polish preposition
    declines (``we Wrocławiu``) or a Georgian word with a case suffix (``თბილისში``)."""
    if gz.oblasts is not None:  # (the embedded gazetteer: gazetteer.declension's)
        return False
    words = raw.split()
    if len(words) > 1 and words[0].lower() in POLISH_PREPOSITIONS:
        return detect(" ".join(words[1:])).script == "Latin"
    return bool(words) and _georgian(words[-1]) and words[-1].endswith(_SUFFIXES)


def own_nominatives(gz: Gazetteer, name: str) -> list[str]:
    """The nominatives a Polish name after a preposition (``we Wrocławiu``: Wrocław,
    Wrocławia; the preposition read off) or a Georgian name with a case suffix
    (``თბილისში``: თბილისი) may stand for, in a gazetteer of your own; [] else."""
    if gz.oblasts is not None:
        return []
    words = name.split()
    if len(words) > 1 and words[0].lower() in POLISH_PREPOSITIONS:
        words = words[1:]
    if not words:
        return []
    if _georgian(words[-1]):
        last = [
            words[-1][: -len(suffix)] + ending
            for suffix, ending in _GEORGIAN_SUFFIXES
            if words[-1].endswith(suffix) and len(words[-1]) > len(suffix) + 1
        ]
        return [" ".join([*words[:-1], form]) for form in last]
    if detect(" ".join(words)).script != "Latin":
        return []
    readings = [" ".join(p) for p in product(*map(_polish_word, words))][:_MOST]
    return [r for r in readings if r != " ".join(words)]


def own_borne(gz: Gazetteer, span: str) -> bool:
    """Whether a place of your own file bears a nominative ``span`` may stand for, read in
    running text (``w Krakowie``, ``თბილისში``: Kraków, თბილისი)."""
    from .borne import bears_name

    return any(bears_name(gz, n) for n in own_nominatives(gz, span))


def opens_name(gz: Gazetteer, word: str) -> bool:
    """Whether ``word`` may open a place's name in running text of a gazetteer of your own
    although it has no capital: its script writes none (Georgian თბილისი; Arabic, Hebrew)."""
    return gz.oblasts is None and caseless(word[0])


def governs(gz: Gazetteer, word: str) -> bool:
    """Whether ``word`` is a preposition that declines the name after it: Ukrainian or
    Russian (:data:`gazetteer.declension.PREPOSITIONS`), or Polish in a gazetteer of your own."""
    lowered = word.lower()
    return lowered in PREPOSITIONS or (gz.oblasts is None and lowered in POLISH_PREPOSITIONS)


def _polish_word(word: str) -> list[str]:
    """A Polish word as written and the nominatives its endings may come from (Gorzowa:
    Gorzów, Gorzowa; Opolu: Opol, Opolo, Opole), a hyphen's parts each (Bielsku-Białej:
    Bielsko-Biała among them)."""
    if "-" in word:
        parts = [_polish_word(part) for part in word.split("-")]
        return ["-".join(p) for p in product(*parts)][:_MOST]
    forms = [word]
    lower = word.lower()
    for ending, nominatives in _POLISH_ENDINGS:
        if lower.endswith(ending) and len(word) > len(ending) + 1:
            stem = word[: -len(ending)]
            forms.extend(stem + n for n in nominatives)
    return list(dict.fromkeys(forms))


def _georgian(word: str) -> bool:
    return any("\u10d0" <= c <= "\u10ff" for c in word)


_SUFFIXES = tuple(suffix for suffix, _ in _GEORGIAN_SUFFIXES)
