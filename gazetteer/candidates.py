"""Gathering and scoring the candidate forms of one query: the hot loop of every lookup.

A query meets every form whose match key is its own (and, when none of them will do, the
forms of keys a typo away). Each is scored exactly as :func:`gazetteer.rank.score_form`
scores it, but with the entry's priors read from columns made once per gazetteer, the
spellings read from the index, and no reasons written: the reasons of the few candidates
that are shown are made on demand, by ``score_form`` itself. ``tests/test_candidates.py``
holds the two to the same numbers.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence
from functools import lru_cache
from itertools import repeat
from operator import itemgetter

from rapidfuzz import fuzz

from .formarrays import ARRAY_FORMS, FormArrays, prefetched
from .formbatch import ranked_best
from .index import NAME_SOURCES, NameForm, NameIndex
from .model import Entry
from .priors import EntryPriors
from .rank import (
    ADMIN_CATEGORIES,
    CITY_CATEGORIES,
    FUZZY_CEILING,
    GENERATED_COST,
    HINT_COST,
    NATIVE_FUZZY_CEILING,
    RAION_COST,
    SOURCE_COST,
    SOURCE_KIND,
    TIE_MARGIN,
    UNIT_NAMED_LIKE_SEAT,
    UNSURE_CEILING,
    VARIANT_FLOOR,
    WANTS_BONUS,
    Prepared,
    Scored,
    fold,
    in_other_script,
    in_units,
    is_cyrillic,
    score_form,
    typo_similarity,
    wished,
)
from .scored import rounded

#: How many forms are scored at most (the query's own key first, then the closest keys).
MAX_FORMS = 400

#: Per source id (see :data:`NAME_SOURCES`): its cost and the kind it gives a match, if any.
_COST_BY_ID = tuple(SOURCE_COST.get(s, 0.0) for s in NAME_SOURCES)
_KIND_BY_ID = tuple(SOURCE_KIND.get(s) for s in NAME_SOURCES)
_NO_CATEGORIES: frozenset[str] = frozenset()
#: A group's positions, of its ``(key, positions)`` (summed in C: a typo meets forty keys).
_POSITIONS = itemgetter(1)


def gather(
    index: NameIndex,
    key: str,
    allowed: Collection[str],
    hint: Collection[str],
    oblast_of: Sequence[str],
    *,
    typos: bool = True,
) -> list[tuple[str, Sequence[int]]]:
    """The forms to score, by key: ``key``'s own, then those of near keys when needed.

    Near keys are read (with ``typos``) when the key has no form of an allowed source, or
    none in the hinted oblasts. At most :data:`MAX_FORMS` forms, the first met first.
    """
    wanted = None if len(allowed) == len(NAME_SOURCES) else _source_ids(frozenset(allowed))
    own: Sequence[int] = index.keyed_array(key)
    if wanted is not None:
        source = index.source_id_of
        own = [p for p in own if source[p] in wanted]
    out = [(key, own[:MAX_FORMS])] if own else []
    entry_of = index.entry_of
    if typos and (not own or (hint and not any(oblast_of[entry_of[p]] in hint for p in own))):
        out += index.keyed_groups(index.near_keys(key), MAX_FORMS - len(own), wanted)
    return out


@lru_cache(maxsize=64)
def _source_ids(allowed: frozenset[str]) -> frozenset[int]:
    """The ids (see :data:`NAME_SOURCES`) of the sources ``allowed``."""
    return frozenset(i for i, s in enumerate(NAME_SOURCES) if s in allowed)


class Reading:
    """The scored candidates of one query, one per entry: its best-ranked form."""

    def __init__(
        self,
        query: Prepared,
        index: NameIndex,
        entries: Sequence[Entry],
        priors: EntryPriors,
        population: dict[int, int],
        arrays: Callable[[], FormArrays | None] | None = None,
    ) -> None:
        self.query = query
        self._arrays = arrays
        self._index = index
        self._entries = entries
        self._priors = priors
        self._population = population
        #: entry -> (rank, position of the form, its key, score, kind)
        self._best: dict[int, tuple[float, int, str, float, str]] = {}
        #: of a query scored as arrays: its entries, their forms' positions and groups, and
        #: the groups (a form's key is read off them for the few candidates shown only)
        self._array_best: (
            tuple[list[int], list[int], list[int], list[tuple[str, Sequence[int]]]] | None
        ) = None
        self._array_index: dict[int, int] | None = None  #: entry -> its place in those lists
        self._array_form: dict[int, int] | None = None  #: entry -> its form's position

    def ranked(
        self, groups: list[tuple[str, Sequence[int]]], *, gathered: bool = False
    ) -> list[Scored]:
        """Score every form of ``groups`` (see :func:`gather`); one candidate per entry.

        The candidates come in the order :func:`gazetteer.rank.order` gives them. Groups
        ``gathered`` ahead for a block of values (:mod:`gazetteer.prefetch`) may have been
        scored there too, however few their forms: their scores are then read off.
        """
        q = self.query
        qnormal, qkey, qlatin, wants, hint = q.normal, q.key, q.latin, q.wants, q.hint
        qascii = qnormal.isascii()
        # A Cyrillic query meets Cyrillic forms only, and reads their letters strictly.
        qcyrillic = not qascii and is_cyrillic(qnormal)
        units = q.units
        if self._arrays is not None and not (qcyrillic or units):
            arrays = self._arrays() if gathered else None  # (made: the block's were scored)
            if arrays is not None and prefetched(
                arrays, q, groups, self._index.may_have_normal(qnormal)
            ):
                return self._ranked_arrays(groups, arrays)  # (its forms not counted again)
            if sum(map(len, map(_POSITIONS, groups))) >= ARRAY_FORMS:
                arrays = self._arrays()
                if arrays is not None:
                    return self._ranked_arrays(groups, arrays)
        index, priors, best = self._index, self._priors, self._best
        entry_of, text_of, latin_of = index.entry_of, index.text_of, index.latin_of
        odd_normal, source_of, rank_of = index.odd_normal, index.source_id_of, index.rank_of
        category_of, oblast_of, uncyrillic = priors.category, priors.oblast, priors.uncyrillic
        weight_of, prior_of, seat_of = priors.weight, priors.prior, priors.seat
        ratio = fuzz.ratio
        # No form bears the query's text (a variant, a typo): no form need be compared to it.
        maybe_exact = index.may_have_normal(qnormal)
        qfold = fold(qnormal) if qcyrillic else ""
        foreign = q.foreign
        # Near a key, admin units are skipped, and units named like their seat unsure, unasked
        wish = wished(wants)
        unasked_admin = ADMIN_CATEGORIES - {wants}
        unasked_units = UNIT_NAMED_LIKE_SEAT - {wants}
        for key, positions in groups:
            same_key = key == qkey
            distance = 100.0 if same_key else typo_similarity(qkey, key)
            near = "variant" if same_key else "fuzzy"
            skipped = _NO_CATEGORIES if same_key else unasked_admin
            # many forms share a spelling (a name's villages): Latin -> base
            base_of: dict[str, float] = {}
            for p in positions:
                e = entry_of[p]
                category = category_of[e]
                if category in skipped:
                    continue
                if (
                    qcyrillic
                    and (text_of[p].isascii() or in_other_script(text_of[p]))
                    and e not in uncyrillic
                ):
                    continue  # (not ASCII, nor another script's: दोनेत्स्क, Донецька's key)
                sid, generated = source_of[p], rank_of[p]
                if maybe_exact:
                    normal = odd_normal.get(p)
                    if normal is None:
                        normal = text_of[p].lower()
                else:
                    normal = None
                if normal == qnormal:
                    base, how = 100.0, "exact"
                elif qcyrillic:
                    base, how = self._native(p, normal, same_key, distance, qfold, e in uncyrillic)
                    if how == "variant" and generated and base > UNSURE_CEILING:
                        base = UNSURE_CEILING  # Cyrillic near, not at, a guessed Russian form
                else:
                    how = near
                    latin = latin_of[p]
                    known = base_of.get(latin)
                    if known is not None:
                        base = known
                    else:
                        if same_key:
                            base = VARIANT_FLOOR + 3.0 * ratio(qlatin, latin) / 100.0
                        else:
                            fine = typo_similarity(qlatin, latin)
                            key_part = distance if foreign else max(distance, fine)
                            base = 0.7 * key_part + 0.3 * fine
                            if base > FUZZY_CEILING:
                                base = FUZZY_CEILING
                        base_of[latin] = base
                    if same_key and latin == qlatin and qascii != text_of[p].isascii():
                        base = 100.0 - TIE_MARGIN  # the very letters, in the other script
                    if (
                        foreign
                        and base > UNSURE_CEILING
                        and not (same_key and category in CITY_CATEGORIES)
                    ):
                        base = UNSURE_CEILING  # other script, unless read as a city's name
                    elif same_key and latin != qlatin and priors.latin_named.get(e) == latin:
                        base = min(base, UNSURE_CEILING)  # (rank.latin_named)
                if base > UNSURE_CEILING and (
                    (how == "fuzzy" and (generated or sid)) or category in unasked_units
                ):
                    base = UNSURE_CEILING  # a typo away from a name not today's own, or a unit
                score = base - _COST_BY_ID[sid] - GENERATED_COST * generated
                if hint and oblast_of[e] not in hint:
                    score -= HINT_COST
                if units and not in_units(self._entries[e], units):
                    score -= RAION_COST
                if score > 100.0:
                    score = 100.0
                elif not score > 0.0:
                    score = 0.0
                rank = score + prior_of[e] + seat_of[e]
                if category in wish:  # the same sum, with the prior of the wish
                    rank = score + (prior_of[e] + WANTS_BONUS) + seat_of[e]
                held = best.get(e)
                if held is None or rank > held[0]:
                    best[e] = (rank, p, key, score, _KIND_BY_ID[sid] or how)
        ranks = sorted([(-held[0], e) for e, held in best.items()])  # rank.order's key
        out = []
        for _, e in ranks:
            rank, _, _, score, kind = best[e]
            weight = weight_of[e] + (10.0 if category_of[e] in wish else 0.0)
            # (positional: a keyword argument makes the call slower)
            out.append(Scored(e, round(score, 2), rank, weight, kind, None, None, self))  # type: ignore[arg-type]
        return out

    def _ranked_arrays(
        self, groups: list[tuple[str, Sequence[int]]], arrays: FormArrays
    ) -> list[Scored]:
        """:meth:`ranked` as array operations (:mod:`gazetteer.formarrays`)."""
        q = self.query
        maybe_exact = self._index.may_have_normal(q.normal)
        best = ranked_best(arrays, q, groups, maybe_exact)
        if best is None:
            return []
        kinds = best.kinds
        self._array_best = (best.entry, best.position, best.group, groups)  # (keys: when read)
        weights = best.weight
        if q.wants:
            category_of, wish = self._priors.category, wished(q.wants)
            weights = [
                w + 10.0 if category_of[e] in wish else w for e, w in zip(best.entry, weights)
            ]
        n = len(best.entry)
        # (positional: keyword arguments make the call slower)
        return list(
            map(
                Scored,
                best.entry,
                rounded(best.score),
                best.rank,
                weights,
                kinds,
                repeat(None, n),
                repeat(None, n),
                repeat(self, n),
            )
        )

    def _native(
        self,
        p: int,
        normal: str | None,
        same_key: bool,
        distance: float,
        qfold: str,
        latin_named: bool = False,
    ) -> tuple[float, str]:
        """Base score and how, of a Cyrillic query against a form (as score_form rules) of a
        place named in Cyrillic, or only in other letters when ``latin_named``."""
        index = self._index
        if normal is None:
            normal = index.normal_of(p)
        native = is_cyrillic(normal)
        if same_key and (not native or fold(normal) == qfold):
            fine = fuzz.ratio(self.query.latin, index.latin_of[p])
            base = VARIANT_FLOOR + 3.0 * fine / 100.0
            if not (native or latin_named) and fine < 100.0 and "ё" not in self.query.normal:
                base = min(base, UNSURE_CEILING)
            return base, "variant"
        fine = typo_similarity(self.query.latin, index.latin_of[p])
        ceiling = NATIVE_FUZZY_CEILING if native else FUZZY_CEILING
        return min(ceiling, 0.7 * distance + 0.3 * fine), "fuzzy"

    def _form(self, position: int) -> tuple[int, str]:
        """The position and key of the form that entry ``position`` scored with."""
        held = self._best.get(position)
        if held is not None:
            return held[1], held[2]
        if self._array_best is None:
            raise KeyError(position)
        entries, positions, group_of, groups = self._array_best
        if self._array_index is None:
            self._array_index = {e: n for n, e in enumerate(entries)}
        n = self._array_index[position]
        return positions[n], groups[group_of[n]][0]

    def _form_at(self, position: int) -> int:
        """The position of the form that entry ``position`` scored with: :meth:`_form`
        without its key, which the form's text (read of every candidate a resolution
        lists) does not need."""
        held = self._best.get(position)
        if held is not None:
            return held[1]
        if self._array_form is None:
            if self._array_best is None:
                raise KeyError(position)
            self._array_form = dict(zip(self._array_best[0], self._array_best[1]))
        return self._array_form[position]

    def text_of(self, position: int) -> str:
        """The text of the form that entry ``position`` scored with (:meth:`_form_at`, its
        commonest case read here: read of every candidate a resolution lists)."""
        held = self._best.get(position)
        if held is None:
            at = self._array_form
            return self._index.text_of[self._form_at(position) if at is None else at[position]]
        return self._index.text_of[held[1]]

    def latin_of(self, position: int) -> str:
        """The plain Latin of that form's text (:attr:`NameIndex.latin_of`)."""
        return self._index.latin_of[self._form_at(position)]

    def form_of(self, position: int) -> NameForm:
        """The form that entry ``position`` scored with."""
        return self._index.form(self._form_at(position))

    def explain_of(self, position: int, form: NameForm) -> tuple[str, ...]:
        """The reasons, as :func:`gazetteer.rank.score_form` gives them for ``form``."""
        p, key = self._form(position)
        index = self._index
        return score_form(
            self.query,
            form,
            index.normal_of(p),
            key,
            index.latin_of[p],
            self._entries[position],
            is_seat=position in self._priors.seats,
            population=self._population.get(position, 0),
        ).explain
