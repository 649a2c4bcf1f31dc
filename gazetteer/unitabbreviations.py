"""The abbreviations that name a top-level unit alone: the occupation names' (ДНР, ЛНР) and
the Autonomous Republic of Crimea's (АРК). Read only as written: a word a letter away is
another word (dark, park; Dnepr), and one whose match key is theirs is another word too
(Ярк's key is АРК's: я folds to a)."""

from __future__ import annotations

from translit import match_key

#: The abbreviations, by the KATOTTG prefix of the unit each names.
UNIT_ABBREVIATIONS = {
    "UA14": ("ДНР", "DNR", "DPR"),  # Donetsk oblast
    "UA44": ("ЛНР", "LNR", "LPR"),  # Luhansk oblast
    "UA01": ("АРК", "ARK", "ARC"),  # Автономна Республіка Крим
}

_KEYS = frozenset(match_key(text) for names in UNIT_ABBREVIATIONS.values() for text in names)
_LETTERS = frozenset(a.casefold() for names in UNIT_ABBREVIATIONS.values() for a in names)


def abbreviation_key(form_key: str) -> bool:
    """Whether ``form_key`` is the match key of an abbreviation."""
    return form_key in _KEYS


def abbreviation_written(text: str) -> bool:
    """Whether ``text`` is an abbreviation's very letters, in any case (днр, Ark)."""
    return text.strip().casefold() in _LETTERS
