"""An oblast a query names by its words: the oblast as the answer (``Kherson oblast``,
``Донеччина``, ``АРК``), and an oblast trailing a name without a comma (``Lyman Donetsk
oblast``; ``Kamianka Kharkivska``, two cells joined), which is the name's hint.
:mod:`gazetteer.reading` asks both of each reading of a query.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from translit import match_key

from .beside import COUNCIL_WORDS, FEMININE_KEY
from .finder import DEFAULT_MIN_SCORE
from .index import NameForm, chosen_sources
from .model import MatchKind
from .oblasts import OblastReading, enclosing_pair
from .query import CleanQuery, clean_query
from .rank import SOURCE_COST, Prepared, Scored
from .trailing import split_trailing_unit
from .words import FILLER_WORDS

if TYPE_CHECKING:
    from .gazetteer import Gazetteer


def oblast_answer(gz: Gazetteer, cleaned: CleanQuery) -> list[Scored]:
    """The oblasts the name of ``cleaned`` reads as with the word oblast after it, or a
    region goes by (АРК), each a candidate; [] when none reads so at 90 or more."""
    assert gz.oblasts is not None
    reading = gz.oblasts.parse(f"{cleaned.name} oblast")
    if reading is None and (named := gz.oblasts.region_named(cleaned.name)):
        reading = OblastReading(named, 100.0, False)  # АРК: no oblast's words, a region's
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
        alike, cost = reading.score, SOURCE_COST["exonyms"]
        why: tuple[str, ...] = (
            f"oblast text read as {unit.name} ({unit.iso}), {alike:.0f}% alike",
        )
        kind: MatchKind = "exact" if alike >= 100 else "variant"
        if unit.prefix in reading.exonym:  # (Volînia, Kárpátalja megye: as a city's exonym)
            if (own := reading.exonym[unit.prefix]) >= alike - cost:
                alike, kind = own, "exact" if own >= 100 else "variant"  # (Kharkov: 99)
                why = (f"oblast text read as {unit.name} ({unit.iso}), {alike:.0f}% alike",)
            else:
                alike, kind = alike - cost, "exonym"
                why = (*why, f"its name in another language (ISO 3166-2): -{cost:g}")
        score = alike - (3.0 if paired else 0.0)
        answers.append(Scored(i, round(score, 2), score + 10, 0.0, kind, form, why))
    return answers


def _names_a_place(gz: Gazetteer, text: str) -> bool:
    """Whether ``text`` is a place's name, or one followed by its raion's (Kamianka
    Iziumskyi)."""
    if gz.index.has_forms(match_key(text)):
        return True
    head, _, units = split_trailing_unit(gz, text, "")
    return bool(units) and gz.index.has_forms(match_key(head))


def _misspelt_there(gz: Gazetteer, head: str, whole: str, oblasts: tuple[str, ...]) -> bool:
    """Whether ``head`` reads by a typo as a place of ``oblasts`` (``Білявка``: Біляївка of
    Odesa oblast) better than the ``whole`` text reads as one name (a two-word name
    misspelt, ``Станиця Лугансська``, stays whole)."""
    finder, allowed = gz._finder(), chosen_sources(None)
    there = [
        s
        for s in finder.forms(Prepared.of(head, hint=oblasts), allowed)
        if gz.entries[s.position].oblast in oblasts
    ]
    if not there or there[0].score < DEFAULT_MIN_SCORE:
        return False
    whole_read = finder.forms(Prepared.of(whole), allowed)
    return not whole_read or whole_read[0].score < there[0].score


def split_trailing_hint(
    gz: Gazetteer, cleaned: CleanQuery, hint: tuple[str, ...]
) -> tuple[str, tuple[str, ...]]:
    """``Lyman Donetsk oblast`` -> (``Lyman``, Donetsk): a trailing oblast without a comma;
    also by its bare adjective, when the whole is no place's name (``Kamianka Kharkivska``,
    two cells joined), and the name before it a place's or, misspelt, one of that oblast's
    (``Bilyavka Odeska``: Biliaivka)."""
    words = cleaned.name.split(" ")
    if len(words) < 2:
        return cleaned.name, hint
    if gz.oblasts is not None and (abbreviated := gz.oblasts.abbreviated(words[-1])):
        # (Донецк ДНР, Yasynuvata DNR, Джанкой АРК: as Russian reports write them)
        head, isos = " ".join(words[:-1]), tuple(o.iso for o in abbreviated)
        if _names_a_place(gz, head) or _misspelt_there(gz, head, cleaned.name, isos):
            return head, isos
    if cleaned.wants != "O":
        # an oblast's adjective, as a column of them gives it (Kharkivska, Харьковская)
        if not FEMININE_KEY.search(match_key(words[-1])) or gz.oblasts is None:
            return cleaned.name, hint
        bare = gz.oblasts.parse(words[-1])
        if bare is None or bare.score < 100 or gz.index.has_forms(match_key(cleaned.name)):
            return cleaned.name, hint
        head, isos = " ".join(words[:-1]), tuple(o.iso for o in bare.oblasts)
        if not _names_a_place(gz, head) and not _misspelt_there(gz, head, cleaned.name, isos):
            return cleaned.name, hint
        return head, isos
    assert gz.oblasts is not None
    for cut in range(len(words) - 1, 0, -1):
        text = " ".join(words[cut:])  # (with its dot, as an abbreviation: Изюм Харьк. обл.)
        text += "." if f"{text}." in cleaned.raw else ""
        reading = gz.oblasts.parse(text + " oblast", min_score=88)
        if reading is not None:
            kept = words[:cut]
            while len(kept) > 1 and kept[-1].lower() in FILLER_WORDS:  # Robotyne in
                kept.pop()
            return " ".join(kept), tuple(o.iso for o in reading.oblasts)
    return cleaned.name, hint


#: Level words in the nominative: a unit's own name before an oblast (Бучанський район
#: Київської області), where a declined one is the unit a place lies in (Хмельницького району).
_NOMINATIVE_LEVELS = frozenset({
    "район", "р-н", "raion", "rayon", "district", "громада", "тг", "отг", "hromada",
    "community",
})  # fmt: skip


def trailing_parts(
    gz: Gazetteer, cleaned: CleanQuery, hint: tuple[str, ...], units: tuple[str, ...]
) -> tuple[str, str, tuple[str, ...], tuple[str, ...]]:
    """A reading's name with what trails it without a comma split off: an oblast
    (:func:`split_trailing_hint`, when ``hint`` is empty), then a raion or hromada
    (:func:`~gazetteer.trailing.split_trailing_unit`, when ``units`` is): the name, the
    category it asks for, the oblasts and the units it is read in. (The last answer is
    kept: a value's reading asks it, then its region, :func:`trailing_region`, the same.)"""
    last = _LAST[0]
    if last[1] is cleaned and last[0] is gz and last[2] == hint and last[3] == units:
        return last[4]
    found = _trailing_parts(gz, cleaned, hint, units)
    _LAST[0] = (gz, cleaned, hint, units, found)  # (held: no other object takes their ids)
    return found


_Parts = tuple[str, str, tuple[str, ...], tuple[str, ...]]
_LAST: list[tuple[object, object, tuple[str, ...], tuple[str, ...], _Parts]] = [
    (None, None, (), (), ("", "", (), ()))
]


def _trailing_parts(
    gz: Gazetteer, cleaned: CleanQuery, hint: tuple[str, ...], units: tuple[str, ...]
) -> _Parts:
    name, wants = cleaned.name, cleaned.wants
    if gz.oblasts is not None and not hint:
        name, hint = split_trailing_hint(gz, cleaned, hint)
        if name != cleaned.name and wants == "O":  # what the oblast's words left
            wants = ""
            if name.rsplit(" ", 1)[-1].lower() in _NOMINATIVE_LEVELS | COUNCIL_WORDS:
                # (Бучанський район Київської області: a raion; Гусятинська селищна рада
                # Тернопільської області: the council, read as without the oblast)
                again = clean_query(name)
                name, wants = again.name or name, again.wants
    if not units:
        name, wants, units = split_trailing_unit(gz, name, wants)
    return name, wants, hint, units


def trailing_region(gz: Gazetteer, query: str) -> tuple[str, ...]:
    """The oblasts an oblast or unit trailing the name without a comma puts it in, as the
    reading took them (``Lyman Donetsk oblast``, ``Kamianka Kharkivska``, ``Кам'янка
    Ізюмського району``): those the oblast's words name, else those of the units; () when
    nothing trails the name, or the text reads as an oblast itself (``Kharkiv oblast``; but
    ``Kharkiv Sumy oblast`` is Kharkiv in Sumy oblast, no ending of Kharkiv's)."""
    cleaned = clean_query(query)
    if gz.oblasts is None or not cleaned.name:
        return ()
    for n, w in ((cleaned.name, cleaned.wants), *cleaned.fuller_in(gz.first_words)):
        # (the first is the query as cleaned: no copy of it made, a value's ~4 us)
        same = n == cleaned.name and w == cleaned.wants
        reading = cleaned if same else replace(cleaned, name=n, wants=w)
        if w == "O" and oblast_answer(gz, reading):
            continue
        name, _, oblasts, units = trailing_parts(gz, reading, (), ())
        if name == n:
            continue
        return oblasts or tuple(dict.fromkeys(gz.entry(u).oblast for u in units))
    return ()


def declined_head(
    gz: Gazetteer, cleaned: CleanQuery, hint: tuple[str, ...], units: tuple[str, ...]
) -> tuple[str, str, str]:
    """The name a preposition may have declined, the text trailing it without a comma (an
    oblast or raion: ``в Богодухове Харьковской области``: ``Богодухове``, `` Харьковской``),
    and the category the name alone asks for; the whole name and "" when nothing trails."""
    name, wants, _, found = trailing_parts(gz, cleaned, hint, units)
    if not found and not units:  # (возле Чугуева Чугуевского района Харьковской области)
        name, wants, _ = split_trailing_unit(gz, name, wants, inflected=True)
    if name == cleaned.name or not cleaned.name.startswith(name + " "):
        return cleaned.name, "", cleaned.wants
    return name, cleaned.name[len(name) :], wants
