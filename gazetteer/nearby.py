"""A point beside a name: the namesake that lies near it (``resolve(..., near=(lat, lon))``).

Event tables and geolocated footage give a point with the name (ACLED, a photo's place), and
a point tells namesakes apart where nothing in the text does: of the fifty villages called
Antonivka, one lies within a few kilometres of 47.06 N, 32.98 E. Each candidate tied with the
best is placed as :mod:`gazetteer.coordinates` places it (its own point, or its hromada's
centre, which lies within 30 km of 99 in 100 villages); the nearest becomes the answer when it
lies within :data:`NEAR_KM` of the point and the next one is at least :data:`NEAR_KM` farther,
even where the name alone gave a sure answer far away (Lyman: the city, unless the point is
at the village Лиман of Chuhuiv raion). A candidate of another, like name near the point
comes first but unsure: the name and the point disagree.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from math import asin, cos, radians, sin, sqrt
from typing import TYPE_CHECKING

from .errors import GazetteerError
from .finder import CONFIDENT_SCORE
from .model import Match, Resolution
from .verdict import ALSO_TIED_LIMIT, SHOWN

if TYPE_CHECKING:
    from .gazetteer import Gazetteer

#: How far from the point a candidate may lie and still be the place meant (a village stands
#: in for its hromada's centre, which lies within 30 km of 99 in 100 of its villages).
NEAR_KM = 40.0
#: How much less a near candidate may score than a sure answer far away and still come first.
NEAR_MARGIN = 10.0
#: How much less than the best a namesake may score and still be weighed by its distance
#: (Antonivka met as written, 100, or as a variant of its letters, 98.7).
NAMESAKE_MARGIN = 2.0


def point_of(value: object) -> tuple[float, float]:
    """``(latitude, longitude)`` from a pair of numbers or a ``"lat,lon"`` text; a clear
    error for anything else."""
    if isinstance(value, str):
        parts = value.replace(";", ",").split(",")
        if len(parts) != 2:
            raise GazetteerError(f"a point is 'latitude,longitude' in degrees, not {value!r}")
        value = tuple(parts)
    try:
        latitude, longitude = (float(v) for v in value)  # type: ignore[attr-defined]
    except (TypeError, ValueError):
        raise GazetteerError(
            f"a point is (latitude, longitude) in degrees, not {value!r}"
        ) from None
    if not (-90.0 <= latitude <= 90.0 and -180.0 <= longitude <= 180.0):
        raise GazetteerError(f"({latitude}, {longitude}) is no point: latitude first, in degrees")
    return latitude, longitude


def placed(
    gz: Gazetteer,
    res: Resolution,
    query: str,
    near: object,
    *,
    oblast: str | None = None,
    sources: object = None,
    min_score: float | None = None,
) -> Resolution:
    """``query``'s resolution ``res`` read with the point ``near`` (:func:`point_of`'s
    forms): :func:`nearest_first`, with the query's namesakes that rank below the best."""
    options = {"oblast": oblast, "sources": sources, "min_score": min_score}
    namesakes = gz.lookup(query, limit=SHOWN + ALSO_TIED_LIMIT, **options)  # type: ignore[arg-type]
    return nearest_first(gz, res, point_of(near), namesakes)


def nearest_first(
    gz: Gazetteer, res: Resolution, point: tuple[float, float], others: Sequence[Match] = ()
) -> Resolution:
    """``res`` with the candidate the point tells apart first (see the module docs);
    ``others``: more candidates of the query (:meth:`Gazetteer.lookup`'s), for namesakes
    that rank below the best without tying with it (the city Кам'янка before the villages)."""
    best = res.best
    if best is None or res.status == "unmatched":
        return res
    every = list({m.entry.code: m for m in (*others, *res.also_tied, *res.candidates)}.values())
    every.sort(key=lambda m: m is not best)  # (the best first, the rest as they came)
    margin = NEAR_MARGIN if res.status == "matched" else NAMESAKE_MARGIN
    distances = {}
    for m in every:
        where = gz.coordinates(m.entry.code) if m.score >= best.score - margin else None
        if where is not None and where.precision != "oblast centre":  # (too far to tell)
            distances[m.entry.code] = km(point, (where.latitude, where.longitude))
    if not distances:
        return res
    ranked = sorted(distances, key=distances.__getitem__)
    nearest, first = ranked[0], distances[ranked[0]]
    if first > NEAR_KM:
        return res
    if res.status == "matched" and distances.get(best.entry.code, 0.0) <= NEAR_KM:
        return res  # the sure answer lies near the point (or cannot be placed)
    second = distances[ranked[1]] if len(ranked) > 1 else float("inf")
    chosen = next(m for m in every if m.entry.code == nearest)
    alone = second >= first + NEAR_KM  # no other namesake near the point
    if alone and chosen.score >= max(CONFIDENT_SCORE, best.score - NAMESAKE_MARGIN):
        why = f"the namesake nearest the point given ({first:.0f} km; the next {second:.0f} km)"
        return _first(res, every, nearest, "matched", why)
    if res.status == "matched":  # a like name near the point, the best-named place far
        why = f"{first:.0f} km from the point given, where the best-named place is not"
    else:
        why = f"{first:.0f} km from the point given, the nearest of the namesakes"
    return _first(res, every, nearest, "ambiguous", why)


def _first(res: Resolution, every: list[Match], code: str, status: str, why: str) -> Resolution:
    """``res`` with the candidate ``code`` first, the ``status`` given, and ``why`` said."""
    chosen = next(m for m in every if m.entry.code == code)
    rest = [m for m in every if m is not chosen]
    sure = status == "matched"
    chosen = replace(chosen, ambiguous=not sure, explain=(*chosen.explain, why))
    if sure:  # the others no longer tie with it
        rest = [replace(m, ambiguous=False) if m.ambiguous else m for m in rest]
    elif res.best is not None and not res.best.ambiguous:  # the name's sure answer: now unsure
        rest = [replace(m, ambiguous=True) if m is res.best else m for m in rest]
    ordered = [chosen, *rest]
    also = () if sure else tuple(m for m in ordered[SHOWN:] if m.ambiguous)
    return replace(
        res,
        status=status,  # type: ignore[arg-type]
        best=chosen,
        candidates=tuple(ordered[:SHOWN]),
        also_tied=also,
    )


def lies_near(gz: object, match: Match, near: object) -> bool:
    """Whether ``match`` lies within :data:`NEAR_KM` of the point ``near`` (False for a
    resolver that cannot place it, or one placed only at its oblast's centre)."""
    where = getattr(gz, "coordinates", None)
    spot = where(match.entry.code) if callable(where) else None
    if spot is None or spot.precision == "oblast centre":
        return False
    return km(point_of(near), (spot.latitude, spot.longitude)) <= NEAR_KM


def km(a: tuple[float, float], b: tuple[float, float]) -> float:
    """Great-circle distance in kilometres between two (latitude, longitude) points."""
    lat1, lon1, lat2, lon2 = map(radians, (*a, *b))
    h = sin((lat2 - lat1) / 2) ** 2 + cos(lat1) * cos(lat2) * sin((lon2 - lon1) / 2) ** 2
    return 2 * 6371.0 * asin(sqrt(h))
