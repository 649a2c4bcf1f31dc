"""Clustering a column's spellings: the values that probably name one thing, to fix at once.

OpenRefine's "cluster and edit", across scripts. A value's cluster key is its name as
:func:`gazetteer.query.clean_query` leaves it (no settlement words, ``с.``, ``смт``,
``village``; apostrophes unified), each word's :func:`translit.match_key` (the same for
every romanisation and for the Cyrillic, case and marks folded), the words sorted (``Petrenko
Ivan`` is ``Ivan Petrenko``), then the keys of what stood beside it (``Ivanivka (Kherson)``
is not ``Ivanivka (Kharkiv)``), a level word's unit (``Kherson Oblast`` is not the city) and
any number the name lost (``Novoselivka 7``). A settlement word that is part of a place's
name (``Нове Село``) or a number written out as an official name has (``Новоселівка 1``:
Новоселівка Перша) is kept, as the gazetteer reads them.

``method="key"`` clusters values whose keys are equal; ``method="near"`` also those whose
keys are within ``radius`` edits, found through deletion neighbourhoods (two keys within
``r`` edits share a string each gives by deleting at most ``r`` letters), so that 30,000
distinct values cluster in seconds (``bench/bench_cluster.py``). A near pair must have as
many words, and may differ only in words of five key letters or more with the same last
letter, with no digit, and by one edit for each five letters of the word at most: Mala and
Velyka Oleksandrivka, Олена and Олег Коваль, Petrivka and
Petrivske, Ivanivka and Ivanivky never meet; nor do two values that both name places of the
gazetteer (Ганівка, Панівка: two villages, not a typo). Each cluster forms around its
commonest key not yet taken, a place's name first (no chains of typos).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from itertools import combinations
from typing import TYPE_CHECKING

from rapidfuzz.distance import Levenshtein

from translit import match_key

from .query import clean_query

if TYPE_CHECKING:
    from .gazetteer import Gazetteer

METHODS = ("key", "near")
MAX_RADIUS = 3
#: A unit's level a level word asks for (oblast, raion, hromada, city district): kept in
#: the key, where a settlement word (село, village, city) is dropped.
_LEVELS = frozenset("OPHB")
_WORD_BREAK = re.compile(r"[\s\-‐‑–—]+")
_DIGITS = re.compile(r"\d+")
#: A word this short may differ in no letter (Mala, Mali; Олена, Олег); a longer one by an
#: edit for each this many letters.
_SHORT = 5


@dataclass(frozen=True)
class Cluster:
    """Two or more distinct values that probably name one thing."""

    #: (value, count), commonest first; among equals, a place's name of the gazetteer
    #: before the others (Volodymyr, not Volodymr), then a value the cleaning took nothing
    #: from (Біляївка, not с. Біляївка), then the one met first in the input
    members: tuple[tuple[str, int], ...]
    suggested: str  #: the value to write for all: the first member
    key: str  #: the cluster key of its first member

    @property
    def count(self) -> int:
        """Rows (or occurrences) the cluster's values cover."""
        return sum(n for _, n in self.members)

    @property
    def values(self) -> tuple[str, ...]:
        """The members' values, commonest first."""
        return tuple(v for v, _ in self.members)


class _Names:
    """Whether the gazetteer names a reading: loaded only when a value needs it."""

    def __init__(self, gazetteer: Gazetteer | None) -> None:
        self._gz = gazetteer

    @property
    def gz(self) -> Gazetteer:
        if self._gz is None:
            from .gazetteer import Gazetteer

            self._gz = Gazetteer.default()
        return self._gz


def _words_key(text: str) -> list[str]:
    return [k for k in (match_key(w) for w in _WORD_BREAK.split(text)) if k]


def cluster_key(value: str, gazetteer: Gazetteer | None = None) -> str:
    """The key ``value`` clusters by (see the module doc); "" for a value with no name."""
    return _key(value, _Names(gazetteer))[0]


def _key(value: str, names: _Names) -> tuple[str, str]:
    """The cluster key of ``value``, and the name it was made of."""
    cleaned = clean_query(value)
    name, wants = cleaned.name, cleaned.wants
    if cleaned.sounded:  # (Kherсon: a Latin word's Cyrillic letter read by its sound)
        name = cleaned.sounded
    chosen = ""
    if cleaned.fuller and not wants:  # no category word was cut: the whole (an airbase)
        chosen = cleaned.fuller[0][0]
    elif cleaned.fuller:  # a settlement word cut that may be part of a name (Нове Село)
        gz = names.gz
        named = [
            n for n, _ in cleaned.fuller_in(gz.first_words) if gz.index.has_forms(match_key(n))
        ]
        chosen = named[0] if named else ""
    if not chosen and cleaned.written_out:  # Новоселівка 1: Новоселівка Перша, if so named
        gz = names.gz
        official = [n for n, _ in cleaned.written_out if gz.index.has_official(match_key(n))]
        chosen = official[0] if official else ""
    name = chosen or name
    words = sorted(_words_key(name))
    if not words:
        return "", name
    whole = "".join(words)
    if not chosen:  # a number the cleaning cut (Novoselivka 7) tells places apart
        words += [d for d in _DIGITS.findall(value) if d not in name][:2]
    beside = sorted({"".join(_words_key(b)) for b in cleaned.beside} - {""})
    beside = [b for b in beside if b not in whole]  # (Kamianka - Buzka: read whole)
    level = wants if wants in _LEVELS else ""
    tail = "".join(f" /{b}" for b in beside) + (f" ={level}" if level else "")
    return " ".join(words) + tail, name


def _tally(values: Iterable[str | tuple[str, int]]) -> dict[str, int]:
    counts: dict[str, int] = {}
    for item in values:
        value, n = (item, 1) if isinstance(item, str) else item
        if value is None or not str(value).strip():
            continue
        value = str(value)
        counts[value] = counts.get(value, 0) + int(n)
    return counts


def cluster_values(
    values: Iterable[str | tuple[str, int]],
    *,
    method: str = "key",
    radius: int = 1,
    gazetteer: Gazetteer | None = None,
) -> list[Cluster]:
    """Clusters of two or more distinct ``values`` (strings, or (value, count) pairs whose
    counts add up), the most rows first; see the module doc. ``gazetteer`` (the embedded
    KATOTTG by default, loaded only if a value needs it) says which settlement words and
    numbers are part of a name. Blank values and values with no letter are left out."""
    if method not in METHODS:
        raise ValueError(f"unknown method {method!r}: one of {', '.join(METHODS)}")
    if not 0 <= radius <= MAX_RADIUS:
        raise ValueError(f"radius must be 0 to {MAX_RADIUS}, not {radius}")
    counts = _tally(values)
    names = _Names(gazetteer)
    by_key: dict[str, list[str]] = {}
    named: set[str] = set()  #: keys of values a place of the gazetteer bears
    bare: set[str] = set()  #: values the cleaning took nothing from
    for value in counts:  # (first seen first: the order ties keep)
        key, name = _key(value, names)
        if key:
            by_key.setdefault(key, []).append(value)
            if key not in named and names.gz.index.has_forms(match_key(name)):
                named.add(key)
            if name == " ".join(value.split()):
                bare.add(value)
    keyed = {v: k for k, vs in by_key.items() for v in vs}
    order = {v: i for i, v in enumerate(counts)}
    weight = {k: sum(counts[v] for v in vs) for k, vs in by_key.items()}
    first = {k: order[vs[0]] for k, vs in by_key.items()}
    near = method == "near" and radius > 0
    groups = _near_groups(weight, radius, first, named) if near else [[k] for k in by_key]
    clusters = []
    for keys in groups:
        members = [(v, counts[v]) for k in keys for v in by_key[k]]
        if len(members) < 2:
            continue
        members.sort(key=lambda m: (-m[1], keyed[m[0]] not in named, m[0] not in bare, order[m[0]]))
        clusters.append(Cluster(tuple(members), members[0][0], keys[0]))
    clusters.sort(key=lambda c: (-c.count, -len(c.members), order[c.suggested]))
    return clusters


def _deletions(key: str, radius: int) -> set[str]:
    found, frontier = {key}, {key}
    for _ in range(radius):
        frontier = {k[:i] + k[i + 1 :] for k in frontier for i in range(len(k))}
        found |= frontier
    return found


def near_enough(a: str, b: str, radius: int) -> bool:
    """Whether keys ``a`` and ``b`` are one name's typos (see the module doc)."""
    if a == b:
        return True
    words_a, words_b = a.split(" "), b.split(" ")
    if len(words_a) != len(words_b):
        return False
    total = 0
    for x, y in zip(words_a, words_b, strict=True):
        if x == y:
            continue
        if min(len(x), len(y)) < _SHORT or x[-1] != y[-1] or x[0] in "/=" or y[0] in "/=":
            return False
        if any(c.isdigit() for c in x + y):
            return False
        edits = Levenshtein.distance(x, y, score_cutoff=radius)
        total += edits
        if total > radius or edits > min(len(x), len(y)) // _SHORT:
            return False
    return True


def _near_groups(
    weight: dict[str, int], radius: int, order: dict[str, int], named: set[str]
) -> list[list[str]]:
    """The keys in groups: each around the heaviest key not yet taken (a ``named`` one, a
    place's name, first), with the keys near it (its neighbours through shared deletions,
    checked by :func:`near_enough`), but for two keys that both are ``named``."""
    buckets: dict[str, list[str]] = {}
    for key in weight:
        if len(key.replace(" ", "")) < _SHORT:
            continue
        for d in _deletions(key, radius):
            buckets.setdefault(d, []).append(key)
    near: dict[str, set[str]] = {}
    for keys in buckets.values():
        for a, b in combinations(keys, 2):
            if (a in named and b in named) or b in near.get(a, ()):
                continue
            if near_enough(a, b, radius):
                near.setdefault(a, set()).add(b)
                near.setdefault(b, set()).add(a)
    taken: set[str] = set()
    groups = []
    # (a place's name first: a typo between two names goes to one, and never joins them)
    for key in sorted(weight, key=lambda k: (k not in named, -weight[k], order[k])):
        if key in taken:
            continue
        taken.add(key)
        mates = sorted(near.get(key, set()) - taken, key=lambda k: (-weight[k], order[k]))
        taken.update(mates)
        groups.append([key, *mates])
    return groups
