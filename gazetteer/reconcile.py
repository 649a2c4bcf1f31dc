"""The W3C reconciliation API (v0.2) over a gazetteer: what OpenRefine asks, as plain data.

OpenRefine (and any client of the API) sends a batch of queries, each a name with an optional
type and properties, and gets ranked candidates back with a ``match`` flag for the ones it may
accept without review. Here a query is resolved as :meth:`Gazetteer.resolve` resolves it: the
candidates are its candidates, and ``match`` is true only for the best of a ``matched``
resolution, so ambiguous namesakes are left for the user to choose. The HTTP side lives in
:mod:`gazetteer.serve`; this module only turns JSON-shaped data into JSON-shaped data.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, NamedTuple

from .errors import GazetteerError
from .gazetteer import Gazetteer
from .model import Entry, Match
from .nearby import point_of
from .readback import misread_record, reason
from .unitcols import beside_text
from .userfile import CATEGORY_WORDS

#: The API versions served.
VERSIONS = ("0.2",)
#: The candidates a query gets unless its ``limit`` asks for more (a resolution shows five)...
DEFAULT_LIMIT = 5
#: ...and the most it may ask for: the further namesakes tied with the best come after the
#: five (:attr:`~gazetteer.model.Resolution.also_tied`), for a client to choose among.
MAX_LIMIT = 60
#: KATOTTG's category letters, as reconciliation types.
KATOTTG_TYPES = {
    "O": "oblast (or the Crimea, Kyiv, Sevastopol)",
    "P": "raion",
    "H": "hromada",
    "K": "city with special status",
    "M": "city",
    "X": "selyshche (settlement)",
    "C": "village",
    "B": "city district",
}
#: The names of the categories a user gazetteer's words are stored as (:mod:`gazetteer.userfile`).
_WORDS_OF_LETTERS = {"K": "capital", "M": "city or town", "X": "settlement", "C": "village"}
#: The word that asks the resolver for a KATOTTG category, as a query's noise word would
#: (``Kherson oblast``): a type asked for then ranks first and ties are judged among its own.
WISH_WORDS = {"O": "oblast", "P": "raion", "H": "hromada", "M": "city", "X": "smt", "C": "village"}
#: A type that stands for every settlement category.
SETTLEMENT_TYPE = "settlement"
SETTLEMENTS = frozenset("KMXC")
#: How a query's types combine (the API's ``type_strict``): ``any`` and ``should`` ask for
#: a candidate of one of them, ``all`` for one of each (a city is a city and a settlement).
TYPE_STRICT = ("any", "should", "all")
#: Properties a query may carry, and what each does.
PROPERTIES = {
    "oblast": "the oblast in any written form (Kherson Oblast, Херсонська, UA-65)",
    "raion": "the raion the place lies in (Beryslavskyi, Beryslav raion)",
    "hromada": "the hromada the place lies in (Tavriiska, Tavriiska hromada)",
    "coordinates": "a point where the place lies, 'latitude,longitude' in degrees: the "
    "namesake near it comes first",
}
#: Another id a property answers to (a gazetteer of your own calls its hint ``region``).
_ALIASES = {"region": "oblast"}


def known_properties(gz: Gazetteer) -> dict[str, str]:
    """The properties a query may carry on ``gz``, and what each does: :data:`PROPERTIES` in
    KATOTTG; in a gazetteer of your own, its ``region`` column (when it has one) and a
    point, as it has no raions or hromadas."""
    if gz.oblasts is not None:
        return PROPERTIES
    own: dict[str, str] = {}
    if any(e.oblast for e in gz):
        own["region"] = "the region as the file's region column writes it"
    return {**own, "coordinates": PROPERTIES["coordinates"]}


class ReconcileError(GazetteerError):
    """A reconciliation request that cannot be read (bad JSON, a missing query...)."""


def manifest(gz: Gazetteer, base_url: str) -> dict[str, Any]:
    """The service manifest a client reads first; ``base_url`` is where the service runs."""
    katottg = gz.oblasts is not None
    base = base_url.rstrip("/")
    return {
        "versions": list(VERSIONS),
        "name": "placematch: KATOTTG" if katottg else "placematch: your gazetteer",
        "identifierSpace": "urn:placematch:katottg" if katottg else "urn:placematch:gazetteer",
        "schemaSpace": "urn:placematch:schema",
        "defaultTypes": type_list(gz),
        "view": {"url": f"{base}/entity/{{{{id}}}}"},
        "preview": {"url": f"{base}/preview/{{{{id}}}}", "width": 400, "height": 90},
        "suggest": {
            kind: {"service_url": base, "service_path": f"/suggest/{kind}"}
            for kind in ("entity", "type", "property")
        },
        "extend": {
            "propose_properties": {"service_url": base, "service_path": "/properties"},
            "property_settings": [],
        },
        "batchSize": 50,
    }


def types(gz: Gazetteer) -> dict[str, str]:
    """The types a query may ask for: ``settlement``, then each category present."""
    present = {e.category for e in gz}
    found = {SETTLEMENT_TYPE: "settlement (any category)"} if present & SETTLEMENTS else {}
    for category in sorted(present - {""}):  # (an entry of no category is of no type)
        named = KATOTTG_TYPES if gz.oblasts else _WORDS_OF_LETTERS
        found[category] = named.get(category, category)
    return found


def type_list(gz: Gazetteer) -> list[dict[str, Any]]:
    """The types as the API lists them: each settlement category names ``settlement`` as its
    ``broader`` type (the API's type hierarchy), as a query for a settlement finds it."""
    known = types(gz)
    listed = (candidate_types(t, known) for t in known)
    return [{**first, "broader": up} if up else first for first, *up in listed]


def candidate_types(category: str, known_types: Mapping[str, str]) -> list[dict[str, str]]:
    """A candidate's types: its category and, for a settlement, ``settlement`` too (the type
    a query asked it by: OpenRefine counts a candidate of the asked type as a type match, and
    guesses a column's type from its candidates' types)."""
    if not category:
        return []
    found = [{"id": category, "name": known_types.get(category, category)}]
    if category in SETTLEMENTS and SETTLEMENT_TYPE in known_types:
        found.append({"id": SETTLEMENT_TYPE, "name": known_types[SETTLEMENT_TYPE]})
    return found


def read_queries(text: str) -> dict[str, Any]:
    """The ``queries`` parameter of a request, parsed and checked for shape."""
    return read_json_object(text, "queries", "of query id -> query")


def read_json_object(text: str, parameter: str, shape: str) -> dict[str, Any]:
    """A request parameter's JSON object; a :class:`ReconcileError` naming the parameter
    (and the ``shape`` it must have) when it is not JSON or not an object."""
    if not text.strip():
        raise ReconcileError(f"'{parameter}' is empty: it must be a JSON object {shape}")
    try:
        found = json.loads(text)
    except json.JSONDecodeError as error:
        message = f"'{parameter}' is not JSON: {error.msg} at character {error.pos}"
        raise ReconcileError(message) from None
    if not isinstance(found, dict):
        raise ReconcileError(f"'{parameter}' must be a JSON object {shape}")
    return found


def reconcile(gz: Gazetteer, queries: Mapping[str, Any]) -> dict[str, dict[str, Any]]:
    """Each query's candidates, by query id (the API's batch response).

    A query is ``{"query": text, "type": t, "limit": n, "properties": [{"pid": p, "v": v}]}``;
    only ``query`` is required. Properties: see :data:`PROPERTIES`.

    A query that cannot be read (an unknown type, a bad limit) gets no candidates, so that one
    bad row does not cost a client the rest of its batch; when no query of the batch can be
    read, the first one's :class:`ReconcileError` says why. A property the service does not
    know is no such fault: the API leaves to the service how properties weigh, and one it
    cannot weigh counts for nothing, its candidates' description naming it as unused.
    """
    known_types = types(gz)
    answers: dict[str, dict[str, Any]] = {}
    errors: list[ReconcileError] = []
    for qid, query in queries.items():
        try:
            answers[str(qid)] = {"result": _candidates(gz, qid, query, known_types)}
        except ReconcileError as error:
            errors.append(error)
            answers[str(qid)] = {"result": []}
    if errors and len(errors) == len(answers):
        raise errors[0]
    return answers


class _Query(NamedTuple):
    """A query as read: its text (its raion and hromada after it), oblast hint, limit,
    categories, point, and the properties it named that the service does not know."""

    text: str
    hint: str | None
    limit: int
    wanted: frozenset[str] | None
    near: tuple[float, float] | None
    unknown: tuple[str, ...]


def _read_query(gz: Gazetteer, qid: Any, query: Any, known_types: Mapping[str, str]) -> _Query:
    """A query as read (:class:`_Query`)."""
    if isinstance(query, str):  # the older single-string form
        query = {"query": query}
    if not isinstance(query, dict):
        raise ReconcileError(f"query {qid!r} must be an object with a 'query' text")
    text = query.get("query", "" if query.get("properties") else None)
    if not isinstance(text, str):  # (a query of properties alone finds nothing by its name)
        raise ReconcileError(f"query {qid!r} has no 'query' text")
    limit = _limit(qid, query.get("limit", DEFAULT_LIMIT))
    wanted = _wanted(qid, query.get("type"), query.get("type_strict", "any"), known_types)
    text, hint, near, unknown = _with_properties(gz, qid, text, query.get("properties") or [])
    return _Query(text, hint, limit, wanted, near, unknown)


def _candidates(
    gz: Gazetteer, qid: Any, query: Any, known_types: Mapping[str, str]
) -> list[dict[str, Any]]:
    text, hint, limit, wanted, near, unknown = _read_query(gz, qid, query, known_types)
    own = query.get("query", "") if isinstance(query, dict) else query
    if not any(c.isalnum() for c in own):  # (properties alone, or a "-" for a missing value,
        return []  # name the units around a place, not the place)
    one = next(iter(wanted)) if wanted is not None and len(wanted) == 1 else ""
    if gz.oblasts is not None and (word := WISH_WORDS.get(one)):
        name, comma, rest = text.partition(",")
        text = f"{name} {word}{comma}{rest}"
    resolution = gz.resolve(text, oblast=hint, explain=False, near=near)
    sure = resolution.best if resolution.status == "matched" else None
    shown = resolution.candidates + resolution.also_tied
    found = [m for m in shown if wanted is None or m.entry.category in wanted]
    read = misread_record(own, resolution.misread)
    unused = _unused(gz, unknown)
    return [_result(gz, m, m is sure, known_types, read, unused) for m in found[:limit]]


def _unused(gz: Gazetteer, unknown: tuple[str, ...]) -> str:
    """What a candidate's description says of the properties a query named that the service
    does not know ('' when there were none)."""
    if not unknown:
        return ""
    named = ", ".join(repr(pid) for pid in unknown)
    return f"not used: unknown property {named} (known: {', '.join(known_properties(gz))})"


def _limit(qid: Any, value: Any) -> int:
    if isinstance(value, float) and value.is_integer():
        value = int(value)  # (JSON has numbers, not integers: 2.0 is 2)
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise ReconcileError(f"query {qid!r}: 'limit' must be a positive whole number")
    return min(value, MAX_LIMIT)


def _wanted(
    qid: Any, value: Any, strict: Any, known_types: Mapping[str, str]
) -> frozenset[str] | None:
    """The categories a query's ``type`` (a type id, or a list of them) asks for, None for
    any: a candidate of one of them, or with ``type_strict`` ``all`` of each of them (none
    when no category is of each: a city is no oblast)."""
    if strict not in TYPE_STRICT:
        said = ", ".join(repr(s) for s in TYPE_STRICT)
        raise ReconcileError(f"query {qid!r}: 'type_strict' must be one of {said}, not {strict!r}")
    if value is None or value == "" or value == []:
        return None
    asked = value if isinstance(value, list) else [value]
    each: list[frozenset[str]] = []
    for t in asked:
        if isinstance(t, dict):  # {"id": ..., "name": ...}
            t = t.get("id")
        if isinstance(t, str) and t not in known_types:
            t = CATEGORY_WORDS.get(t.lower(), t)  # a user gazetteer's town: stored as M
        if not isinstance(t, str) or t not in known_types:
            raise ReconcileError(
                f"query {qid!r}: unknown type {t!r}; known: {', '.join(known_types)}"
            )
        each.append(SETTLEMENTS if t == SETTLEMENT_TYPE else frozenset({t}))
    if strict == "all":
        return frozenset.intersection(*each)
    return frozenset().union(*each)


def _with_properties(
    gz: Gazetteer, qid: Any, text: str, properties: Any
) -> tuple[str, str | None, tuple[float, float] | None, tuple[str, ...]]:
    """The query text with the raion or hromada after a comma, the oblast hint, the point,
    and the ids of the properties the service does not know (left aside: OpenRefine sends
    whatever name was typed in its column dialog, and the API leaves their weight to the
    service). A property that is not an object naming its ``pid`` is a malformed query."""
    if not isinstance(properties, list):
        raise ReconcileError(f"query {qid!r}: 'properties' must be a list")
    hint, near = None, None
    unknown: list[str] = []
    offered = known_properties(gz)
    known = {_ALIASES.get(pid, pid) for pid in offered}
    for prop in properties:
        pid = _property_id(prop)
        if not isinstance(pid, str) or not pid:
            said = (
                "a property that is no object"
                if not isinstance(prop, dict)
                else "a property without 'pid'"
                if pid is None or pid == ""
                else f"a property whose 'pid' {pid!r} is no text"
            )
            raise ReconcileError(f"query {qid!r}: {said}; known: {', '.join(offered)}")
        pid = _ALIASES.get(pid, pid)
        if pid not in known:  # (named once however often, in whatever case: P17, p17)
            if pid not in {u.lower() for u in unknown}:
                unknown.append(_property_id(prop, fold=False))
            continue
        value = _property_text(gz, prop.get("v"))
        if not value:
            continue
        if pid == "oblast":
            hint = value
        elif pid == "coordinates":
            try:
                near = point_of(value)
            except GazetteerError as error:
                raise ReconcileError(f"query {qid!r}: {error}") from None
        else:
            text = f"{text}, {beside_text(value, pid)}"
    return text, hint, near, tuple(dict.fromkeys(unknown))


def _property_id(prop: Any, fold: bool = True) -> Any:
    """A query property's id: its ``pid``, or failing that the ``p`` (property name) that
    API v0.1 clients send alone, as typed in OpenRefine's column dialog (``Oblast``,
    `` raion``): case and spaces aside (``fold=False``: as sent, but for the spaces)."""
    if not isinstance(prop, dict):
        return None
    pid = prop.get("pid")
    if pid is None or (isinstance(pid, str) and not pid.strip()):  # ("", " ": none given)
        pid = prop.get("p")
    if not isinstance(pid, str):
        return pid
    return pid.strip().lower() if fold else pid.strip()


def _property_text(gz: Gazetteer, value: Any) -> str:
    """A property's value as text: a reconciled cell ``{"id", "name"}`` by its name, or by the
    name of the entry its id is; of a list of values, the first that says something."""
    if isinstance(value, list):
        return next(filter(None, (_property_text(gz, v) for v in value)), "")
    if isinstance(value, dict):  # a reconciled cell
        name, code = value.get("name"), value.get("id")
        if isinstance(name, str) and name.strip():
            return name.strip()
        if not isinstance(code, str) or not code.strip():
            return ""
        entry = gz.get(code.strip())
        return entry.name_uk if entry is not None else code.strip()
    if value is None or isinstance(value, bool):
        return ""
    return str(value).strip()


def _result(
    gz: Gazetteer,
    match: Match,
    sure: bool,
    known_types: Mapping[str, str],
    read: Mapping[str, str],
    unused: str = "",
) -> dict[str, Any]:
    """A candidate. Of a query whose text was mojibake (``read``: how it had been misread,
    what it was read as), the description says so, and a feature ``mojibake`` (true) marks
    it for a client that filters on the API's features (whose values are numbers or true or
    false: the how is the description's). ``unused`` (see :func:`_unused`) ends it too: the
    API's results have no place for a warning, and a client shows the description."""
    e = match.entry
    description = describe(e, match)
    if read:
        description += f"; {reason(read['read_as'], read['misread'])}"
    if unused:
        description += f"; {unused}"
    result = {
        "id": e.code,
        "name": e.name_uk,
        "description": description,
        "type": candidate_types(e.category, known_types),
        "score": match.score,
        "match": sure,
    }
    if read:
        result["features"] = [{"id": "mojibake", "value": True}]
    return result


def describe(entry: Entry, match: Match | None = None) -> str:
    """One line on where an entry lies (and how a query met it): what a client shows."""
    parts = [entry.name] if entry.name and entry.name != entry.name_uk else []
    units = (
        entry.hromada and f"{entry.hromada} hromada",
        entry.raion and f"{entry.raion} raion",
        entry.oblast_name and f"{entry.oblast_name} ({entry.oblast})",
    )
    parts += [unit for unit in units if unit]
    where = ", ".join(parts)
    if match is None:
        return where
    how = f"{match.kind} {match.matched_name!r}" + (" (ambiguous)" if match.ambiguous else "")
    return f"{where}; {how}" if where else how
