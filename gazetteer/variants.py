"""Other shapes of an old or archival name: the texts to try when the name itself fails.

Registers, old maps and archives name villages in shapes today's gazetteer does not use,
though the village is the same (or lives on in a part of today's name):

- an alternative in brackets: ``Велика (Нова) Мощаниця`` is Велика or Нова Мощаниця;
- a village since split into numbered parts: ``Гільча`` is today Гільча Перша and Друга;
- a qualifier since dropped or added: ``Мале Ситне`` is today Ситне, ``Брусин`` Підбрусинь;
- one half of a double name: ``Русино-Берестечко`` is today Берестечко.

:func:`name_variants` lists such texts with the reason for each. They are weak readings:
the query path tries them only when nothing else reached the threshold, and scores what
they find below the confident score.
"""

from __future__ import annotations

import re

from .rank import is_cyrillic

#: Words that qualify a village name (Ukrainian, in every gender and number, and Russian).
QUALIFIERS = frozenset(
    word + ending
    for stem, endings in (
        ("велик", ("ий", "а", "е", "і", "ая", "ое", "ие")),
        ("мал", ("ий", "а", "е", "і", "ая", "ое", "ые")),
        ("нов", ("ий", "а", "е", "і", "ая", "ое", "ые")),
        ("стар", ("ий", "а", "е", "і", "ая", "ое", "ые")),
        ("верхн", ("ій", "я", "є", "і", "ий", "яя", "ее", "ие")),
        ("нижн", ("ій", "я", "є", "і", "ий", "яя", "ее", "ие")),
        ("горішн", ("ій", "я", "є", "і")),
        ("долішн", ("ій", "я", "є", "і")),
        ("середн", ("ій", "я", "є", "і")),
        ("панськ", ("ий", "а", "е", "і")),
        ("руськ", ("ий", "а", "е", "і")),
        ("польськ", ("ий", "а", "е", "і")),
        ("німецьк", ("ий", "а", "е", "і")),
        ("чеськ", ("ий", "а", "е", "і")),
    )
    for word in (stem,)
    for ending in endings
)
#: The words that number the parts of a split village, by the gender of the name.
PART_WORDS = ("Перша", "Друга", "Перше", "Друге", "Перший", "Другий", "Перші", "Другі")
#: Prefixes a village name gains or loses (Брусин, Підбрусинь).
PREFIXES = ("під", "за", "над", "при")
_BRACKETED = re.compile(r"^(?P<head>[^()]*?)\s*\((?P<alt>[^()]+)\)\s*(?P<tail>[^()]+)$")


def name_variants(raw: str, name: str) -> list[tuple[str, str]]:
    """(text, why) readings of ``name`` (``raw`` is the query as written), best first.

    Only Cyrillic names get the word rules: the qualifiers and part words are Ukrainian.
    """
    found: list[tuple[str, str]] = []
    bracketed = _BRACKETED.match(raw.strip())
    if bracketed and bracketed["tail"].strip():
        head, alt, tail = (bracketed[k].strip() for k in ("head", "alt", "tail"))
        for first in (head, alt):
            if first:
                found.append((f"{first} {tail}", f"'{first} {tail}', one reading of {raw!r}"))
    if not is_cyrillic(name):
        return found
    words = name.split(" ")
    if len(words) > 1 and words[0].lower() in QUALIFIERS:
        rest = " ".join(words[1:])
        found.append((rest, f"without the qualifier {words[0]!r}"))
    if "-" in name:
        for part in name.split("-"):
            if len(part) >= 4:
                found.append((part, f"{part!r}, one half of the double name"))
    if len(words) == 1:
        for part in PART_WORDS:
            found.append((f"{name} {part}", f"split since into parts: {name} {part}"))
        lowered = name[0].lower() + name[1:]
        for prefix in PREFIXES:
            found.append((prefix.capitalize() + lowered, f"with the prefix {prefix}-"))
            if lowered.startswith(prefix) and len(lowered) - len(prefix) >= 4:
                bare = lowered[len(prefix) :]
                found.append((bare.capitalize(), f"without the prefix {prefix}-"))
    return found
