"""The query path of a gazetteer from the raw text to its ranked candidates.

The raw text is cleaned (:mod:`gazetteer.query`); what stands beside the name becomes an
oblast hint or the raions and hromadas it names (:mod:`gazetteer.beside`); the name is
read in each of its readings (Нове Село, Н. Каховка) by the finder; and when the text
beside the name left no answer, the name is read without the hint, or the place beside it
answers. :class:`~gazetteer.gazetteer.Gazetteer` calls :func:`candidates`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from translit import match_key

from .areanames import area_units, with_area
from .attested import russian_of_own
from .bareunits import outside_bare_units, unit_against_hint, units_beside
from .beside import (
    old_raions,
    on_region,
    raions_by_seat,
    sure_candidate,
    unit_before_bare_oblast,
    units_a_typo_away,
    units_named,
)
from .besidetown import by_town, raion_near
from .borne import cut_alike, cut_out, hyphened_pair
from .cellshapes import cell_shapes
from .centreraion import CENTRES_WHY, centre_or_raion, centres_either_way
from .codebeside import code_beside
from .codes import by_code
from .councilseat import council_oblasts, council_seat, in_seat_hromada
from .declension import on_a_land
from .declined import with_declined
from .directions import direction_town
from .facilities import facility
from .finder import CONFIDENT_SCORE, merged
from .formties import other_form_slips_unsure
from .hintslip import slips_in_oblast
from .hintties import hinted_slips_unsure
from .oblastnamed import oblast_answer, split_trailing_hint, trailing_parts
from .oldraions import raions_of_seat
from .query import CleanQuery, clean_query, unit_level
from .rank import (
    SETTLEMENT_CATEGORIES,
    UNSURE_CEILING,
    VARIANT_FLOOR,
    Scored,
    in_units,
    unsure,
)
from .regionpair import two_oblasts_unsure
from .shortnames import with_short
from .ties import of_kind, own_name_first
from .trailing import level_parts, narrowed, raions_instead, split_trailing_unit, wish_kept
from .twoplaces import (
    alone_over_place_hint,
    also_named,
    beside_instead,
    district_named_after,
    district_of_city,
    hyphened_places,
    oblast_first,
    several_places,
    unit_beside_centre,
)
from .unitparts import an_oblast_centre

if TYPE_CHECKING:
    from .gazetteer import Gazetteer


def candidates(
    gz: Gazetteer, query: str, oblast: str | None, allowed: frozenset[str]
) -> list[Scored]:
    """The ranked candidates of ``query`` in ``gz``, best first (``oblast``: the caller's
    hint; ``allowed``: the name sources)."""
    find = lambda text: candidates(gz, text, oblast, allowed)  # noqa: E731
    coded = code_beside(gz, query, find)  # Krasne (UA32060110150041623)
    if coded is not None:
        return coded
    ranked = _candidates(gz, query, oblast, allowed)  # then Kharkiv, Izium, Kamianka; Kiev-Київ
    ranked = with_area(gz, query, gz.hint_oblasts(oblast) if oblast else (), ranked)  # Ізюмщина
    ranked = cell_shapes(gz, query, ranked, find)
    # Luhansk, Khmelnytskyi: the selyshche Хмельницький of Luhansk oblast, or two cities
    return ranked if oblast else two_oblasts_unsure(gz, query, ranked, find)


def _candidates(
    gz: Gazetteer, query: str, oblast: str | None, allowed: frozenset[str]
) -> list[Scored]:
    coded = by_code(gz, query)  # UA65020150020078280, or OCHA's UA6502015002
    if coded is not None:
        return coded
    hint_codes = gz.hint_oblasts(oblast) if oblast else ()
    plant = facility(query) if gz.oblasts is not None else None
    # Zaporizhzhia NPP: at Енергодар (with a hint for another oblast: read as a name)
    if plant is not None and (not hint_codes or gz.entry(plant[0]).oblast in hint_codes):
        return _facility_answer(gz, *plant)
    cleaned = clean_query(query)
    if (unit_first := unit_before_bare_oblast(gz, cleaned)) is not None:
        return candidates(gz, unit_first, oblast, allowed)
    if gz.oblasts is not None:  # на Покровському напрямку: the town, not Покровське
        # (Шахтарська міська рада, Дніпропетровська область: the council's city there)
        where = hint_codes or tuple(c for text in cleaned.beside for c in gz.text_oblasts(text))
        where = where or council_oblasts(gz, cleaned)  # (... Дніпропетровської області)
        town = direction_town(gz, query, cleaned.name, tuple(where))
        if town is not None:
            return town
    beside_units: tuple[str, ...] = ()
    bare_units: tuple[str, ...] = ()  #: units named by a bare adjective (Kamin-Kashyrskyi)
    by_place = False  #: the hint is read off a name beside the name, not an oblast so called
    # (a path's first part is its oblast, by the centre's name too: Kropyvnytskyi > ...)
    top = cleaned.beside[0] if cleaned.path and an_oblast_centre(cleaned.beside[0]) else None
    for text in (part for beside in cleaned.beside for part in level_parts(beside)):
        # "Beryslav raion": a raion; Radekhivska beside Vuzlove: its hromada
        units = units_beside(gz, text, cleaned.name, hint_codes) if text != top else ()
        if units:
            beside_units += units
            # (Khmelnytskyi, Dunaivtsi: the oblast by its centre's name, not the raion's)
            bare = not unit_level(text) and not an_oblast_centre(text)
            bare_units += units if bare else ()
            continue
        # (northwest of Bakhmut): Bakhmut's raion; (на Нікопольщині): the Nikopol raion
        beside_units += raion_near(gz, text) or area_units(gz, text)
        codes = gz.text_oblasts(text)
        if codes and not hint_codes:
            hint_codes = codes
            # a name, not the word oblast: perhaps a part of the place named (Київ, Оболонь),
            # or a second place (Kharkiv and Kyiv)
            by_place = clean_query(text).wants != "O"
    named_units, beside_units = beside_units, narrowed(gz, beside_units)
    if not cleaned.name:
        return []
    readings = [cleaned]
    # a Latin word's stray Cyrillic letters read by their shape, and by their sound when a
    # place is so named (Kherсon: Kherson, where the shape gives Khercon; Kуiv: Kyiv)
    sounded = cleaned.sounded
    if sounded and sounded != cleaned.name and gz.index.has_forms(match_key(sounded)):
        readings.append(replace(cleaned, name=sounded))

    # a place called Нове Село (Широкая Гребля too); a name with a word cut (Н. Каховка)
    for others, named_so in (
        (cleaned.fuller_in(gz.first_words), gz.index.has_forms),
        (cleaned.written_out, gz.index.has_forms),  # (В. Новоселка: Великая Новоселка)
        (cut_out(gz.index, cleaned), gz.index.has_forms),  # (Кр. Ріг: Кривий Ріг)
    ):
        named = [(n, w) for n, w in others if named_so(match_key(n))]
        if named and others is cleaned.written_out:  # (М. Воля: Мала or Малнівська Воля)
            named += cut_alike(gz.index, cleaned, named)
        if not named and others is not cleaned.written_out:  # (Хутір Дашківський ... району)
            named = [(n, w) for n, w in others if _named_before_units(gz, cleaned, n, w)]
        if named:
            readings = [replace(cleaned, name=n, wants=w) for n, w in named]
            break
    if beside_units:  # (село Малиновка, Чугуевский район: a selyshche there, the unit's)
        readings = [wish_kept(gz, r, beside_units) for r in readings]
    ranked = _readings(gz, readings, hint_codes, beside_units, allowed)
    ranked = slips_in_oblast(gz, cleaned, hint_codes, ranked)  # Liosve, Lviv oblast: Lisove
    ranked = hinted_slips_unsure(gz, cleaned, hint_codes, ranked)  # Tyschenkivka: Тищенківка
    ranked = other_form_slips_unsure(gz, cleaned, hint_codes, ranked)  # Veele: Вілля, Веселе
    if seats := council_seat(gz, cleaned, ranked, beside_units, hint_codes):
        return seats  # Таранівська сільська рада, Зміївський район: Таранівка
    ranked = in_seat_hromada(gz, cleaned, ranked)  # Гусаровка, Балаклейский р-н
    overruled: list[Scored] = []  #: the name read alone, over the place beside it's oblast
    alone = _readings(gz, readings, (), beside_units, allowed) if by_place else []
    if alone_over_place_hint(cleaned, ranked, alone):  # Chernihiv; Drohobych: the city
        ranked, hint_codes, by_place = alone, (), False
        overruled = [] if cleaned.listed else alone  # (a list's places: several_places)
    yo = cleaned.name.replace("ё", "е").replace("Ё", "Е")
    if yo != cleaned.name and gz.index.has_forms(match_key(yo)):
        # Russian ё as most texts write it, е (Семёновка: Семеновка, thirty villages'
        # Russian name, not only the one GeoNames spells with ё), below its own letters
        ceiling = VARIANT_FLOOR - 1.0  # (below a variant of the letters as written: Сьомаки)
        why = f"read with е for ё ({yo}): at most {ceiling:g}"
        as_ye = _readings(gz, [replace(cleaned, name=yo)], hint_codes, beside_units, allowed)
        ranked = merged(ranked, [s.capped(ceiling, why) for s in as_ye])
    if raions := raions_instead(gz, named_units, beside_units, ranked[0] if ranked else None):
        beside_units = raions
        ranked = _readings(gz, readings, hint_codes, beside_units, allowed)
        if ranked and in_units(gz.entries[ranked[0].position], raions):
            why = "not in the hromada named, but in its raion: the raion counts"
            ranked[0] = ranked[0].capped(ranked[0].score, why)
    if not named_units and cleaned.beside:  # Kamianka, Izium: the town's hromada or raion
        rerank = lambda units: _readings(gz, readings, hint_codes, units, allowed)  # noqa: E731
        ranked = by_town(gz, cleaned, ranked, rerank) or ranked
    reread = lambda names: _readings(gz, names, hint_codes, beside_units, allowed)  # noqa: E731
    ranked = with_declined(gz, cleaned, ranked, hint_codes, beside_units, reread)
    ranked = on_region(gz, cleaned.raw, ranked) or of_kind(gz, cleaned.raw, ranked)
    find = lambda text, hint: candidates(gz, text, hint, allowed)  # noqa: E731
    listed = cleaned.beside and several_places(gz, cleaned, ranked, lambda t: find(t, oblast))
    if listed:  # Харків; Ізюм; Балаклія: the first named first, neither sure
        return own_name_first(listed, lambda p: gz.entries[p].category)
    if (
        (by_place or not hint_codes)  # what is beside it is no oblast's text (Kherson oblast)
        and len(cleaned.beside) == 1
        and ranked
        and ranked[0].score >= CONFIDENT_SCORE
        # nor the raion it lies in (a raion may bear a town's name: Novhorod-Siverskyi)
        and not (beside_units and in_units(gz.entries[ranked[0].position], beside_units))
    ):
        ranked = oblast_first(gz, cleaned, ranked, find) or ranked
    if cleaned.beside and (overruled or not ranked or ranked[0].score < CONFIDENT_SCORE):
        unhinted = _readings(gz, readings, (), (), allowed) if by_place else overruled
        ranked = beside_instead(gz, cleaned, ranked, unhinted, lambda t: find(t, oblast))
    elif by_place and (either := centres_either_way(gz, cleaned, ranked, find)) is not None:
        # Lviv, Mykolaiv: Львів of Mykolaiv oblast, or Миколаїв of Lviv oblast; Poltava,
        # Kharkiv: the village Полтава of Kharkiv oblast, or two cities
        ranked = either or beside_instead(
            gz,
            cleaned,
            unsure(ranked, CENTRES_WHY),
            _readings(gz, readings, (), (), allowed),
            lambda t: find(t, oblast),
        )
    guessed = not ranked or ranked[0].kind == "loose"  # (Kharkiv-Chuhuiv: no Корюківка)
    if guessed and "-" in cleaned.name and (parts := hyphened_pair(gz, cleaned.name)):
        ranked = hyphened_places([find(part, oblast) for part in parts])
    if cleaned.beside and (part := district_of_city(gz, cleaned.beside, ranked, find)):
        ranked = part  # Kyivskyi district, Kharkiv: the district
    elif cleaned.beside and (part := district_named_after(gz, cleaned.name, ranked)):
        ranked = part  # Saltivka, Kharkiv: Saltivskyi district, unsure
    elif named_units and (unit := unit_beside_centre(gz, named_units, ranked)):
        ranked = unit  # Kupianskyi raion, Kharkiv: the raion
    if cleaned.also and ranked and ranked[0].score >= CONFIDENT_SCORE:  # Бахмут та Соледар
        ranked = also_named(gz, ranked, find(cleaned.also, oblast))
    # Lutsk, Kamin-Kashyrskyi, Kolky; Іванівка (Бериславська): in the raion, not the hromada
    ranked = outside_bare_units(gz, ranked, bare_units, cleaned, hint_codes)
    # Khmelnytskyi, Slavuta: the raion's village, or the city of the oblast by its centre
    ranked = centre_or_raion(
        gz, cleaned, ranked, named_units, lambda codes: _readings(gz, readings, codes, (), allowed)
    )
    ranked = unit_against_hint(gz, ranked, cleaned, hint_codes)  # Vuzlove, Radekhivska; Crimea
    return own_name_first(
        ranked, lambda p: gz.entries[p].category, lambda s: russian_of_own(gz.entries, s)
    )


def _named_before_units(gz: Gazetteer, cleaned: CleanQuery, name: str, wants: str) -> bool:
    """Whether a reading of a query names a place once the units after it are split off."""
    head = name
    if gz.oblasts is not None:
        head, _ = split_trailing_hint(gz, replace(cleaned, name=name, wants=wants), ())
        wants = "" if head != name and wants == "O" else wants
    head, _, units = split_trailing_unit(gz, head, wants)
    return bool(units) and gz.index.has_forms(match_key(head))


def _readings(
    gz: Gazetteer,
    readings: list[CleanQuery],
    hint_codes: tuple[str, ...],
    units: tuple[str, ...],
    allowed: frozenset[str],
) -> list[Scored]:
    lists = [_read(gz, r, hint_codes, units, allowed) for r in readings]
    return lists[0] if len(lists) == 1 else merged(*lists)  # Велика or Верхня Слобідка


def _read(
    gz: Gazetteer,
    cleaned: CleanQuery,
    hint_codes: tuple[str, ...],
    units: tuple[str, ...],
    allowed: frozenset[str],
) -> list[Scored]:
    """The ranked candidates of one reading of a cleaned query."""
    regions = gz.oblasts.region_named(cleaned.name) if gz.oblasts is not None else ()
    if not regions and not cleaned.wants and gz.oblasts is not None and "exonyms" in allowed:
        # Volînia, Kárpátalja: no city's. (An exonym: without the exonyms, Romanian
        # Cernăuți, Hungarian Herszon name the city, and no other form of theirs says so.)
        regions = gz.oblasts.foreign_named(cleaned.name)
        if regions and _names_a_place(gz, cleaned, allowed):
            regions = ()  # (Romanian Harkov: the city's name, as the finder reads it)
    hinted = not hint_codes or any(r.iso in hint_codes for r in regions)
    # (Podillia, Voznesenskyi raion: a village, as no oblast of the land holds the raion)
    lands = {r.iso for r in regions}
    hinted = hinted and (not units or any(gz.entry(u).oblast in lands for u in units))
    if regions and not cleaned.wants and hinted:
        as_region = oblast_answer(gz, replace(cleaned, wants="O"))  # Донеччина: the oblast
        if hint_codes:  # Поділля in Khmelnytskyi oblast: of the land's oblasts, the hinted
            as_region = [s for s in as_region if gz.entries[s.position].oblast in hint_codes]
        if as_region and gz.index.has_official(match_key(cleaned.name)):
            # a village may bear the name too (Буковина, Харківщина): where it does, surely,
            # both are given, neither sure, the region first
            own = _read(gz, replace(cleaned, wants="C"), hint_codes, units, allowed)
            # (Zakarpattia, Volyn: the official form met is the oblast's own English name)
            settled = own and gz.entries[own[0].position].category in SETTLEMENT_CATEGORIES
            if settled and own[0].score >= CONFIDENT_SCORE and len(regions) > 1 and hint_codes:
                as_region = []  # Таврія in Zaporizhzhia oblast: a village there, not the land
            elif settled and own[0].score >= CONFIDENT_SCORE and not on_a_land(cleaned.raw):
                why = f"a region's name and a settlement's: at most {UNSURE_CEILING:g}"
                both = (as_region, own)
                return merged(*([s.capped(UNSURE_CEILING, why) for s in part] for part in both))
        if as_region:
            return as_region
    if gz.oblasts is not None and cleaned.wants == "O":
        as_oblast = oblast_answer(gz, cleaned)
        if as_oblast:
            return as_oblast
    name, wants, hint_codes, units = trailing_parts(gz, cleaned, hint_codes, units)
    finder = gz._finder()
    prepared = finder.prepared_of(name, wants, hint_codes, units)
    ranked = finder.candidates(cleaned.raw, prepared, allowed)
    if wants in ("", "M"):  # Kamianets, Bilhorod: a city's name cut (Кам'янець-Подільський)
        ranked = with_short(gz, name, hint_codes, units, ranked, city=wants == "M")
    if wants == "P" and (not ranked or gz.entries[ranked[0].position].category != "P"):
        # 'Beryslav raion': the raion named after its seat, not the seat
        # (not a city's district's hromada, which a district beside a name stands for)
        raion = f"{name} raion"
        exact = units_named(raion, gz.entries, gz.index, typos=False)
        named = exact or units_a_typo_away(raion, gz.entries, gz.index)
        codes = [c for c in named if gz.entry(c).category == "P"]
        if hint_codes:  # Zolochivskyi raion of Kharkiv oblast: before 2020, not Lviv's today
            key = match_key(name)
            codes = (
                _in_oblasts(gz, codes, hint_codes)
                or _in_oblasts(gz, old_raions(gz.entries, key, gz.index), hint_codes)
                # (Zolochiv raion: by its seat's name, the raion that holds the seat today)
                or _in_oblasts(gz, raions_of_seat(gz.entries, key, gz.index), hint_codes)
                or codes  # (none there: the hint's cost tells)
            )
        # (read by a typo, as no raion today or before 2020 is named so: ahead, but unsure)
        raions = raions_by_seat(name, codes, gz.entries, gz._by_code, typo=not exact)
        if raions:  # (not the oblast named like the seat either: Odesa raion)
            others = [s for s in ranked if gz.entries[s.position].category != "O"]
            ranked = merged(others, raions)
    elif wants == "P" and ranked[0].score < CONFIDENT_SCORE:
        # Макаровский район: a raion before 2020 by its seat (Макарів), not a raion today
        # whose name is a typo away (Самарівський)
        old = old_raions(gz.entries, match_key(name), gz.index)
        old = _in_oblasts(gz, old, hint_codes) or old if hint_codes else old
        if old:
            ranked = merged(ranked, raions_by_seat(name, old, gz.entries, gz._by_code))
    elif wants == "H" and (not ranked or gz.entries[ranked[0].position].category != "H"):
        # 'Bakhmut urban hromada': the hromada named after its seat, not the seat
        seats = [s.position for s in ranked if s.score >= CONFIDENT_SCORE]
        hromadas = gz._units_named(f"{name} hromada")
        of_seats = [c for c in hromadas if any(gz.entries[p].hromada_code == c for p in seats)]
        found = raions_by_seat(name, of_seats, gz.entries, gz._by_code, level="hromada")
        if found:
            ranked = merged(ranked, found)
    return ranked


def _names_a_place(gz: Gazetteer, cleaned: CleanQuery, allowed: frozenset[str]) -> bool:
    """Whether the finder reads a name first as a place it is a form of (Polish winnicki:
    Vinnytskyi raion; Romanian Harkov: Kharkiv), or as a city surely by its letters
    (Hmelnîțkîi, 91); not as a guess at a village (Volînia: Volynka, fuzzy, 90)."""
    finder = gz._finder()
    ranked = finder.candidates(cleaned.raw, finder.prepared_of(cleaned.name, "", (), ()), allowed)
    if not ranked:
        return False
    best = ranked[0]
    city = gz.entries[best.position].category in ("M", "K") and best.score >= CONFIDENT_SCORE
    return city or best.kind not in ("fuzzy", "loose")


def _facility_answer(gz: Gazetteer, code: str, plant: str) -> list[Scored]:
    """The settlement a power plant stands in (an island: its hromada's seat), as the one
    candidate: sure, met by the plant's name."""
    i = gz._by_code[code]
    why = f"the {plant} is at {gz.entries[i].name_uk} (where it stands, or its hromada's seat)"
    return [sure_candidate(gz.entries, i, VARIANT_FLOOR + 10.0, why, "facility", plant)]


def _in_oblasts(gz: Gazetteer, codes: Sequence[str], oblasts: Sequence[str]) -> list[str]:
    """The units of ``codes`` that lie in one of ``oblasts``."""
    return [c for c in codes if gz.entries[gz._by_code[c]].oblast in oblasts]
