"""An English possessive before a unit: ``Kherson's Beryslav district``, ``Donetsk Oblast's
Pokrovsk district``, ``Kharkiv's Saltivskyi district``.

A unit right after a name says where the name lies (Biliaivka, Beryslav district); after a
possessive it is the name's own part instead, so it is no hint for the name. The name before
a raion's possessive is its oblast, by the oblast's centre (Kherson's Beryslav district:
Kherson oblast); before a city district's, the city (Kharkiv's Saltivskyi district: Kharkiv).
"""

from __future__ import annotations

from .gazetteer import Gazetteer
from .unitparts import an_oblast_centre

#: The categories of a unit that lies in an oblast but in no city: a raion, a hromada.
_OBLAST_PARTS = frozenset("PH")


def owner_query(gz: Gazetteer, span: str, unit: str) -> str:
    """What to ask for a name ``span`` whose possessive owns ``unit`` (a raion's, a hromada's
    or a city district's name with its level word): the oblast an oblast centre's name
    stands for when the unit is a raion or hromada of that oblast, else the name alone."""
    if not an_oblast_centre(span):
        return span
    part = gz.resolve(unit).best
    if part is None or part.entry.category not in _OBLAST_PARTS:
        return span  # (Kharkiv's Saltivskyi district: the city's own district)
    oblast = gz.resolve(f"{span} oblast").best
    if oblast is None or oblast.entry.oblast != part.entry.oblast:
        return span  # (an oblast centre's namesake: the raion lies elsewhere)
    return f"{span} oblast"
