"""The query path of a gazetteer from the raw text to its ranked candidates.

The raw text is cleaned (:mod:`gazetteer.query`); what stands beside the name becomes an
oblast hint or the raions and hromadas it names (:mod:`gazetteer.beside`); the name is
read in each of its readings (Нове Село, Н. Каховка) by the finder; and when the text
beside the name left no answer, the name is read without the hint, or the place beside it
answers. :class:`~gazetteer.gazetteer.Gazetteer` calls :func:`candidates`.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from translit import detect, is_pinyin, match_key

from .beside import HROMADA_WORDS, RAION_WORDS, place_beside, raions_by_seat
from .codes import by_code
from .declension import after_preposition, nominatives
from .directions import direction_town
from .finder import CONFIDENT_SCORE, DEFAULT_MIN_SCORE, merged
from .index import NameForm
from .model import MatchKind
from .oblasts import enclosing_pair
from .query import CleanQuery, clean_query
from .rank import (
    ADMIN_CATEGORIES,
    SETTLEMENT_CATEGORIES,
    UNSURE_CEILING,
    Prepared,
    Scored,
    is_cyrillic,
    own_name_first,
)
from .words import FILLER_WORDS, LEVEL_WORDS, NEAR_WORDS

if TYPE_CHECKING:
    from .gazetteer import Gazetteer


def candidates(
    gz: Gazetteer, query: str, oblast: str | None, allowed: frozenset[str]
) -> list[Scored]:
    """The ranked candidates of ``query`` in ``gz``, best first (``oblast``: the caller's
    hint; ``allowed``: the name sources)."""
    coded = by_code(gz, query)  # UA65020150020078280, or OCHA's UA6502015002
    if coded is not None:
        return coded
    cleaned = clean_query(query)
    if gz.oblasts is not None:  # на Покровському напрямку: the town, not Покровське
        town = direction_town(gz, query, cleaned.name)
        if town is not None:
            return town
    hint_codes = gz.hint_oblasts(oblast) if oblast else ()
    beside_units: tuple[str, ...] = ()
    by_place = False  #: the hint is read off a name beside the name, not an oblast so called
    for text in (part for beside in cleaned.beside for part in _level_parts(beside)):
        units = gz._units_named(text)  # "Beryslav raion" names a raion, not an oblast
        if units:
            beside_units += units
            continue
        beside_units += _raion_near(gz, text)  # (northwest of Bakhmut): Bakhmut's raion
        codes = gz.hint_oblasts(text)
        if codes and not hint_codes:
            hint_codes = codes
            # a name, not the word oblast: perhaps a part of the place named (Київ, Оболонь),
            # or a second place (Kharkiv and Kyiv)
            by_place = clean_query(text).wants != "O"
    beside_units = _narrowed(gz, beside_units)
    if not cleaned.name:
        return []
    readings = [cleaned]
    # a Latin word's stray Cyrillic letters read by their shape, and by their sound when a
    # place is so named (Kherсon: Kherson, where the shape gives Khercon; Kуiv: Kyiv)
    sounded = cleaned.sounded
    if sounded and sounded != cleaned.name and gz.index.has_forms(match_key(sounded)):
        readings.append(replace(cleaned, name=sounded))
    # a place called Нове Село (or Широкая Гребля, the Russian form of Широка Гребля);
    # an official name read from an abbreviation (Н. Каховка)
    for others, named_so in (
        (cleaned.fuller, gz.index.has_forms),
        (cleaned.written_out, gz.index.has_official),
    ):
        named = [(n, w) for n, w in others if named_so(match_key(n))]
        if named:
            readings = [replace(cleaned, name=n, wants=w) for n, w in named]
            break
    ranked = _readings(gz, readings, hint_codes, beside_units, allowed)
    ranked = _with_declined(gz, cleaned, ranked, hint_codes, beside_units, allowed)
    if cleaned.beside and (not ranked or ranked[0].score < CONFIDENT_SCORE):
        ranked = _beside_instead(gz, cleaned, readings, ranked, by_place, oblast, allowed)
    if not ranked and "-" in cleaned.name:
        ranked = _hyphened_pair(gz, cleaned.name, oblast, allowed)
    return own_name_first(ranked, lambda p: gz.entries[p].category)


def _hyphened_pair(
    gz: Gazetteer, name: str, oblast: str | None, allowed: frozenset[str]
) -> list[Scored]:
    """Two places joined by a hyphen that no place is called (``Pokrovsk-Myrnohrad``, an
    agglomeration): each one's answer, neither sure; [] when it is not two names."""
    parts = name.split("-")
    if len(parts) != 2 or not all(len(p) >= 3 and bears_name(gz, p) for p in parts):
        return []
    why = f"one of two places joined by a hyphen: at most {UNSURE_CEILING:g}"
    pair = []
    for order, part in enumerate(parts):
        for s in candidates(gz, part, oblast, allowed)[:1]:
            s = s.capped(UNSURE_CEILING, why)
            s.rank -= HYPHEN_ORDER_COST * order  # the one named first, first
            pair.append(s)
    return merged(pair)


#: How much lower the second of two places joined by a hyphen ranks than the first.
HYPHEN_ORDER_COST = 10.0


def _narrowed(gz: Gazetteer, units: tuple[str, ...]) -> tuple[str, ...]:
    """Raions and hromadas named beside a name, read together: the hromadas that lie in a
    raion named, else the raions alone (a village council's name, Кам'янська сільська рада,
    met hromadas of its name elsewhere)."""
    entries, by_code = gz.entries, gz._by_code
    raions = [u for u in units if u in by_code and entries[by_code[u]].category == "P"]
    hromadas = [u for u in units if u not in raions]
    if not raions or not hromadas:
        return units
    inside = [h for h in hromadas if h in by_code and entries[by_code[h]].raion_code in raions]
    return tuple(inside or raions)


def _level_parts(text: str) -> list[str]:
    """A text beside a name cut after each level word inside it: ``Белозерский район
    Херсонской области`` names a raion and an oblast."""
    words = text.split(" ")
    parts, start = [], 0
    for i, word in enumerate(words[:-1]):
        if word.lower().rstrip(".,") in LEVEL_WORDS and i > start:
            parts.append(" ".join(words[start : i + 1]))
            start = i + 1
    parts.append(" ".join(words[start:]))
    return [part for part in parts if part]


def bears_name(gz: Gazetteer, name: str) -> bool:
    """Whether a place's name has the key of ``name``, or a region goes by it (Донеччина)."""
    if gz.index.has_forms(match_key(name)):
        return True
    return gz.oblasts is not None and bool(gz.oblasts.region_named(name))


def _with_declined(
    gz: Gazetteer,
    cleaned: CleanQuery,
    ranked: list[Scored],
    hint_codes: tuple[str, ...],
    units: tuple[str, ...],
    allowed: frozenset[str],
) -> list[Scored]:
    """``ranked`` with the readings of the name in the nominative (у Бахмуті, Новій
    Каховці, Луцька), when its own reading is not sure or a preposition declines it (в
    Харькове: Харків, not the village Харкове; біля Донецька: the city before the oblast
    called Донецька)."""
    governed = after_preposition(cleaned.raw)
    unit_for_town = (
        governed
        and bool(ranked)
        and cleaned.wants not in ADMIN_CATEGORIES
        and gz.entries[ranked[0].position].category in ADMIN_CATEGORIES
    )
    if ranked and ranked[0].score >= CONFIDENT_SCORE and not governed:
        return ranked
    declined = [n for n in nominatives(cleaned.name) if bears_name(gz, n)]
    if not declined:
        return ranked
    nominative = [replace(cleaned, name=n) for n in declined]
    found = _readings(gz, nominative, hint_codes, units, allowed)
    if not governed:  # an ending alone may be a slip of the pen
        why = f"read as declined ({', '.join(declined[:3])}): at most {UNSURE_CEILING:g}"
        found = [s.capped(UNSURE_CEILING, why) for s in found]
    towns = [s for s in found if gz.entries[s.position].category not in ADMIN_CATEGORIES]
    if unit_for_town and towns:
        return towns + [s for s in merged(ranked, found) if s not in towns]
    return merged(ranked, found)


def _beside_instead(
    gz: Gazetteer,
    cleaned: CleanQuery,
    readings: list[CleanQuery],
    ranked: list[Scored],
    by_place: bool,
    oblast: str | None,
    allowed: frozenset[str],
) -> list[Scored]:
    """What a name the text beside it left unsure (``ranked``) comes to:

    - read without the hint a name beside it gave, when that is sure ('Київ, Оболонь':
      Оболонь is a part of Kyiv, and a village of Poltava oblast; 'Kharkiv and Kyiv');
    - a typo reading, with the place beside it ('Saltivka, Kharkiv', a part of the city);
    - else the settlement it reads as without the hint ('Велика (Нова) Мощаниця');
    - else the place beside it, unsure ('Pivdenna bay, Sevastopol').
    """
    unhinted = _readings(gz, readings, (), (), allowed) if by_place else []
    readable = (  # the name itself, not a typo or a consonant reading of another
        bool(unhinted)
        and unhinted[0].kind not in ("fuzzy", "loose")
        and gz.entries[unhinted[0].position].category in SETTLEMENT_CATEGORIES
    )
    if readable and unhinted[0].score >= CONFIDENT_SCORE:
        return unhinted
    found = lambda text: candidates(gz, text, oblast, allowed)  # noqa: E731
    if ranked and ranked[0].score >= DEFAULT_MIN_SCORE:
        if ranked[0].kind != "fuzzy":
            return ranked
        return merged(ranked, place_beside(cleaned.beside, found, gz.entries, CONFIDENT_SCORE))
    if readable and unhinted[0].score >= DEFAULT_MIN_SCORE:
        return unhinted
    return place_beside(cleaned.beside, found, gz.entries, CONFIDENT_SCORE) or unhinted or ranked


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
    hinted = not hint_codes or any(r.iso in hint_codes for r in regions)
    if regions and not cleaned.wants and hinted:
        as_region = _oblast_answer(gz, replace(cleaned, wants="O"))  # Донеччина: the oblast
        if as_region and gz.index.has_official(match_key(cleaned.name)):
            # a village may bear the name too (Буковина, Харківщина): where it does, surely,
            # both are given, neither sure, the region first
            own = _read(gz, replace(cleaned, wants="C"), hint_codes, units, allowed)
            if own and own[0].score >= CONFIDENT_SCORE:
                why = f"a region's name and a settlement's: at most {UNSURE_CEILING:g}"
                both = (as_region, own)
                return merged(*([s.capped(UNSURE_CEILING, why) for s in part] for part in both))
        if as_region:
            return as_region
    if gz.oblasts is not None and cleaned.wants == "O":
        as_oblast = _oblast_answer(gz, cleaned)
        if as_oblast:
            return as_oblast
    name, wants = cleaned.name, cleaned.wants
    if gz.oblasts is not None and not hint_codes:
        name, hint_codes = _split_trailing_hint(gz, cleaned, hint_codes)
        if name != cleaned.name and wants == "O":
            wants = ""
    if not units:
        name, wants, units = _split_trailing_unit(gz, name, wants)
    prepared = Prepared.of(
        name, wants=wants, hint=hint_codes, units=units, foreign=_foreign_script(name)
    )
    ranked = gz._finder().candidates(cleaned.raw, prepared, allowed)
    if wants == "P" and (not ranked or gz.entries[ranked[0].position].category != "P"):
        # 'Beryslav raion': the raion named after its seat, not the seat
        raions = raions_by_seat(name, gz._units_named(f"{name} raion"), gz.entries, gz._by_code)
        if raions:  # (not the oblast named like the seat either: Odesa raion)
            others = [s for s in ranked if gz.entries[s.position].category != "O"]
            ranked = merged(others, raions)
    return ranked


def _oblast_answer(gz: Gazetteer, cleaned: CleanQuery) -> list[Scored]:
    assert gz.oblasts is not None
    reading = gz.oblasts.parse(f"{cleaned.name} oblast")
    if reading is None or reading.score < 90:
        return []
    answers = []
    first = reading.oblasts[0].prefix
    for rank, unit in enumerate(reading.oblasts):
        i = gz._by_code[unit.code]
        form = NameForm(i, unit.name, "official")
        # a special city and the unit around it (Kyiv): the one the text names first; other
        # units read alike (Донбас: Donetsk and Luhansk) stand even
        paired = rank and enclosing_pair(first, unit.prefix)
        score = reading.score - (3.0 if paired else 0.0)
        why = (f"oblast text read as {unit.name} ({unit.iso}), {reading.score:.0f}% alike",)
        kind: MatchKind = "exact" if reading.score >= 100 else "variant"
        answers.append(Scored(i, round(score, 2), score + 10, 0.0, kind, form, why))
    return answers


def _split_trailing_hint(
    gz: Gazetteer, cleaned: CleanQuery, hint: tuple[str, ...]
) -> tuple[str, tuple[str, ...]]:
    """``Lyman Donetsk oblast`` -> (``Lyman``, Donetsk): a trailing oblast without a comma."""
    words = cleaned.name.split(" ")
    if len(words) < 2 or cleaned.wants != "O":
        return cleaned.name, hint
    assert gz.oblasts is not None
    for cut in range(len(words) - 1, 0, -1):
        reading = gz.oblasts.parse(" ".join(words[cut:]) + " oblast", min_score=88)
        if reading is not None:
            kept = words[:cut]
            while len(kept) > 1 and kept[-1].lower() in FILLER_WORDS:  # Robotyne in
                kept.pop()
            return " ".join(kept), tuple(o.iso for o in reading.oblasts)
    return cleaned.name, hint


#: The adjective a raion or hromada is named by, in any case (Ізюмського, Изюмский, Iziumskyi).
_UNIT_ADJECTIVE = re.compile(
    r"(?:[сцз]ь?к(?:ий|ого|ому|ім|ом|ая|ої|ой))$|(?:[stz]k(?:yi|yy|iy|ii|ij|y|oho|ogo|a))$",
    re.IGNORECASE,
)


#: A level word in the genitive, to decline an adjective before it.
_GENITIVE = {"P": "району", "H": "громади"}
#: Words of a hromada's kind between its name and the level word (Бериславської міської
#: територіальної громади).
_HROMADA_KINDS = frozenset({
    "міської", "сільської", "селищної", "територіальної", "міська", "сільська", "селищна",
    "територіальна", "городской", "сельской", "поселковой", "территориальной", "urban",
    "rural", "settlement", "territorial", "city", "village",
})  # fmt: skip


def _split_trailing_unit(gz: Gazetteer, name: str, wants: str) -> tuple[str, str, tuple[str, ...]]:
    """``Кам'янка Ізюмського району`` -> (``Кам'янка``, "", Izium raion): a trailing raion
    or hromada without a comma, its adjective in any case, perhaps after another (Любимівка
    Таврійської громади Каховського району: the hromada, inside the raion). Else ``name``
    and ``wants`` as they are, and no units."""
    words = name.split(" ")
    level, last = wants, words[-1].lower().rstrip(".")
    if not wants and last in RAION_WORDS | HROMADA_WORDS:
        level = "P" if last in RAION_WORDS else "H"
        words = words[:-1]
    while level == "H" and len(words) > 2 and words[-1].lower() in _HROMADA_KINDS:
        words = words[:-1]
    if level not in ("P", "H") or len(words) < 2 or not _UNIT_ADJECTIVE.search(words[-1]):
        return name, wants, ()
    level_word = "raion" if level == "P" else "hromada"
    if gz._units_named(f"{' '.join(words)} {level_word}"):
        return name, wants, ()  # the whole is a unit's name (Velyka Novosilka hromada)
    for size in (1, 2):
        head, tail = " ".join(words[:-size]), " ".join(words[-size:])
        # the adjective read as such (before a level word in the genitive): Таврійської
        declined = (r.rsplit(" ", 1)[0] for r in nominatives(f"{tail} {_GENITIVE[level]}"))
        units = next(
            (found for form in dict.fromkeys((tail, *declined))
             if (found := gz._units_named(f"{form} {level_word}"))),
            (),
        )  # fmt: skip
        if not units or not head:
            continue
        inner, _, inner_units = _split_trailing_unit(gz, head, "")
        inside = tuple(u for u in inner_units if any(u.startswith(o[:6]) for o in units))
        if inside:
            return inner, "", inside
        if any(gz.index.has_forms(match_key(h)) for h in (head, clean_query(head).name)):
            return head, "", units  # (Старий Міст: a bridge's word, yet a village's name)
    return name, wants, ()


def _raion_near(gz: Gazetteer, text: str) -> tuple[str, ...]:
    """The raion of the settlement a text puts the place near (``northwest of Bakhmut``,
    ``біля Херсона``), when it names one surely; else ()."""
    words = {w.lower() for w in text.split()}
    if not words & NEAR_WORDS:
        return ()
    found = gz.resolve(text, explain=False)
    best = found.best
    if found.status != "matched" or best is None:
        return ()
    if best.entry.category not in SETTLEMENT_CATEGORIES:
        return ()
    return (best.entry.raion_code,) if best.entry.raion_code else ()


def _foreign_script(text: str) -> bool:
    """Whether ``text`` is written in a script other than Latin and Cyrillic, or in the
    pinyin of a Chinese name (``sa ji``: its letters are not a Ukrainian spelling)."""
    if text.isascii():
        return is_pinyin(text)
    if is_cyrillic(text):
        return False
    return detect(text).script not in ("Latin", "Mixed", "Unknown")
