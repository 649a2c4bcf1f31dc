"""Finding today's KATOTTG unit for a place known by name (and perhaps oblast)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from kodifikator import Unit

SETTLEMENT_CATEGORIES = frozenset("KMXC")
CITY_CATEGORIES = frozenset("KM")


def _without_g(name: str) -> str:
    """The name with ґ written г: sources disagree on it (Яни Кьоґенеш, Яни Кьогенеш)."""
    return name.replace("ґ", "г").replace("Ґ", "Г")


class SettlementIndex:
    """Settlements (categories K M X C) by Ukrainian name: exact, or else with ґ as г."""

    def __init__(self, units: Iterable[Unit]) -> None:
        self._by_name: dict[str, list[Unit]] = defaultdict(list)
        self._by_folded: dict[str, list[Unit]] = defaultdict(list)
        for unit in units:
            if unit.category in SETTLEMENT_CATEGORIES:
                self._by_name[unit.name_uk].append(unit)
                self._by_folded[_without_g(unit.name_uk)].append(unit)

    def candidates(self, name: str, oblast_prefix: str = "") -> list[Unit]:
        """Settlements called ``name``, within the oblast if a ``UA..`` prefix is given."""
        hits = self._by_name.get(name) or self._by_folded.get(_without_g(name), [])
        if oblast_prefix:
            hits = [u for u in hits if u.code.startswith(oblast_prefix)]
        return sorted(hits, key=lambda u: u.code)

    def unique(self, name: str, oblast_prefix: str = "", prefer_city: bool = False) -> Unit | None:
        """The one settlement of that name, or None when there is none or several.

        With ``prefer_city``, several namesakes still resolve when exactly one of them is a
        city (category M or K): a city's former name is what people go on writing.
        """
        hits = self.candidates(name, oblast_prefix)
        if len(hits) == 1:
            return hits[0]
        if prefer_city:
            cities = [u for u in hits if u.category in CITY_CATEGORIES]
            if len(cities) == 1:
                return cities[0]
        return None
