"""Transliteration of place names: Cyrillic (Ukrainian, Russian, Belarusian) and any other
script to Latin by a named standard, script detection, and back to Cyrillic.

>>> from translit import transliterate
>>> transliterate("Запоріжжя")
'Zaporizhzhia'
"""

from __future__ import annotations

from .detect import Detection, detect
from .keys import match_key
from .mojibake import Mojibake, mojibake_runs, read_mojibake, repair_mojibake
from .reverse import to_cyrillic
from .skeleton import consonant_skeleton, is_pinyin
from .standards import UnknownStandardError, standards, to_latin, transliterate
from .stress import without_stress

__all__ = [
    "Detection",
    "Mojibake",
    "UnknownStandardError",
    "consonant_skeleton",
    "detect",
    "is_pinyin",
    "match_key",
    "mojibake_runs",
    "read_mojibake",
    "repair_mojibake",
    "standards",
    "to_cyrillic",
    "to_latin",
    "transliterate",
    "without_stress",
]
