"""Whether a text is a name some place bears (its match key is a form's, or a region goes
by it), a hyphened text cut into two such names, and the names a cut word stands for (Кр.
Ріг: Кривий Ріг): what the query path and the reading of
running text ask of a word before they read it as a place."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace
from typing import TYPE_CHECKING

from translit import match_key
from translit.lazyre import lazy_compile

from .areanames import names_an_area
from .beside import old_raions
from .declension import PREPOSITIONS, WEAK_CUES, before_genitive, nominatives
from .frames import WHERE_WORDS
from .owntext import WHERE_ELSE
from .rank import CITY_CATEGORIES, SETTLEMENT_CATEGORIES, is_cyrillic
from .words import ROAD_AFTER, an_acronym, is_first_name
from .writtenout import abbreviated_name, stem_alike

if TYPE_CHECKING:
    from .gazetteer import Gazetteer
    from .index import NameIndex
    from .query import CleanQuery


def bears_name(gz: Gazetteer, name: str, old_raion: bool = False) -> bool:
    """Whether a place's name has the key of ``name``, or a region goes by it (Донеччина),
    or, with ``old_raion`` (an adjective before a raion word), a raion before 2020 was named
    so, after its seat (Марьинский: :func:`~gazetteer.beside.old_raions`)."""
    key = match_key(name)
    if gz.index.has_forms(key):
        return True
    if gz.oblasts is not None and gz.oblasts.region_named(name.replace("’", "'")):
        return True
    if names_an_area(gz, name):  # (Нікопольщина: the raion)
        return True
    return old_raion and bool(old_raions(gz.entries, key, gz.index))


def bears_official(gz: Gazetteer, name: str) -> bool:
    """Whether a place's official name is ``name`` itself (Бородіно; not Макарово, the
    Russian form of Макарове, which only shares its key)."""
    wanted = name.lower()
    return any(
        gz.entries[i].name_uk.lower() == wanted for i in gz.index.entries_keyed(match_key(name))
    )


def short_city(gz: Gazetteer, before: str, name: str, after: str) -> bool:
    """Whether ``name``, too short to read alone (three letters), is a city's (K, M)
    official name as written, Latin or Ukrainian, with a preposition of place ``before`` it
    and no capitalised word ``after`` it (near Bar, в Бар; not in Bar Harbor); or, in
    Cyrillic, its genitive after a word that takes one (обстріл Сум, біля Сум: Суми)."""
    if after[:1].isupper():
        return False
    where = WHERE_WORDS if gz.oblasts is not None else WHERE_WORDS | WHERE_ELSE  # (nach Hof)
    forms = [name] if before.lower() in where else []
    if is_cyrillic(name) and before_genitive(f"{before} {name}"):
        forms += nominatives(name)
    return _official(gz, forms, CITY_CATEGORIES)


def _official(
    gz: Gazetteer, forms: Iterable[str], categories: frozenset[str], latin: bool = True
) -> bool:
    """Whether a place of ``categories`` bears one of ``forms`` as its official name, as
    written: its Ukrainian name, or with ``latin`` its national Latin one too."""
    return any(
        (entry := gz.entries[i]).category in categories
        and (form == entry.name_uk or (latin and form == entry.name))
        for form in forms
        for i in gz.index.entries_keyed(match_key(form))
    )


def short_declined(gz: Gazetteer, before: str, name: str, after: str) -> bool:
    """Whether ``name``, too short to read alone (three letters), is a settlement's official
    name declined, in Cyrillic, after a preposition that governs it and no capitalised word
    (біля Буд: Буди; у Гаю, в Гае: Гай): no acronym (у ЗСУ), no first name's case (до Іри),
    and no name in the nominative, which :func:`short_city` reads for a city alone."""
    lowered = before.lower()
    if after[:1].isupper() or lowered not in PREPOSITIONS or lowered in WEAK_CUES:
        return False
    if len(name) < 3 or not is_cyrillic(name) or an_acronym(name):
        return False
    readings = [n for n in nominatives(name) if len(n) >= 3]
    if is_first_name(name.lower()) or any(is_first_name(n.lower()) for n in readings):
        return False
    return _official(gz, readings, SETTLEMENT_CATEGORIES, latin=False)


def short_listed(gz: Gazetteer, name: str) -> bool:
    """Whether ``name``, too short to read alone (three letters), is a settlement's official
    name as written, Latin or Ukrainian (Hut, Luh, Гай): no acronym, no first name. A list's
    member so named (Botar, Hut, Velyka Kopania) is a place only by its list or its raion
    (:mod:`gazetteer.evidence`)."""
    if len(name) < 3 or an_acronym(name) or is_first_name(name.lower()):
        return False
    return _official(gz, [name], SETTLEMENT_CATEGORIES)


def hyphened_pair(gz: Gazetteer, name: str) -> tuple[str, str] | None:
    """``name`` cut at a hyphen into two names places bear (Pokrovsk-Myrnohrad;
    Toretsk-Niu-York at its first hyphen), the first such cut; None when there is none."""
    pieces = name.split("-")
    for cut in range(1, len(pieces)):
        first, second = "-".join(pieces[:cut]), "-".join(pieces[cut:])
        if (
            len(first) >= 3
            and len(second) >= 3
            and bears_name(gz, first)
            and bears_name(gz, second)
        ):
            return first, second
    return None


#: A name opened by a cut word (``Кр Ріг`` of ``Кр. Ріг``, ``Б-Дністровський``): the cut
#: letters, and the rest of the name after a space or a hyphen.
_CUT_NAME = lazy_compile(r"([^\W\d_]{1,4})[\s-]+(\w.*)$")


def cut_out(index: NameIndex, cleaned: CleanQuery) -> list[tuple[str, str]]:
    """The names a place bears that a name opened by a cut word stands for (``Кр. Ріг``:
    Кривий Ріг; ``Ч. Яр``: Часів Яр; ``Б.-Дністровський``: Білгород-Дністровський): those
    whose first word starts with the cut letters and whose other words are the rest, in any
    script the index knows (``Kr. Rog``: Krivoy Rog). The cut must carry its stop in the
    text (``Кр Ріг`` alone cuts nothing), and a hyphen after it when the name is hyphened."""
    raw, readings = cleaned.raw, [(cleaned.name, cleaned.wants), *cleaned.fuller]
    if "." not in raw:  # (no stop, no cut: and no pattern made and compiled for the name)
        return []
    found: dict[str, str] = {}
    for name, wants in readings:
        cut = _CUT_NAME.match(name)
        said = cut and re.search(
            rf"(?<![\w.]){re.escape(cut[1])}\.\s*(-?)\s*{re.escape(cut[2].split()[0])}", raw
        )
        if not cut or not said:
            continue
        # the name's words joined as the text joins them: П.-Хмельницкий, a hyphened name cut
        # short (Переяслав-Хмельницький); П. Хмельницкий, a person's initial, not that name
        joiner = "-" if said[1] else " "
        start, rest = match_key(cut[1]), match_key(cut[2])
        if not start or not rest:
            continue
        for key in index.keys_after(start):
            if not key.endswith(rest) or len(key) <= len(start) + len(rest):
                continue
            for position in index.keyed(key):
                text = index.text_of[position]
                first, _, others = text.partition(joiner)
                # (the cut's very letters: a key is coarser, Ч and Г share one)
                if (
                    others
                    and first.lower().startswith(cut[1].lower())
                    and match_key(others) == rest
                ):
                    found.setdefault(text, wants)
    return list(found.items())


def cut_alike(
    index: NameIndex, cleaned: CleanQuery, named: list[tuple[str, str]]
) -> list[tuple[str, str]]:
    """Other places' names the abbreviation opening ``cleaned`` stands for as readily as for
    the adjectives it was written out as (``named``, the readings a place bears): those whose
    first word opens with the adjectives' stem (``М. Воля``: Малнівська Воля, beside Мала
    Воля); not another form of a place ``named`` already reads (Velikaya Novoselka)."""
    head = abbreviated_name(cleaned.raw)
    if not head:
        return []
    held = {e for name, _ in named for e in index.entries_keyed(match_key(name))}
    cut = replace(cleaned, name=head.replace(".", " "), fuller=())
    return [
        (name, wants)
        for name, wants in cut_out(index, cut)
        if stem_alike(head, name) and not held.issuperset(index.entries_keyed(match_key(name)))
    ]


#: A name, then a dash, right before the text's current name (Kostiantynivka–).
_DASH_BEFORE = lazy_compile(r"[^\W\d_]\s*[–—-]\s*$")


def a_road(
    gz: Gazetteer, text: str, words: list[tuple[int, int, str]], start: int, end: int, after: int
) -> bool:
    """Whether the name from ``start`` to ``end`` of ``text`` is a road's, word ``after`` of
    ``words`` a road's word right after it (Kharkiv Road, Київському шосе), and it names no
    route's ends (:func:`a_route_end`)."""
    return (
        after < len(words)
        and words[after][2].lower() in ROAD_AFTER
        and not text[end : words[after][0]].strip()
        and not a_route_end(gz, text, start, text[start:end])
    )


def a_route_end(gz: Gazetteer, text: str, start: int, span: str) -> bool:
    """Whether ``span`` (at ``start`` in ``text``) names a route's ends, not a street
    named after a place, before road or highway: two names a hyphen joins (the
    Kharkiv-Chuhuiv highway) or the second of two a dash does (the Kostiantynivka–Druzhkivka
    road: a road between two towns; Kharkiv Road is a street)."""
    if "-" in span and hyphened_pair(gz, span) is not None:
        return True
    return bool(_DASH_BEFORE.search(text, max(0, start - 40), start))
