"""A city's name cut to its first part, as people write it: ``Kamianets`` for Кам'янець-
Подільський, ``Bilhorod`` for Білгород-Дністровський, ``Rava`` for Рава-Руська, and in a
gazetteer of your own ``Gorzów`` for Gorzów Wielkopolski. Kind ``short``.

A name is cut only where it is two parts, the second a regional adjective (-ський, -цька,
-ский, -skyi, -ski, -cka...) telling a city apart from its namesakes; the cut form is never
a settlement word (Хутір of Хутір-Михайлівський). A cut name is a guess: alone it answers
its city, sure when one city gives it; where a place really bears the name (the selyshche
Кам'янець of Kirovohrad oblast), or another confident reading meets it, that place stays
first and neither is sure; nor is the city when a city abroad of 100,000 bears the name
(Білгород: Belgorod, Russia). A hint leaves out cities outside its oblasts. Running text
reads a cut as lookup does (:func:`cut_read`), but not one a city abroad bears, unless the
text's hint names the oblast of the city it is cut from (Вибух у Білгороді, Odesa oblast:
Білгород-Дністровський; :func:`text_hint`).
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from functools import lru_cache
from typing import TYPE_CHECKING

from translit import match_key
from translit.lazyre import lazy_compile
from translit.russian import russian_forms

from . import rank, words
from .beside import sure_candidate
from .declension import nominatives
from .finder import CONFIDENT_SCORE, merged
from .foreign import foreign_city
from .letterforms import plain_latin
from .model import Entry, derived, entry_fields
from .owncases import own_nominatives
from .rank import CITY_CATEGORIES, UNSURE_CEILING, VARIANT_FLOOR, in_units, is_cyrillic
from .words import LEVEL_WORDS, PLACE_WORDS

if TYPE_CHECKING:
    from .gazetteer import Gazetteer
    from .scored import Scored

#: A name of two parts whose second is a regional adjective: Ukrainian and Russian in
#: Cyrillic (Кам'янець-Подільський, Каменец-Подольский), Polish (Gorzów Wielkopolski,
#: Kamień Pomorski) and romanised (Kamianets-Podilskyi), for a gazetteer of one's own.
_CUT_CYRILLIC = lazy_compile(
    r"^(?P<short>[^\W\d_][\w'’ʼ]{2,})[- ](?P<adjective>[^\W\d_][\w'’ʼ]*"
    r"(?:(?:ськ|цьк|зьк)(?:ий|а|е)|(?:ск|цк)(?:ий|ая|ое|ой)))$",
    re.IGNORECASE,
)
_CUT_LATIN = lazy_compile(
    r"^(?P<short>[^\W\d_][\w'’ʼ]{2,})[- ](?P<adjective>[^\W\d_][\w'’ʼ]{2,}"
    r"(?:(?:sk|ck|dzk)(?:i|a|ie)|(?:sk|tsk|zk)(?:yi|a|e)))$",
    re.IGNORECASE,
)


def short_form(name: str, *, latin: bool = True) -> str:
    """The first part of ``name`` when it is a first part and a regional adjective
    (Кам'янець-Подільський: Кам'янець; Gorzów Wielkopolski: Gorzów); '' otherwise, and for a
    settlement's word (Хутір-Михайлівський). ``latin``: read Latin names too."""
    name = name.strip()
    found = _CUT_CYRILLIC.match(name) or (_CUT_LATIN.match(name) if latin else None)
    if found is None or found["short"].lower() in PLACE_WORDS | LEVEL_WORDS:
        return ""
    return found["short"]


@lru_cache(maxsize=4)
def _cut_cities(gz: Gazetteer) -> dict[str, tuple[tuple[int, str], ...]]:
    """Each cut form's match key -> (position, the cut's plain Latin letters) of the cities
    whose names give it: in the embedded gazetteer, of their Ukrainian names, and the cut's
    first Russian form by rule (Кам'янець: Каменец, Kamenets), and of their Latin names
    (Bilhorod, whose letters the Ukrainian's plain ones, bilgorod, are not); in one's own, of
    each name and Latin name, in any script. Kept on disk with the embedded gazetteer
    (:func:`~gazetteer.model.derived`, keyed by this module and the words and categories it
    reads): its Russian forms compile translit.russian's rules, ~25 ms of a process's first
    lookup."""
    own, entries = gz.oblasts is None, gz.entries
    return derived(
        entries,
        "city cuts" + (" of one's own" if own else ""),
        lambda: _cuts(entries, own),
        stored_by=(__file__, words.__file__, rank.__file__),
    )


def _cuts(entries: Sequence[Entry], own: bool) -> dict[str, tuple[tuple[int, str], ...]]:
    """:func:`_cut_cities` made: read off the entries' columns (a few dozen cities), not the
    index's forms, nor every entry made."""
    found: dict[str, set[tuple[int, str]]] = {}
    for i, (category, name_uk, name) in enumerate(
        entry_fields(entries, "category", "name_uk", "name")
    ):
        if category not in CITY_CATEGORIES:
            continue
        for text, latin in ((name_uk, own), (name, True)):
            if not (cut := short_form(text, latin=latin)):
                continue
            forms = [cut] if latin else [cut, *russian_forms(cut, limit=1)]
            for form in forms:
                found.setdefault(match_key(form), set()).add((i, plain_latin(form)))
    return {key: tuple(sorted(cuts)) for key, cuts in found.items()}


def cut_named(gz: Gazetteer, name: str) -> bool:
    """Whether ``name`` (a nominative a declined word may come from: у Білгороді, Білгород)
    is a city's name cut (see the module docs)."""
    return match_key(name) in _cut_cities(gz)


def cut_read(gz: Gazetteer, span: str) -> str:
    """What ``span`` of running text reads as, as written or a nominative it may be
    declined from (у Раві, біля Рави: Рава; w Gorzowie, yours: Gorzów), when that is a city's
    name cut, in the cut's very letters (Rava; not Rawa, Rawa Mazowiecka's too), and no city
    abroad of 100,000 bears it (in news, обстріл Бєлгорода is Belgorod's, no Ukrainian
    city's); '' else."""
    cities = _cut_cities(gz)
    if not cities:
        return ""
    forms = (span, *nominatives(span)) if is_cyrillic(span) else (span,)
    forms += tuple(own_nominatives(gz, span))
    abroad = _abroad_keys(gz) if gz.oblasts is not None else frozenset()
    hinted = getattr(_hinted, "oblasts", ())
    for form in forms:
        key = match_key(form)
        cut = [i for i, letters in cities.get(key, ()) if letters == plain_latin(form)]
        if cut and (key not in abroad or any(gz.entries[i].oblast in hinted for i in cut)):
            return form
    return ""


_hinted = threading.local()  #: the oblasts the text this thread reads is hinted to


@contextmanager
def text_hint(codes: Sequence[str]) -> Iterator[None]:
    """While running text is read with an oblast hint (``codes``: its oblasts, as
    ``Entry.oblast``), :func:`cut_read` reads a cut a city abroad bears as the city of a
    hinted oblast it is cut from, as lookup with that hint does (у Білгороді, Odesa oblast:
    Білгород-Дністровський; Kharkiv oblast: still Belgorod's)."""
    before = getattr(_hinted, "oblasts", ())
    _hinted.oblasts = tuple(codes)
    try:
        yield
    finally:
        _hinted.oblasts = before


def with_short(
    gz: Gazetteer,
    name: str,
    hint_codes: Sequence[str],
    units: tuple[str, ...],
    ranked: list[Scored],
    *,
    city: bool = False,
) -> list[Scored]:
    """``ranked``, the candidates of the bare name ``name`` (a cleaned query's), with the
    cities whose names it is cut from (see the module docs); as they were for another.
    ``hint_codes``, ``units``: the oblasts and the raions or hromadas the query names, which
    leave out the cities outside them. ``city``: a city's word stood beside the name
    (Kamianets city), so a smaller place that bears it does not stay first."""
    cities = _cut_cities(gz)
    bare = name.strip()
    if not bare or match_key(bare) not in cities:
        return ranked  # (most names: no city's cut)
    return _with_short(gz, bare, cities[match_key(bare)], hint_codes, units, ranked, city)


def _with_short(
    gz: Gazetteer,
    name: str,
    cuts: tuple[tuple[int, str], ...],
    hint_codes: Sequence[str],
    units: tuple[str, ...],
    ranked: list[Scored],
    city: bool,
) -> list[Scored]:
    """:func:`with_short` of a name some cities' names are cut to (``cuts``): apart, as
    its comprehensions make closure cells on every call, and most names have no cut."""
    if gz.oblasts is None:
        # (one's own names, by their letters: Gorzów's cut is met by Gorzow, not by
        # Chorzów, whose key is one with it)
        cuts = tuple(c for c in cuts if c[1] == plain_latin(name))
    positions = tuple(dict.fromkeys(i for i, _ in cuts))
    if hint_codes:
        positions = tuple(i for i in positions if gz.entries[i].oblast in hint_codes)
    if units:  # (Kamianka, Izium raion: the village there, no Кам'янка-Бузька)
        positions = tuple(i for i in positions if in_units(gz.entries[i], units))
    if not positions:
        return ranked  # (most names: no city's cut)
    if any(s.position in positions and s.score >= VARIANT_FLOOR for s in ranked):
        return ranked  # (Korsun: GeoNames lists it for Корсунь-Шевченківський already)
    found = [
        sure_candidate(
            gz.entries, i, VARIANT_FLOOR + 5.0,
            f"{name}: the first part of {gz.entries[i].name_uk}'s name", "short", name,
        )
        for i in positions
    ]  # fmt: skip
    if city:  # (м. Кам'янець: the city, not the selyshche so named)
        why = f"no city, where a city's word stands: at most {UNSURE_CEILING:g}"
        ranked = [
            s.capped(UNSURE_CEILING, why)
            if gz.entries[s.position].category not in CITY_CATEGORIES
            else s
            for s in ranked
        ]
    settled = [s for s in ranked if s.score >= CONFIDENT_SCORE]
    if any(gz.entries[s.position].category in CITY_CATEGORIES for s in settled):
        return ranked  # (Kamianka: a city's own name, and 50 villages', before any cut)
    if gz.oblasts is not None and not hint_codes and match_key(name) in _abroad_keys(gz):
        why = f"a city abroad bears {name}: at most {UNSURE_CEILING:g}"
        found = [s.capped(UNSURE_CEILING, why) for s in found]
    if not settled:
        return merged(found, ranked)
    if len(settled) > 1:  # (Камінь, villages of four oblasts: unsure already; the city after)
        why = f"a cut name that places bear: at most {UNSURE_CEILING:g}"
        below = min(s.rank for s in ranked) - 0.5
        return [*ranked, *(s.capped(UNSURE_CEILING, why, rank=below) for s in found)]
    why = f"a cut name and a place's own: at most {UNSURE_CEILING:g}"
    rest = [s for s in ranked if s.score < CONFIDENT_SCORE]  # (their guesses after them)
    settled = [s.capped(UNSURE_CEILING, why) for s in settled]
    below = min(s.rank for s in settled) - 0.5  # (the place that bears the name stays first)
    return merged(settled, [s.capped(UNSURE_CEILING, why, rank=below) for s in found], rest)


@lru_cache(maxsize=4)
def _abroad_keys(gz: Gazetteer) -> frozenset[str]:
    """The keys of the cut names a city abroad of 100,000 bears in one of its forms
    (Білгород, Белгород: Belgorod), whatever letters a query writes them in (Bilhorod)."""
    keys: set[str] = set()
    for entry in (gz.entries[i] for cuts in _cut_cities(gz).values() for i, _ in cuts):
        cut = short_form(entry.name_uk, latin=False)
        forms = (cut, *russian_forms(cut, limit=1)) if cut else ()
        if any(foreign_city(f) for f in forms):
            keys.update(match_key(f) for f in forms)
    return frozenset(keys)
