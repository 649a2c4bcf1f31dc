"""The hot loop of :mod:`gazetteer.candidates` in array operations, for queries that meet many
forms.

A name borne by dozens of villages (Любимівка, Михайлівка) meets hundreds of forms: their
official, romanised, Russian and former spellings. Scoring each in Python costs about two
microseconds; here the forms of a query are scored as numpy arrays, with the same rules and
the same floating-point operations in the same order, so both paths give identical numbers
(``tests/test_formarrays.py`` holds them to it). The few spellings the forms share are
compared once each with rapidfuzz, as the Python loop does. The rule itself is
:mod:`gazetteer.formscore`'s, which scores a block of queries too (:mod:`gazetteer.formbatch`);
here are the columns it reads and the scores kept of the last queries.

Only queries in Latin letters (or another script read into them) take this path: a Cyrillic
query's comparison reads each form's letters (:meth:`Reading._native`), which stays in Python.
"""

from __future__ import annotations

from array import array
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any
from zlib import adler32, crc32

from rapidfuzz import fuzz, process
from rapidfuzz.distance import OSA, Levenshtein

from . import formscore
from .formscore import HOW, KEEP, Scores, with_swaps  # noqa: F401 (KEEP: as before)
from .index import NAME_SOURCES, NameIndex
from .rank import (
    ADMIN_CATEGORIES,
    CITY_CATEGORIES,
    SOURCE_COST,
    SOURCE_KIND,
    UNIT_NAMED_LIKE_SEAT,
    Prepared,
    typo_similarity,
    wished,
)
from .storage import fingerprint, load_cached, store_cached

if TYPE_CHECKING:
    from .candidates import EntryPriors

#: A query whose groups hold at least this many forms is scored as arrays (below it, the
#: arrays' fixed cost exceeds the Python loop's).
ARRAY_FORMS = 48

#: For how many queries the scores before the hint's cost are kept (see score_arrays).
UNHINTED_KEPT = 64

#: The disk cache of the embedded gazetteer's arrays, and the modules they are made by.
CACHE_NAME = "katottg-formarrays"
_CODE_FILES = ("formarrays.py", "candidates.py", "rank.py")


class FormArrays:
    """Columns of every form and entry as numpy arrays (see :meth:`Finder.form_arrays` for
    when they are made)."""

    def __init__(self, index: NameIndex, priors: EntryPriors) -> None:
        import numpy as np

        self.np = np
        self.entry = np.frombuffer(index.entry_of, dtype=np.int32)
        self.source = np.frombuffer(bytes(index.source_id_of), dtype=np.uint8)
        self.generated = np.frombuffer(index.rank_of, dtype=np.int8).astype(np.float64)
        latin_ids: dict[str, int] = {}
        self.latin = np.array(
            [latin_ids.setdefault(t, len(latin_ids)) for t in index.latin_of], dtype=np.int32
        )
        self.latin_text = np.array(list(latin_ids), dtype=object)
        self.ascii = np.array([t.isascii() for t in index.text_of], dtype=bool)
        size = len(index)
        crcs, sums = array("I", bytes(4 * size)), array("I", bytes(4 * size))
        for p in range(size):
            normal = index.normal_of(p).encode("utf-8", "surrogatepass")
            crcs[p], sums[p] = crc32(normal), adler32(normal)
        #: CRC-32 of each form's normal form: the few forms that may bear a query's text
        self.crc = np.frombuffer(crcs, dtype=np.uint32)
        #: Adler-32 of each form's normal form: where the forms that may bear a query's text
        #: all share it (and the CRC), they bear one text, compared once: a name borne by
        #: sixty villages is compared with the query's text once, not sixty times. (Both
        #: checksums are the same in every process, so the arrays can be cached.)
        self.normal_hash = np.frombuffer(sums, dtype=np.uint32)
        self.index = index
        self.cost = np.array([SOURCE_COST.get(s, 0.0) for s in NAME_SOURCES])
        #: a form is the name today or a guess at it: a typo of it is worth less when not
        self.unsure_when_fuzzy = (self.source != 0) | (self.generated != 0)
        categories = sorted(set(priors.category))
        self.categories = categories
        number = {c: n for n, c in enumerate(categories)}
        self.category = np.array([number[c] for c in priors.category], dtype=np.int16)
        oblasts = sorted(set(priors.oblast))
        self.oblasts = {o: n for n, o in enumerate(oblasts)}
        self.oblast = np.array([self.oblasts[o] for o in priors.oblast], dtype=np.int16)
        self.prior = np.array(priors.prior)
        self.weight = np.array(priors.weight)
        #: the match kind by source * 3 + how code
        self.kind_names = np.array(
            [SOURCE_KIND.get(s) or how for s in NAME_SOURCES for how in HOW], dtype=object
        )
        self.seat = np.array(priors.seat)
        self.city = self._of_categories(CITY_CATEGORIES)
        #: the forms that spell their entry's own name in Latin letters (Chorzów, Chorzow;
        #: none in KATOTTG): see rank.latin_named
        own = priors.latin_named
        self.own_latin = np.array(
            [own.get(e) == t for e, t in zip(index.entry_of, index.latin_of)] if own else [],
            dtype=bool,
        )
        self._tables: dict[str, tuple[Any, Any, Any]] = {}
        self._outside: dict[tuple[str, ...], Any] = {}
        #: the last queries' forms scored but for the hint (see score_arrays)
        self.unhinted: dict[tuple[Any, ...], tuple[Any, ...] | None] = {}
        #: (id of groups, query) -> (the groups, their forms scored but for the hint):
        #: those of a block's values, scored together (:mod:`gazetteer.prefetch`)
        self.prefetched: dict[tuple[Any, ...], tuple[Any, ...]] = {}

    @classmethod
    def cached(cls, index: NameIndex, priors: EntryPriors) -> FormArrays:
        """The arrays of ``index``: read from the disk cache when the index has one (the
        embedded gazetteer's: :attr:`NameIndex.near_cache`), else made (and then cached)."""
        if index.near_cache is None:
            return cls(index, priors)
        code = b"".join(Path(__file__).with_name(n).read_bytes() for n in _CODE_FILES)
        key = fingerprint(index.near_cache[1], code)
        arrays = load_cached(CACHE_NAME, key)
        if isinstance(arrays, FormArrays):
            arrays.index = index
            return arrays
        arrays = cls(index, priors)
        store_cached(CACHE_NAME, key, arrays)
        return arrays

    def __getstate__(self) -> dict[str, Any]:
        # numpy and the index are not stored: the index is given back on load
        transient = ("np", "index", "unhinted", "prefetched")
        return {k: v for k, v in self.__dict__.items() if k not in transient}

    def __setstate__(self, state: dict[str, Any]) -> None:
        import numpy as np

        self.__dict__.update(state)
        self.np = np
        self.unhinted, self.prefetched = {}, {}

    def _of_categories(self, among: frozenset[str]) -> Any:
        return self.np.array([c in among for c in self.categories], dtype=bool)

    def compared(self, text: str, others: list[str]) -> Any:
        """``fuzz.ratio`` of ``text`` with each of ``others``, as an array (the same numbers
        as calling it one by one)."""
        if len(others) < 12:  # below this, a call each is quicker than cdist's set-up
            ratio = fuzz.ratio
            return self.np.array([ratio(text, other) for other in others])
        return process.cdist([text], others, scorer=fuzz.ratio, dtype=self.np.float64)[0]

    def typo_compared(self, text: str, others: list[str], ratio: Any = None) -> Any:
        """:func:`~gazetteer.rank.typo_similarity` of ``text`` with each of ``others``, as an
        array (the same numbers as calling it one by one); ``ratio``: their ``fuzz.ratio``,
        when known."""
        np = self.np
        if len(others) < 12:
            return np.array([typo_similarity(text, other) for other in others])
        ratio = self.compared(text, others) if ratio is None else ratio.copy()
        total = len(text) + np.fromiter(map(len, others), dtype=np.int64, count=len(others))
        swaps = process.cdist([text], others, scorer=Levenshtein.distance, dtype=np.int64)[0]
        swaps -= process.cdist([text], others, scorer=OSA.distance, dtype=np.int64)[0]
        return with_swaps(np, ratio, total, swaps)

    def tables(self, wants: str) -> tuple[Any, Any, Any]:
        """Per category: skipped near a key, a unit named like its seat, the wished one."""
        held = self._tables.get(wants)
        if held is None:
            held = (
                self._of_categories(ADMIN_CATEGORIES - {wants}),
                self._of_categories(UNIT_NAMED_LIKE_SEAT - {wants}),
                self._of_categories(wished(wants)),
            )
            self._tables[wants] = held
        return held

    def outside(self, hint: tuple[str, ...]) -> Any:
        """Per oblast number: whether it lies outside the hinted oblasts (a table, where
        ``np.isin`` costs tens of microseconds a query)."""
        held = self._outside.get(hint)
        if held is None:
            held = self.np.ones(len(self.oblasts), dtype=bool)
            held[[self.oblasts[o] for o in hint if o in self.oblasts]] = False
            self._outside[hint] = held
        return held


def score_arrays(
    arrays: FormArrays,
    query: Prepared,
    groups: list[tuple[str, Sequence[int]]],
    maybe_exact: bool,
) -> Scores | None:
    """Every form of ``groups`` scored, in the order the forms are met, skipped forms left
    out (None when none is left). ``maybe_exact``: whether some form may bear the query's
    very text (:meth:`NameIndex.may_have_normal`).

    The scores before the hint's cost are kept for the last few queries: a hinted query
    that finds nothing sure in its oblast is read again without the hint
    (:mod:`gazetteer.hintprior`), and a key with no forms of its own meets the same forms.
    """
    if not groups:
        return None
    early = prefetched(arrays, query, groups, maybe_exact)
    if early is not None:
        return _hinted(arrays, query, early[1])
    held = prefetch_key(query, groups, maybe_exact)[1:]
    keys, parts = zip(*groups)
    sizes = tuple(map(len, parts))
    flat = array("i")
    for positions in parts:
        flat.extend(positions)
    memo_key = (*held, keys, sizes, flat.tobytes())
    if memo_key in arrays.unhinted:
        unhinted = arrays.unhinted[memo_key]
    else:
        unhinted = _unhinted(arrays, query, flat, keys, sizes, maybe_exact)
        if len(arrays.unhinted) >= UNHINTED_KEPT:
            arrays.unhinted.clear()
        arrays.unhinted[memo_key] = unhinted
    return _hinted(arrays, query, unhinted)


def prefetch_key(
    query: Prepared, groups: list[tuple[str, Sequence[int]]], maybe_exact: bool
) -> tuple[Any, ...]:
    """The key of :attr:`FormArrays.prefetched` for ``query``'s forms ``groups``: the very
    list of groups :mod:`gazetteer.prefetch` gathered (by identity), and all else the scores
    depend on but the hint."""
    return (
        id(groups),
        query.key,
        query.latin,
        query.normal,
        query.wants,
        query.foreign,
        maybe_exact,
    )


def prefetched(
    arrays: FormArrays,
    query: Prepared,
    groups: list[tuple[str, Sequence[int]]],
    maybe_exact: bool,
) -> tuple[Any, ...] | None:
    """What :mod:`gazetteer.prefetch` left for ``query``'s forms ``groups`` (the groups, their
    scores but for the hint, the hint it guessed, the best per entry), or None."""
    early = arrays.prefetched.get(prefetch_key(query, groups, maybe_exact))
    return early if early is not None and early[0] is groups else None


def _hinted(arrays: FormArrays, query: Prepared, unhinted: tuple[Any, ...] | None) -> Scores | None:
    """The scores of :func:`_unhinted` with the hint's cost and the ranks."""
    if unhinted is None:
        return None
    return formscore.hinted(arrays, (query,), unhinted, formscore.Owners(arrays, (query,)))


def _unhinted(
    arrays: FormArrays,
    query: Prepared,
    flat: array[int],
    keys: tuple[str, ...],
    sizes: tuple[int, ...],
    maybe_exact: bool,
) -> tuple[Any, ...] | None:
    """The forms ``flat`` (in groups of ``keys`` and ``sizes``) scored but for the hint, as
    (positions, entries, categories, groups, scores, sources, hows); None when every form
    is skipped (:func:`gazetteer.formscore.unhinted` of one query)."""
    one = (query,), (maybe_exact,), flat, keys, sizes, (len(keys),)
    return formscore.unhinted(arrays, *one)[0] or None


def best_per_entry(arrays: FormArrays, scored: Scores) -> Scores:
    """Each entry's best-ranked form (the first met among equals), entries in rank order
    (equal ranks by entry), at most :data:`KEEP` of them; as lists."""
    return formscore.best_per_entry(arrays, scored)[0]
