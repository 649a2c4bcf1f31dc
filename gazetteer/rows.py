"""Normalisation for pipelines: rows of dicts, and pandas Series.

Both put :class:`~gazetteer.batch.Normalizer` behind plain Python: the same eight output
fields per column, each distinct value resolved once, the file-as-context prior on.
"""

from __future__ import annotations

import warnings
from collections.abc import Iterable, Iterator, Sequence
from itertools import islice
from typing import TYPE_CHECKING, Any

from .batch import Normalizer, text_of
from .csvio import missing_extra
from .hints import OblastHint
from .points import PointReader, is_one_point, point_columns, query_keys, row_point
from .resolving import Resolver, output_names
from .unitcols import with_units

if TYPE_CHECKING:
    import pandas


def normalize_rows(
    rows: Iterable[dict[str, Any]],
    *,
    column: str | Sequence[str],
    oblast_column: str | None = None,
    oblast: OblastHint = None,
    raion_column: str | None = None,
    hromada_column: str | None = None,
    min_score: float | None = None,
    gazetteer: Resolver | None = None,
    sources: Sequence[str] | None = None,
    on_error: str = "stop",
    file_context: bool = True,
    add: Sequence[str] = (),
    latitude_column: str | None = None,
    longitude_column: str | None = None,
    near: Any = None,
) -> Iterator[dict[str, Any]]:
    """Yield each row with the eight output fields added for every column in ``column``
    (and the ``add`` ones after them: ``raion``, ``hromada``, :mod:`gazetteer.addfields`).

    Rows stay in order, one out per one in; a missing or ``None`` cell counts as blank (a
    column that none of the first 1,000 rows has is warned of: a misspelt name). A value
    the resolver refuses raises, or with ``on_error="keep"`` gets status ``error``. ``oblast``
    is one hint for every row, as ``resolve`` takes it (:data:`~gazetteer.hints.OblastHint`:
    text, or a number, ``65``, NumPy's or a ``Decimal``); ``oblast_column``'s cells are read
    so too (``65.0``, from a number column with a blank, is ``65``; NaN and ``NA`` are none).
    An oblast hint that names no oblast is not used. With ``file_context`` an ambiguous value leans
    to where the confident values of the rows so far lie (:mod:`gazetteer.regional`).
    ``raion_column`` and ``hromada_column`` are read beside each row's name
    (:mod:`gazetteer.unitcols`). ``latitude_column`` and ``longitude_column`` (both or
    neither) give each row's point, ``near`` one point for every row: the namesake near it
    comes first (:mod:`gazetteer.points`); a row whose point cannot be read has none (the
    first such row is warned of).
    """
    columns = [column] if isinstance(column, str) else list(column)
    if oblast_column is not None and oblast is not None:
        raise TypeError("give oblast_column or oblast, not both")
    oblast = None if oblast is None else text_of(oblast) or None  # (65: an oblast's number)
    pointed = point_columns(latitude_column, longitude_column, near)
    norm = Normalizer(
        gazetteer,
        oblast=oblast,
        paired=oblast_column is not None,
        min_score=min_score,
        sources=sources,
        on_error=on_error,
        file_context=file_context,
        add=add,
        pointed=pointed,
        near=near,
    )
    it = iter(rows)
    named = (*columns, oblast_column, raion_column, hromada_column)
    named += (latitude_column, longitude_column) if pointed else ()
    reader, done = PointReader(), 0
    while block := list(islice(it, 1000)):
        if named and not all(callable(getattr(r, "get", None)) for r in block):
            odd = next(r for r in block if not callable(getattr(r, "get", None)))
            raise TypeError(
                f"normalize_rows takes rows as dicts (a DataFrame's: df.to_dict('records')), "
                f"not {type(odd).__name__} {odd!r:.40}"
            )
        for name in dict.fromkeys(n for n in named if n is not None):
            if not any(name in r for r in block):
                warnings.warn(
                    f"no row of the first {len(block):,} has a {name!r} key: its cells are blank",
                    stacklevel=2,
                )
        named = ()  # (the first block only)
        per_col = []
        units = [
            ([text_of(r.get(name)) for r in block], level)
            for level, name in (("raion", raion_column), ("hromada", hromada_column))
            if name is not None
        ]
        hints = None
        if oblast_column is not None:
            hints = [text_of(r.get(oblast_column)) for r in block]
        points = None
        if latitude_column is not None and longitude_column is not None:  # (pointed)
            lat, lon = ([r.get(c) for r in block] for c in (latitude_column, longitude_column))
            points = _points(reader, lat, lon, lambda j, at=done: at + j + 1)
        done += len(block)
        for col in columns:
            values = with_units([text_of(r.get(col)) for r in block], units)
            keys: list[Any] = query_keys(values, hints, points)
            per_col.append((output_names(col, norm.added), norm.cells(col, keys)))
        for i, row in enumerate(block):
            out = dict(row)
            for names, cells in per_col:
                out.update(zip(names, cells[i], strict=True))
            yield out


def _points(reader: PointReader, lat: list[Any], lon: list[Any], row: Any) -> list[str]:
    """The rows' points (:class:`PointReader`), warning of the first unreadable one."""
    before = reader.unread
    points = reader.points(lat, lon, row)
    if reader.unread and not before and reader.first is not None:
        j, la, lo = reader.first
        warnings.warn(
            f"row {j:,}: ({la!r}, {lo!r}) is no point (decimal degrees, latitude first): "
            "read as none",
            stacklevel=3,
        )
    return points


def normalize_series(
    values: Iterable[Any],
    oblast: OblastHint | Iterable[Any] = None,
    near: Any = None,
    *,
    min_score: float | None = None,
    gazetteer: Resolver | None = None,
    sources: Sequence[str] | None = None,
    name: str | None = None,
    on_error: str = "stop",
    file_context: bool = True,
    add: Sequence[str] = (),
) -> pandas.DataFrame:
    """A DataFrame of the eight output fields (and the ``add`` ones) for each value, on the
    values' index.

    Columns are named after ``name``, else the Series' name, else ``value``. ``oblast`` is
    one hint for every value (text or a number, as ``resolve`` takes it:
    :data:`~gazetteer.hints.OblastHint`), or each value's own: a Series (on the values'
    index, as ``df.region`` beside ``df.place``; a number column too, ``Int64`` or float)
    or a list as long as the values. ``near`` is where
    the places lie (:mod:`gazetteer.points`): one point, ``(lat, lon)`` or ``"lat,lon"``, or
    each value's own, aligned as the hints are (a pair, ``"lat,lon"``, or None for none).
    """
    try:
        import pandas as pd
    except ImportError:
        raise missing_extra("pandas", "pandas", "normalize_series") from None
    # (a Series keeps its index; a list's ``index`` is a method, not an index)
    if isinstance(values, pd.DataFrame):  # (iterated, it would give its column names)
        raise TypeError("normalize_series takes a Series, one column: df['place'], not df")
    index = values.index if isinstance(values, pd.Series) else None
    prefix = name or (values.name if isinstance(values, pd.Series) else None) or "value"
    texts: list[Any] = [text_of(v) for v in values]
    hints: list[str] | None = None
    points: list[str] | None = None
    if oblast is not None and not _one_hint(oblast):  # one per value
        hints = [text_of(h) for h in _aligned(pd, oblast, index, len(texts), "oblast hints")]
        oblast = None
    if near is not None and not is_one_point(near):  # one per value
        reader, points = PointReader(), []
        for j, value in enumerate(_aligned(pd, near, index, len(texts), "points")):
            point = row_point(value)
            if point is None:
                reader.note(j + 1, value, "")
            points.append(point or "")
        if reader.first is not None:
            warnings.warn(
                f"{reader.unread:,} points are no points (the first, row {reader.first[0]:,}: "
                f"{reader.first[1]!r}): read as none",
                stacklevel=2,
            )
        near = None
    texts = query_keys(texts, hints, points)
    norm = Normalizer(
        gazetteer,
        oblast=None if oblast is None else text_of(oblast) or None,
        paired=hints is not None,
        pointed=points is not None,
        near=near,
        min_score=min_score,
        sources=sources,
        on_error=on_error,
        file_context=file_context,
        add=add,
    )
    cells = norm.cells(str(prefix), texts)
    names = output_names(str(prefix), norm.added)
    return pd.DataFrame(cells, columns=names, index=index, dtype=object)


def _one_hint(oblast: object) -> bool:
    """Whether ``oblast`` is one hint for every value: text, or a scalar (a number, NumPy's
    or a ``Decimal``; pandas' ``NA``), not a Series or a list of each value's own."""
    return isinstance(oblast, str) or not hasattr(oblast, "__iter__")


def _aligned(pd: Any, given: Any, index: Any, n: int, what: str) -> list[Any]:
    """Each value's own ``given`` (hints, points): a Series on the values' index (reindexed
    to it), or a list as long as the values; points also a DataFrame of two columns, the
    latitude and the longitude (``df[["lat", "lon"]]``), each row a point."""
    if isinstance(given, pd.DataFrame):  # (iterated, it would give its column names)
        if given.shape[1] != 2:
            raise ValueError(f"{what} from a DataFrame take two columns, latitude and longitude")
        if index is not None and not given.index.equals(index):
            if not index.isin(given.index).all():
                raise ValueError(f"the {what}' index lacks labels of the values' index")
            given = given.reindex(index)
        given = list(given.itertuples(index=False, name=None))
    if isinstance(given, pd.Series) and index is not None and not given.index.equals(index):
        if not index.isin(given.index).all():  # (reindexed, they would be blanks)
            raise ValueError(f"the {what}' index lacks labels of the values' index")
        given = given.reindex(index)
    out = list(given)
    if len(out) != n:
        raise ValueError(f"{len(out)} {what} for {n} values")
    return out
