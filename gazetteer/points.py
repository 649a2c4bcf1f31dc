"""Points beside the names of a table: each row's latitude and longitude, read for the batch.

Event logs and 3W tables give a point with each place name, and a point tells namesakes
apart (:mod:`gazetteer.nearby`). The batch resolves each distinct (value, hint, point) once,
so points are rounded to :data:`DIGITS` decimals (0.01°, about 1 km: far finer than the
40 km at which the near rule works), and the rows of one place, whose points differ in the
last decimals, still share one resolution. A point is ``"lat,lon"`` text, ``""`` for none.

A cell is read as a decimal number of degrees, with a point or a comma as the decimal mark
(``48.5``, ``48,5``: a cell holds one number, so a comma can mean nothing else) and an
optional degree sign. Both cells blank is no point; one blank, a cell that is no number
(``n/a``, ``48°30'``), or a latitude past ±90 or a longitude past ±180 is an *unreadable*
point: also no point for that row, but counted (:class:`PointReader`), so the summary can
say so. A latitude and a longitude given the wrong way round are not guessed at: a point in
Iran simply lies near no candidate, and changes nothing.
"""

from __future__ import annotations

import math
import numbers
import re
from collections.abc import Callable, Sequence
from typing import Any

from .errors import GazetteerError
from .resolving import text_of

#: Decimals a point keeps: 0.01° is 1.1 km of latitude (0.7 km of longitude in Ukraine).
DIGITS = 2
_NUMBER = re.compile(r"[+-]?(?:\d+(?:[.,]\d*)?|[.,]\d+)")
#: What a cell's text may end with after the number (a degree sign).
_DEGREE = "°º"


def degrees(cell: Any) -> float | None:
    """A cell's decimal degrees (``48.5``, ``"48,5"``, ``"48.5°"``), None when it holds no
    such number (blank cells included)."""
    if type(cell) is str and "_" not in cell:  # the common case: Python reads it as written
        try:
            number = float(cell)
        except ValueError:
            pass
        else:  # ("nan" and "inf" are no degrees; an exponent, "4.85e1", is a number still)
            return number if math.isfinite(number) else None
    elif isinstance(cell, (int, float)) and not isinstance(cell, bool):
        number = float(cell)
        return number if math.isfinite(number) else None
    text = text_of(cell).strip().rstrip(_DEGREE).strip()
    if not _NUMBER.fullmatch(text):
        return None
    return float(text.replace(",", "."))


def point_text(latitude: Any, longitude: Any) -> str | None:
    """The point of a row's two cells as ``"lat,lon"`` rounded to :data:`DIGITS` decimals;
    ``""`` when both are blank; None when they make no point (see the module docs)."""
    lat, lon = degrees(latitude), degrees(longitude)
    if lat is None or lon is None:
        blank = not text_of(latitude).strip() and not text_of(longitude).strip()
        return "" if blank else None
    if not (-90.0 <= lat <= 90.0 and -180.0 <= lon <= 180.0):
        return None
    return f"{lat:.{DIGITS}f},{lon:.{DIGITS}f}"


def one_point(value: Any) -> str:
    """One point given whole, ``(lat, lon)`` or ``"lat,lon"`` (``normalize --near``, the
    library's ``near``), as :func:`point_text` gives it; a clear error for anything else."""
    pair = value
    if isinstance(value, str):
        pair = value.replace(";", ",").split(",")
        if len(pair) != 2:  # (comma decimals are for a cell of its own)
            raise GazetteerError(f"a point is 'latitude,longitude' in degrees, not {value!r}")
    try:
        latitude, longitude = pair
    except (TypeError, ValueError):
        raise GazetteerError(
            f"a point is (latitude, longitude) in degrees, not {value!r}"
        ) from None
    point = point_text(latitude, longitude)
    if not point:
        raise GazetteerError(
            f"{value!r} is no point: (latitude, longitude), in decimal degrees, latitude first"
        )
    return point


def is_one_point(value: Any) -> bool:
    """Whether ``near`` is one point for every value (text, or a pair of numbers) rather
    than each value's own."""
    if isinstance(value, str):
        return True
    if getattr(value, "ndim", 1) != 1 or not hasattr(value, "__len__") or len(value) != 2:
        return False  # (a table of points, a NumPy array of shape (n, 2), is each value's)
    # (a tuple, a list or a NumPy array of two numbers of any NumPy type: each value's own
    # point is a pair or a text, never a number)
    return all(isinstance(v, numbers.Real) and not isinstance(v, bool) for v in value)


def row_point(value: Any) -> str | None:
    """One value's own point in the library (a pair, ``"lat,lon"``, or None/NaN for none):
    as :func:`point_text` gives it."""
    if isinstance(value, str):
        if not value.strip():
            return ""
        parts = value.replace(";", ",").split(",")
        return point_text(*parts) if len(parts) == 2 else None
    if not isinstance(value, (tuple, list)) and not text_of(value).strip():
        return ""  # (None, NaN, pandas' NA)
    try:
        latitude, longitude = value
    except (TypeError, ValueError):
        return None
    return point_text(latitude, longitude)


def point_columns(latitude: str | None, longitude: str | None, near: Any = None) -> bool:
    """Whether rows bring their own points: a latitude and a longitude column, both or
    neither, and not beside one ``near`` point for all."""
    if (latitude is None) != (longitude is None):
        given, lacking = (
            ("latitude", "longitude") if longitude is None else ("longitude", "latitude")
        )
        raise GazetteerError(f"a {given} column needs its {lacking} column: give both, or neither")
    if latitude is not None and near is not None:
        raise GazetteerError("give the latitude and longitude columns or one near point, not both")
    if latitude is not None and latitude == longitude:
        raise GazetteerError(f"the latitude and longitude columns are both {latitude!r}")
    return latitude is not None


def query_keys(values: list[Any], hints: list[str] | None, points: list[str] | None) -> list[Any]:
    """The batch's keys of values (:class:`~gazetteer.batch.Normalizer`): the values, or
    (value, hint) pairs, or with points (value, hint, point), the hint ``""`` when there are
    no hints."""
    if points is not None:
        return list(zip(values, hints if hints is not None else [""] * len(values), points))
    return values if hints is None else list(zip(values, hints, strict=True))


class PointReader:
    """Reads the rows' points from two columns' cells, and counts the unreadable ones.

    ``first`` is where the first unreadable point stood (its line, or row) and its cells.
    """

    def __init__(self) -> None:
        self.unread = 0  #: rows whose point could not be read
        self.first: tuple[int, str, str] | None = None
        self._known: dict[tuple[Any, Any], str | None] = {}

    def points(
        self, latitudes: Sequence[Any], longitudes: Sequence[Any], lineno: Callable[[int], int]
    ) -> list[str]:
        """Each row's point (``""`` for none); ``lineno(j)`` is row ``j``'s line."""
        known = self._known
        if len(known) > 100_000:
            known.clear()
        out = []
        for j, cells in enumerate(zip(latitudes, longitudes)):
            point = known[cells] if cells in known else known.setdefault(cells, point_text(*cells))
            if point is None:
                self.note(lineno(j), *cells)
                point = ""
            out.append(point)
        return out

    def note(self, line: int, latitude: Any, longitude: Any, n: int = 1) -> None:
        """Count ``n`` rows with an unreadable point, the first at ``line``."""
        self.unread += n
        if self.first is None or line < self.first[0]:
            self.first = (line, text_of(latitude), text_of(longitude))

    def merge(self, unread: int, first: tuple[int, str, str] | None) -> None:
        """Add another process's counts (:mod:`gazetteer.splitrun`)."""
        if first is not None:
            self.note(*first, n=unread)

    def line(self, counted: str = "line") -> str:
        """The summary's note: how many rows, and the first of them."""
        if not self.unread or self.first is None:
            return ""
        line, lat, lon = self.first
        rows = f"{self.unread:,} row" + ("s" if self.unread != 1 else "")
        return f"point not read in {rows}, the first on {counted} {line}: ({lat!r}, {lon!r})"
