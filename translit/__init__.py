"""Transliteration of place names: Cyrillic (Ukrainian, Russian, Belarusian) and any other
script to Latin by a named standard, script detection, and back to Cyrillic.

>>> from translit import transliterate
>>> transliterate("Запоріжжя")
'Zaporizhzhia'
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .standards import UnknownStandardError, standards, to_latin, transliterate

if TYPE_CHECKING:
    from .keys import match_key

__all__ = [
    "UnknownStandardError",
    "match_key",
    "standards",
    "to_latin",
    "transliterate",
]


def __getattr__(name: str) -> Any:
    # match_key lives in .keys, which imports this package: load it on first use.
    if name == "match_key":
        from .keys import match_key

        return match_key
    raise AttributeError(f"module 'translit' has no attribute {name!r}")
