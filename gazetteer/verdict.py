"""The rules of a verdict beside :func:`gazetteer.judging.verdict`: how many candidates a
resolution shows, which namesake comes first among tied ones, and when a best met by a name it
bore once is unsure."""

from __future__ import annotations

from collections.abc import Callable

from rapidfuzz import fuzz

from translit import match_key

from .index import NAME_SOURCES, NameIndex
from .letterforms import plain_latin
from .query import clean_query
from .rank import Scored
from .ties import BORNE_ONCE, OWN_NAME_KINDS

#: Candidates a resolution shows with their reasons...
SHOWN = 5
#: ...and at most this many more that tie with the best
#: (:attr:`~gazetteer.model.Resolution.also_tied`).
ALSO_TIED_LIMIT = 60
#: How far behind a place met by a name it bore once its today's bearers count.
BEARERS_MARGIN = 2.0
#: Settlements that bear a name today, close behind a place that only bore it, that make
#: the answer unsure (Aleksandrovka: Donetsk's name of the 1860s, and the Russian name of
#: dozens of villages Олександрівка).
BEARERS_TODAY = 2
#: The name tables that hold a place's own name, by source id.
_OWN_SOURCE_IDS = frozenset({NAME_SOURCES.index("official"), NAME_SOURCES.index("russian")})
#: ...and the one of its official name alone.
_OFFICIAL_SOURCE_IDS = frozenset({NAME_SOURCES.index("official")})


#: How alike (rapidfuzz ratio, in Latin letters) a rival's form and the query must be for
#: the rival to come first among tied namesakes (Nikolaev for Nikolayev: 94; Rouna for
#: Runya: 60).
LIKE_SPELLING = 88.0


def spelled_like(query: str) -> Callable[[str], bool]:
    """Whether a form is spelled like ``query``'s name (:data:`LIKE_SPELLING`). The query's
    Latin letters are made at the first form asked about: most ties never ask (only of a
    city close behind and ten times bigger: :func:`~gazetteer.likelier.likeliest_first`)."""
    latin: list[str] = []

    def alike(form: str) -> bool:
        if not latin:
            latin.append(plain_latin(clean_query(query).name))
        return fuzz.ratio(latin[0], plain_latin(form)) >= LIKE_SPELLING

    return alike


def borne_today(first: Scored, scored: list[Scored], index: NameIndex) -> bool:
    """Whether ``first`` was met by a name it bore once (old or foreign) that several other
    places bear today, within reach of its score. Not a foreign form of its own name
    (Nikolaev: Миколаїв's Russian name, whose key its own Russian form has), unless only a
    Russian form by rule gives it that key while another place bears the name itself: a
    generated form outranks no real name (Богатырь: Багатир's rule form Богатир changes the
    root, the villages Богатир bear it)."""
    if first.kind not in BORNE_ONCE:
        return False
    close = first.score - BEARERS_MARGIN
    own = OWN_NAME_KINDS | {"russian"}
    today = [s for s in scored[1:] if s.kind in own and s.score >= close]
    if len(today) < BEARERS_TODAY:
        return False
    borne = any(s.kind in OWN_NAME_KINDS for s in today)
    own_sources = _OFFICIAL_SOURCE_IDS if borne else _OWN_SOURCE_IDS
    key = match_key(first.form_text)
    entry_of, source_of = index.entry_of, index.source_id_of
    return not any(
        entry_of[p] == first.position and source_of[p] in own_sources
        for p in index.keyed_array(key)
    )
