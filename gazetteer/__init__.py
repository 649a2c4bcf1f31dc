"""Gazetteer matching: find the canonical entry for a place name however it is written.

>>> from gazetteer import Gazetteer
>>> gz = Gazetteer.default()
>>> best = gz.lookup("Kharkov")[0]
>>> best.entry.code, best.entry.name, best.kind
('UA63120270010096107', 'Kharkiv', 'exonym')
>>> [m.ambiguous for m in gz.lookup("Lyubymivka", oblast="Kherson Oblast")[:3]]
[True, True, True]

Every public name is imported on first use: a lookup starts without text extraction
(:func:`find_places`), clustering (:func:`cluster_values`) or the table functions
(:func:`normalize_rows`, :func:`normalize_series`).
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .clusters import Cluster, cluster_values
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

#: Every public name and the module that holds it, imported when first asked for: the package
#: itself loads nothing, so that the ``gazetteer`` command can set up its Ctrl-C handling
#: before the rest loads (:mod:`gazetteer.command`).
_LAZY = {
    "DEFAULT_MIN_SCORE": "gazetteer",
    "Gazetteer": "gazetteer",
    "NAME_SOURCES": "index",
    "Coordinates": "coordinates",
    "GazetteerError": "errors",
    "GazetteerFileError": "errors",
    "UnknownCodeError": "errors",
    "UnknownSourceError": "errors",
    "Entry": "model",
    "Match": "model",
    "MatchKind": "model",
    "Resolution": "model",
    "Status": "model",
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
