"""A name declined after a preposition read in the nominative: у Бахмуті, біля Херсона, в
Харькове, в Кременце.

The name as written is read first (:mod:`gazetteer.reading`); :func:`with_declined` adds the
readings of the nominatives it may stand for (:mod:`gazetteer.declension`) that a place
bears: sure after a preposition, capped below sure for an ending alone, which may be a slip
of the pen.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

from translit import match_key

from .borne import bears_name
from .declension import (
    after_preposition,
    before_genitive,
    before_locative,
    nominative_twins,
    preposition_of,
    read_nominatives,
)
from .feminineform import accusative_first, feminine_tied
from .finder import CONFIDENT_SCORE, merged
from .letterforms import normal_form
from .oblastnamed import declined_head
from .owncases import own_governed, own_nominatives
from .pluralcase import plural_below, singular_below
from .query import CleanQuery
from .rank import ADMIN_CATEGORIES, SETTLEMENT_CATEGORIES, UNSURE_CEILING, Scored
from .shortnames import cut_named
from .unitgenitive import below_units, settlement_for_unit

if TYPE_CHECKING:
    from .gazetteer import Gazetteer


def with_declined(
    gz: Gazetteer,
    cleaned: CleanQuery,
    ranked: list[Scored],
    hint_codes: tuple[str, ...],
    units: tuple[str, ...],
    read: Callable[[list[CleanQuery]], list[Scored]],
) -> list[Scored]:
    """``ranked`` with the readings of the name in the nominative (у Бахмуті, Новій
    Каховці, Луцька), when its own reading is not sure or a preposition declines it (в
    Харькове: Харків, not the village Харкове; біля Донецька: the city before the oblast
    called Донецька). ``read`` ranks readings of the query under its hint (``hint_codes``)
    and the ``units`` beside it."""
    governed = after_preposition(cleaned.raw) or own_governed(gz, cleaned.raw)  # (w Łodzi)
    unit_for_town = (
        governed
        and bool(ranked)
        and cleaned.wants not in ADMIN_CATEGORIES
        and gz.entries[ranked[0].position].category in ADMIN_CATEGORIES
        # (на Подолье: a land's own name, not Подол's Russian locative)
        and not (gz.oblasts is not None and gz.oblasts.region_named(cleaned.name))
    )
    sure = ranked and ranked[0].score >= CONFIDENT_SCORE and not governed
    if sure and not settlement_for_unit(gz, cleaned, ranked):  # (Володарського району)
        return ranked
    return _declined(gz, cleaned, ranked, hint_codes, units, read, governed, unit_for_town)


def _declined(
    gz: Gazetteer,
    cleaned: CleanQuery,
    ranked: list[Scored],
    hint_codes: tuple[str, ...],
    units: tuple[str, ...],
    read: Callable[[list[CleanQuery]], list[Scored]],
    governed: bool,
    unit_for_town: bool,
) -> list[Scored]:
    """:func:`with_declined` past its sure exit (apart: its comprehensions make closure
    cells on every call, and most names leave at that exit)."""
    # в Богодухове Харьковской области: the name before the oblast is the declined one
    name, tail, wants = cleaned.name, "", cleaned.wants
    if governed:
        name, tail, wants = declined_head(gz, cleaned, hint_codes, units)
    unit = wants in ("P", "H")  # (an adjective; a raion's before 2020: в Марьинском районе)
    readings = read_nominatives(name, unit, cleaned.raw) or own_nominatives(gz, name)
    declined = [
        n for n in readings if bears_name(gz, n, old_raion=wants == "P") or cut_named(gz, n)
    ]
    declined = _spelled_readings(gz, declined)
    if ranked and _own_nominative(gz, ranked[0], name):
        # на Роздільне, на Сарнів: a place's own name (neuter -е, masculine -ів: accusative as
        # nominative) is not another's Russian locative or plural genitive (Роздільна, Сарни);
        # but біля Бродів is Броди's genitive (the village Бродів would be біля Бродова)
        unlike = nominative_twins(name, genitive=before_genitive(cleaned.raw))
        declined = [n for n in declined if n not in unlike]
    if not declined:
        return ranked
    # (each reading read alone, as read() reads a list, kept for the genders' tie)
    each = [read([replace(cleaned, name=n + tail)]) for n in declined]
    each = _opened_after(name, declined, each)  # (у Дубівці: Дубівка before Дубовець)
    found = each[0] if len(each) == 1 else merged(*each)
    if governed and (tie := _genders_tie(cleaned.raw, name, declined, each)) is not None:
        why = f"a masculine's or a neuter's case alike: at most {tie:g}"
        found = [s.capped(tie, why) if s.score > tie else s for s in found]
        # (and the name as written, another's nominative: у Глухова is Глухів's or Глухове's
        # genitive, no likelier the village Глухова's)
        ranked = [s.capped(tie, why) if s.score > tie else s for s in ranked]
    if governed:  # в Покровске: Покровськ's locative, not Покровське without its soft sign
        ranked = _sk_locative_read(gz, cleaned.raw, name, ranked, found)
        found = accusative_first(cleaned.raw, name, declined, each, found)  # (на Борщову)
    if not governed:  # an ending alone may be a slip of the pen
        why = f"read as declined ({', '.join(declined[:3])}): at most {UNSURE_CEILING:g}"
        found = [s.capped(UNSURE_CEILING, why) for s in found]
    towns = [s for s in found if gz.entries[s.position].category not in ADMIN_CATEGORIES]
    if unit_for_town and towns:
        return towns + [s for s in merged(ranked, found) if s not in towns]
    ranked = plural_below(gz, cleaned.raw, name, ranked, found)  # (біля Плиски: Плиска)
    ranked = singular_below(gz, cleaned.raw, name, ranked, found)  # (біля Васильків)
    ranked = feminine_tied(gz, cleaned.raw, name, ranked, found)  # (из Панькова: Панькове)
    return merged(below_units(gz, cleaned, ranked, found), found)


#: A Russian locative of a town in -ск, -цк (в Покровске, в Донецке), and the Ukrainian
#: neuter endings its letters are a misspelling of (Покровське, Донецьке) but for a soft sign.
_SK_LOCATIVE = ("ске", "цке", "зке")
_SK_NEUTERS = ("ське", "цьке", "зьке")
_SK_TOWNS = ("ськ", "цьк", "зьк")


def _sk_locative_read(
    gz: Gazetteer, raw: str, name: str, ranked: list[Scored], found: list[Scored]
) -> list[Scored]:
    """``ranked`` (``name`` read as written) with the places in -ське its letters meet but for
    a soft sign capped below sure, when after a preposition of the locative (``raw``) its
    Russian reading (``found``) names a town in -ськ surely: в Покровске is Покровськ's
    locative (Покровське's is в Покровском), в Донецке Донецьк's. Unchanged otherwise."""
    if not (before_locative(raw) and name.lower().endswith(_SK_LOCATIVE) and found):
        return ranked
    best = max(found, key=lambda s: s.score)
    town = gz.entries[best.position].name_uk.lower()
    if best.score < CONFIDENT_SCORE or not town.endswith(_SK_TOWNS):
        return ranked
    why = f"a Russian locative of a town in -ськ: at most {UNSURE_CEILING:g}"
    return [
        s.capped(UNSURE_CEILING, why)
        if s.score > UNSURE_CEILING and gz.entries[s.position].name_uk.lower().endswith(_SK_NEUTERS)
        else s
        for s in ranked
    ]


def _opened_after(name: str, declined: list[str], each: list[list[Scored]]) -> list[list[Scored]]:
    """``each`` (the places each of ``declined`` names) with those of a masculine in -овець
    ranked after the others' places of as high a score, when ``name`` is in -івці: a
    feminine's locative in -івка (у Дубівці, в Шандрівці) first, the rarer masculine's,
    whose о closes to і (Шандровець: в Шандрівці), tied behind it. Unchanged otherwise."""
    if not name.lower().endswith("івці"):
        return each
    opened = [n.lower().endswith("овець") for n in declined]
    others = [s for r, o in zip(each, opened) if not o for s in r]
    why = "a masculine's -івці, after the feminine's"

    def after(s: Scored) -> Scored:
        rivals = [o.rank for o in others if o.score >= s.score]
        return s.capped(s.score, why, rank=min(rivals) - 0.01) if rivals else s

    return [[after(s) for s in r] if o else r for r, o in zip(each, opened)]


def _spelled_readings(gz: Gazetteer, readings: list[str]) -> list[str]:
    """``readings`` less each whose very text no form has while another reading of its
    match key is a form's very text: в Каменке is Каменка, not also Каменкя, whose key is
    Каменка's (and Кам’янка-Дніпровська's cut name's) and which was read as that cut; в
    Деражне keeps Деражня, a form's text, over Деражна."""
    spelled = {n: gz.index.may_have_normal(normal_form(n)) for n in readings}
    keys_spelled = {match_key(n) for n, has in spelled.items() if has}
    return [n for n in readings if spelled[n] or match_key(n) not in keys_spelled]


def _own_nominative(gz: Gazetteer, best: Scored, name: str) -> bool:
    """Whether ``best`` is a settlement met by the very text of its name, ``name`` as
    written: not by a reading with another ending (в Затоке, read Затока with -а for -е, is
    Затока's Russian locative)."""
    return (
        best.kind == "exact"
        and gz.entries[best.position].category in SETTLEMENT_CATEGORIES
        and normal_form(best.form_text) == normal_form(name)
    )


#: The nominative endings of a masculine and a neuter adjective (Донецкий, Донецький,
#: Кривой; Донецкое, Донецьке, Нижнее, Нижнє).
_ADJECTIVES = (("ий", "ый", "ой", "ій"), ("е", "є"))
#: ...and of a masculine noun in -ов, -ин and a neuter in -ово, -ино, of one Russian
#: declension (Петров, Петрово: из Петрова, под Петровом; Лидин, Лидино: из Лидина), with
#: their Ukrainian names (Петрів, Петрове; Лідин, Лідине).
_POSSESSIVES = (("ів", "ов", "ев", "їв", "ин", "ын"), ("ове", "ово", "еве", "ево", "ине", "ино"))
#: Their genitive's and instrumental's endings.
_POSSESSIVE_CASES = ("ова", "ева", "ина", "ына", "овом", "евом", "ином", "ыном")
#: Prepositions only Russian has (Ukrainian з, під, біля, від): after them a name's ending is
#: a Russian case's.
_RUSSIAN_PREPOSITIONS = frozenset({"из", "изо", "под", "подо", "возле", "около", "от", "близ"})
#: ...and of a feminine in -а and in -я, whose Russian locative is -е alike (Вовна, Вовня:
#: в Вовне); not after к, г, х, whose -я no Russian name has.
_HARD_OR_SOFT = (("а",), ("я",))
#: ...and of a Russian feminine adjective and a noun in a consonant and -а, whose cases in
#: -ой a reading makes alike (Черная, Черна: в Черной).
_ADJECTIVE_OR_NOUN = (("ая",), tuple(c + "а" for c in "бвгджзклмнпрстфхцчшщ"))


def _gendered(raw: str, name: str) -> tuple[tuple[str, ...], tuple[str, ...]] | None:
    """The nominative endings of the masculine and of the neuter a declined ``name`` after
    the preposition opening ``raw`` comes from alike: an adjective's locative in -ом, -ем
    (в Донецком, в Нижнем), its instrumental or genitive (под Садовым, у Садового: Садовий
    or Садове), and after a Russian preposition a noun's genitive in -ова, -ина and
    instrumental in -овом, -ином (из Петрова, у Петрова, под Петровом: Петрів or
    Петрове); after в, на a Russian locative in -е (в Вовне: Вовна or Вовня); a case in -ой
    of a feminine adjective or a noun in -а (в Черной, под Черной: Черная, the Russian name
    of Чорна, or Черна); None for another."""
    last = name.lower()
    if last.endswith(("ом", "ем")) and before_locative(raw):
        return _ADJECTIVES
    if last.endswith("е") and not last.endswith(("ке", "ге", "хе")) and before_locative(raw):
        return _HARD_OR_SOFT
    if last.endswith(("ым", "им", "ого", "его")):
        return _ADJECTIVES
    if last.endswith("ой"):
        return _ADJECTIVE_OR_NOUN
    preposition = preposition_of(raw)
    if preposition in _RUSSIAN_PREPOSITIONS and last.endswith(_POSSESSIVE_CASES):
        return _POSSESSIVES
    # (у with a genitive is Russian's of a place: Ukrainian's у Петрові is a locative)
    if preposition == "у" and last.endswith(_POSSESSIVE_CASES[:4]):
        return _POSSESSIVES
    return None


def _genders_tie(
    raw: str, name: str, declined: list[str], each: list[list[Scored]]
) -> float | None:
    """The score at which the places a declined ``name`` (after the preposition opening
    ``raw``) names by a masculine and by a neuter nominative (``declined``, the readings
    places bear, ``each`` read) tie, where its ending is both's (:func:`_gendered`):
    the text does not say which (в Донецком: the selyshche Донецький or the villages
    Донецьке; под Садовым: Садовий or Садове; из Петрова: Петрів or Петрове; the one a
    spelling of a Ukrainian name, the other a Russian form made by rule, would score apart).
    The lower of the two genders' best scores; None for another case, or where one gender
    names no place surely (в Каменском: Кам’янське, not a raion Кам’янський met by its
    seat's name). (Size still tells: в Хмельницком, the city.)"""
    genders = _gendered(raw, name)
    if genders is None:
        return None
    bests = []
    for endings in genders:
        gendered = [r for n, r in zip(declined, each) if n.lower().endswith(endings)]
        scores = [s.score for s in (merged(*gendered) if gendered else [])]
        if not scores or max(scores) < CONFIDENT_SCORE:
            return None
        bests.append(max(scores))
    return min(bests)
