"""Ties: which ranked candidates cannot be told apart from the best, and which of them a
name borne today puts first.

:mod:`gazetteer.rank` scores and orders candidates; this module reads the ordered list.
Two candidates whose scores agree are ambiguous unless the best is some thirty times the
other's size (or of the category asked for); a rival a little behind but ten times bigger,
or one that bore the very name, ties too. The priors order tied candidates but do not make
the answer certain.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from translit import match_key
from translit.lazyre import lazy_compile

from .query import clean_query
from .rank import (
    CITY_CATEGORIES,
    GENERATED_COST,
    SOURCE_COST,
    TIE_MARGIN,
    VARIANT_FLOOR,
    Scored,
)

if TYPE_CHECKING:
    from .gazetteer import Gazetteer
    from .model import Match

#: Scores within :data:`~gazetteer.rank.TIE_MARGIN` are a tie...
#: ...or this close, for a best read as a typo: one letter more or less in a name of 6 to 12
#: letters moves its likeness to the typed text by 3 to 6 points, so two names 3 points
#: apart are each about one edit away.
FUZZY_TIE_MARGIN = 3.0
#: ...unless the best place is this much more important (log10 of population: ~30 times).
DECISIVE_IMPORTANCE = 1.5
#: Kinds of match through a name a place bore or bears elsewhere (an old name, a foreign
#: one): when two places both bore the name, one of them as a former name, size does not
#: say which one is meant. (Two namesakes that share a foreign form, Nikolaev for both
#: Mykolaivs, are told apart by size like their names.)
BORNE_ONCE = frozenset({"former", "exonym"})
#: Kinds of match through a place's own name today: one read better than a best met through
#: an old or foreign name (or as a typo) ties with it, whatever their sizes.
OWN_NAME_KINDS = frozenset({"exact", "variant"})
#: A rival whose score is this close to the best...
OUTWEIGH_MARGIN = 3.0
#: ...and which is this much more important (log10: ten times the population) also ties:
#: the best fits the letters a little better, the rival is the likelier place.
OUTWEIGH_IMPORTANCE = 1.0
#: A place that bore the very name (a former or foreign form, read as exactly as the best
#: reads its own: within the source's cost and the tie margin)...
RENAMED_PEER_MARGIN = SOURCE_COST["former"] + TIE_MARGIN
#: ...and is at least this close to the best in importance (log10: a third of its people)
#: also ties: Pervomaisk is today the city in Mykolaiv oblast, and was until 2024 the name
#: of the Luhansk oblast city now called Sokolohirsk.
RENAMED_PEER_IMPORTANCE = 0.5
#: A place met by the Russian form of its name today (by rule, so a point less than an
#: attested form; and perhaps as a spelling variant) ties with a place about as big met by an
#: old or foreign name: Михайловка (Mikhaylovka) is the Russian name of sixty villages
#: Михайлівка today, and a name GeoNames lists for the village Бородіно.
RUSSIAN_PEER_MARGIN = GENERATED_COST + (100.0 - VARIANT_FLOOR) + TIE_MARGIN


def letters_margin(kind: str) -> float:
    """How far behind a best met as ``kind`` a candidate's letters fit no worse by the tie
    rules' measure (:data:`~gazetteer.rank.TIE_MARGIN`, :data:`FUZZY_TIE_MARGIN` for a typo).
    Further behind, a candidate ties only by size or by a name it bore, and a file's
    geography (:mod:`gazetteer.regional`), a weaker prior, does not overturn the letters:
    Pervomaiske is the village Yanokhine's former name (89.0) and only like the old name of
    the city Zlatopil (Pervomaiskyi, 86.9), which ties as the bigger place. (Unless the file
    names Zlatopil in many spellings: :meth:`gazetteer.regional.RegionTally.reaches`.)"""
    return FUZZY_TIE_MARGIN if kind == "fuzzy" else TIE_MARGIN


def tied_with_best(ranked: list[Scored]) -> set[int]:
    """Positions of the candidates that cannot be told apart from the best one.

    A rival ties when its score is within :data:`TIE_MARGIN` (:data:`FUZZY_TIE_MARGIN` of a
    best read as a typo) and the best place is not decisively more important (a hundred
    times the population, or of the category asked for), or its letters fit better than
    those of a best read as a typo, or its own name fits better than the old or foreign name
    the best was met by, or its official name is the very text of a query the best met only
    as a spelling variant (Makivka: the villages Маківка, not only the city Макіївка); so
    does one a little further behind that is ten times bigger, or that bore the name and is
    about as big. A settlement and an administrative unit never tie.
    """
    if len(ranked) < 2:
        return set()
    best = ranked[0]
    close = best.score - letters_margin(best.kind)
    # (every way to tie asks a score at most WIDEST_MARGIN behind: a typo's list of some
    # thirty candidates keeps a few to weigh)
    floor = best.score - WIDEST_MARGIN
    tied = {
        s.position
        for s in [s for s in ranked[1:] if s.score >= floor]
        if (s.importance > 0) == (best.importance > 0)
        and (
            (
                s.score >= close
                and (
                    best.importance - s.importance < DECISIVE_IMPORTANCE
                    or (
                        s.score > best.score
                        and (
                            best.kind == "fuzzy"
                            or (best.kind in BORNE_ONCE and s.kind in OWN_NAME_KINDS)
                            or (s.kind == "exact" and best.kind == "variant")
                        )
                    )
                    or (
                        best.kind in BORNE_ONCE
                        and s.kind in BORNE_ONCE
                        and "former" in (best.kind, s.kind)
                    )
                )
            )
            or (
                s.score >= best.score - OUTWEIGH_MARGIN
                and s.importance - best.importance >= OUTWEIGH_IMPORTANCE
            )
            or (
                s.kind in BORNE_ONCE
                and s.score >= best.score - RENAMED_PEER_MARGIN
                and best.importance - s.importance <= RENAMED_PEER_IMPORTANCE
                and not short_form(s)
            )
            or (
                best.kind in BORNE_ONCE
                and s.kind == "russian"
                and s.score >= best.score - RUSSIAN_PEER_MARGIN
                and best.importance - s.importance < DECISIVE_IMPORTANCE
            )
        )
    }
    return tied | {best.position} if tied else set()


#: Kinds of match through a place's own name today or its Russian form: a city and a village
#: met so bear the same name (Мар'їнка, Марьинка).
SAME_NAME_KINDS = OWN_NAME_KINDS | {"russian"}
#: The category of a village (село), which a city of its name outranks by category alone.
VILLAGE_CATEGORY = "C"
#: The category of a selyshche (селище), which a city outranks in its own hromada.
SELYSHCHE_CATEGORY = "X"


def city_before_villages(
    ranked: list[Scored],
    tied: set[int],
    category_of: Callable[[int], str],
    people_of: Callable[[int], int],
    hromada_of: Callable[[int], str] | None = None,
) -> set[int]:
    """``tied`` (:func:`tied_with_best` of ``ranked``) less the villages a best city is told
    apart from by its category: a city before a village of the same name, the category a
    signal that decides, not only orders. A village (C) met by the city's own name (a form of
    the same match key, or the Russian form of it), whose letters fit no better and which is
    the smaller place, no longer ties: Marinka is the Donetsk oblast city Мар'їнка (9,000
    people), sure, not also the Dnipropetrovsk oblast village, as Halych, Kosiv and Khotyn are
    their towns; but в Деражне is Деражня's locative or the village Деражне. A settlement
    (селище, X) or another city of the name still ties (Horodok), as does a bigger
    village, one met only by a typo, an old or foreign name, and one whose very official name
    the query is where the city's is only a variant (Brovari); but not a selyshche of the
    city's own hromada (``hromada_of``), which no hint of raion or hromada tells apart from
    the city, only a settlement word does (Bar: the town, not the selyshche Бар beside it).
    The villages all still tie when no source counts the city's people (``people_of``: 0),
    its size then a guess by category, not known to be the bigger (a selyshche of its own
    hromada, its seat's, is the smaller still: Lypovets): Pidhaitsi (some 2,000 people)
    beside a hromada's seat of 1,100, abandoned Prypiat, Novoselytsia beside 26 villages. The
    set left is empty when the best alone remains."""
    if not tied:
        return tied
    best = ranked[0]
    if best.kind not in SAME_NAME_KINDS or category_of(best.position) not in CITY_CATEGORIES:
        return tied
    counted = people_of(best.position) > 0  # (its size known, not guessed by category)
    key = match_key(best.form_text)
    outranked = {
        s.position
        for s in ranked[1:]
        if s.position in tied
        and (
            (counted and category_of(s.position) == VILLAGE_CATEGORY)
            or (
                category_of(s.position) == SELYSHCHE_CATEGORY
                and hromada_of is not None
                and bool(hromada_of(best.position))
                and hromada_of(s.position) == hromada_of(best.position)
            )
        )
        and s.kind in SAME_NAME_KINDS
        and s.score <= best.score
        and s.importance < best.importance
        and match_key(s.form_text) == key  # (в Деражне: Деражня's locative, or Деражне)
    }
    left = tied - outranked
    return left if len(left) > 1 else set()


def short_form(s: Scored) -> bool:
    """Whether ``s`` was met by a foreign form that is only a part of its official name and
    another place's official name (Krynki for Великі Кринки, beside the village Кринки): a
    guess (:func:`gazetteer.katottg._exonym_forms`), not a name the place bore."""
    return s.kind == "exonym" and s.form.rank > 0


#: The furthest behind the best's score a candidate may be and tie by any rule above.
WIDEST_MARGIN = max(
    TIE_MARGIN, FUZZY_TIE_MARGIN, OUTWEIGH_MARGIN, RENAMED_PEER_MARGIN, RUSSIAN_PEER_MARGIN
)

#: Kinds of match through a name that is not the place's own today.
SECOND_HAND_KINDS = BORNE_ONCE | {"russian"}


def own_name_first(
    ranked: list[Scored],
    category_of: Callable[[int], str],
    russian_of_own: Callable[[Scored], bool] | None = None,
) -> list[Scored]:
    """``ranked`` with the best candidate met by its own name first (or, after a best met
    by an old or foreign name, by the Russian form of its own name), when the best was met
    by an old, foreign or Russian form, is not a city, and ties with it.

    Zorya is the name of a dozen villages today and a name GeoNames lists for the bigger
    village Афіни: a tie, in which today's bearers of the name come first; so do the
    villages Андріївка for Andreyevka, not the village GeoNames knows by that old name. A
    city stays first (Krasnyy Luch: Хрустальний, then the villages called Красний Луч),
    unless the form is a guess (a Russian form by rule, a former name placed among
    namesakes). A best met by a foreign form that is the Russian of its own name today
    (``russian_of_own``: Почтовое, GeoNames' Russian name of Crimea's Поштове) is met by its
    own name, attested: only a namesake met by its very name goes before it, not one met by
    the same Russian form made by rule (Zhytomyr oblast's Поштове).
    """
    if len(ranked) < 2:
        return ranked
    best = ranked[0]
    if best.kind == "variant":
        return exact_first(ranked)
    if best.kind not in SECOND_HAND_KINDS:
        return ranked
    if category_of(best.position) in CITY_CATEGORIES and best.form.rank == 0:
        return ranked  # a city met by a name it is known to have borne
    # the Russian form of a name borne today is nearer the place's own name than an old one
    russian = best.kind == "russian" or (russian_of_own is not None and russian_of_own(best))
    own = OWN_NAME_KINDS if russian else OWN_NAME_KINDS | {"russian"}
    return _tied_first(ranked, lambda s: s.kind in own)


def exact_first(ranked: list[Scored]) -> list[Scored]:
    """``ranked`` (its best met as a spelling variant) with the first tied candidate whose
    very official name the query is put first: another place's spelling never outranks a
    place's own name. Brovari is the name of two villages (Броварі) and a misspelling of the
    city Бровари (Brovary): a village first, the city next, then the other, all tied (so the
    city is still shown beside however many villages bear the name: Makivka)."""
    return _tied_first(ranked, lambda s: s.kind == "exact" and s.form.source == "official")


def _tied_first(ranked: list[Scored], wanted: Callable[[Scored], bool]) -> list[Scored]:
    """``ranked`` with its first candidate after the best that ties with the best and is
    ``wanted`` moved before it (unchanged when there is none)."""
    tied: set[int] | None = None  # (made only for a candidate wanted: most lists have none)
    for i, s in enumerate(ranked[1:], start=1):
        if wanted(s):
            if tied is None:
                tied = tied_with_best(ranked)
            if s.position in tied:
                return [s, *ranked[:i], *ranked[i + 1 :]]
    return ranked


#: A hromada's kind word before its hromada word (Черкаська міська громада), and the category
#: of the seat that gives a hromada that kind: a city's is міська, a selyshche's селищна, a
#: village's сільська.
_KIND_WORD = lazy_compile(
    r"(?<!\w)(міськ|городск|miska|urban|селищн|поселков|selyshchn|сільськ|сельск|silsk|rural)\w*"
    r"\s+(?:територіальн|территориальн|громад|общин|об['’ʼ]?єднан|объединенн|hromad|gromad"
    r"|territorial|community)",
    re.IGNORECASE,
)
_KIND_SEATS = {"міськ": "M", "городск": "M", "miska": "M", "urban": "M", "селищн": "X",
    "поселков": "X", "selyshchn": "X", "сільськ": "C", "сельск": "C", "silsk": "C", "rural": "C",
}  # fmt: skip


def of_kind(gz: Gazetteer, text: str, ranked: list[Scored]) -> list[Scored]:
    """``ranked`` with the hromadas tied with its best hromada whose seat is not of the kind
    ``text`` says set below those whose seat is: Черкаська міська громада is the city
    Черкаси's (UA-71), not the villages' hromadas Черкаська of UA-12 and UA-14. Unchanged
    when the text says no kind, or no tied hromada or every one is of that kind."""
    said = _KIND_WORD.search(text) if len(ranked) > 1 else None
    entries = gz.entries
    if said is None or entries[ranked[0].position].category != "H":
        return ranked
    tied = tied_with_best(ranked) | {ranked[0].position}
    hromadas = {
        entries[s.position].code for s in ranked
        if s.position in tied and entries[s.position].category == "H"
    }  # fmt: skip
    kind = _KIND_SEATS[said[1].lower()]
    fit = {
        entries[p].hromada_code for p in gz.seats
        if entries[p].hromada_code in hromadas and entries[p].category == kind
    }  # fmt: skip
    if not fit or len(fit) == len(hromadas):
        return ranked
    why = f"its seat is not what {said[1].lower()}- says: {WIDEST_MARGIN:g} lower"
    kept = [s for s in ranked if entries[s.position].code not in hromadas - fit]
    for s in ranked:
        if entries[s.position].code in hromadas - fit:
            low = s.capped(s.score - WIDEST_MARGIN, why)
            at = next((i for i, k in enumerate(kept) if k.rank < low.rank), len(kept))
            kept.insert(at, low)
    return kept


#: The words of a query: Pokrovsk-Myrnohrad has two, Korsun' one.
_WORDS = lazy_compile(r"[^\W\d_]+(?:['’ʼ`][^\W\d_]+)?")


def tie_advice(tied: Sequence[Match], query: str, region: str = "oblast") -> str:
    """What would tell ``tied``, the candidates ``lookup`` marks as tied for ``query``, apart:
    the last line it prints after ``these candidates cannot be told apart;``.

    Candidates of different names are the query's several names only when its name has
    several words, or a second name joined to it (Pokrovsk-Myrnohrad, Bakhmut & Soledar:
    two towns) or listed beside it that one of them bears (Chernihiv; Drohobych); a single
    word is a name several places bear, as their own or as what they are called (Korsun':
    the village Корсунь and the town Корсунь-Шевченківський; a settlement word before it,
    м. Корсунь, is no name), and an oblast tells them apart when theirs differ. ``region``
    is what the gazetteer calls that area (:attr:`Gazetteer.region_word`): a gazetteer of
    your own has no raions to name. Inside one oblast, the example names the first
    candidate's raion (or hromada, when they share the raion), as a query would.
    """
    if all(m.entry.category in ("O", "K") for m in tied):
        return "the name stands for each of them"
    read = clean_query(query)
    beside = {match_key(part) for part in read.beside}
    several = (
        bool(read.also)
        or len(_WORDS.findall(read.name)) > 1
        or any(match_key(n) in beside for m in tied for n in (m.matched_name, m.entry.name))
    )
    if len({m.entry.name_uk for m in tied}) > 1 and several:
        return "the text reads as more than one name"
    if len({m.entry.oblast for m in tied}) > 1:
        article = "an" if region[:1] in ("a", "e", "i", "o", "u") else "a"
        return f"several places bear the name; give {article} {region} hint"
    # a hint would not help: they share the oblast; their own raion or hromada would
    if region != "oblast":
        return f"they share their {region}: read it with the places named beside it"
    name = read.name or query
    for level in ("raion", "hromada"):
        units = list(dict.fromkeys(getattr(m.entry, level) for m in tied))
        if len(units) > 1 and all(units):
            example = f"{name}, {units[0]} {level}"
            return f"name its {level} after a comma ('{example}') or read it with others"
    return "they share their hromada: read it with the places named beside it"
