"""The reconciliation API's data extension: columns added from reconciled cells.

Once a column is reconciled, OpenRefine's *Add columns from reconciled values* asks which
properties the service has (:func:`propose_properties`) and then their values for the chosen
entries (:func:`extend`): the Ukrainian and Latin names, the category, the oblast with its
ISO code, the raion, hromada and parent unit, these three as entries of their own (so
they can be reconciled cells in turn), and the coordinates (:mod:`gazetteer.coordinates`).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from .gazetteer import Gazetteer
from .model import Entry
from .reconcile import KATOTTG_TYPES, ReconcileError, read_json_object, types


def _unit(gz: Gazetteer, code: str) -> list[dict[str, str]]:
    entry = gz.get(code) if code else None
    return [{"id": entry.code, "name": entry.name_uk}] if entry is not None else []


def _text(value: str) -> list[dict[str, str]]:
    return [{"str": value}] if value else []


#: property id -> (its name, its values for an entry)
PROPERTIES: dict[str, tuple[str, Callable[[Gazetteer, Entry], list[dict[str, str]]]]] = {
    "name_uk": ("name (Ukrainian)", lambda gz, e: _text(e.name_uk)),
    "name_latin": ("name (Latin, KMU 2010)", lambda gz, e: _text(e.name)),
    "category": (
        "category",
        lambda gz, e: _text(
            KATOTTG_TYPES.get(e.category, e.category) if gz.oblasts else e.category
        ),
    ),
    "category_code": ("category code", lambda gz, e: _text(e.category)),
    "oblast_iso": ("oblast (ISO 3166-2)", lambda gz, e: _text(e.oblast)),
    "oblast": ("oblast", lambda gz, e: _text(e.oblast_name)),
    "raion": ("raion", lambda gz, e: _unit(gz, e.raion_code)),
    "hromada": ("hromada", lambda gz, e: _unit(gz, e.hromada_code)),
    "parent": ("the unit above", lambda gz, e: _unit(gz, e.parent)),
    "coordinates": ("coordinates (latitude,longitude)", lambda gz, e: _point(gz, e, "point")),
    "coordinates_precision": (
        "coordinates: what point (place, hromada centre...)",
        lambda gz, e: _point(gz, e, "precision"),
    ),
}


def _point(gz: Gazetteer, entry: Entry, part: str) -> list[dict[str, str]]:
    """The entry's point as ``latitude,longitude`` (OpenRefine's geographic form), or what
    the point is of (see :mod:`gazetteer.coordinates`)."""
    where = gz.coordinates(entry.code)
    if where is None:
        return []
    if part == "precision":
        return _text(where.precision)
    return _text(f"{where.latitude:.5f},{where.longitude:.5f}")


#: A gazetteer of your own: the names of properties that speak of KATOTTG...
_OWN_NAMES = {"name_uk": "name", "name_latin": "name (Latin)"}
#: ...and those it does not propose: its region column is both the ISO code and the name,
#: its category both the word and the code.
_OWN_SAME = frozenset({"oblast_iso", "category_code"})


def _names(gz: Gazetteer) -> dict[str, str]:
    """The properties ``gz`` proposes, id -> name. A gazetteer of your own calls its oblast a
    region (:attr:`Gazetteer.region_word`), and leaves out what no entry of it has (its
    file has no raions or hromadas)."""
    if gz.oblasts is not None:
        return {pid: name for pid, (name, _) in PROPERTIES.items()}
    own = {**_OWN_NAMES, "oblast": gz.region_word}
    return {
        pid: own.get(pid, name)
        for pid, (name, value) in PROPERTIES.items()
        if pid not in _OWN_SAME and any(value(gz, e) for e in gz)
    }


def propose_properties(
    gz: Gazetteer, type_id: str = "", limit: int | None = None
) -> dict[str, Any]:
    """The properties an entry of any type can be extended with (the first ``limit``: the
    answer then says the limit, as the API's property proposal response has it)."""
    proposed = [{"id": pid, "name": name} for pid, name in _names(gz).items()]
    if limit is None:
        return {"type": type_id, "properties": proposed}
    return {"type": type_id, "limit": limit, "properties": proposed[:limit]}


def read_extend(text: str) -> dict[str, Any]:
    """The ``extend`` parameter of a request, parsed and checked for shape."""
    return read_json_object(text, "extend", "with 'ids' and 'properties'")


def extend(gz: Gazetteer, request: Mapping[str, Any]) -> dict[str, Any]:
    """The values of the requested properties for each requested entry (``{"ids": [...],
    "properties": [{"id": ...}]}``); an unknown code gets no values.

    A property id is read in any case (``Oblast_ISO``) and answered under the id asked,
    each once. One the service does not know is left aside, not the whole request: the
    data extension response's schema gives each column its ``id`` and ``name`` and each
    cell a list of values, which for it is empty, its name saying it is unknown."""
    ids, wanted = request.get("ids"), request.get("properties")
    if not isinstance(ids, list) or not all(isinstance(i, str) for i in ids):
        raise ReconcileError("'extend' needs 'ids', a list of codes")
    if not isinstance(wanted, list) or not wanted:
        raise ReconcileError("'extend' needs 'properties', a list of {\"id\": ...}")
    asked: list[str] = []
    for p in wanted:
        pid = p.get("id") if isinstance(p, dict) else None
        if not isinstance(pid, str) or not pid:
            raise ReconcileError("'extend' needs each property as {\"id\": text}")
        asked.append(pid)
    folded = {pid.lower(): pid for pid in PROPERTIES}
    pids = {pid: folded.get(pid.lower(), "") for pid in dict.fromkeys(asked)}  # asked -> own
    rows: dict[str, dict[str, list[dict[str, str]]]] = {}
    for code in ids:
        entry = gz.get(code)
        rows[code] = {
            pid: PROPERTIES[own][1](gz, entry) if entry is not None and own else []
            for pid, own in pids.items()
        }
    names = _names(gz)
    meta = [
        _meta(gz, pid, names.get(own, own), rows)
        if own
        else {"id": pid, "name": f"{pid} (unknown property: no values; known: {', '.join(names)})"}
        for pid, own in pids.items()
    ]
    return {"meta": meta, "rows": rows}


def _meta(
    gz: Gazetteer, pid: str, name: str, rows: Mapping[str, Mapping[str, list[dict[str, str]]]]
) -> dict[str, Any]:
    """A column's metadata: its id and name and, when its values are entries that share one
    category (a raion column's raions), that category as the column's type, as the API asks
    of a column of entities: OpenRefine then reconciles the new column against that type."""
    meta: dict[str, Any] = {"id": pid, "name": name}
    codes = [v["id"] for row in rows.values() for v in row[pid] if "id" in v]
    entries = [e for e in map(gz.get, codes) if e is not None]
    categories = {e.category for e in entries}
    if len(categories) == 1:
        [category] = categories
        meta["type"] = {"id": category, "name": types(gz).get(category, category)}
    return meta
