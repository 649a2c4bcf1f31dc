"""The keys a typo away from a query's key: the few worth comparing, found without a scan.

Keys are bucketed by their first two and last three letters, each bucket sorted by length, so
the keys that share an end with the query's key and differ in length by two at most are two
slices; for a key of five letters or fewer, the few keys with its very letters in another
order are added (two letters swapped in a short key's middle change both its ends). Most of them
are far from it: each key carries a 64-bit *letter signature* (how many times it has each
letter, counted up to three), and the number of bits in which two signatures differ never
exceeds the edit (insert/delete) distance of the keys. Comparing signatures rules out most of
the pool in a few array operations; rapidfuzz compares the rest, so the keys found are exactly
those a comparison of the whole pool would find.

The search is done key by key, not for a block of values at once (as
:mod:`gazetteer.prefetch` scores forms): gathering a block's slices into one array and
scoring its pairs with ``process.cpdist`` was measured slower (44 against 31 us a key), as
``process.extract`` prepares its one query once and ``cpdist`` prepares every pair.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable

from rapidfuzz import fuzz, process

# numpy is imported where the typo index is first built or read, not with the package: it
# costs a command's start-up some 60 ms that a lookup of an exact name never needs.

#: The commonest letters of match keys, three signature bits each (a count of 1, 2, 3+)...
_COMMON_LETTERS = "oaiekvnrslHtudbSmpC"
#: ...and every other letter together in the remaining bits.
_OTHER_SHIFT = 3 * len(_COMMON_LETTERS)
_OTHER_LEVELS = 64 - _OTHER_SHIFT
_SHIFT = {letter: 3 * n for n, letter in enumerate(_COMMON_LETTERS)}
#: A common letter's bits for a count of 0 to 3 (3 and more), in place.
_UNARY = {
    letter: tuple(((1 << n) - 1) << shift for n in range(4)) for letter, shift in _SHIFT.items()
}


def signature(key: str) -> int:
    """The letter counts of ``key`` in unary, 64 bits: one bit per letter occurrence (up to
    three of a common letter, :data:`_OTHER_LEVELS` of the others together).

    Each differing bit of two signatures is an occurrence of a letter in one key that the
    other lacks, so their count is at most the keys' insert/delete distance.
    """
    bits, others = 0, 0
    unary = _UNARY.get
    for letter in set(key):
        count = key.count(letter)
        levels = unary(letter)
        if levels is None:
            others += count
        else:
            bits |= levels[count if count < 3 else 3]
    return bits | ((1 << min(others, _OTHER_LEVELS)) - 1) << _OTHER_SHIFT


def signatures(keys: list[str]) -> list[int]:
    """:func:`signature` of each key (ASCII keys), counted for all of them at once."""
    import numpy as np

    if not keys:
        return []
    try:
        text = "".join(keys).encode("ascii")
    except UnicodeEncodeError:  # a key folded to no ASCII (a user's gazetteer): one by one
        return [signature(key) for key in keys]
    lengths = np.fromiter(map(len, keys), dtype=np.int64, count=len(keys))
    codes = np.frombuffer(text, dtype=np.uint8)
    owner = np.repeat(np.arange(len(keys)), lengths)
    bits = np.zeros(len(keys), dtype=np.uint64)
    common = np.zeros(len(keys), dtype=np.int64)
    for letter, shift in _SHIFT.items():
        count = np.bincount(owner[codes == ord(letter)], minlength=len(keys))
        common += count
        level = np.minimum(count, 3).astype(np.uint64)
        bits |= ((np.uint64(1) << level) - np.uint64(1)) << np.uint64(shift)
    others = np.minimum(lengths - common, _OTHER_LEVELS).astype(np.uint64)
    run = (np.uint64(1) << others) - np.uint64(1)
    return (bits | (run << np.uint64(_OTHER_SHIFT))).tolist()  # type: ignore[no-any-return]


def _ends(key: str) -> tuple[str, str]:
    """The buckets a key lies in: its first two letters and its last three."""
    return "<" + key[:2], ">" + key[-3:]


#: How many keys' neighbours :meth:`NearKeys.near` remembers (then it forgets them all).
MEMO_SIZE = 4096

#: Two letters swapped in a key this short may change both its ends (in a longer one, a swap
#: leaves the first two or the last three letters as they were).
SHORT_KEY = 5


def _letters(key: str) -> str:
    """A key's letters in order: what two letters swapped anywhere (even in a short key's
    middle, which changes both ends) leave as they were."""
    return "".join(sorted(key))


class _Bucket:
    """The keys sharing one end, by length: their texts and signatures as arrays."""

    __slots__ = ("keys", "signatures", "starts")

    def __init__(self, keys: list[str], signature_of: dict[str, int]) -> None:
        import numpy as np

        keys = sorted(keys, key=len)  # stable: equal lengths keep the index's order
        self.keys = np.array(keys, dtype=object)
        self.signatures = np.array([signature_of[k] for k in keys], dtype=np.uint64)
        lengths = [len(k) for k in keys]
        #: length -> index of the first key at least that long (up to the longest + 1)
        self.starts = [bisect_left(lengths, n) for n in range(lengths[-1] + 2)]

    def between(self, shortest: int, longest: int) -> slice:
        """Where the keys of ``shortest`` to ``longest`` letters lie."""
        last = len(self.starts) - 1
        return slice(self.starts[min(max(shortest, 0), last)], self.starts[min(longest + 1, last)])


class NearKeys:
    """Typo neighbours among a set of keys (see the module docs)."""

    def __init__(self, keys: Iterable[str]) -> None:
        by_end: dict[str, list[str]] = {}
        kept = [key for key in keys if len(key) >= 3]
        for key in kept:
            for end in _ends(key):
                by_end.setdefault(end, []).append(key)
        signature_of = dict(zip(kept, signatures(kept)))
        self._buckets = {end: _Bucket(bucket, signature_of) for end, bucket in by_end.items()}
        #: sorted letters -> the short keys that have them (a few each: no arrays needed)
        self._anagrams: dict[str, list[str]] = {}
        for key in kept:
            if len(key) <= SHORT_KEY:
                self._anagrams.setdefault(_letters(key), []).append(key)
        #: (key, limit) -> the near keys found (see :meth:`near`)
        self._memo: dict[tuple[str, int], tuple[str, ...]] = {}

    def near(self, key: str, limit: int) -> list[str]:
        """Keys about two edits or less from ``key``, closest first (itself excluded).

        Only keys that share the first two or the last three letters with ``key``, or (up to
        :data:`SHORT_KEY` letters) all its letters in another order, and differ in length by
        two at most are compared. Equally close keys come in alphabetical order. The answers
        for up to :data:`MEMO_SIZE` keys are kept (a query asks again for its readings, and
        without its hint).
        """
        held = self._memo.get((key, limit))
        if held is None:
            if len(self._memo) >= MEMO_SIZE:
                self._memo.clear()
            held = self._memo[key, limit] = tuple(self._near(key, limit))
        return list(held)

    def _near(self, key: str, limit: int) -> list[str]:
        import numpy as np

        size = len(key)
        cutoff = max(100.0 * (1.0 - 2.5 / max(size, 1)), 60.0)
        # The most edits a key of size + 2 letters may differ by and still reach the cutoff.
        most_edits = int((2 * size + 2) * (1.0 - cutoff / 100.0) + 1e-6)
        wanted = np.uint64(signature(key))
        pool: list[str] = []
        for end in _ends(key):
            bucket = self._buckets.get(end)
            if bucket is not None:
                span = bucket.between(size - 2, size + 2)
                differing = np.bitwise_count(bucket.signatures[span] ^ wanted)
                pool += bucket.keys[span][differing <= most_edits].tolist()
        if size <= SHORT_KEY:
            pool += self._anagrams.get(_letters(key), ())
        found = process.extract(key, pool, scorer=fuzz.ratio, score_cutoff=cutoff, limit=None)
        # Closest first (extract gives them so), equals in alphabetical order, each once (a
        # key in both buckets comes twice); only as many runs of equals as ``limit`` needs.
        near: list[str] = []
        at, count = 0, len(found)
        while at < count and len(near) < limit:
            score, equals = found[at][1], set()
            while at < count and found[at][1] == score:
                equals.add(found[at][0])
                at += 1
            equals.discard(key)
            near += sorted(equals)
        return near[:limit]

    def __getstate__(self) -> dict[str, object]:
        return {k: v for k, v in self.__dict__.items() if k != "_memo"}  # (not on disk)

    def __setstate__(self, state: dict[str, object]) -> None:
        self.__dict__.update(state)
        self._memo = {}
