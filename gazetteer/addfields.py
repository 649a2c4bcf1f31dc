"""Fields a batch run adds after the eight on request: the units an answer lies in.

Analyses of places are often made by raion or hromada (a humanitarian report counts events
per hromada). ``normalize --add raion,hromada`` gives, after ``C_match``, each answer's raion
and hromada: ``C_raion``, ``C_raion_code``, ``C_hromada``, ``C_hromada_code`` (their KMU
names and KATOTTG codes), empty where there is no answer or no such unit (a city with
special status has no raion; a raion no hromada). ``--add oblast`` gives ``C_oblast_name``
(Kharkivska), beside ``C_oblast``'s ISO code. ``--add coordinates`` gives ``C_latitude``,
``C_longitude`` and ``C_precision``: the answer's point, or its hromada's, raion's or oblast's
centre's, as :func:`gazetteer.coordinates.locate` finds it (``place``, ``hromada centre``...).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import lru_cache
from typing import Any

from .errors import GazetteerError

#: What may be added, and the fields each adds (after ``C_``), in this order.
ADDABLE: dict[str, tuple[str, ...]] = {
    "oblast": ("oblast_name",),
    "raion": ("raion", "raion_code"),
    "hromada": ("hromada", "hromada_code"),
    "coordinates": ("latitude", "longitude", "precision"),
}
_POINT_FIELDS = ADDABLE["coordinates"]

Cell = tuple[str, ...]


def added_fields(add: Sequence[str]) -> tuple[str, ...]:
    """The field names (after ``C_``) that ``add`` asks for, in the order of :data:`ADDABLE`.

    >>> added_fields(["hromada", "raion"])
    ('raion', 'raion_code', 'hromada', 'hromada_code')
    """
    unknown = [a for a in add if a not in ADDABLE]
    if unknown:
        raise GazetteerError(
            f"cannot add {', '.join(map(repr, unknown))}; choose from {', '.join(ADDABLE)}"
        )
    return tuple(f for name, fields in ADDABLE.items() if name in add for f in fields)


def cell_extender(resolver: Any, add: Sequence[str]) -> Callable[[Cell], Cell]:
    """A function that appends the ``add`` fields to a cell of the eight (its code first),
    reading each code's entry from ``resolver`` (a gazetteer)."""
    fields = added_fields(add)
    entry_of = getattr(resolver, "entry", None)
    blank = ("",) * len(fields)

    @lru_cache(maxsize=65536)
    def extra(code: str) -> Cell:
        if not code or entry_of is None:
            return blank
        try:
            entry = entry_of(code)
        except (GazetteerError, KeyError):
            return blank
        point = _point_fields(resolver, code) if "coordinates" in add else {}
        return tuple(point[f] if f in point else getattr(entry, f, "") or "" for f in fields)

    def extend(cell: Cell) -> Cell:
        return (*cell, *extra(cell[0]))

    return extend


def _point_fields(resolver: Any, code: str) -> dict[str, str]:
    """The coordinates fields of ``code`` (empty where the resolver knows no point)."""
    locate = getattr(resolver, "coordinates", None)
    where = locate(code) if locate is not None else None
    if where is None:
        return dict.fromkeys(_POINT_FIELDS, "")
    return {
        "latitude": f"{where.latitude:.5f}",
        "longitude": f"{where.longitude:.5f}",
        "precision": where.precision,
    }
