"""The reconciliation API's suggest and preview services: what OpenRefine shows as one types.

When a cell's candidates are all wrong, OpenRefine lets the user search the service by
hand; as they type, it asks ``suggest/entity`` for entries whose names begin with the text
(any script or romanisation: the prefix is compared by match key), places whose own name or
Russian name (its regular form by rule, or a later guess its attested Russian name
confirms: Запорожье) begins so first (``Kharko``: the city Харків, Харьков, before the
villages Харкове), the biggest first.
``suggest/type`` and ``suggest/property`` complete the types and properties of
:mod:`gazetteer.reconcile` (each suggest service pages by ``cursor``, as the API has it);
``preview`` is the small card shown when hovering a candidate, :func:`entry_page` the
manifest's view of an entry.
"""

from __future__ import annotations

from html import escape
from typing import Any

from translit import match_key

from .gazetteer import Gazetteer
from .index import NAME_SOURCES, NameIndex
from .reconcile import describe, known_properties, type_list, types

#: Suggestions a request returns at most.
PAGE = 10
#: A lookup of the typed text scoring this much is a name typed out in full.
CONFIDENT = 95.0


def suggest_entities(gz: Gazetteer, prefix: str, cursor: int = 0) -> dict[str, Any]:
    """Entries whose name (a form of it) begins with ``prefix``, biggest first."""
    key = match_key(prefix) if prefix.strip() else ""
    if len(key) < 2:
        return {"result": []}
    index = gz.index
    official, russian = NAME_SOURCES.index("official"), NAME_SOURCES.index("russian")
    #: entry -> (its own name or its Russian one begins so, its size): those first, then the
    #: biggest (Kharko: the city Харків by Харьков before the villages Харкове)
    entries: dict[int, tuple[bool, float]] = {}
    for found in index.keys_starting(key, limit=200):
        for position in index.keyed(found):
            entry = index.entry_of[position]
            source = index.source_id_of[position]
            # (a Russian form by rule, not a guess at one: Харков, not Харкев)
            own = source == official or (
                source == russian
                # (or a later guess that is its attested Russian name: Запорожье, for
                # Запоріжжя; not another attested one, Александровск, its name until 1921)
                and (index.rank_of[position] <= 1 or _attested(index, entry, position))
            )
            rank = (own, _weight(gz, entry))
            entries[entry] = max(entries.get(entry, rank), rank)
    by_prefix = sorted(entries, key=lambda e: (entries[e], -e), reverse=True)
    # a name typed out in full (Kharkov, Artemovsk) first reads as the resolver reads it
    whole = [m.entry for m in gz.lookup(prefix, limit=3, min_score=CONFIDENT)]
    codes = [e.code for e in whole]
    ranked = whole + [gz.entries[e] for e in by_prefix if gz.entries[e].code not in codes]
    return {
        "result": [
            {"id": entry.code, "name": entry.name_uk, "description": describe(entry)}
            for entry in ranked[cursor : cursor + PAGE]
        ]
    }


def _attested(index: NameIndex, entry: int, position: int) -> bool:
    """Whether the Russian form at ``position`` is also the entry's attested Russian name."""
    text = index.text_of[position]
    return any(
        index.text_of[p] == text
        and index.source_of(p) == "exonyms"
        and index.form(p).note.endswith(", ru")
        for p in index.positions_of([entry])
    )


def _weight(gz: Gazetteer, entry: int) -> float:
    """A place's size for ordering suggestions: its population, else its category's rank."""
    people = gz.population.get(entry, 0)
    order = "OKMPHXCB"
    category = gz.entries[entry].category
    return float(people) if people else 10.0 - (order.index(category) if category in order else 8)


def suggest_types(gz: Gazetteer, prefix: str, cursor: int = 0) -> dict[str, Any]:
    """The types whose id or name begins with ``prefix`` (any word of the name), those
    before the ``cursor``-th left out (a short list: the rest in one page)."""
    wanted = prefix.strip().lower()
    found = [
        t
        for t in type_list(gz)
        if not wanted
        or t["id"].lower().startswith(wanted)
        or any(w.startswith(wanted) for w in t["name"].lower().split())
    ]
    return {"result": found[cursor:]}


def suggest_properties(gz: Gazetteer, prefix: str, cursor: int = 0) -> dict[str, Any]:
    """The properties of ``gz`` whose id or name begins with ``prefix``, from the
    ``cursor``-th on: those a query may carry (:func:`~gazetteer.reconcile.known_properties`),
    then those only an entry can be extended with (:func:`~gazetteer.extend.propose_properties`:
    OpenRefine's "Add columns from reconciled values" searches this service as one types)."""
    from .extend import propose_properties

    wanted = prefix.strip().lower()
    found = [
        {"id": pid, "name": pid, "description": what}
        for pid, what in known_properties(gz).items()
        if pid.startswith(wanted)
    ]
    listed = {p["id"] for p in found}
    found += [
        {"id": p["id"], "name": p["name"], "description": _EXTEND_ONLY}
        for p in propose_properties(gz)["properties"]
        if p["id"] not in listed
        and (p["id"].lower().startswith(wanted) or p["name"].lower().startswith(wanted))
    ]
    return {"result": found[cursor:]}


#: What an extension's property that no query reads is, in a property suggestion.
_EXTEND_ONLY = "a column to add from reconciled values (not read in a query)"


def preview(gz: Gazetteer, code: str) -> str | None:
    """The card shown for an entry (a fragment of HTML), or None for an unknown code."""
    entry = gz.get(code)
    if entry is None:
        return None
    kind = types(gz).get(entry.category, entry.category)  # (a gazetteer of your own: its words)
    return (
        '<html><head><meta charset="utf-8"></head><body style="margin:0;font-family:sans-serif">'
        f"<b>{escape(entry.name_uk)}</b> <small>{escape(entry.code)}</small><br>"
        f"{escape(kind)}: {escape(describe(entry))}</body></html>"
    )


def entry_page(gz: Gazetteer, code: str) -> str | None:
    """A small HTML page on the entry ``code`` (the manifest's view), or None."""
    entry = gz.get(code)
    if entry is None:
        return None
    chain = gz.hierarchy(entry.code)
    rows = "".join(
        f"<tr><th>{escape(label)}</th><td>{escape(value)}</td></tr>"
        for label, value in (
            ("code", entry.code),
            ("name", entry.name_uk),
            ("Latin", entry.name),
            ("category", types(gz).get(entry.category, entry.category)),
            ("oblast", f"{entry.oblast_name} {entry.oblast}".strip()),
        )
        if value
    )
    path = " › ".join(escape(f"{unit.name_uk} ({unit.category})") for unit in chain)
    return (
        '<!doctype html><html lang="uk"><head><meta charset="utf-8">'
        f"<title>{escape(entry.name_uk)} {escape(entry.code)}</title></head><body>"
        f"<h1>{escape(entry.name_uk)}</h1><table>{rows}</table><p>{path}</p></body></html>"
    )
