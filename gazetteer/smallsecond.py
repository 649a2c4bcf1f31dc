"""Two-word city names written with the second word in small letters, as chats, comments and
hurried reports do: ``под Кривым рогом``, ``в Белой церкви``, ``Kryvyi rih``.

The reading of running text looks for runs of capitalised words, so such a name was read as
its first word alone (``Кривым``: the village Кривий, sure). :func:`second_words_raised`
gives the text back with that second word's first letter capitalised where the pair, so
written, is a form of a city's name of two words or more (category K or M: Кривий Ріг, Біла
Церква, Нова Каховка, Жовті Води), in any case the reading of declined names gives back; the
caller shows the text as written. A pair at the start of a sentence is left alone: a
sentence may well open with a white church (``Белая церковь стоит на холме``).
"""

from __future__ import annotations

from itertools import pairwise
from typing import TYPE_CHECKING

from translit import match_key

from .declension import nominatives
from .model import derived, entry_fields
from .spans import WORD
from .words import SENTENCE_END, text_words

if TYPE_CHECKING:
    from .gazetteer import Gazetteer

#: Categories of the cities whose names are read so (a village's two words are too often
#: two plain words: Зелений гай, a green grove).
CITY_CATEGORIES = frozenset("KM")

#: Letters of a first word that must open a city's first word (in any of its forms) for the
#: pair to be read further.
_OPENING = 3


def second_words_raised(gz: Gazetteer, text: str) -> str:
    """``text`` with the second word of each two-word city name written ``Кривым рогом``
    capitalised (``Кривым Рогом``): the same length, so every offset stands."""
    if gz.oblasts is None or not any(c.islower() for c in text):
        return text
    openings, keys = _city_pairs(gz)
    words = text_words(WORD, text)
    out: list[str] | None = None
    for (start, end, first), (next_start, _, second) in pairwise(words):
        if (
            not first[0].isupper()
            or not second[0].islower()
            or first[:_OPENING].lower() not in openings
            or text[end:next_start] != " "
            or _opens_sentence(text, start)
        ):
            continue
        raised = second[0].upper()
        if len(raised) != 1:
            continue  # (a letter whose capital is two: the offsets would move)
        pair = f"{first} {raised}{second[1:]}"
        if match_key(pair) in keys or any(match_key(n) in keys for n in nominatives(pair)):
            out = out if out is not None else list(text)
            out[next_start] = raised
    return "".join(out) if out is not None else text


def _opens_sentence(text: str, start: int) -> bool:
    """Whether the word at ``start`` is the first of its text, line or sentence."""
    before = text[:start].rstrip(" \t")
    return not before or before[-1] == "\n" or SENTENCE_END.fullmatch(before[-1]) is not None


def _city_pairs(gz: Gazetteer) -> tuple[frozenset[str], frozenset[str]]:
    """The first letters of the first words, and the keys, of every form of ``gz``'s cities
    whose name has two words or more."""

    def make() -> tuple[frozenset[str], frozenset[str]]:
        fields = entry_fields(gz.entries, "category", "name_uk")
        entries = [
            i
            for i, (category, name) in enumerate(fields)
            if category in CITY_CATEGORIES and " " in name
        ]
        texts = [gz.index.text_of[p] for p in gz.index.positions_of(entries)]
        openings = frozenset(t.split()[0][:_OPENING].lower() for t in texts if " " in t)
        return openings, gz.index.keys_of(entries)

    return derived(gz.entries, "two-word cities", make)
