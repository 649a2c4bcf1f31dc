"""Units and places written in one part, with no comma between, in either order: a unit
before the place it lies in (``Київський район Харкова``, ``Kyivskyi district of Kharkiv``,
``у Шевченківському районі Києва``), a district after its city (``у Києві в Дарницькому
районі``), a region declined after a name (``Любимівка на Херсонщині``, ``Любимівка
Херсонщини``): parted by a comma, as :func:`gazetteer.query.clean_query` reads parts."""

from __future__ import annotations

import re
from functools import lru_cache

from translit import match_key
from translit.lazyre import lazy_compile
from translit.russian import russian_forms

from .storage import data_file, read_table
from .words import FILLER_WORDS

#: A unit followed by the place it lies in, with no comma (Київський район Харкова,
#: Kyivskyi district of Kharkiv, Салтівський район м. Харків; у Шевченківському районі
#: Києва, в Шевченковском районе Харькова)...
_UNIT_OF_PLACE = lazy_compile(
    r"^(?P<unit>[^,;]+?\s(?:район|р-н|district|raion|rayon)|[^,;]*?\w(?:ому|ом)\s+район[іе])\s+"
    r"(?:of\s+|in\s+|м\.\s*|м\s+|міста\s+|г\.\s*|города\s+)?(?P<place>[^,;]+)$",
    re.IGNORECASE,
)
#: ...or after the place, each with its preposition (у Києві в Дарницькому районі)...
_PLACE_THEN_UNIT = lazy_compile(
    r"^(?P<place>[^,;]+?)\s+(?P<unit>(?:в|у|во)\s+\w+(?:ому|ом)\s+район[іе])$", re.IGNORECASE
)
#: ...read only in a short text (the pattern backtracks)...
_UNIT_OF_PLACE_LONGEST = 120
#: ...when what follows is a name (capitalised: not Izium district hospital), of no unit (a
#: unit in turn would be read again and again) and no oblast (Бучанський район Київської
#: області: read as a unit's path), nor an adjective that may be one (Khersonska, or the
#: town Долинська: left whole, as a comma would not leave it).
_OBLAST_AFTER = lazy_compile(
    r"(?:обл|oblast|област|region|регіон|район|р-н|district|raion|rayon|щин[аиіуе]|ччин[аиіуе])",
    re.I,
)
_ADJECTIVE_AFTER = lazy_compile(
    r"(?:ська|ської|ская|ской|цька|цької|цкая|цкой|s'?ka|ts'?ka)$", re.I
)


def _a_place_after_unit(place: str) -> bool:
    """Whether ``place``, after a unit's level word, is a place's name to split off."""
    bare = place.removeprefix("м. ").removeprefix("г. ").strip()
    return (
        bare[:1].isupper()
        and not _OBLAST_AFTER.search(place)
        and not _ADJECTIVE_AFTER.search(place)
    )


def units_parted(text: str) -> str:
    """``text`` with a comma between a unit and the place it lies in (see the module docs)."""
    if len(text) > _UNIT_OF_PLACE_LONGEST:
        return text
    if unit_last := _PLACE_THEN_UNIT.match(text):
        text = f"{unit_last['unit']}, {unit_last['place']}"
    if of_city := _UNIT_OF_PLACE.match(text):
        place = of_city["place"]  # Kyivskyi district of Kharkiv, Київський район Харкова
        # (after a unit in the locative, an oblast too: у Бериславському районі Херсонщини)
        if _a_place_after_unit(place) or of_city["unit"].lower().endswith(("районі", "районе")):
            text = f"{of_city['unit']}, {place}"
    return text


#: A region's own name in -щина, -ччина declined after a name, with no comma (Любимівка на
#: Херсонщині, Любимовка Херсонщины): a part of its own (no village's nominative ends so).
_REGION_AFTER = lazy_compile(r"^([^,]+?)\s+((?:на\s+)?[А-ЯІЇЄҐ][\w’']+(?:щин|ччин)[иіеы])$")
_WORD = lazy_compile(r"[\w’'-]+")
#: An adjective declined before it (Нової, Новій, Великого; Russian Новой, Большого): then
#: the word in -щини is the noun of the same name, not a region.
_ADJECTIVE_BEFORE = lazy_compile(r"[А-ЯІЇЄҐ]\w*(?:ої|ій|ого|ому|их|ой|ых)$")


def region_parted(text: str) -> str:
    """``text`` with a comma before a region declined after a name (see the module docs)."""
    region = _REGION_AFTER.match(text)
    if region is None or not any(
        w[0].isupper() and w.lower() not in FILLER_WORDS for w in _WORD.findall(region[1])
    ):  # (На Донеччині, Біля Харківщини: no name before it)
        return text
    if _ADJECTIVE_BEFORE.search(region[1]):
        return text  # біля Нової Галещини: the village Нова Галещина, its noun declined
    return f"{region[1]}, {region[2]}"


#: How many of a centre's Russian forms name it (Харьков, Харков; Ровное, Ровно).
RUSSIAN_FORMS = 2


@lru_cache(maxsize=1)
def bare_oblast_names() -> dict[str, tuple[frozenset[str], bool]]:
    """By match key, the bare names the oblasts go by, from ``data/oblasts.tsv``: their
    centres' in Ukrainian and Russian (Харків, Харьков; the keys are those of the Latin
    spellings too: Kharkiv, Kharkov) and their English short names (Kharkiv, Volyn); for
    each, the ISO codes of the oblasts it names and whether it is a centre's name rather
    than only an oblast's own (Volyn)."""
    source = data_file("oblasts.tsv")
    if not source.is_file():
        return {}
    named: dict[str, tuple[set[str], bool]] = {}

    def add(name: str, iso: str, centre: bool) -> None:
        key = match_key(name)
        if key:
            isos, was_centre = named.setdefault(key, (set(), centre))
            isos.add(iso)
            named[key] = (isos, was_centre or centre)

    for row in read_table(source):
        for name in (row["center_uk"], *russian_forms(row["center_uk"], RUSSIAN_FORMS)):
            add(name, row["iso"], True)
        add(row["name_en"], row["iso"], row["name_en"] == row["name"])  # (Kyiv: the city)
    return {key: (frozenset(isos), centre) for key, (isos, centre) in named.items()}


def an_oblast_centre(text: str) -> bool:
    """Whether ``text`` is an oblast centre's name (Kharkiv, Харків, Харьков), as a path of
    units from the top names the oblast by (Kharkiv/Iziumskyi/Kamianka)."""
    return " " not in text.strip() and match_key(text) in bare_oblast_names()


#: A region's own name in -щина, -ччина, declined (на Херсонщині, Харківщини)...
_REGION_FORM = lazy_compile(r"^(?:на\s+)?([А-ЯІЇЄҐ]\w+?)(?:щин|ччин)[аиіуеы]$")


def a_region_form(text: str) -> bool:
    """Whether ``text`` is a region's own name in -щина, -ччина (declined: на Херсонщині),
    an oblast among the parts of an address (у Бериславському районі, Херсонщина: the
    raion): one the oblasts' table lists, or made from an oblast centre's name
    (Запоріжчина); not a village so named (Козлівщина, Троєщина)."""
    found = _REGION_FORM.search(text)
    if found is None:
        return False
    word = text.split()[-1]
    if match_key(word[:-1] + "а") in _region_keys():
        return True
    stem = match_key(found[1])[:4]
    return len(stem) == 4 and any(key.startswith(stem) for key in bare_oblast_names())


@lru_cache(maxsize=1)
def _region_keys() -> frozenset[str]:
    """Match keys of the names the regions go by (Харківщина), from the oblasts' table."""
    source = data_file("oblasts.tsv")
    if not source.is_file():
        return frozenset()
    names = (n for r in read_table(source) for n in r.get("region_names", "").split("|"))
    return frozenset(filter(None, map(match_key, names)))
