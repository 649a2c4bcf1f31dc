"""A place named inside a longer text that names no place as a whole.

``downtown Kharkiv``, ``Kyiv centre``, ``Großraum Charkiw``, ``okolice Lwowa``: the cell is
no place's name, nor a name and a word the query cleaner knows (``Kharkiv airport``, ``м.
Харків``), so it matches nothing, or only a loose guess by its consonants. Read as running
text (:func:`gazetteer.extract.find_places`), it names Kharkiv, Kyiv, Lviv. Such a place is
the answer, unsure: kind ``beside``, at most :data:`~gazetteer.rank.UNSURE_CEILING`, as for a
place named beside a name that is none (``Pivdenna bay, Sevastopol``), for the other words
may change what is meant (``Little Odessa``).
"""

from __future__ import annotations

import threading
from collections.abc import Iterable
from dataclasses import replace
from typing import TYPE_CHECKING

from translit.lazyre import lazy_compile

from .model import Match, Resolution, derived, entry_fields
from .noplace import a_street, names_a_feature
from .rank import CITY_CATEGORIES, UNSURE_CEILING
from .words import LEVEL_WORDS, PLACE_WORDS

if TYPE_CHECKING:
    from .gazetteer import Gazetteer

_WORD = lazy_compile(r"[^\W\d_]+")
_PARTED = lazy_compile(r"[,;|/()\[\]]")
_AROUND = ".,:;!?\"'«»“”"  #: around a word in a text of a few, but no part of it
#: Texts of this many words at most are read so: a longer one is a sentence, whose places
#: ``find_places`` is the tool for.
MAX_WORDS = 6
MAX_TEXT = 120  #: ...and this many characters at most (a cell of junk is no text)
_calls = threading.local()  #: how deep in resolutions this thread is


class nested:  # (lower case: used as the function it was, ``with nested() as outermost``)
    """A resolution's span, saying whether it is the outermost: the query path resolves
    parts of a query (a text beside the name, a name alone) and :func:`named_inside` reads
    its words; those inner resolutions keep what they say as a whole. (A class, not a
    generator's context manager: every resolution enters one, and this costs a third.)"""

    __slots__ = ("depth",)

    def __enter__(self) -> bool:
        self.depth = depth = getattr(_calls, "depth", 0)
        _calls.depth = depth + 1
        return depth == 0

    def __exit__(self, *exc: object) -> None:
        _calls.depth = self.depth


def worth_reading(res: Resolution, threshold: float) -> bool:
    """Whether ``res`` leaves its text to be read for a place inside it: nothing reached
    ``threshold`` (not a place the text puts abroad: ``Odessa, US``), or only a loose guess
    by consonants; and the text has no parts (commas, brackets: the query path reads a
    place beside a name that is none, ``Pivdenna bay, Sevastopol``), nor a water's or an
    island's name."""
    if res.status == "unmatched":
        weak = not res.candidates or res.candidates[0].score < threshold
    else:  # (a typo's reading of a few words: only cities' names, each whole, replace it)
        weak = res.best is not None and (
            res.best.kind == "loose" or (_typo_of_words(res) and " " in res.query.strip())
        )
    # (the text is read only then: most values are matched, and this is asked of each)
    if not weak or len(res.query) > MAX_TEXT or _PARTED.search(res.query):
        return False
    return not names_a_feature(res.query)  # (Dnipro river is no place of Dnipro)


def _typo_of_words(res: Resolution) -> bool:
    """Whether ``res`` is an unsure reading of its text as a typo (Kyiv Lviv: Kyiliv, 82)."""
    return res.status == "ambiguous" and res.best is not None and res.best.kind == "fuzzy"


def named_inside(
    gz: Gazetteer,
    res: Resolution,
    oblast: str,
    allowed: frozenset[str],
    threshold: float,
    explain: bool,
) -> Resolution | None:
    """The places a text of a few words names inside it, the first one first, unsure; None
    when it names none but itself, or none at ``threshold`` (the caller's ``min_score``)
    or above (``res``: its resolution as a whole, which it replaces, keeping its region and
    how its text had been misread).

    The text is read as running text is (:func:`~gazetteer.extract.find_places`: declined
    names, exonyms, a place after a preposition); where that finds none in a text that
    matched nothing (not a loose reading's), for it reads capitalised words as one proper
    name (``Odesa Opera House``, ``Kharkiv Saltivka``), by its runs of words that are a
    city's very key, each resolved alone: those that name a city surely
    (:func:`_runs_named`). None for a list of people: a name with a word more is
    another person's."""
    if gz.kind == "people":  # (Шевченко Т. М. is not the list's Шевченко Т., nor a part)
        return None
    text = res.query
    words = [w.strip(_AROUND) for w in text.split()]
    words = [w for w in words if _WORD.search(w)]
    if not 2 <= len(words) <= MAX_WORDS or a_street(text):
        return None
    from .extract import find_places  # (extract reads with the gazetteer: no cycle at import)

    with nested():
        typo = _typo_of_words(res)
        if not typo and _abroad(gz, words):
            return None  # (Los Angeles: not the village Ліс; Bryansk oblast Klimovo)
        # Kyiv Lviv, Lviv Odesa, Kyiv Lvov: cities, every word read (running text reads
        # a capitalised word before a name as part of it: Dynamo Kyiv)
        named = _runs_named(gz, words, oblast, allowed, whole=True)
        if len(named) > 1 or typo:
            return _as_found(res, named, threshold, explain) if len(named) > 1 else None
        mentions = find_places(gz, text, oblast=oblast or None, sources=allowed)
        whole = " ".join(words).casefold()
        named = [
            (m.text, m.resolution)
            for m in mentions
            if " ".join(_WORD.findall(m.text)).casefold() != whole  # (read as a whole already)
        ]
        named = [(part, r) for part, r in named if r.best is not None and r.status != "unmatched"]
        if not named and res.status == "unmatched":  # (a loose reading stands: ke la si
            named = _runs_named(gz, words, oblast, allowed)  # nuo dun, pinyin, is Krasnodon)
    return _as_found(res, named, threshold, explain)


def _as_found(
    res: Resolution,
    named: list[tuple[str, Resolution]],
    threshold: float,
    explain: bool,
) -> Resolution | None:
    """``res`` with the places ``named`` inside its text as its candidates, unsure, the
    first named first among equals; None when none reaches ``threshold``."""
    found: list[Match] = []
    for part, resolution in named:
        best = resolution.best
        assert best is not None
        why = (
            (
                *best.explain,
                f"{part!r} in the text names it; the text as a whole names no place: "
                f"at most {UNSURE_CEILING:g}",
            )
            if explain
            else ()
        )
        score = min(best.score, UNSURE_CEILING)
        if score < threshold or any(m.entry.code == best.entry.code for m in found):
            continue  # (min_score=95: an unsure place is no answer; Kyiv Kyiv: one Kyiv)
        found.append(replace(best, score=score, kind="beside", ambiguous=False, explain=why))
    if not found:
        return None
    found.sort(key=lambda m: -m.score)  # (stable: the first named first among equals)
    return replace(res, status="ambiguous", best=found[0], candidates=tuple(found), also_tied=())


#: A run of words read alone is at most this long (Kamianets-Podilskyi Raion).
MAX_RUN = 3


def _noise(words: list[str]) -> bool:
    """Whether a run has a word that says what or where a name is (khutir, raion, city):
    the query cleaner's to read beside a name, not a name (the village Хутір)."""
    return any(w.lower() in PLACE_WORDS or w.lower() in LEVEL_WORDS for w in words)


def _abroad(gz: Gazetteer, words: list[str]) -> bool:
    """Whether a run of ``words`` names a country, a state or province of the US or Canada,
    or a city abroad (Los Angeles, Bryansk) that is no city of Ukraine too (Odessa is
    Odesa). The embedded gazetteer's only, as :func:`~gazetteer.abroad.said_abroad`: a
    gazetteer of your own may be of anywhere (its Moscow, Idaho)."""
    from .countries import country_code, state_country
    from .foreign import foreign_city

    if gz.oblasts is None:
        return False
    for size in range(min(MAX_RUN, len(words)), 0, -1):
        for at in range(len(words) - size + 1):
            run = " ".join(words[at : at + size])
            if country_code(run) or (len(run) > 2 and state_country(run, False)):
                return True  # (Russia; Odessa Texas)
            if foreign_city(run) is not None:
                here = gz.resolve(run)
                city = here.best is not None and here.best.entry.category in CITY_CATEGORIES
                if not (city and here.status == "matched"):
                    return True
    return False


def _runs_named(
    gz: Gazetteer, words: list[str], oblast: str, allowed: frozenset[str], whole: bool = False
) -> list[tuple[str, Resolution]]:
    """The runs of ``words`` (shorter than all of them, longest first, then leftmost) that
    are the very key of a city's name, each resolved alone: those resolved surely to a city,
    none overlapping one taken before. Only cities: a run that is a village's name is as
    often a word of a longer name (Nova, Velyka) or no name at all. ``whole``: only if the
    runs taken hold every word (Kryvyi Rih Kyiv), else none."""
    from translit import match_key

    index = gz.index
    category = derived(
        gz.entries, "categories", lambda: [e for (e,) in entry_fields(gz.entries, "category")]
    )
    runs = []
    for size in range(min(MAX_RUN, len(words) - 1), 0, -1):
        for at in range(len(words) - size + 1):
            part = " ".join(words[at : at + size])
            if len(part) < 3 or _noise(words[at : at + size]):
                continue
            positions = index.keyed_array(match_key(part))
            if any(category[index.entry_of[p]] in CITY_CATEGORIES for p in positions):
                runs.append((at, size, part))
    every = set(range(len(words)))
    if whole and {i for at, size, _ in runs for i in range(at, at + size)} != every:
        return []  # (a word no city's name holds: a typo of one name, not names)
    chosen: list[tuple[int, str, Resolution]] = []
    taken: set[int] = set()
    for at, size, part in runs:
        if taken & set(range(at, at + size)):
            continue
        res = gz.resolve(part, oblast=oblast or None, sources=allowed, explain=True)
        best = res.best
        if res.status == "matched" and best is not None and best.entry.category in CITY_CATEGORIES:
            chosen.append((at, part, res))
            taken.update(range(at, at + size))
    if whole and taken != every:
        return []
    return [(part, res) for _, part, res in sorted(chosen, key=lambda item: item[0])]


def each_read(
    gz: Gazetteer,
    found: list[Resolution],
    oblast: str | None,
    sources: Iterable[str] | None,
    min_score: float | None,
) -> list[Resolution]:
    """``found`` (:meth:`~gazetteer.Gazetteer.resolve_many`'s) with each resolution that
    :func:`worth_reading` replaced by the places named inside its text, as ``resolve`` does;
    a text met again is read once."""
    from .gazetteer import DEFAULT_MIN_SCORE
    from .index import chosen_sources

    threshold = DEFAULT_MIN_SCORE if min_score is None else float(min_score)
    worth = [worth_reading(res, threshold) for res in found]
    if not any(worth):
        return found
    allowed = chosen_sources(sources)
    read: dict[tuple[str, str, str, str], Resolution | None] = {}  # (a value met again)
    out = []
    for res, to_read in zip(found, worth, strict=True):
        if to_read:
            key = (res.query, res.status, res.region, res.misread)  # (all it is read by)
            if key not in read:
                read[key] = named_inside(gz, res, oblast or "", allowed, threshold, True)
            res = read[key] or res
        out.append(res)
    return out
