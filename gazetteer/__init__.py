"""Gazetteer matching: find the canonical entry for a place name however it is written.

>>> from gazetteer import Gazetteer
>>> gz = Gazetteer.default()
>>> best = gz.lookup("Kharkov")[0]
>>> best.entry.code, best.entry.name, best.kind
('UA63120270010096107', 'Kharkiv', 'exonym')
>>> [m.ambiguous for m in gz.lookup("Lyubymivka", oblast="Kherson Oblast")[:3]]
[True, True, True]
"""

from .coordinates import Coordinates
from .errors import (
    GazetteerError,
    GazetteerFileError,
    UnknownCodeError,
    UnknownSourceError,
)
from .extract import Mention, find_places
from .gazetteer import DEFAULT_MIN_SCORE, Gazetteer
from .index import NAME_SOURCES
from .model import Entry, Match, MatchKind, Resolution, Status
from .rows import normalize_rows, normalize_series

__all__ = [
    "DEFAULT_MIN_SCORE",
    "NAME_SOURCES",
    "Coordinates",
    "Entry",
    "Gazetteer",
    "GazetteerError",
    "GazetteerFileError",
    "Match",
    "MatchKind",
    "Mention",
    "Resolution",
    "Status",
    "UnknownCodeError",
    "UnknownSourceError",
    "find_places",
    "normalize_rows",
    "normalize_series",
]
