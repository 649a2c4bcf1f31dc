"""Level words beside a place name in running text (:mod:`gazetteer.spans`): which words name a
level (район, oblast, громади, rayona), declined or in the plural, how deep the level lies, and
the nominative a name before one stands for (Бериславського району: Бериславський; Latin
genitives romanised from Ukrainian or Russian: Iziumskoho raionu, Izyumskogo rayona).
"""

from __future__ import annotations

import re

from translit import match_key

from .borne import bears_name
from .councils import ACRONYM_LEVELS, CITY_WORD, HROMADA_WORD
from .declension import latin_nominatives, nominatives
from .gazetteer import Gazetteer
from .letterforms import normal_form
from .rank import is_cyrillic
from .shortnames import cut_read
from .words import LEVEL_WORDS

#: Level words declined after a name (Бериславського району), in the nominative.
GENITIVE_LEVELS = {
    "району": "район", "районі": "район", "області": "область", "громади": "громада",
    "громаді": "громада", "района": "район", "районе": "район", "области": "область",
    "громаде": "громада", "громады": "громада", "общине": "община", "общины": "община",
    "раиона": "район", "раиону": "район",  # (и for й: Бериславского раиона)
    "raionu": "raion", "raiona": "raion", "rayona": "rayon", "rayonu": "rayon",
    "rajona": "rajon", "rajonu": "rajon",  # (j for й: Izyumskogo rajona)
    "oblasti": "oblast",  # (romanised: Iziumskoho raionu, Kharkovskoy oblasti)
}  # fmt: skip


#: Level words in the plural, after the last name of a list, in the singular.
PLURAL_LEVELS = {"oblasts": "oblast", "regions": "region", "raions": "raion",
                 "districts": "district", "областей": "область", "районів": "район",
                 "районов": "район", "hromadas": "hromada", "communities": "community",
                 "громад": "громада", "общин": "община",
                 # in the other cases of the plural (в Ізюмському та Чугуївському районах)
                 "райони": "район", "районах": "район", "районам": "район", "районами": "район",
                 "областях": "область", "областям": "область", "областями": "область",
                 "громадах": "громада", "громадам": "громада", "громадами": "громада",
                 "общинах": "община"}  # fmt: skip
#: Plural level words that are also a singular's case (Станіславської громади, області):
#: plural after a feminine adjective in the nominative or accusative (Білозерська та
#: Станіславська громади; обстріляли Марганецьку та Червоногригорівську громади).
PLURAL_AFTER_FEMININE = {"громади": "громада", "області": "область", "общины": "община",
                         "области": "область"}  # fmt: skip
#: How deep each level lies (an oblast holds raions, a raion hromadas).
_LEVEL_DEPTH = {"O": 1, "P": 2, "H": 3}


_FEMININE_ADJECTIVE = re.compile(r"(?:ськ|цьк|зьк|ск|цк)(?:а|ая|у|ую)$", re.IGNORECASE)


def plural_after(span: str, word: str) -> str:
    """The singular of ``word`` when it is a level word in the plural after ``span``, the
    last name of a list (Kupiansk, Izium raions; Білозерська та Станіславська громади)."""
    lowered = word.lower()
    if lowered in PLURAL_AFTER_FEMININE and _FEMININE_ADJECTIVE.search(span):
        return PLURAL_AFTER_FEMININE[lowered]
    return PLURAL_LEVELS.get(lowered, "")


def level_depth(word: str) -> int:
    """How deep the level a level word names lies (0 for another word)."""
    lowered = word.lower().rstrip(".")
    level = LEVEL_WORDS.get(GENITIVE_LEVELS.get(lowered, PLURAL_LEVELS.get(lowered, lowered)))
    return _LEVEL_DEPTH.get(level or "", 0)


def is_level(word: str) -> bool:
    """Whether ``word`` names a level: in the nominative, declined, in the plural or an acronym."""
    if word in ACRONYM_LEVELS:  # (in capitals only: ОВА)
        return True
    lowered = word.lower().rstrip(".")
    return lowered in LEVEL_WORDS or lowered in GENITIVE_LEVELS or lowered in PLURAL_LEVELS


def level_end(text: str, words: list[tuple[int, int, str]], at: int) -> tuple[int, int]:
    """The end of a span whose level word is word ``at``, and the word after it: after a
    city's adjective (міська, городская) the words of a hromada too (Сумська міська
    територіальна громада, міська ОТГ: the hromada, not the city's council)."""
    end, after = words[at][1], at + 1
    if CITY_WORD.fullmatch(words[at][2]):
        while (
            after < len(words)
            and HROMADA_WORD.fullmatch(words[after][2])
            and not text[end : words[after][0]].strip()
        ):
            end, after = words[after][1], after + 1
    return end, after


def nominative_of(gz: Gazetteer, span: str, level: bool = False) -> str:
    """``span`` if a place (or a region: Донеччина) bears it, else the first nominative of
    it one bears (or, before a level word, a raion before 2020: Шахтерского района is
    Шахтерский район, not the town Шахтерское), else one that is a city's name cut (Раву:
    Рава, :func:`gazetteer.shortnames.cut_read`). (After an abbreviation, see
    :func:`gazetteer.apposition.cut_nominative`.)"""
    if bears_name(gz, span):
        return span
    readings = nominatives(span) or latin_nominatives(span)  # (Iziumskoho raionu: Iziumskyi)
    named = [n for n in readings if bears_name(gz, n, old_raion=level)]
    if not named and not level and (cut := cut_read(gz, span)):
        return cut  # (обстріляли Раву: Рава, Рава-Руська's name cut)
    # (one a form spells first: с Полтавой is Полтава, not Полтавая, which only its key meets;
    # not before a level word: Шахтерского района is Шахтерский, a raion's, not Шахтерское)
    spelled = [] if level else [n for n in named if _spelled(gz, n)]
    return (spelled or named or [span])[0]


def _spelled(gz: Gazetteer, name: str) -> bool:
    """Whether a form's text is ``name`` as written (its normal form), not only its key."""
    normal = normal_form(name)
    index = gz.index
    return index.may_have_normal(normal) and any(
        index.normal_of(p) == normal for p in index.keyed(match_key(name))
    )


def latin_unit(gz: Gazetteer, span: str) -> bool:
    """Whether ``span``, before a level word, is a unit's adjective in the Latin genitive."""
    return any(bears_name(gz, n, old_raion=True) for n in latin_nominatives(span))


def names_an_oblast(gz: Gazetteer, span: str) -> bool:
    """Whether ``span`` before a level word names an oblast (Харьковской области: declined)."""
    if gz.oblasts is None:
        return False
    readings = [span, *nominatives(span)] if is_cyrillic(span) else [span]
    return any((hit := gz.oblasts.parse(f"{r} oblast")) and hit.score >= 90 for r in readings)
