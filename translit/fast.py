"""A fast path for the standards: a :class:`~translit.fast_table.FastTable` read off ICU.

:func:`build_table` reads all the table holds off the compiled transform itself (each letter
inside and at the start of a word, each capital at the start, each apostrophe between
letters, and the pairs ICU writes otherwise than letter by letter), then checks the result
against ICU on every pair of letters in both places and every letter beside every separator
and apostrophe. Where the two still disagree, text containing those letters is refused;
where strings of probes disagree though each probe agrees, ICU reads further than one letter
around and the standard gets no table. Text in ALL CAPS has a table of its own, read the
same way with capitals in the place of small letters. The tests check the table and ICU
agree on every three letters and on generated names.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Iterable, Iterator

from .fast_table import (
    ANYWHERE,
    APOSTROPHES,
    CAPITALS,
    INSIDE,
    LETTERS,
    SEPARATORS,
    START,
    UKRAINIAN,
    FastTable,
)

__all__ = ["APOSTROPHES", "LETTERS", "SEPARATORS", "UKRAINIAN", "FastTable", "build_table"]

# The two kinds of text a table is read for: (small letters, capitals, the letter probes
# are wrapped in). Words of ALL CAPS text spell capitals as small letters spell them.
_TITLE = (LETTERS, CAPITALS, "а")
_ALL_CAPS = (CAPITALS, "", "А")


def build_table(reference: Callable[[str], str]) -> FastTable | None:
    """Read a :class:`FastTable` off a transform and check it; None if it does not fit.

    ``reference`` is the whole reference path (the transform and what follows it). The
    table for ALL CAPS text is read the same way, with capitals in the place of small
    letters.
    """
    title = _read_table(reference, _TITLE)
    if title is None:
        return None
    upper = _read_table(reference, _ALL_CAPS)
    # In ALL CAPS a capital written with two letters is in capitals when a capital stands
    # on either side of it; where neither does (after ь or an apostrophe, before the end
    # of the word), ICU spells it otherwise. Letter pairs do not show that, so check every
    # letter between a letter or apostrophe and the end of a word, and give up the table
    # if one disagrees.
    if upper is not None:
        ends = [
            (_ALL_CAPS[2] + left + ch + end, ANYWHERE, "")
            for left in CAPITALS + APOSTROPHES
            for ch in CAPITALS
            for end in ("", " ", *APOSTROPHES)
        ]
        if _disagreements(upper, reference, ends) != set():
            upper = None
    return dataclasses.replace(title, upper=upper)


def _read_table(
    reference: Callable[[str], str], alphabet: tuple[str, str, str]
) -> FastTable | None:
    """:func:`build_table` for words of ``alphabet`` (small letters, capitals, the pad)."""
    letters, capital_letters, pad_letter = alphabet
    pad = reference(pad_letter)
    if not pad or reference(pad_letter * 2) != pad * 2:
        return None

    def inside(left: str, text: str) -> str | None:
        """What ``text`` becomes after ``left`` (a space or the pad) and before the pad."""
        out = reference(left + text + pad_letter)
        head = pad if left == pad_letter else left
        if len(out) < len(head) + len(pad) or not out.startswith(head):
            return None
        return out[len(head) : -len(pad)] if out.endswith(pad) else None

    table: dict[int, str] = {}
    initials: dict[str, str] = {}
    for ch in letters:
        middle, start = inside(pad_letter, ch), inside(" ", ch)
        if middle is not None and start is not None:
            table[ord(ch)] = middle
            if start != middle:
                initials[ch] = start
    for ch in capital_letters:
        start = inside(" ", ch)
        if start is not None:
            table[ord(ch)] = start
    for ch in APOSTROPHES:
        middle = inside(pad_letter, ch)
        if middle is not None:
            table[ord(ch)] = middle
    lower = [ch for ch in letters if ord(ch) in table]
    capitals = [ch for ch in capital_letters if ord(ch) in table]
    if len(lower) < len(letters) // 2:
        return None
    kinds = (letters, capital_letters)

    # Pairs of letters the table gets wrong and ICU writes alike at the start and inside a
    # word become pairs of the table; whatever is still wrong after that is refused.
    plain = FastTable(table, initials, {}, frozenset(), kinds)
    wrong = _disagreements(plain, reference, list(_pair_probes(lower, capitals, pad_letter)))
    if wrong is None:
        return None
    pairs: dict[str, str] = {}
    for _, letters_ in wrong:
        start = inside(" ", letters_) if len(letters_) == 2 else None
        if (
            len(letters_) == 2
            and start is not None
            and (letters_[0] in capitals or inside(pad_letter, letters_) == start)
            and not set(map(ord, start)) & table.keys()  # the table must not spell it again
        ):
            pairs[letters_] = start
    refused = {(where, letters_) for where, letters_ in wrong if letters_ not in pairs}
    # The pairs change the answer only on text that contains one.
    pairs_in = re.compile("|".join(map(re.escape, pairs))) if pairs else None
    probes = [
        probe
        for probe in _pair_probes(lower, capitals, pad_letter)
        if pairs_in and pairs_in.search(probe[0])
    ]
    probes += _other_probes(lower, capitals, pairs, pad_letter)
    # Refusing text changes no answer given, so the candidate with these refused is right
    # on every probe.
    candidate = FastTable(table, initials, pairs, frozenset(refused), kinds)
    wrong = _disagreements(candidate, reference, probes)
    if wrong is None:
        return None
    return FastTable(table, initials, pairs, frozenset(refused | wrong), kinds)


def _disagreements(
    fast: FastTable, reference: Callable[[str], str], probes: list[tuple[str, str, str]]
) -> set[tuple[str, str]] | None:
    """(where, letters) of each probe on which ``fast`` and ``reference`` differ.

    The probes it accepts are checked in batches (ICU is called once a batch), a batch that
    differs is halved until the probes that differ are found. None when a batch differs
    though each of its halves agrees: then ICU reads more than the probes show.
    """
    wrong: set[tuple[str, str]] = set()
    accepted = [probe for probe in probes if not fast.refuses(probe[0])]

    def check(batch: list[tuple[str, str, str]]) -> bool:
        text = " ".join(probe[0] for probe in batch)
        if fast(text) == reference(text):
            return True
        if len(batch) == 1:
            wrong.add(batch[0][1:])
            return True
        found = len(wrong)
        half = len(batch) // 2
        return check(batch[:half]) and check(batch[half:]) and len(wrong) > found

    for at in range(0, len(accepted), 256):
        if not check(accepted[at : at + 256]):
            return None
    return wrong


Probe = tuple[str, str, str]  # text, where, the letters it is about


def _pair_probes(lower: list[str], capitals: list[str], pad: str) -> Iterator[Probe]:
    """Each letter alone and with each small letter after it, at the start and inside."""
    for ch in lower + capitals:
        yield ch + pad, ANYWHERE, ch  # at the start and the end of the text, and alone
        yield pad + ch, ANYWHERE, ch
        yield ch, ANYWHERE, ch
        for second in lower:
            yield " " + ch + second + pad, START, ch + second
            if ch in lower:
                yield pad + ch + second + pad, INSIDE, ch + second


def _other_probes(
    lower: list[str], capitals: list[str], pairs: Iterable[str], pad: str
) -> Iterator[Probe]:
    """Each letter beside each apostrophe and separator, each pair beside each letter."""
    for ch in lower + capitals:
        for mark in APOSTROPHES:
            yield " " + ch + mark + pad, START, ch + mark
            if ch in lower:
                yield pad + ch + mark + pad, INSIDE, ch + mark
                yield pad + mark + ch + pad, INSIDE, mark + ch
        for sep in SEPARATORS:
            yield pad + sep + ch + pad, ANYWHERE, sep + ch
            if ch in lower:
                yield pad + ch + sep + pad, INSIDE, ch + sep
                yield " " + ch + sep + pad, START, ch + sep
    for pair in pairs:
        for ch in lower:
            yield " " + pair + ch + pad, START, pair + ch
            if pair[0] in lower:
                yield pad + pair + ch + pad, INSIDE, pair + ch
                yield pad + ch + pair + pad, INSIDE, ch + pair
        for ch in capitals if pair[0] in lower else ():
            yield " " + ch + pair + pad, START, ch + pair
        for mark in APOSTROPHES:
            yield (" " if pair[0] in capitals else pad) + pair + mark + pad, INSIDE, pair + mark
            if pair[0] in lower:
                yield pad + mark + pair + pad, INSIDE, mark + pair
