"""Scores, ranking and explanations: the one place that decides them (which candidates
tie, and so are ambiguous, is :mod:`gazetteer.ties`).

A candidate's **score** (0-100) says how well the query's text fits one written form of the
entry's name, less what the form's source and a missed hint cost. It is what a threshold is set
on. Its **rank** adds the priors that order same-named places: a settlement's importance
(log10 of its GeoNames population, or a typical one for its category: a special city before a
city before a settlement before a village), the category a noise word asked for (``с.``,
``oblast``), and being the seat of its hromada. Two candidates whose scores agree cannot be
told apart unless one is some thirty times the other's size (or of the category asked for):
both are then marked ambiguous (:func:`gazetteer.ties.tied_with_best`). The priors order
them but do not make the answer certain.
"""

from __future__ import annotations

import math
from collections.abc import Collection, Sequence
from dataclasses import dataclass, replace
from typing import Any

from rapidfuzz import fuzz
from rapidfuzz.distance import OSA, Indel, Levenshtein

from translit import detect, is_pinyin, match_key
from translit.lazyre import lazy_compile

from .index import NameForm
from .letterforms import fold, is_cyrillic, normal_form, plain_latin  # (is_cyrillic: re-exported)
from .model import Entry, MatchKind
from .quickinit import quick_init
from .scored import Scored  # the scorers import it from here, beside the rules

#: How much being of a category weighs in the rank (not in the score) for administrative
#: units; a settlement's prior is half its importance (see :func:`importance`).
CATEGORY_PRIOR = {
    "K": 3.0,
    "M": 2.0,
    "X": 1.0,
    "C": 0.5,
    "O": -1.0,
    "B": -1.5,
    "P": -2.0,
    "H": -3.0,
}
#: What a form's source costs in the score: a current official name is the strongest reading.
#: Attested forms of every source cost the same, so two places that both bore a name tie.
SOURCE_COST = {"official": 0.0, "exonyms": 1.5, "russian": 1.5, "former": 1.5}
#: What a generated form costs per rank (1 for the first guess, 2 for the next...), so that
#: an attested form always outranks a generated one.
GENERATED_COST = 1.0
#: Administrative units (oblast, raion, hromada, city district) are never typo matches:
#: their adjective names sit one edit away from many villages' names.
ADMIN_CATEGORIES = frozenset("OPHB")
#: What a candidate outside the hinted oblast costs.
HINT_COST = 25.0
#: What a candidate outside the hinted raion costs (weaker: raion texts are less certain).
RAION_COST = 6.0
#: What it gains when a noise word asked for its category (``village``, ``oblast``).
WANTS_BONUS = 6.0
SEAT_BONUS = 0.3
#: Wishes for more than one category: English "village" is a село or a селище (C or X),
#: where Ukrainian and Russian words say which; район is a raion or a city's district (у
#: Дарницькому районі: Kyiv's district, not the village Дарницьке).
WISHES = {"V": frozenset("CX"), "P": frozenset("PB")}


def wished(wants: str) -> frozenset[str]:
    """The categories a wish (``Prepared.wants``) asks for; none for no wish."""
    if not wants:
        return _NO_WISH
    return WISHES.get(wants) or frozenset(wants)


_NO_WISH: frozenset[str] = frozenset()


#: Scores this close are a tie (the rules of ties: :mod:`gazetteer.ties`).
TIE_MARGIN = 0.5
#: log10 of a typical population, for settlements GeoNames gives none.
DEFAULT_IMPORTANCE = {"K": 6.5, "M": 4.0, "X": 3.0, "C": 2.5}
SETTLEMENT_CATEGORIES = frozenset(DEFAULT_IMPORTANCE)
#: The cities (special and ordinary): a smaller place never displaces or outranks one by
#: context, and they are the well-known places loose matching looks among.
CITY_CATEGORIES = frozenset("KM")
#: A town's categories: a city's, a selyshche's (Макарів).
TOWN_CATEGORIES = CITY_CATEGORIES | {"X"}
#: What a variant (same match key, other spelling) scores at least; the same letters in
#: another script score within :data:`TIE_MARGIN` of an exact match.
VARIANT_FLOOR = 96.0
#: The best a fuzzy (typo) match can score.
FUZZY_CEILING = 94.0
#: The best score of a reading that is never confident (below the confident score of 90):
#: a name romanised from another script (ICU's reading of Georgian or Japanese is not the
#: Ukrainian spelling) unless an attested form in that script matches it exactly, or the
#: reading has a city's match key (foreign texts name cities, rarely their village
#: namesakes: ハルキウ is Kharkiv, リウネ's reading riune is not the village Рунне).
UNSURE_CEILING = 89.0
#: Hromadas and raions are named after their seat (Краматорська, Луганський): a bare name
#: that meets one without ``hromada`` or ``raion`` beside it more likely means the town.
UNIT_NAMED_LIKE_SEAT = frozenset("HP")
#: The best a Cyrillic query can score against a Cyrillic form with other letters (beyond
#: the Ukrainian/Russian spelling pairs :func:`fold` joins): written in the names' own script,
#: a differing letter is as likely another village (Брусин, Русин) as a typo, so such a
#: match is never confident (below the gazetteer's confident score of 90).
NATIVE_FUZZY_CEILING = UNSURE_CEILING

#: The kind of match a form of each source other than ``official`` gives.
SOURCE_KIND: dict[str, MatchKind] = {"russian": "russian", "former": "former", "exonyms": "exonym"}


@quick_init
@dataclass(frozen=True)
class Prepared:
    """A cleaned query in the forms the scorer compares."""

    name: str  #: the bare name
    normal: str  #: :func:`gazetteer.letterforms.normal_form` of it
    key: str  #: its match key
    latin: str  #: plain lower-case Latin of it, for the fine comparison
    wants: str = ""
    hint: tuple[str, ...] = ()  #: ISO codes of the hinted oblasts
    units: tuple[str, ...] = ()  #: codes of the raions or hromadas named beside the name
    foreign: bool = False  #: :func:`foreign_script` of the name

    @classmethod
    def of(cls, name: str, **context: Any) -> Prepared:
        """``name`` in every form the scorer compares; ``context``: the other fields."""
        normal = normal_form(name)
        # plain_latin(name), without normalising an ASCII name a second time
        latin = normal.replace("'", "") if name.isascii() else plain_latin(name)
        return cls(name, normal, match_key(name), latin, **context)

    def reading(self, text: str) -> Prepared:
        """Another text (another shape of the name) in this query's context."""
        text_forms = Prepared.of(text)
        return replace(
            self,
            name=text,
            normal=text_forms.normal,
            key=text_forms.key,
            latin=text_forms.latin,
        )


def in_units(entry: Entry, units: tuple[str, ...]) -> bool:
    """Whether ``entry`` is one of ``units`` (raion or hromada codes) or lies in one."""
    return entry.code in units or entry.raion_code in units or entry.hromada_code in units


def _own_latin(query: str, form_latin: str, entry: Entry) -> bool:
    """Whether a form whose plain letters are ``form_latin`` spells ``entry``'s own name, in
    Latin letters, and the ``query`` is no Cyrillic (see :func:`latin_named`)."""
    name = entry.name_uk
    if is_cyrillic(name) or is_cyrillic(query) or detect(name).script != "Latin":
        return False
    return plain_latin(name) == form_latin


def latin_named(entries: Sequence[Entry], among: Collection[int]) -> dict[int, str]:
    """Those of the entries ``among`` (with no Cyrillic name) named in Latin letters, as a
    list of Polish towns is (KATOTTG has none), each with its name's plain letters
    (:func:`plain_latin`): a Latin query that meets the key of a form so spelt in other
    letters (Gorzów, Chorzów or Chorzow: g, h and ch are one in the key, three letters in
    Polish) is a guess, as a typo is, however near the spelling."""
    return {
        i: plain_latin(entries[i].name_uk)
        for i in among
        if detect(entries[i].name_uk).script == "Latin"
    }


def outside_costs(query: Prepared, entry: Entry, score: float, why: list[str]) -> float:
    """``score`` less what ``entry`` loses for lying outside the oblast the query hints
    (:data:`HINT_COST`) and outside the raion or hromada it names (:data:`RAION_COST`),
    each with its reason added to ``why``: a form's reading and a loose one's alike."""
    if query.hint and entry.oblast not in query.hint:
        score -= HINT_COST
        why.append(f"outside the hinted oblast {'/'.join(query.hint)}: -{HINT_COST:g}")
    if query.units and not in_units(entry, query.units):
        score -= RAION_COST
        why.append(f"outside the raion or hromada named: -{RAION_COST:g}")
    return score


def score_form(
    query: Prepared,
    form: NameForm,
    form_normal: str,
    form_key: str,
    form_latin: str,
    entry: Entry,
    *,
    is_seat: bool,
    population: int = 0,
) -> Scored:
    """Score one form of one entry's name against the query, with the reasons."""
    why: list[str] = []
    native = is_cyrillic(query.normal) and is_cyrillic(form_normal)
    if query.normal == form_normal:
        base, how = 100.0, "exact"
        why.append(f"exact text of {form.source} form {form.text!r}")
    elif query.key == form_key and (not native or fold(query.normal) == fold(form_normal)):
        fine = fuzz.ratio(query.latin, form_latin)
        # The very letters in the other script (Першотравневе / Pershotravneve) are as good
        # as exact: within TIE_MARGIN of it, so a place that bears the exact form ties.
        transliterated = fine == 100.0 and query.normal.isascii() != form_normal.isascii()
        base = 100.0 - TIE_MARGIN if transliterated else VARIANT_FLOOR + 3.0 * fine / 100.0
        how = "variant"
        why.append(f"same key {form_key!r} as {form.source} form {form.text!r} ({fine:.0f}% alike)")
        if (
            is_cyrillic(query.normal)
            and is_cyrillic(entry.name_uk)  # (a list in Latin letters only is read so)
            and not native
            and fine < 100.0
            and "ё" not in query.normal
        ):
            # Cyrillic met a Latin form (GeoNames' Oleksandriïa) by its key alone, in other
            # letters than the place's Cyrillic names (Олександра, a first name, is none of
            # Олександрія's): a guess, as a Cyrillic typo is; but Russian ё, which no
            # Ukrainian name spells (Скелёва: Скельова), a Latin form keeps (Skel’ova)
            base = min(base, UNSURE_CEILING)
            why.append(f"Cyrillic that meets only a Latin form's key: at most {UNSURE_CEILING:g}")
        elif fine < 100.0 and not query.foreign and _own_latin(query.normal, form_latin, entry):
            # a place's own name in Latin letters (Chorzów, a list of Polish towns) met by
            # other letters that sound alike only in a romanisation's key (Gorzów: g, h and
            # ch are one there, three letters in Polish): a guess, as a typo is (another
            # spelling in alt_names, Lodž met by Lodsch, is a romanisation's business)
            base = min(base, UNSURE_CEILING)
            why.append(f"other Latin letters than a Latin name's: at most {UNSURE_CEILING:g}")
    else:
        distance = typo_similarity(query.key, form_key)
        fine = typo_similarity(query.latin, form_latin)
        ceiling = NATIVE_FUZZY_CEILING if native else FUZZY_CEILING
        why.append(f"key {query.key!r} ~ {form_key!r} of {form.source} form {form.text!r}")
        why.append(f"key similarity {distance:.0f}, spelling similarity {fine:.0f}")
        if fine > distance and not (query.foreign or is_cyrillic(query.normal)):
            # a slip that splits a digraph (Ilnytisa: ts -> ti-s) moves the key further
            # than the letters: for typed Latin (not Latin read from another script), the
            # closer of the two counts
            distance = fine
            why.append("the spelling is closer than the key: it counts for both")
        base, how = min(ceiling, 0.7 * distance + 0.3 * fine), "fuzzy"
        if native:
            why.append(f"other letters in the same script: at most {ceiling:g}")
    if base < 100.0 and query.foreign and base > UNSURE_CEILING:
        if how == "variant" and entry.category in CITY_CATEGORIES:
            why.append("romanised from another script, as a city's name")
        else:
            base = UNSURE_CEILING
            why.append(f"romanised from another script: at most {UNSURE_CEILING:g}")
    if how == "variant" and native and form.rank and base > UNSURE_CEILING:
        base = UNSURE_CEILING
        why.append(
            f"Cyrillic that is not the guessed Russian form itself: at most {UNSURE_CEILING:g}"
        )
    if how == "fuzzy" and (form.rank or form.source != "official") and base > UNSURE_CEILING:
        base = UNSURE_CEILING
        why.append(f"a typo away from a name not today's own: at most {UNSURE_CEILING:g}")
    if entry.category in UNIT_NAMED_LIKE_SEAT and query.wants != entry.category:
        base = min(base, UNSURE_CEILING)
        why.append(f"a {entry.category} unit not asked for by name: at most {UNSURE_CEILING:g}")
    kind: MatchKind = SOURCE_KIND.get(form.source) or how  # type: ignore[assignment]
    score = base - SOURCE_COST.get(form.source, 0.0) - GENERATED_COST * form.rank
    if form.source != "official":
        why.append(f"{form.source} name{f' ({form.note})' if form.note else ''}: -{base - score:g}")
    score = outside_costs(query, entry, score, why)
    weight = importance(entry.category, population)
    if entry.category in SETTLEMENT_CATEGORIES:
        prior = weight / 2.0
        told = f"population {population:,}" if population else f"category {entry.category}"
        why.append(f"{told}: {prior:+.2f} to rank")
    else:
        prior = CATEGORY_PRIOR.get(entry.category, 0.0)
        if entry.category:  # (of your own gazetteer's, an entry may have none: said nothing)
            why.append(f"category {entry.category}: {prior:+g} to rank")
    if entry.category in wished(query.wants):
        prior += WANTS_BONUS
        why.append(f"category {entry.category} asked for: +{WANTS_BONUS:g}")
    seat = SEAT_BONUS if is_seat else 0.0
    if is_seat:
        why.append(f"seat of its hromada: +{SEAT_BONUS:g} to rank")
    score = max(0.0, min(100.0, score))
    wanted = entry.category in wished(query.wants)
    return Scored(
        -1,
        round(score, 2),
        score + prior + seat,
        weight + (10.0 if wanted else 0.0),
        kind,
        form,
        tuple(why),
    )


def typo_similarity(a: str, b: str) -> float:
    """``fuzz.ratio`` of two spellings, where two neighbouring letters swapped (Mayrnivka,
    Marynivka) cost one edit, as a letter left out does, not two.

    ``fuzz.ratio`` counts inserts and deletes; a swap is one of each. People type swaps as
    often as they drop letters, and a reading should not rank a swapped name below every
    name a letter shorter or longer."""
    indel = Indel.distance(a, b)
    if indel < 2:
        return fuzz.ratio(a, b)
    swaps = Levenshtein.distance(a, b) - OSA.distance(a, b)
    if not swaps:
        return fuzz.ratio(a, b)
    return 100.0 * (1.0 - (indel - swaps) / (len(a) + len(b)))


def importance(category: str, population: int) -> float:
    """log10 of the population, or a typical one for the category; 0 for admin units."""
    if category not in SETTLEMENT_CATEGORIES:
        return 0.0
    if population > 0:
        return max(math.log10(population), 1.0)
    return DEFAULT_IMPORTANCE[category]


def unsure(ranked: list[Scored], why: str) -> list[Scored]:
    """``ranked`` with each candidate above :data:`UNSURE_CEILING` capped to it (``why``
    given), the others as they were."""
    return [s.capped(UNSURE_CEILING, why) if s.score > UNSURE_CEILING else s for s in ranked]


def order(scored: list[Scored]) -> list[Scored]:
    """Best rank first; equal ranks in gazetteer order (deterministic)."""
    return sorted(scored, key=lambda s: (-s.rank, s.position))


def foreign_script(text: str) -> bool:
    """Whether a query's ``text`` is written in a script other than Latin and Cyrillic
    (दोनेत्स्क), or in the pinyin of a Chinese name (``sa ji``): its letters are then no
    Ukrainian spelling, so its reading is the loose one and never sure
    (:attr:`Prepared.foreign`). Both the query's reading and a worker's prefetch of its
    forms ask it, so they read the same path."""
    if text.isascii():
        return is_pinyin(text)
    if is_cyrillic(text) or not _BEYOND_LATIN.search(text):
        return False  # (accented Latin letters, the commonest: no script to detect)
    return detect(text).script not in ("Latin", "Mixed", "Unknown")


_LATIN_LETTER = lazy_compile(r"[A-Za-z\u00c0-\u024f]")
#: A letter outside :data:`_LATIN_LETTER`'s ranges (all of whose letters are of the Latin
#: script): only a text with one may be of another script.
_BEYOND_LATIN = lazy_compile(r"[^\W\d_A-Za-z\u00c0-\u024f]")


def in_other_script(text: str) -> bool:
    """Whether a form is written in neither Cyrillic nor Latin letters (दोनेत्स्क, دونيتسك):
    a Cyrillic query is not read against it."""
    return not is_cyrillic(text) and _LATIN_LETTER.search(text) is None
