"""Stress marks: ``Ки́їв``, ``Харкі́в``, as dictionaries and Wikipedia write a word's stress.

The mark is the combining acute accent (U+0301) after a Cyrillic vowel. No Ukrainian or
Russian letter is written with it (й, ї and ё are a letter and a breve or a diaeresis, which
NFD parts too, and are kept), so it tells no two names apart and is dropped wherever text is
normalised. An acute after a Latin letter is no stress mark (``é`` is a letter of its own),
nor is a prime (``Lʹviv``) or an apostrophe.
"""

from __future__ import annotations

import re

from .lazyre import lazy_compile

__all__ = ["STRESS", "stress_marks", "without_stress"]

#: The combining acute accent, as a stress mark writes it.
STRESS = "\u0301"
#: A stress mark: the acute after a Cyrillic letter and any other marks on it (ї́ in NFD).
_STRESS = lazy_compile(f"(?<=[\u0400-\u04ff])(?:[\u0300-\u0300\u0302-\u036f]*){STRESS}")


def stress_marks(text: str) -> list[int]:
    """Where in ``text`` its stress marks stand (none when it has no acute at all)."""
    if STRESS not in text:
        return []
    return [m.end() - 1 for m in _STRESS.finditer(text)]


def without_stress(text: str) -> str:
    """``text`` without its stress marks, every other character as it was.

    >>> without_stress("Ки́їв, Харкі́в, Café")
    'Київ, Харків, Café'
    """
    if STRESS not in text:
        return text
    return _STRESS.sub(_kept, text)


def _kept(mark: re.Match[str]) -> str:
    return mark.group()[:-1]
