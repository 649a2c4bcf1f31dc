"""A front's direction, named after its town: на Покровському напрямку, Kupiansk direction.

Military reports name a direction by the adjective of its town (Покровський напрямок, на
Курахівському напрямку, на Купянском направлении, the Pokrovskyi direction). The adjective
is no place's name: read as one, it meets villages named like it (Покровське). It is the name
of the town's hromada, though (Покровська, Курахівська), so the answer is the town that
hromada is named after (the biggest of them where several hromadas share the name). A direction
named by the town itself (Pokrovsk direction) needs none of this: the site word is dropped
and the name read as it stands. A city's council is named by its adjective too (Черкаська
міська рада, Харьковский городской совет: :func:`gazetteer.councils.a_city_council`): the city
it is made of, not a village (Черкаське) nor another hromada so named; a city only.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from translit import match_key
from translit.lazyre import lazy_compile

from .beside import raions_seated_at
from .councils import a_city_council
from .declension import LATIN_UNIT_OBLIQUE, nominatives
from .ignorecase import may_hold, words_held
from .index import NameForm
from .model import entry_fields
from .rank import CITY_CATEGORIES, SETTLEMENT_CATEGORIES
from .scored import Scored
from .words import DIRECTION_WORDS, PLURAL_DIRECTIONS

if TYPE_CHECKING:
    from .gazetteer import Gazetteer

#: What a direction's town scores: sure, and below the town's own name.
DIRECTION_SCORE = 97.0
#: An adjective in -ський/-цький/-зький (Ukrainian), -ский/-цкий (Russian) or -skyi/-zkyi
#: (Latin; -sky too, as English news writes it: the Pokrovsky direction), its ending cut
#: off: the hromada's name is the stem and a feminine ending. A direction's adjective is a
#: unit's (a hromada's is its feminine): its Latin oblique endings are
#: :data:`~gazetteer.declension.LATIN_UNIT_OBLIQUE`, beside the nominative and the Russian
#: locative -om (na Pokrovskom napravlenii), which a unit named in a row's cell does not
#: take, nor the neuter that Russian направление asks (Покровское, Zaporozhskoye); and a
#: council's feminine (Kharkivska miska rada, as Харківська).
_ADJECTIVE = lazy_compile(
    r"^(?P<stem>.+(?:ськ|цьк|зьк|ск|цк))(?:ий|ого|ому|ім|им|ая|ой|ом|ое|а|ої|ій)$"
    r"|^(?P<latin>.+[stz]k)(?:(?:yi|ii|iy|y|om|oye|oe|oje|a)$|" + LATIN_UNIT_OBLIQUE + ")",
    re.IGNORECASE,
)
#: Latin prepositions before a direction's adjective (na Kupyanskom napravlenii, v Pokrovskomu
#: napriamku).
_LATIN_PREPOSITIONS = frozenset({"na", "v", "u", "vo"})
#: Any of the direction words, as a word of a text (one search, on every query's path).
_SAYS_DIRECTION = lazy_compile(
    r"(?<![^\W\d_])(?:"
    + "|".join(sorted(DIRECTION_WORDS, key=len, reverse=True))
    + r")(?![^\W\d_])",
    re.IGNORECASE,
)
#: Every direction word holds one of these, told before the search (:mod:`gazetteer.ignorecase`).
DIRECTION_STEMS = ("напр", "napr", "direction", "ax")
_DIRECTION_HELD = words_held(*DIRECTION_STEMS)


#: Words that join the adjectives of a list of directions (Bakhmutsky and Kupyansky).
_AND = frozenset({"and", "or", "та", "і", "й", "и", "або", "или", "&"})
#: Prepositions a list of directions may say again after its "and" (та на Куп'янському).
_ON = frozenset({"on", "in", "along", "на", "в", "у", "по"})
#: The most adjectives a list of directions is read through.
_MOST_LISTED = 16


def direction_after(text: str, words: list[tuple[int, int, str]], j: int) -> str:
    """The direction word that word ``j`` is, or that ends the list of capitalised
    adjectives opening at word ``j`` (the Bakhmutsky *and Kupyansky directions*: a plural
    one); else ""."""
    if j >= len(words):
        return ""
    if words[j][2].lower() in DIRECTION_WORDS:
        return words[j][2]
    ending = words[j - 1][2][-3:].lower()  # the first adjective's (-ому, -ком, -sky)
    alike = True  # every listed word ends so (на Покровському, в Курахові: a town, no item)
    for _ in range(_MOST_LISTED):  # (, Kupyansky | and Kupyansky | , and Kupyansky) ...
        if j >= len(words):
            return ""
        gap, joined = _gap(text, words, j), words[j][2].lower() in _AND
        if gap not in ("", ",") or not (gap or joined):
            return ""
        j += joined
        # (на Бахмутському та на Куп'янському, на Покровському, на Лиманському напрямках:
        # the preposition again, after "and" or a comma)
        again = j < len(words) and words[j][2] in _ON and not (joined and _gap(text, words, j))
        j += again
        tight = joined or again  # (nothing but spaces then before the adjective)
        if tight and j < len(words) and words[j][2] == "the" and not _gap(text, words, j):
            j += 1  # (the Bakhmutsky and on the Kupyansky directions)
        if j >= len(words) or not words[j][2][0].isupper() or (tight and _gap(text, words, j)):
            return ""
        alike = alike and words[j][2][-3:].lower() == ending
        # (plural, or singular as each item's: на Бахмутському та на Куп'янському напрямку,
        # then only a list of adjectives alike: the Pokrovsk and Kurakhove directions)
        last = j + 1 < len(words) and words[j + 1][2].lower() in DIRECTION_WORDS
        if last and not _gap(text, words, j + 1):
            plural = words[j + 1][2].lower() in PLURAL_DIRECTIONS
            return words[j + 1][2] if plural or alike else ""
        j += 1
    return ""


def _gap(text: str, words: list[tuple[int, int, str]], j: int) -> str:
    """What stands between word ``j - 1`` and word ``j`` but spaces ("" past the end)."""
    return text[words[j - 1][1] : words[j][0]].strip() if j < len(words) else ""


#: Where a part beside the name begins: a comma, a bracket, a slash.
_BESIDE = lazy_compile(r"[,;(\[/]")


def direction_town(
    gz: Gazetteer, raw: str, name: str, oblasts: tuple[str, ...] = ()
) -> list[Scored] | None:
    """The town a direction named by ``name``, an adjective, is called after; None when
    ``raw`` names no direction or ``name`` is no such adjective. A council's: the city in
    ``oblasts`` (an oblast hint's codes) when given; else, when several cities' hromadas bear
    the name and none is known by its name alone (Шахтарська міська рада: Шахтарськ, or
    Шахтарське, once Першотравенськ), each of them, tied."""
    # (Черкаська міська рада; not a council beside another name: Шахтарське (Шахтарська
    # міська рада) is the town Шахтарське, not Шахтарськ)
    head = _BESIDE.split(raw, 1)[0] or raw
    says_direction = may_hold(raw, _DIRECTION_HELD) and _SAYS_DIRECTION.search(raw) is not None
    council = not says_direction and a_city_council(head)
    if not council and not says_direction:
        return None
    words = name.split()
    if len(words) == 2 and words[0].lower() in _LATIN_PREPOSITIONS:
        name = words[1]  # na Kupyanskom napravlenii (на: the Cyrillic one is cleaned off)
    elif council and len(words) > 1 and a_city_council(words[1]):
        name = words[0]  # Житомирської міської ради: the adjective, then the council's words
    elif len(words) != 1:
        return None
    hromadas: list[str] = []
    named: list[int] = []
    villages: list[int] = []
    for reading in (name, *nominatives(name)):
        found = _ADJECTIVE.match(reading)
        if found:
            stem = found.group("stem") or found.group("latin")
            feminine = stem + ("а" if found.group("stem") else "a")
            hromadas += _hromadas_named(gz, feminine)
            # Запорожское, Zaporozhskoye: the Russian adjective of a town in -ье (Запорожье),
            # whose hromada's name (Запорізька) the Russian stem does not give
            named += _towns_named(gz, stem[:-2] + ("ье" if found.group("stem") else "ye"))
            # Курахское, Курахском: Russian news's short adjective of a town in -ово (Курахово)
            if found.group("stem") and stem.lower().endswith("ск"):
                named += _towns_named(gz, stem[:-2] + "ово")
            # Времівський, Кліщіївський, Времевский: a village's in -івка/-ївка/-евка
            # (Времівка), of no hromada or town
            if council:  # (Київська, Луцька міська рада: the city's own name is the stem's)
                cut = -3 if found.group("stem") else -2  # (-ськ, -sk: Київ, Kyiv)
                named += _towns_named(gz, stem) + _towns_named(gz, stem[:cut])
            village = _VILLAGE_STEM.search(stem) if found.group("stem") else None
            if village:
                villages += _settlements_named(gz, stem[: village.end()] + "ка")
    towns = [t for t in (_town_of(gz, h) for h in dict.fromkeys(hromadas)) if t is not None]
    # (a village only when one bears the name: of 47 Григорівка none is the sure answer)
    towns = towns or named or (villages if len(set(villages)) == 1 else [])
    if council:  # a city's council: a city's (Черкаси, not Черкаське's hromada)
        towns = [
            t for t in dict.fromkeys((*towns, *named)) if gz.entries[t].category in CITY_CATEGORIES
        ]
    else:  # a direction's: a city's (Приморськ, not Crimea's selyshche Приморський)
        towns = [t for t in towns if gz.entries[t].category in CITY_CATEGORIES] or towns
    if oblasts:  # (Шахтарська міська рада or на Шахтарському напрямку, Донецька область)
        towns = [t for t in towns if gz.entries[t].oblast in oblasts] or towns
    if not towns:
        return None
    from .hintprior import well_known_city  # (which reads a direction's town: made here)

    weight = gz._finder().priors.weight
    towns = sorted(dict.fromkeys(towns), key=lambda i: (-weight[i], i))
    if len(towns) > 1 and not well_known_city(gz, towns[0]):
        # (a direction is an area of the front, named as a raion is: Покровський, the raion
        # named after Покровськ, not Покров; no raion of Шахтарськ or Шахтарське today)
        seats = [] if council else [t for t in towns if _seats_its_raion(gz, t)]
        if len(seats) != 1:
            said = "the city the council may be" if council else "a town the direction may be"
            return [_town_scored(gz, t, said) for t in towns]
        towns = seats
    said = "the city the council is" if council else "the town the direction is"
    return [_town_scored(gz, towns[0], said)]


def _seats_its_raion(gz: Gazetteer, town: int) -> bool:
    """Whether the raion of the entry at ``town`` is named after it (Покровськ, the seat of
    Покровський район)."""
    entry = gz.entries[town]
    key = match_key(entry.name_uk).replace(" ", "")
    return bool(entry.raion_code) and entry.raion_code in raions_seated_at(gz.entries).get(key, ())


def _town_scored(gz: Gazetteer, town: int, said: str) -> Scored:
    """``town`` as the answer to a direction or council: ``said`` named after it."""
    weight = gz._finder().priors.weight
    unit = gz._by_code.get(gz.entries[town].hromada_code)  # (Київ: in no hromada)
    hromada = f", as its hromada {gz.entries[unit].name_uk} is" if unit is not None else ""
    why = (f"{said} named after{hromada}",)
    form = NameForm(town, gz.entries[town].name_uk, "official")
    return Scored(town, DIRECTION_SCORE, DIRECTION_SCORE, weight[town], "variant", form, why)


def _hromadas_named(gz: Gazetteer, name: str) -> list[str]:
    """Codes of the hromadas named ``name`` exactly, else those whose name has its match key
    (Косівська, not Козівська, which shares its key)."""
    units = [gz.entries[i] for i in gz.index.entries_keyed(match_key(name))]
    hromadas = [unit for unit in units if unit.category == "H"]
    exact = [unit for unit in hromadas if unit.name_uk.lower() == name.lower()]
    return [unit.code for unit in exact or hromadas]


def _towns_named(gz: Gazetteer, name: str) -> list[int]:
    """The cities and towns with a name (their own or another) keyed as ``name`` is."""
    return _keyed(gz, name, CITY_CATEGORIES)


def _keyed(gz: Gazetteer, name: str, categories: frozenset[str]) -> list[int]:
    """The entries of ``categories`` with a name (their own or another) keyed as ``name``
    is, each once, in the index's order."""
    entries = gz.entries
    return [i for i in gz.index.entries_keyed(match_key(name)) if entries[i].category in categories]


#: The stem of a village's name in -ка (Времів-ка, Кліщіїв-ка; Russian Времев-ка) before the
#: adjective's ending (Времівськ-ий, Времевск-ий).
_VILLAGE_STEM = lazy_compile(r"(?:ів|їв|ов|ев|єв|ёв)(?=(?:ськ|ск)$)", re.IGNORECASE)


def _settlements_named(gz: Gazetteer, name: str) -> list[int]:
    """The settlements whose official name is ``name`` (Времівка); else those whose name
    (or its Russian form) has its match key."""
    keyed = _keyed(gz, name, SETTLEMENT_CATEGORIES)
    exact = [i for i in keyed if gz.entries[i].name_uk.lower() == name.lower()]
    return exact or keyed  # (Russian Времевка: Времівка, whose Russian form it is)


def _town_of(gz: Gazetteer, hromada: str) -> int | None:
    """The entry of the town ``hromada`` is named after: of its settlements, one whose name
    opens as the hromada's does (Мар'їнка for Мар'їнська, not the bigger Красногорівка),
    then a city before a village, then the biggest."""
    if gz._towns_by_hromada is None:
        members: dict[str, list[int]] = {}
        rows = list(entry_fields(gz.entries, "hromada_code", "category", "name_uk"))
        for i, (code, category, _) in enumerate(rows):
            if code and category in SETTLEMENT_CATEGORIES:
                members.setdefault(code, []).append(i)
        weight = gz._finder().priors.weight
        towns: dict[str, int] = {}
        for code, places in members.items():
            opening = rows[gz._by_code[code]][2][:4].lower()
            towns[code] = max(
                places,
                key=lambda i: (
                    rows[i][2][:4].lower() == opening,
                    rows[i][1] in CITY_CATEGORIES,
                    weight[i],
                    -i,
                ),
            )
        gz._towns_by_hromada = towns
    return gz._towns_by_hromada.get(hromada)
