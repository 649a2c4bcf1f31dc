"""Which script a text is written in and, for Cyrillic, which language.

Script: every letter (Unicode category L*) is assigned its Unicode script with ICU; digits,
punctuation, spaces and marks (scripts Common and Inherited) do not count. One script gives
that script's name ("Latin", "Cyrillic", "Greek", "Han"...), several give "Mixed" (with
``scripts`` listing them, most letters first, ties by name), none gives "Unknown".

Language of the Cyrillic letters, decided by the letters only one language uses, in this
order (the first rule that fires wins):

1. ``ў`` -> ``"be"`` (only Belarusian has it).
2. ``ї``, ``є`` or ``ґ`` -> ``"uk"`` (only Ukrainian has them).
3. ``і`` with ``ы``, ``э`` or ``ё`` -> ``"be"`` (Ukrainian has no ы э ё, Russian no і).
4. ``і`` otherwise -> ``"uk"``.
5. ``ъ``, ``ы``, ``э`` or ``ё`` -> ``"ru"`` (Belarusian words without і or ў are rare).
6. Otherwise ``None``: only letters the three languages share (Москва, Харків without і...).

>>> detect("Біляївка")
Detection(script='Cyrillic', language='uk', mixed=False, scripts=('Cyrillic',))
>>> detect("Магілёў").language
'be'
>>> detect("Kиїв").script
'Mixed'
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

__all__ = ["Detection", "detect"]

_NOT_COUNTED = frozenset({"Common", "Inherited", "Unknown"})


@dataclass(frozen=True)
class Detection:
    """The result of :func:`detect`."""

    script: str  #: one script name, "Mixed" or "Unknown"
    language: str | None  #: "uk", "ru" or "be" for Cyrillic letters, else None
    mixed: bool  #: letters of more than one script
    scripts: tuple[str, ...]  #: every script seen, most letters first, ties by name


@lru_cache(maxsize=8192)
def _script(ch: str) -> str:
    import icu  # (here: a start that reads no script need not load ICU)

    return str(icu.Script.getScript(ch).getName())


def _language(letters: set[str]) -> str | None:
    if "ў" in letters:
        return "be"
    if letters & {"ї", "є", "ґ"}:
        return "uk"
    if "і" in letters:
        return "be" if letters & {"ы", "э", "ё"} else "uk"
    if letters & {"ъ", "ы", "э", "ё"}:
        return "ru"
    return None


def detect(text: str) -> Detection:
    """Detect the script of ``text`` and, for Cyrillic, its language (see module docs)."""
    if not isinstance(text, str):
        raise TypeError(f"detect() expects str, got {type(text).__name__}")
    counts: Counter[str] = Counter()
    cyrillic: set[str] = set()
    for ch in text:
        if not ch.isalpha():
            continue
        script = _script(ch)
        if script in _NOT_COUNTED:
            continue
        counts[script] += 1
        if script == "Cyrillic":
            cyrillic.add(ch.lower())
    scripts = tuple(sorted(counts, key=lambda s: (-counts[s], s)))
    if not scripts:
        return Detection("Unknown", None, False, ())
    language = _language(cyrillic) if cyrillic else None
    mixed = len(scripts) > 1
    return Detection("Mixed" if mixed else scripts[0], language, mixed, scripts)
