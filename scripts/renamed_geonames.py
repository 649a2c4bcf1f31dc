"""Which of a new name's namesakes bore a former name, by the names GeoNames lists.

LanguageTool's list says Чкалове became Святотроїцьке but not where, and three settlements
are called Святотроїцьке. A GeoNames place linked to exactly one of them that lists Чкалове
among its names (in Cyrillic as written, or in a Latin spelling with Чкалове's match key)
settles the link. A place counts when linked by its names (:func:`geonames_link.link_places`)
or, when its names tie between namesakes of its oblast, by where it lies
(:func:`geonames_ties.link_ties`: GeoNames' Svyatotroyitske, 710435, lists Чкалове and ties
between the two Святотроїцьке of Zaporizhzhia oblast, and lies in Melitopol raion's
Oleksandrivska hromada, not in Polohy raion's Rozivska). Such a geography link is used here
and for coordinates only: its names are not taken into exonyms.tsv.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from geonames_link import SettlementNames, admin1_to_oblast, link_place, link_places, stray_places
from geonames_names import Place, script_of, strip_stress
from geonames_ties import BY_GEOGRAPHY, link_ties
from kodifikator import Unit

from translit import match_key

BY_NAME = "name"
GEOGRAPHY = "geography"


@dataclass
class PlaceNames:
    """The names the GeoNames places linked to one settlement list: Cyrillic ones (stress
    dropped, apostrophe as U+2019) as written, Latin ones by match key."""

    cyrillic: set[str] = field(default_factory=set)
    latin_keys: set[str] = field(default_factory=set)

    def add(self, place: Place) -> None:
        """Take in the names of ``place``."""
        self.latin_keys.add(match_key(place.name))
        for alt in place.alternates:
            alt = strip_stress(alt).replace("'", "\u2019").replace("\u02bc", "\u2019")
            script = script_of(alt)
            if script == "cyrillic":
                self.cyrillic.add(alt)
            elif script == "latin":
                self.latin_keys.add(match_key(alt))

    def lists(self, old: str) -> bool:
        """Whether ``old`` (Ukrainian) is among the names, or a Latin one keys as it does."""
        return old in self.cyrillic or match_key(old) in self.latin_keys


@dataclass
class GeoNamesNames:
    """The names of the GeoNames places linked to each settlement, by code: of those linked
    by name, and of those linked by geography."""

    by_name: dict[str, PlaceNames] = field(default_factory=dict)
    by_geography: dict[str, PlaceNames] = field(default_factory=dict)

    def settle(
        self, old: str, namesakes: list[Unit], *, cyrillic_by_name_only: bool = False
    ) -> tuple[Unit, str] | None:
        """The one of ``namesakes`` that a GeoNames place linked to it lists ``old`` for,
        and how that place was linked (:data:`BY_NAME` when any place linked by name
        does, else :data:`GEOGRAPHY`); None when no namesake or several have such a place.

        With ``cyrillic_by_name_only``, only a Cyrillic name of a place linked by name
        counts (for a new name so common that no link would be made at all otherwise:
        GeoNames' Latin Dzerzhinsk for Романів, one of six, would make Дзержинськ a
        certain former name of that village as well as of the city Торецьк).
        """
        found = []
        for unit in namesakes:
            if _lists(self.by_name, unit, old, cyrillic_by_name_only):
                found.append((unit, BY_NAME))
            elif not cyrillic_by_name_only and _lists(self.by_geography, unit, old, False):
                found.append((unit, GEOGRAPHY))
        return found[0] if len(found) == 1 else None


def _lists(names: dict[str, PlaceNames], unit: Unit, old: str, cyrillic_only: bool) -> bool:
    held = names.get(unit.code)
    if held is None:
        return False
    return old in held.cyrillic if cyrillic_only else held.lists(old)


def geonames_names(units: list[Unit], places: list[Place]) -> GeoNamesNames:
    """The names of ``places`` per settlement of ``units`` they link to: by name as
    ``exonyms.tsv`` links them (every linked place, a stray one too), by geography as
    ``coordinates.tsv`` does (the places tied by name that :func:`geonames_ties.link_ties`
    places)."""
    names = SettlementNames(units)
    mapping = admin1_to_oblast(places, names)
    out = GeoNamesNames(defaultdict(PlaceNames), defaultdict(PlaceNames))
    for place, unit, _ in link_places(places, mapping, names):
        if unit is not None:
            out.by_name[unit.code].add(place)
    links = [(place, *link_place(place, mapping[place.admin1][0], names)) for place in places]
    stray = stray_places((place, unit) for place, unit, _ in links)
    for place, unit, why in link_ties(links, stray, mapping, names):
        if unit is not None and why == BY_GEOGRAPHY:
            out.by_geography[unit.code].add(place)
    return GeoNamesNames(dict(out.by_name), dict(out.by_geography))
