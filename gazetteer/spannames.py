"""Whether a run of words in running text is a place's name, as it stands or declined
(Бахмута, Измаильском районе), a plant's (ДніпроГЕС), two places' joined by a hyphen
(Pokrovsk-Myrnohrad), a city's cut short (Rava, у Раві: :mod:`gazetteer.shortnames`) or a
town's adjective before a front's direction (Часовоярському напрямку): what
:mod:`gazetteer.spans` asks of a run before it reads it as a place."""

from __future__ import annotations

from .borne import bears_name, hyphened_pair
from .declension import nominatives
from .directions import direction_town
from .facilities import facility
from .gazetteer import Gazetteer
from .owncases import own_borne
from .rank import is_cyrillic
from .shortnames import cut_read
from .spanlevels import latin_unit


def names_a_town(gz: Gazetteer, span: str, direction: str) -> bool:
    """Whether ``span`` before a direction word is a town's adjective (Часовоярському)."""
    return direction_town(gz, f"{span} {direction}", span) is not None


def a_place_named(gz: Gazetteer, span: str) -> bool:
    """Whether ``span`` is a place's name, or a declined form of one (Бахмута)."""
    return names_a_place(gz, span)


def names_a_place(gz: Gazetteer, span: str, adjective: bool = False) -> bool:
    """Whether ``span`` is a place's name, or declined (``adjective``: a unit's, before its
    level word: Измаильском районе)."""
    if bears_name(gz, span):
        return True
    if gz.oblasts is not None and facility(span) is not None:  # ДніпроГЕС, Трипільську ТЕС
        return True
    if "-" in span and hyphened_pair(gz, span) is not None:  # Pokrovsk-Myrnohrad
        return True
    if " " not in span and cut_read(gz, span):  # Rava, у Раві: Рава-Руська
        return True
    if not is_cyrillic(span):  # (Latin: a unit's adjective, Iziumskoho; yours: w Krakowie)
        return (adjective and latin_unit(gz, span)) or own_borne(gz, span)
    # (before its level word, a raion's before 2020 too, by its seat: в Марьинском районе)
    return any(bears_name(gz, n, old_raion=adjective) for n in nominatives(span, adjective))
