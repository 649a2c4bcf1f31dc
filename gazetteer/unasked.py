"""An oblast met by its bare stem that a settlement bears or bore under a name source the
caller left out (``--sources official``): a guess, not a sure answer.

An oblast's name is an adjective (Кіровоградська область); its bare stem (Kirovohrad,
Dnipropetrovsk) names the oblast only as English writes ``Kirovohrad Oblast``, and is first
of all its centre's name, today's (Kharkiv) or a former one (Кіровоград, Дніпропетровськ).
With every source, the city so called is the answer; with the former and foreign names left
out, the oblast is the only bearer left, but the text still more likely means the city the
caller chose not to read names of: the oblast is shown, unsure (:func:`stem_unsure`).
"""

from __future__ import annotations

from collections.abc import Sequence

from .index import NAME_SOURCES, NameIndex
from .model import Entry
from .rank import SETTLEMENT_CATEGORIES, UNSURE_CEILING, Prepared, Scored, unsure


def stem_unsure(
    ranked: list[Scored],
    prepared: Prepared,
    allowed: frozenset[str],
    index: NameIndex,
    entries: Sequence[Entry],
) -> list[Scored]:
    """``ranked`` capped at :data:`~gazetteer.rank.UNSURE_CEILING` when its best is an oblast
    met by a bare name (no ``oblast`` word asked for it) whose match key a settlement's form
    in a source not ``allowed`` has: Kirovograd with the official names only is the oblast
    Кіровоградська, unsure, as the city Кропивницький bore the name; as it was."""
    if not ranked or prepared.wants or len(allowed) == len(NAME_SOURCES):
        return ranked
    best = ranked[0]
    if best.score <= UNSURE_CEILING or entries[best.position].category != "O":
        return ranked
    left_out = frozenset(i for i, source in enumerate(NAME_SOURCES) if source not in allowed)
    entry_of, source_of = index.entry_of, index.source_id_of
    for p in index.keyed_array(prepared.key):
        bearer = entries[entry_of[p]]
        if source_of[p] in left_out and bearer.category in SETTLEMENT_CATEGORIES:
            why = (
                f"also a {NAME_SOURCES[source_of[p]]} name of {bearer.name_uk} "
                f"({bearer.oblast}), a source not asked for: at most {UNSURE_CEILING:g}"
            )
            return unsure(ranked, why)
    return ranked
