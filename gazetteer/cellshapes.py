"""Shapes of a whole cell read after its name's own reading (:func:`reading.candidates`).

- a path written with commas (``Kharkiv, Izium, Kamianka``: :mod:`gazetteer.commapath`);
- one place named in both scripts around a hyphen, a slash, brackets or a space
  (``Kiev-Київ``, ``Kiev Київ``):
  when each half read alone answers the same place, surely, the cell is that place, though
  the whole met it only as a double name's halves (and a village Київ besides); two places
  so (``Kharkiv-Київ``, ``Kharkiv Київ``), both, unsure;
- one place in two spellings of one script (``Kyiv Kiev``): the place, when each word
  alone answers it surely;
- a town, then its oblast centre's name (``Pervomaisk Mykolaiv``, ``Izium Kharkiv``): read
  as with a comma between (as ``Kharkiv, Izium`` reads), when that answers a town surely
  (or its namesakes there: ``Myrne Donetsk``), even when the words glued read as one name
  (``Bucha Kyiv``, not Бугаків);
- words that each name a place, read glued as one name (``Dnipro Rudne``: Дніпрорудне):
  that reading, at most unsure;
- a count with words after a name (``Izium 12 shellings``, ``Харків 5 обстрілів``): the
  name's place, when it is read surely and the words after the number read as no place;
- a part in the shape of a bare unit adjective before or after the name that names no
  unit, but a town (``Ternopil, Monastyryska, Vyshnivets``; ``Vyshnivets, Monastyryska``): a
  list of places, perhaps, not a path through the town's hromada; an answer outside the
  town's units is unsure.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from translit import match_key
from translit.lazyre import lazy_compile

from .bareunits import adjective_units, an_oblasts_adjective
from .commapath import comma_path, units_of
from .finder import CONFIDENT_SCORE
from .noise import one_script
from .query import BARE_UNIT, clean_query, unit_level
from .rank import UNSURE_CEILING, Scored, in_units, unsure
from .ties import tied_with_best
from .unitparts import an_oblast_centre

if TYPE_CHECKING:
    from .gazetteer import Gazetteer

Find = Callable[[str], list[Scored]]

#: What parts a name from its other script's form: a hyphen or dash, a slash, a bar, an
#: opening bracket (its closing one ends the text), or only a space (Kiev Київ).
_SCRIPT_CUT = lazy_compile(r"\s*(?:[-–—/|]|\()\s*|\s+")
#: What parts a form's words (its spaces, hyphens and dashes).
_FORM_WORDS = lazy_compile(r"[\s\-–—]+")
#: What parts a cell into a path or a list (commas, semicolons, brackets, slashes, bars).
_PARTED = lazy_compile(r"[,;()/|]")
#: A name, a count, and words after it (Izium 12 shellings, Харків 5 обстрілів).
_COUNTED = lazy_compile(r"^\s*(?P<name>[^\d,;()/|]+?)\s+\d{1,5}\s+(?P<words>[^\d,;()/|]+?)\s*$")


def cell_shapes(gz: Gazetteer, query: str, ranked: list[Scored], find: Find) -> list[Scored]:
    """``ranked``, the candidates of ``query`` read as one name, read again as the shapes of
    a whole cell (see the module docs); ``find``: a text's candidates."""
    if "," in query:
        path = comma_path(gz, query, ranked, find)
        ranked = path if path is not None else ranked
        return _outside_town_beside(gz, query, ranked)
    if ranked and ranked[0].score >= CONFIDENT_SCORE:
        return _glued(query, ranked, find)
    if not query.isascii() and (both := _said_in_both(query, find)) is not None:
        return both
    if (twice := _spelt_twice(gz, query, find)) is not None:
        return twice
    if (placed := _beside_a_centre(query, find)) is not None:
        return placed
    if (counted := _counted(query, find)) is not None:
        return counted
    return ranked


def _said_in_both(query: str, find: Find) -> list[Scored] | None:
    """The candidates of ``query``'s half in Cyrillic when its two halves, in two scripts,
    each answer the same place surely (Kiev-Київ, Kharkov / Харків, Odessa (Одеса)); those of
    the halves with a comma between when they answer two places and a space, a hyphen or a
    slash parts them (Kharkiv Київ, Kharkiv-Київ: more than one name, as Kharkiv, Київ
    reads; no place's name is in two scripts), never sure; else None. A half of a hyphened
    name in one script (Kamianka-Buzka) is never cut off."""
    for cut in _SCRIPT_CUT.finditer(query):
        first, second = query[: cut.start()].strip(), query[cut.end() :].strip()
        if cut.group().strip() == "(":
            if not second.endswith(")"):
                continue
            second = second[:-1].strip()
        scripts = one_script(first), one_script(second)
        if None in scripts or scripts[0] == scripts[1] or _PARTED.search(second):
            continue
        answers = [find(first), find(second)]
        if not all(a and a[0].score >= CONFIDENT_SCORE for a in answers):
            return None
        if answers[0][0].position == answers[1][0].position:
            cyrillic = answers[0] if scripts[1] else answers[1]
            why = f"{first!r} and {second!r} each name it: one place in two scripts"
            return [cyrillic[0].capped(cyrillic[0].score, why), *cyrillic[1:]]
        if cut.group().strip() == "(":
            return None  # (Balakliia (Харків): perhaps where it lies)
        # two places with only a space, a hyphen or a slash between (Kharkiv Київ,
        # Kharkiv-Київ): as with a comma between, but never sure (Bobryk Степанівка: no
        # comma says the second is where the first lies)
        why = f"two places in two scripts, {cut.group().strip() or 'a space'!r} between"
        why += f": at most {UNSURE_CEILING:g}"
        return unsure(find(f"{first}, {second}"), why)
    return None


def _spelt_twice(gz: Gazetteer, query: str, find: Find) -> list[Scored] | None:
    """The candidates of the better of ``query``'s two words when they are two spellings in
    one script, forms of one place, and each answers it surely (Kyiv Kiev, Odesa Odessa: one
    place, not the place and fuzzy guesses for the double name); else None. (The same word
    twice, Kyiv Kyiv, is read as names side by side.)"""
    words = query.split()
    if len(words) != 2 or words[0].lower() == words[1].lower():
        return None
    script = one_script(words[0])
    if script is None or script != one_script(words[1]):
        return None
    keys = [match_key(word) for word in words]
    index = gz.index
    shared = {index.entry_of[p] for p in index.keyed_array(keys[0])}
    if not shared.intersection(index.entry_of[p] for p in index.keyed_array(keys[1])):
        return None  # (no place has both forms: no need to read each word)
    answers = [find(word) for word in words]
    if not all(a and a[0].score >= CONFIDENT_SCORE and not tied_with_best(a) for a in answers):
        return None
    if answers[0][0].position != answers[1][0].position:
        return None
    best = max(answers, key=lambda a: a[0].score)
    why = f"{words[0]!r} and {words[1]!r} each name it: one place in two spellings"
    return [best[0].capped(best[0].score, why), *best[1:]]


def _beside_a_centre(query: str, find: Find) -> list[Scored] | None:
    """The candidates of ``query`` read with a comma before its last word when that word
    is an oblast centre's name and the words before it a town (Pervomaisk Mykolaiv: the
    Pervomaisk of Mykolaiv oblast, as Pervomaisk, Mykolaiv and Mykolaiv, Pervomaisk read)
    that the reading answers with a sure score, alone or tied with namesakes there (Myrne
    Donetsk: the Myrnes of Donetsk oblast); else None."""
    if _PARTED.search(query):
        return None
    halves = query.split()
    if len(halves) < 2 or not an_oblast_centre(halves[-1]) or an_oblast_centre(halves[-2]):
        return None
    first, second = " ".join(halves[:-1]), halves[-1]
    found = find(f"{first}, {second}")
    if not found or found[0].score < CONFIDENT_SCORE:
        return None  # (tied, the namesakes there: Myrne Donetsk, as Myrne, Donetsk reads)
    centre = find(second)
    if centre and centre[0].position == found[0].position:
        return None  # (the centre itself: no town before it was read)
    why = f"a town and then the name of its oblast's centre ({second!r})"
    return [found[0].capped(found[0].score, why), *found[1:]]


def _glued(query: str, ranked: list[Scored], find: Find) -> list[Scored]:
    """``ranked``, whose best is sure, read again when it met the words of ``query`` glued
    into one (Bucha Kyiv as Бугаків, Siversk Donetsk as Сіверськодонецьк): a town then its
    oblast centre's name, the town there (:func:`_beside_a_centre`); words that each name a
    place surely, more than one place perhaps, the glued reading at most
    :data:`UNSURE_CEILING`; else ``ranked``."""
    words = query.split()
    if len(words) < 2 or _PARTED.search(query):
        return ranked
    form = ranked[0].form_text.strip()
    if len(_FORM_WORDS.split(form)) >= len(words):
        return ranked  # (its form has as many words: not glued)
    if len(match_key(form)) < 0.8 * len(match_key("".join(words))):
        return ranked  # (met by a part: Bakhmut urban hromada, its hromada)
    if (placed := _beside_a_centre(query, find)) is not None:
        return placed
    for word in words:
        found = find(word)
        if not found or found[0].score < CONFIDENT_SCORE:
            return ranked  # (Novo Petrivka: a name written apart)
    why = f"the words of {query!r} each name a place, read glued: at most {UNSURE_CEILING:g}"
    return unsure(ranked, why)


def _counted(query: str, find: Find) -> list[Scored] | None:
    """The candidates of the name before a count and words (Izium 12 shellings) when the
    name reads surely, unlike any other, and the words read as no place; else None."""
    counted = _COUNTED.match(query)
    if counted is None or not any(c.isalpha() for c in counted["words"]):
        return None
    found = find(counted["name"])
    if not found or found[0].score < CONFIDENT_SCORE or tied_with_best(found):
        return None
    words = find(counted["words"])
    if words and words[0].score >= CONFIDENT_SCORE:
        return None  # (Izium 3 Balakliia: a second place)
    why = f"a count and words after the name ({query[counted.end('name') :].strip()!r})"
    return [found[0].capped(found[0].score, why), *found[1:]]


def _outside_town_beside(gz: Gazetteer, query: str, ranked: list[Scored]) -> list[Scored]:
    """``ranked`` unsure when a part beside the name, before or after it, in the shape of a
    bare unit adjective (Monastyryska), names no unit and the best lies outside the units of
    the town it names (Ternopil, Monastyryska, Vyshnivets; Vyshnivets, Monastyryska: more
    than one place, perhaps)."""
    if not ranked or ranked[0].score <= UNSURE_CEILING or gz.oblasts is None:
        return ranked
    parts = [part.strip() for part in query.split(",")]
    name = clean_query(query).name
    if clean_query(parts[-1]).name == name:
        others, after = parts[:-1], False
    elif clean_query(parts[0]).name == name:
        others, after = parts[1:], True
    else:
        return ranked
    best = gz.entries[ranked[0].position]
    own = {match_key(best.name), match_key(best.name_uk)}
    for part in others:  # (the place itself may be so called: Вілька-Садівська, Волинь)
        if match_key(clean_query(part).name) in own or not _bare_not_a_unit(gz, part):
            continue
        if in_units(best, adjective_units(gz, part, name)):  # Tavriiska, Liubymivka: its hromada
            continue
        units = units_of(gz, part, best.oblast)
        if units and (best.code in units or in_units(best, units)):
            continue
        if after and not units:  # (Vyshnivets, Kremenetska: perhaps its hromada's name, as a
            continue  # table gives a place's unit after it; a town names its units)
        why = f"{part!r} names no unit, but a place: at most {UNSURE_CEILING:g}"
        return unsure(ranked, why)
    return ranked


def _bare_not_a_unit(gz: Gazetteer, part: str) -> bool:
    """Whether ``part`` is one word in the shape of a bare unit adjective (in -ska, -skyi)
    that names no raion or hromada, nor an oblast by its adjective or its centre."""
    if " " in part or not BARE_UNIT.search(part) or unit_level(part) or an_oblast_centre(part):
        return False
    return not gz._units_named(part) and not an_oblasts_adjective(gz, part)
