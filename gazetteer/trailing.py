"""The units written after a place's name, as documents and lists give them.

Official documents write a place with no commas, its units declined after it (``с.
Кам'янка Ізюмського району``, ``Любимівка Таврійської сільської територіальної громади
Каховського району Херсонської області``); lists put several units in one part of a text
(``Белозерский район Херсонской области``) or name a raion and a village council together.
:func:`split_trailing_unit` splits a trailing raion or hromada off a name,
:func:`level_parts` cuts a text beside a name after each level word in it, and
:func:`narrowed` reads the raions and hromadas so named together.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from translit import match_key
from translit.lazyre import lazy_compile

from .bareunits import adjective_units
from .beside import ADJECTIVE_KEY, COUNCIL_WORDS, FEMININE_KEY, HROMADA_WORDS, RAION_WORDS
from .declension import LATIN_UNIT_OBLIQUE, latin_nominatives, nominatives
from .query import CleanQuery, clean_query
from .rank import in_units, wished
from .words import FILLER_WORDS, HROMADA_ADJECTIVES, LEVEL_WORDS

if TYPE_CHECKING:
    from .gazetteer import Gazetteer
    from .scored import Scored


#: The adjective a raion or hromada is named by, in any case (Ізюмського, Изюмский, Iziumskyi).
_UNIT_ADJECTIVE = lazy_compile(
    r"(?:[сцз]ь?к(?:ий|ого|ому|ім|ом|ая|ої|ой))$|(?:[stz]k(?:yi|yy|iy|ii|ij|y|a))$|"
    + LATIN_UNIT_OBLIQUE  # (Izyumskogo, Izyumskovo, Iziumskomu)
    + r"|[а-яіїєґ'’]{3,}(?:ої|ого|ому|ій)$",  # (any adjective declined: Південної громади)
    re.IGNORECASE,
)


#: The words that say a raion or a hromada.
_UNIT_WORDS = RAION_WORDS | HROMADA_WORDS
#: A level word in the genitive, to decline an adjective before it.
_GENITIVE = {"P": "району", "H": "громади"}
#: Words of a hromada's kind between its name and the level word (Бериславської міської
#: територіальної громади).
_HROMADA_KINDS = frozenset({
    "міської", "сільської", "селищної", "територіальної", "міська", "сільська", "селищна",
    "територіальна", "городской", "сельской", "поселковой", "территориальной", "urban",
    "rural", "settlement", "territorial", "city", "village",
})  # fmt: skip


def split_trailing_unit(
    gz: Gazetteer, name: str, wants: str, inflected: bool = False
) -> tuple[str, str, tuple[str, ...]]:
    """``Кам'янка Ізюмського району`` -> (``Кам'янка``, "", Izium raion): a trailing raion
    or hromada without a comma, its adjective in any case, perhaps after another (Любимівка
    Таврійської громади Каховського району: the hromada, inside the raion). Else ``name``
    and ``wants`` as they are, and no units. ``inflected``: the name may be in another case
    than the nominative (after a preposition: в Каменке Изюмского района)."""
    if " " not in name or wants not in ("", "P", "H"):
        return name, wants, ()  # (most names: one word, or no unit asked for)
    words = name.split(" ")
    level, last = wants, words[-1].lower().rstrip(".")
    if not wants:
        if last in _UNIT_WORDS:
            level = "P" if last in RAION_WORDS else "H"
            words = words[:-1]
        elif held := _held_by_adjective(gz, name, words):
            return " ".join(words[:-1]), "", held  # Vuzlove Radekhivska: the hromada's village
        elif not (
            ADJECTIVE_KEY.search(match_key(last))  # a raion's adjective: Iziumskyi, Изюмский
            and not gz.index.has_forms(match_key(name))
            and gz.index.has_forms(match_key(" ".join(words[:-1])))
            and gz._units_named(words[-1])  # a raion's very name, not a typo's reading
        ):
            return name, wants, ()
        else:  # Kamianka Iziumskyi: a raion's bare adjective joined to the name
            level = "P"
    while level == "H" and len(words) > 2 and words[-1].lower() in _HROMADA_KINDS:
        words = words[:-1]
    if level not in ("P", "H") or len(words) < 2:
        return name, wants, ()
    whole = " ".join(words)
    if not _UNIT_ADJECTIVE.search(words[-1]) and gz.index.has_forms(match_key(whole)):
        # (a unit may go by its seat's name: Kamianka Izium district, and in Russian-language
        # sheets Петровка Волноваха р-н; not when the whole is a name: Велика Новосілка р-н)
        return name, wants, ()
    level_word = "raion" if level == "P" else "hromada"
    # the whole may be a unit's own name (Velyka Novosilka hromada), unless it names only
    # what its adjective does (Деревня Львівського району: Деревня is the village)
    whole_units = gz._units_named(f"{whole} {level_word}")
    for size in (1, 2):
        kept = words[:-size]
        while kept and kept[-1].lower() in FILLER_WORDS:  # Kamianka in (the) Izium raion
            kept = kept[:-1]
        head, tail = " ".join(kept), " ".join(words[-size:])
        # the adjective read as such (before a level word in the genitive): Таврійської
        declined = (r.rsplit(" ", 1)[0] for r in nominatives(f"{tail} {_GENITIVE[level]}"))
        units = next(
            (found for form in dict.fromkeys((tail, *declined, *latin_nominatives(tail)))
             if (found := gz._units_named(f"{form} {level_word}"))),
            (),
        )  # fmt: skip
        if not units or not head:
            continue
        if whole_units and set(whole_units) != set(units):
            return name, wants, ()
        inner, _, inner_units = split_trailing_unit(gz, head, "", inflected)
        inside = tuple(u for u in inner_units if any(u.startswith(o[:6]) for o in units))
        if inside:
            return inner, "", inside
        if gz.index.has_forms(match_key(head)):
            return head, "", units  # (Старий Міст: a bridge's word, yet a village's name)
        cleaned = clean_query(head)  # Kamianka village (in Izium district)
        for reading, wish in (*cleaned.fuller_in(gz.first_words), (cleaned.name, cleaned.wants)):
            # (a reading that keeps a settlement word first: Sukhyi Khutir, Nove Selo)
            if reading and (gz.index.has_forms(match_key(reading)) or _a_council(head, wish)):
                return reading, wish_in_units(gz, reading, wish, units), units
        if inflected and any(gz.index.has_forms(match_key(n)) for n in nominatives(head)):
            return head, "", units  # в Каменке Изюмского района: a declined name's
    # Міжброди Петрашівський р-н: an adjective that names no unit, today's or before 2020,
    # nor one a typo away, after a place's name: the place, the unit saying nothing of it
    # (as after a comma); not the whole read as a unit's name, which is none
    head = " ".join(words[:-1])
    if (
        _UNIT_ADJECTIVE.search(words[-1])
        and not gz.index.has_forms(match_key(whole))
        and gz.index.has_forms(match_key(head))
    ):
        return head, "", ()
    return name, wants, ()


def wish_in_units(gz: Gazetteer, name: str, wish: str, units: tuple[str, ...]) -> str:
    """The category ``wish`` a settlement word before ``name`` made, unless the ``units``
    named after it hold a place so called of another kind only: the unit outweighs the word
    (село Малиновка Чугуевского района: Chuhuiv raion's Малинівка is a selyshche, and a
    село Малинівка lies in other raions); "" then."""
    if not wish or wish in ("P", "H", "O"):
        return wish
    index, entries, kinds = gz.index, gz.entries, wished(wish)
    inside = {
        entries[e].category
        for e in index.entries_keyed(match_key(name))
        if in_units(entries[e], units)
    }
    return "" if inside and not inside & kinds else wish


def wish_kept(gz: Gazetteer, cleaned: CleanQuery, units: tuple[str, ...]) -> CleanQuery:
    """``cleaned`` with its wish dropped where the ``units`` beside it outweigh it
    (:func:`wish_in_units`: село Малиновка, Чугуевский район)."""
    wants = wish_in_units(gz, cleaned.name, cleaned.wants, units)
    return cleaned if wants == cleaned.wants else replace(cleaned, wants=wants)


def _held_by_adjective(gz: Gazetteer, name: str, words: list[str]) -> tuple[str, ...]:
    """The hromadas (or raions) the last of ``words``, a unit's bare feminine adjective,
    names that hold a place so called as the words before it (``Vuzlove Radekhivska``, as
    ``Vuzlove, Radekhivska``), when the whole ``name`` is no place's (Гута Пеняцька is a
    village) and the words before are a place's name; else ()."""
    head = " ".join(words[:-1])
    if not FEMININE_KEY.search(match_key(words[-1])) or gz.index.has_forms(match_key(name)):
        return ()
    if not gz.index.has_forms(match_key(head)):
        return ()
    return adjective_units(gz, words[-1], head)


def narrowed(gz: Gazetteer, units: tuple[str, ...]) -> tuple[str, ...]:
    """Raions and hromadas named beside a name, read together: the hromadas that lie in a
    raion named, else the raions alone (a village council's name, Кам'янська сільська рада,
    met hromadas of its name elsewhere)."""
    if not units:
        return units
    entries, by_code = gz.entries, gz._by_code
    raions = [u for u in units if u in by_code and entries[by_code[u]].category == "P"]
    hromadas = [u for u in units if u not in raions]
    if not raions or not hromadas:
        return units
    inside = [h for h in hromadas if h in by_code and entries[by_code[h]].raion_code in raions]
    return tuple(inside or raions)


def raions_instead(
    gz: Gazetteer, named: tuple[str, ...], units: tuple[str, ...], best: Scored | None
) -> tuple[str, ...]:
    """The raions ``named`` beside a name, when the hromadas it was ``narrowed`` to hold not
    its ``best`` candidate (the row's hromada is wrong or out of date, its raion right);
    else ``()``."""
    if best is None or units == named:
        return ()
    entry = gz.entries[best.position]
    if in_units(entry, units):
        return ()
    by_code, entries = gz._by_code, gz.entries
    raions = tuple(u for u in named if u in by_code and entries[by_code[u]].category == "P")
    return raions if raions and raions != units else ()


def level_parts(text: str) -> list[str]:
    """A text beside a name cut after each level word inside it: ``Белозерский район
    Херсонской области`` names a raion and an oblast."""
    words = text.split(" ")
    parts, start = [], 0
    for i, word in enumerate(words[:-1]):
        lowered = word.lower().rstrip(".,")
        if lowered in LEVEL_WORDS and lowered not in HROMADA_ADJECTIVES and i > start:
            parts.append(" ".join(words[start : i + 1]))
            start = i + 1
    parts.append(" ".join(words[start:]))
    return [part for part in parts if part]


def _a_council(head: str, wish: str) -> bool:
    """Whether ``head``, read as a hromada (``wish``), is a council named by its adjective
    (Таранівська сільська рада Зміївського району), which :mod:`gazetteer.councilseat`
    reads back to its seat though no place bears the adjective."""
    words = head.lower().split()
    return (
        wish == "H"
        and bool(COUNCIL_WORDS.intersection(words))
        and bool(FEMININE_KEY.search(match_key(words[0])))
    )
