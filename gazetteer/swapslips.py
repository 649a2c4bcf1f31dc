"""The names a typed text reads as with two neighbouring letters swapped back.

Typists swap neighbours as often as they drop a letter. Two letters swapped in a key are
found among its near keys (:mod:`gazetteer.nearkeys`), but a swap that breaks or makes a
digraph changes the key far more: ``Vyskhiv`` is Вишків (Vyshkiv) with ``h`` and ``k``
swapped, and its key ``visHiv`` is four edits from ``viSkiv``. Here each such swap of the
text is undone and keyed again; the keys that name something are read as a typo's others
are, and the scorer (:func:`gazetteer.rank.typo_similarity`, which counts a swap as one
slip) weighs their forms by their letters.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

from translit import match_key

from .index import NAME_SOURCES, NameIndex

#: Letters a key reads together with the one before (kh, sh, zh, ch, cz, sz, tz) or after
#: (ch, cz: c), or as two (x, ks)...
_DIGRAPH = frozenset("hczx")
#: ...and those read with the one before only (a swap before one may make or break it).
_DIGRAPH_NEXT = frozenset("hz")
#: The letters read as й before a vowel, which the key drops there (ia, iu, ie, yi)...
_GLIDES = frozenset("iyj")
#: ...and those vowels.
_VOWELS = frozenset("aeou")
#: A shorter text is not read so: a swap in it leaves it unsure (1 - 1/8 alike, at most
#: 87.5), and the short names its swaps meet would hide a city's reading by consonants,
#: which only a text that meets no name by a typo gets (:mod:`gazetteer.loose`).
SHORTEST = 5
#: Every swap of a text this short is keyed (the near keys of a short key are many, and
#: the closest forty may leave out a swap of its own letters: Abbii, Бабії).
SHORT_TEXT = 5
#: At most so many forms are read for the swapped keys...
SWAP_FORMS = 60
#: ...of the name as spelt today only: a Russian or former form with a slip on it would be
#: unsure whatever its score (:mod:`gazetteer.candidates`), and a short text's swaps meet
#: many such forms, which would only crowd out the reading of a city by its consonants that
#: a text so far from any name gets (:mod:`gazetteer.loose`).
_OFFICIAL = frozenset({NAME_SOURCES.index("official")})


def swapped_keys(text: str, key: str) -> list[str]:
    """The keys of ``text`` (a lower-case Latin name) with two neighbouring letters swapped
    where the swap may change the key by more than a swap of its letters (:func:`_folds`),
    or anywhere in a text of :data:`SHORT_TEXT` letters or fewer;
    ``key`` (the text's own) and repeats left out, in the order of the swaps."""
    out: list[str] = []
    seen = {key}
    every = len(text) <= SHORT_TEXT
    for i in range(len(text) - 1):
        a, b = text[i], text[i + 1]
        if a == b or not (a.isalpha() and b.isalpha()) or not (every or _folds(text, i)):
            continue
        swapped = match_key(text[:i] + b + a + text[i + 2 :])
        if swapped not in seen:
            seen.add(swapped)
            out.append(swapped)
    return out


def _folds(text: str, i: int) -> bool:
    """Whether the key reads the letters at ``i`` and ``i + 1`` with a neighbour, before or
    after they are swapped: in a digraph (kh, zh, sh, ch, cz, ts; x is ks), or as a glide
    before a vowel (ia, yu, ie) or ou. (Letter by letter, no pairs made: it is asked of
    every letter of every typo.)"""
    a, b = text[i], text[i + 1]
    if a in _DIGRAPH or b in _DIGRAPH:
        return True
    after = text[i + 2] if i + 2 < len(text) else ""
    before = text[i - 1] if i else ""
    if after in _DIGRAPH_NEXT:
        return True
    if (a == "t" and b == "s") or (a == "s" and (b == "t" or before == "t")):
        return True
    if b == "t" and after == "s":
        return True
    # a glide before a vowel, as typed or swapped: before a or b; a or b before the other
    # or before the letter after them
    vowel_a, vowel_b = a in _VOWELS, b in _VOWELS
    if before in _GLIDES and (vowel_a or vowel_b):
        return True
    if (a in _GLIDES or b in _GLIDES) and (vowel_a or vowel_b or after in _VOWELS):
        return True
    if before == "o" and (a == "u" or b == "u"):
        return True
    return (a == "o" and (b == "u" or after == "u")) or (b == "o" and (a == "u" or after == "u"))


def swap_groups(
    index: NameIndex,
    text: str,
    key: str,
    groups: list[tuple[str, Sequence[int]]],
    allowed: Collection[str],
) -> list[tuple[str, Sequence[int]]]:
    """``groups`` (a typo's, see :func:`gazetteer.candidates.gather`) with the forms of the
    keys :func:`swapped_keys` gives that they lack, after them; ``groups`` itself when
    there are none (a block's prefetched scores are found by its identity)."""
    if len(text) < SHORTEST or not text.isascii() or "official" not in allowed:
        return groups
    keys = [k for k in swapped_keys(text, key) if index.has_forms(k)]
    if keys:
        held = {k for k, _ in groups}
        keys = [k for k in keys if k not in held]
    if not keys:
        return groups
    return groups + index.keyed_groups(keys, SWAP_FORMS, _OFFICIAL)
