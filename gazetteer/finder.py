"""Every way a prepared query meets the entries, strongest first.

1. Its forms, by match key (and typos): :mod:`gazetteer.candidates`.
2. When nothing is confident, the other shapes of an archival name
   (:mod:`gazetteer.variants`), each at most :data:`READING_CEILING`.
3. A query not in Cyrillic: when nothing reaches the threshold, well-known places by their
   consonants (:mod:`gazetteer.loose`); when a village is met inexactly, a far bigger place
   with the very same consonants makes the reading unsure.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from rapidfuzz import fuzz

from translit import match_key

from .apostrophes import apostrophes_first
from .attested import attested_first
from .candidates import EntryPriors, Reading, gather
from .formarrays import FormArrays
from .index import NameIndex
from .loose import LOOSE_FLOOR, LooseIndex, loose_score
from .model import Entry
from .rank import (
    CITY_CATEGORIES,
    HINT_COST,
    SETTLEMENT_CATEGORIES,
    UNSURE_CEILING,
    Prepared,
    Scored,
    foreign_script,
    importance,
    is_cyrillic,
    order,
    unsure,
)
from .renamedlast import renamed_entries, renamed_last
from .swapslips import swap_groups
from .ties import OUTWEIGH_IMPORTANCE
from .typoties import equal_slips_unsure
from .unasked import stem_unsure
from .variants import HALF, ending_variants, name_variants
from .words import PLACE_WORDS

#: How alike (``fuzz.ratio`` of match keys) a far bigger place's name must be to the text, as
#: well as its consonants, to make a small place's inexact reading unsure (it is offered beside
#: it all the same): consonant classes alone fold l with r and drop vowels (Rabotino has
#: Люботин's, Karpiha Карлівка's, Truški Тараща's), and a name that far in letters is no slip
#: for the bigger place's. Not for a text from another script (リウネ: riune, Rivne), whose
#: vowels are the transcriber's.
_KEYS_ALIKE = 75.0

#: Queries meeting many forms are scored as arrays from this one on (see form_arrays).
ARRAYS_AFTER = 256
#: A query's answer is ``unmatched`` below this score unless the caller sets another.
DEFAULT_MIN_SCORE = 80.0
#: Below this score the best candidate is only a guess: ``resolve`` calls it ambiguous.
CONFIDENT_SCORE = 90.0
#: The best score of a name found only through another shape of it (gazetteer.variants)...
READING_CEILING = 86.0
#: ...which must match that shape exactly or as a spelling variant (not as a typo)...
READING_EVIDENCE = 95.0
#: ...and ranks this much lower for each reading listed before it.
READING_ORDER_COST = 0.01
#: A town met as one half of a double name ranks this much below (Русино-Берестечко is a
#: village beside a Берестечко, not the town: a register would write the town's name alone).
HALF_TOWN_COST = 4.0


class Finder:
    """The query path below the cleaned query: forms, readings and loose matches."""

    def __init__(
        self,
        entries: Sequence[Entry],
        index: NameIndex,
        seats: frozenset[int],
        population: dict[int, int],
    ) -> None:
        self.entries = entries
        self.index = index
        self.population = population
        self.priors = EntryPriors(entries, seats, population)
        self._loose: LooseIndex | None = None
        self._arrays: FormArrays | None = None
        self._array_queries = 0  #: queries that could have been scored as arrays so far
        self._renamed: frozenset[int] | None = None  #: see :func:`renamed_entries`
        #: (key, sources, hint) -> the forms :func:`gather` gives (see :meth:`forms`)
        self.gathered: dict[tuple[str, frozenset[str], tuple[str, ...]], list[Any]] = {}
        #: (name, wants, hint) -> its :class:`Prepared` (no units), made ahead with the
        #: forms (see :meth:`prepared_of`)
        self.prepared: dict[tuple[str, str, tuple[str, ...]], Prepared] = {}

    def prepared_of(
        self, name: str, wants: str, hint: tuple[str, ...], units: tuple[str, ...]
    ) -> Prepared:
        """``Prepared.of(name, ...)`` with its context: the one :mod:`gazetteer.prefetch`
        made for the name when it gathered its forms (each of them made once a value)."""
        held = None if units else self.prepared.get((name, wants, hint))
        if held is not None:
            return held
        return Prepared.of(name, wants=wants, hint=hint, units=units, foreign=foreign_script(name))

    def candidates(self, raw: str, prepared: Prepared, allowed: frozenset[str]) -> list[Scored]:
        """The scored candidates of ``prepared`` (``raw`` as written), best first; among equal
        ranks, a place renamed to the name met last (:mod:`gazetteer.renamedlast`)."""
        ranked = renamed_last(self._candidates(raw, prepared, allowed), self._renamed_entries())
        # (Kirovograd with the official names only: the oblast, unsure; the city bore it)
        return stem_unsure(ranked, prepared, allowed, self.index, self.entries)

    def _renamed_entries(self) -> frozenset[int]:
        """The entries that bear their name since a renaming (:func:`renamed_entries`)."""
        if self._renamed is None:
            self._renamed = renamed_entries(self.index, self.entries)
        return self._renamed

    def _candidates(self, raw: str, prepared: Prepared, allowed: frozenset[str]) -> list[Scored]:
        ranked = self.forms(prepared, allowed)
        if not ranked or ranked[0].score < CONFIDENT_SCORE:
            readings = self._readings(raw, prepared, allowed)
            if readings:
                ranked = merged(ranked, readings)
        if is_cyrillic(prepared.normal):
            return ranked
        if not ranked or ranked[0].score < DEFAULT_MIN_SCORE:
            if self._known_outside_hint(prepared, ranked) or _words_of_a_kind(raw, prepared):
                # Kyiv hinted to Kharkiv oblast: the name is plainly another oblast's, and a
                # consonant likeness inside the hint (Chuhuiv) would only be a guess
                return ranked
            # a place the forms met only faintly (Полтава, a typo away from nothing) keeps
            # whichever of its two readings ranks higher
            near = self._loose_index().near(prepared.name)
            return merged(ranked, self._loose_candidates(prepared, allowed, near))
        best = ranked[0]
        if (
            best.kind == "fuzzy"
            and best.score > UNSURE_CEILING
            and self.entries[best.position].category not in CITY_CATEGORIES
        ):  # (a city's name with an ending is another language's case: Poltavae, Khersoni)
            ranked = other_endings_unsure(prepared, ranked)
        # (a city too: Pokrovskl is Покровськ with a letter added or Покровське with one changed)
        ranked = equal_slips_unsure(prepared.latin, ranked)
        if ranked[0].score < 100.0 and self.entries[ranked[0].position].category not in (
            CITY_CATEGORIES
        ):
            return self._beside_cities(prepared, allowed, ranked)
        return ranked

    def forms(
        self, prepared: Prepared, allowed: frozenset[str], *, typos: bool = True
    ) -> list[Scored]:
        """The best form of each entry the query's key (or, with ``typos``, a near one) meets."""
        # (a block's typo queries' forms are gathered ahead: gazetteer.prefetch)
        groups = self.gathered.get((prepared.key, allowed, prepared.hint)) if typos else None
        gathered = groups is not None
        if groups is None:
            oblast_of = self.priors.oblast
            groups = gather(
                self.index, prepared.key, allowed, prepared.hint, oblast_of, typos=typos
            )
        if typos and (not groups or groups[0][0] != prepared.key or len(groups) > 1):
            groups = swap_groups(self.index, prepared.normal, prepared.key, groups, allowed)
        reading = Reading(
            prepared, self.index, self.entries, self.priors, self.population, self.form_arrays
        )
        ranked = reading.ranked(groups, gathered=gathered)
        ranked = attested_first(prepared, ranked, groups, self.index, self.priors, self.entries)
        if not groups or groups[0][0] != prepared.key:
            # a typo's forms, all of other keys (gather puts the query's own first): none
            # is of the query's key, which apostrophes_first holds the others below
            return ranked
        return apostrophes_first(prepared, ranked, self.priors, self.entries)

    def _known_outside_hint(self, prepared: Prepared, ranked: list[Scored]) -> bool:
        """Whether the query's own key met a form of another oblast's entry that would be a
        confident match but for the hint's cost."""
        if not prepared.hint:
            return False
        oblast, entry_of = self.priors.oblast, self.index.entry_of
        return any(
            s.kind not in ("fuzzy", "loose")
            and s.score + HINT_COST >= CONFIDENT_SCORE
            and oblast[entry_of[s.position]] not in prepared.hint
            for s in ranked
        )

    def form_arrays(self) -> FormArrays | None:
        """The index's forms and entries as arrays, once :data:`ARRAYS_AFTER` queries have
        asked for them (making them costs what scoring a few hundred queries saves)."""
        if self._arrays is None:
            self._array_queries += 1
            if self._array_queries < ARRAYS_AFTER:
                return None
            self.warm()
        return self._arrays

    def warm(self) -> None:
        """Make the parts made on first use now (before a batch forks its workers, which
        then share them)."""
        if self._arrays is None:
            self._arrays = FormArrays.cached(self.index, self.priors)
        self._loose_index()
        self.index.typo_index()
        self._renamed_entries()

    def _readings(self, raw: str, prepared: Prepared, allowed: frozenset[str]) -> list[Scored]:
        """What the other shapes of an archival name find, each at most READING_CEILING; a
        shape with another ending only when the text it changes found nothing."""
        found: dict[int, Scored] = {}
        met = set()  # the texts that found a settlement (a city's district is no village)
        shapes = [(text, reason, "") for text, reason in name_variants(raw, prepared.name)]
        shapes += [(text, why, base) for base, text, why in ending_variants(prepared.name)]
        for order_cost, (text, reason, base) in enumerate(shapes):
            if (base and base in met) or not self.index.has_forms(match_key(text)):
                continue  # (most shapes name nothing: their key tells, before any scoring)
            for s in self.forms(prepared.reading(text), allowed, typos=False):
                if s.score < READING_EVIDENCE:
                    continue
                if self.priors.category[s.position] in SETTLEMENT_CATEGORIES:
                    met.add(text)
                capped = s.capped(READING_CEILING, f"{reason}: at most {READING_CEILING:g}")
                # The readings come best first: a later one ranks a little lower.
                capped.rank -= READING_ORDER_COST * order_cost
                if HALF in reason and self.priors.category[s.position] in CITY_CATEGORIES:
                    capped.rank -= HALF_TOWN_COST
                held = found.get(s.position)
                if held is None or capped.rank > held.rank:
                    found[s.position] = capped
        return order(list(found.values()))

    def _beside_cities(
        self, prepared: Prepared, allowed: frozenset[str], ranked: list[Scored]
    ) -> list[Scored]:
        """A non-exact reading of a small place is unsure when a far bigger place's name has
        the same consonants (``mirgorodi``: the village Миргороди or the city Миргород)."""
        top = ranked[0]
        loose = self._loose_index()
        skeleton = loose.skeleton_of(prepared)
        if not (prepared.foreign or loose.specific(skeleton)):
            return ranked  # a short Latin skeleton says too little; another script's does
        weight, bigger = self.priors.weight, top.importance + OUTWEIGH_IMPORTANCE
        entry_of = self.index.entry_of
        alike = loose.same(skeleton)
        for p in alike:  # (a loop: a comprehension here would make closure cells every call)
            if weight[entry_of[p]] >= bigger:
                return self._bigger_alike(prepared, allowed, ranked, alike, bigger)
        return ranked

    def _bigger_alike(
        self,
        prepared: Prepared,
        allowed: frozenset[str],
        ranked: list[Scored],
        alike: Sequence[int],
        bigger: float,
    ) -> list[Scored]:
        """:meth:`_beside_cities` of a query whose skeleton a far bigger place's form has
        (``alike``: the forms of that skeleton; ``bigger``: the importance that outweighs)."""
        top, entry_of = ranked[0], self.index.entry_of
        own_name = self.entries[top.position].name_uk  # (namesakes tie as namesakes do)
        # (only the forms of places big enough are scored: a candidate's importance is its
        # entry's, as loose_score weighs it)
        category, people = self.priors.category, self.population
        big = [
            (p, 100.0)
            for p in alike
            if importance(category[e := entry_of[p]], people.get(e, 0)) >= bigger
        ]
        cities = {
            s.position: s
            for s in self._loose_candidates(prepared, allowed, big)
            if s.importance >= bigger
            and s.score >= LOOSE_FLOOR
            and self.entries[s.position].name_uk != own_name
        }
        if not cities:
            return ranked
        held = [s for s in ranked if s.position not in cities or s.rank >= cities[s.position].rank]
        kept = {s.position for s in held}
        extra = [s for p, s in cities.items() if p not in kept]
        if top.score <= UNSURE_CEILING or not any(
            prepared.foreign or fuzz.ratio(prepared.key, match_key(s.form.text)) >= _KEYS_ALIKE
            for s in cities.values()
        ):  # (offered beside it, but only a bigger place alike in letters too makes it unsure)
            return order(held + extra)
        why = f"a far bigger place has the same consonants: at most {UNSURE_CEILING:g}"
        # (the cap evens out what a typed apostrophe told apart: Horob'ivka, Гороб’ївка)
        return apostrophes_first(
            prepared, order(unsure(held, why) + extra), self.priors, self.entries
        )

    def _loose_index(self) -> LooseIndex:
        if self._loose is None:
            self._loose = LooseIndex(self.priors.category, self.index, self.population)
        return self._loose

    def _loose_candidates(
        self, prepared: Prepared, allowed: frozenset[str], near: list[tuple[int, float]]
    ) -> list[Scored]:
        """The well-known places of ``near`` (form positions with their skeletons'
        likeness), one candidate per entry."""
        found: dict[int, Scored] = {}
        for p, likeness in near:
            if self.index.source_of(p) not in allowed:
                continue
            form = self.index.form(p)
            entry = self.entries[form.entry]
            s = loose_score(prepared, form, likeness, entry, self.population.get(form.entry, 0))
            held = found.get(form.entry)
            if held is None or s.rank > held.rank:
                found[form.entry] = s
        return list(found.values())


_VOWELS = frozenset("aeiouy")


def _words_of_a_kind(raw: str, prepared: Prepared) -> bool:
    """Whether a text in Latin letters says what kind of place, not which: only settlement
    or site words (Harbour, Outskirts), or one beside a word too short for its consonants
    to stand for one name (Old Town, New Town, Big City, Town Hall, Old Port). Its
    consonants meet some city's (Old: Yalta), a reading no name was written for."""
    if not raw.isascii():
        return False
    kinds = [word in PLACE_WORDS for word in _LATIN_WORD.findall(raw.casefold())]
    return any(kinds) and (all(kinds) or not LooseIndex.specific(LooseIndex.skeleton_of(prepared)))


_LATIN_WORD = re.compile(r"[a-z]+")


def other_endings_unsure(prepared: Prepared, ranked: list[Scored]) -> list[Scored]:
    """``ranked`` made unsure (every candidate at most :data:`UNSURE_CEILING`) when the best
    is a typo reading that differs from the name only in its final vowels: an ending makes
    another village's name (Карачуни, a plural, is not the village Карачун), where a slip
    inside a name (Volodymr) leaves it readable."""
    best = ranked[0]
    if not _ending_differs(prepared.latin, best.latin_letters):
        return ranked
    why = f"only the ending differs, which makes another name: at most {UNSURE_CEILING:g}"
    return order(unsure(ranked, why))


def _ending_differs(query: str, name: str) -> bool:
    """Whether two spellings differ only in vowels after a shared stem of four letters, and
    not by two of them swapped."""
    shared = 0
    for a, b in zip(query, name):
        if a != b:
            break
        shared += 1
    mine, theirs = query[shared:], name[shared:]
    if sorted(mine) == sorted(theirs):  # two letters swapped (Zaporizhzhai): a slip
        return False
    return shared >= 4 and set(mine + theirs) <= _VOWELS


def merged(*lists: list[Scored]) -> list[Scored]:
    """One candidate per entry (the best-ranked) from several lists, in order."""
    best: dict[int, Scored] = {}
    for scored in lists:
        for s in scored:
            if s.position not in best or s.rank > best[s.position].rank:
                best[s.position] = s
    return order(list(best.values()))
