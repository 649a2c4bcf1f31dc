"""Gazetteer matching: find the canonical entry for a place name however it is written.

>>> from gazetteer import Gazetteer
>>> gz = Gazetteer.default()
>>> best = gz.lookup("Kharkov")[0]
>>> best.entry.code, best.entry.name, best.kind
('UA63120270010096107', 'Kharkiv', 'exonym')
>>> [m.ambiguous for m in gz.lookup("Lyubymivka", oblast="Kherson Oblast")[:3]]
[True, True, True]

Text extraction (:func:`find_places`), clustering (:func:`cluster_values`) and the table
functions (:func:`normalize_rows`, :func:`normalize_series`) are imported on first use, so
that a lookup starts without them.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

from .coordinates import Coordinates
from .errors import (
    GazetteerError,
    GazetteerFileError,
    UnknownCodeError,
    UnknownSourceError,
)
from .gazetteer import DEFAULT_MIN_SCORE, Gazetteer
from .index import NAME_SOURCES
from .model import Entry, Match, MatchKind, Resolution, Status

if TYPE_CHECKING:
    from .clusters import Cluster, cluster_values
    from .extract import Mention, find_places
    from .rows import normalize_rows, normalize_series

#: The public names whose modules are imported when first asked for, and those modules.
_LAZY = {
    "Cluster": "clusters",
    "cluster_values": "clusters",
    "Mention": "extract",
    "find_places": "extract",
    "normalize_rows": "rows",
    "normalize_series": "rows",
}

__all__ = [
    "DEFAULT_MIN_SCORE",
    "NAME_SOURCES",
    "Cluster",
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
    "cluster_values",
    "find_places",
    "normalize_rows",
    "normalize_series",
]


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(f".{module}", __name__), name)
    globals()[name] = value  # asked once
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
