"""A fast path for the standards: a letter table, plus the two context rules it can afford.

Calling ICU costs microseconds per string, several times a ``str.translate``. On text of
the ordinary shape — words of Cyrillic letters, each word in lower case or with one capital
at its start, apostrophes only between two letters, ASCII spaces, digits and punctuation
between words — every standard here writes each letter the same way wherever it stands,
with two exceptions:

- a lower-case letter may have its own spelling at the start of a word (KMU's є ї й ю я);
- a pair of letters may be written as one (KMU's зг -> zgh, BGN's тс -> t·s).

:func:`build_table` reads all of it off the compiled transform itself (each letter inside
and at the start of a word, each capital at the start, each apostrophe between letters, and
the pairs ICU writes otherwise than letter by letter), then checks the result against ICU
on every pair of letters in both places and every letter beside every separator and
apostrophe. Where the two still disagree, text containing those letters is refused; where
strings of probes disagree though each probe agrees, ICU reads further than one letter
around and the standard gets no table. Text in ALL CAPS has a table of its own, read the
same way with capitals in the place of small letters. :class:`FastTable` returns None for
text of any other shape (a capital inside a word or alone, caps and small letters mixed,
other scripts, Latin letters...), which then goes through ICU. The tests check the two
agree on every three letters and on generated names.
"""

from __future__ import annotations

import dataclasses
import re
import string
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

__all__ = ["APOSTROPHES", "LETTERS", "SEPARATORS", "UKRAINIAN", "FastTable", "build_table"]

UKRAINIAN = "абвгґдеєжзиіїйклмнопрстуфхцчшщьюя"
#: The lower-case letters a table is read for: Ukrainian, Russian and Belarusian.
LETTERS = UKRAINIAN + "ёъыэў"
_CAPITALS = LETTERS.upper()
#: The apostrophes the rules know: ASCII, typographic, modifier letter, grave.
APOSTROPHES = "'\u2019\u02bc`"
#: What may stand between words: printable ASCII but letters and apostrophes.
SEPARATORS = "".join(ch for ch in string.printable[:95] if not ch.isalpha() and ch not in "'`")
# The two kinds of text a table is read for: (small letters, capitals, the letter probes
# are wrapped in). Words of ALL CAPS text spell capitals as small letters spell them.
_TITLE = (LETTERS, _CAPITALS, "а")
_ALL_CAPS = (_CAPITALS, "", "А")

# Where a refused sequence of letters counts: at the start of a word, inside one, anywhere.
START, INSIDE, ANYWHERE = "start", "inside", "anywhere"


def _chars(chars: Iterable[str]) -> str:
    """A regex character class of ``chars``."""
    return "[" + "".join(re.escape(ch) for ch in sorted(set(chars))) + "]"


Rule = tuple[frozenset[str], str, str]  # the first characters, where, the regex that follows


def _compile(rules: list[Rule], word: str, allowed: set[str] | None) -> re.Pattern[str] | None:
    """One regex for ``rules``, and for any character but ``allowed`` if that is given.

    Each rule is a set of first characters, where it stands (``START``, ``INSIDE`` or
    ``ANYWHERE`` in words of ``word`` letters) and a regex for what must follow. The regex
    begins with a class of every first character, which lets sre skip straight to them; its
    branches then look back at the character taken to tell which rule it is.
    """
    firsts: set[str] = set().union(*(rule[0] for rule in rules))
    follow: dict[frozenset[str], list[str]] = {}
    for first, where, rest in rules:
        before = {INSIDE: f"(?<={word}.)", START: f"(?<!{word}.)"}.get(where, "")
        follow.setdefault(first, []).append(before + rest)
    branches = [
        f"(?<={_chars(first)})" + (rests[0] if len(rests) == 1 else f"(?:{'|'.join(rests)})")
        for first, rests in follow.items()
    ]
    if allowed is not None:
        branches.append(f"(?<=[^{_chars(allowed)[1:]})")
    if not branches:
        return None
    if allowed is None:
        head = _chars(firsts)
    else:  # all but what is allowed and starts no rule
        head = "[^" + _chars(allowed - firsts)[1:] if allowed - firsts else "(?s:.)"
    return re.compile(f"{head}(?:{'|'.join(branches)})")


def _literal_rules(strings: Iterable[str], where: str) -> list[Rule]:
    """Rules for ``strings`` at ``where``: first characters that may be followed by the same
    strings share one rule."""
    follow: dict[str, set[str]] = {}
    for text in strings:
        follow.setdefault(text[0], set()).add(text[1:])
    groups: dict[frozenset[str], set[str]] = {}
    for first, rests in follow.items():
        groups.setdefault(frozenset([""] if "" in rests else rests), set()).add(first)
    rules = []
    for rests, firsts in sorted(groups.items(), key=lambda item: sorted(item[1])):
        if rests == {""}:
            rest = ""
        elif all(len(rest) == 1 for rest in rests):
            rest = _chars(rests)
        else:
            tails = sorted(rests, key=lambda rest: (-len(rest), rest))
            rest = "(?:" + "|".join(map(re.escape, tails)) + ")"
        rules.append((frozenset(firsts), where, rest))
    return rules


@dataclass(frozen=True)
class FastTable:
    """A letter table, its word-initial letters and letter pairs, and what it refuses."""

    table: dict[int, str]  #: lower case as inside a word, capitals as at its start
    initials: dict[str, str]  #: lower-case letters spelt otherwise at the start of a word
    pairs: dict[str, str]  #: letter pairs spelt otherwise than letter by letter
    refused: frozenset[tuple[str, str]]  #: (where, letters) on which table and ICU differ
    #: the letters written as small letters and those written as capitals at a word's start
    alphabet: tuple[str, str] = (LETTERS, _CAPITALS)
    upper: FastTable | None = None  #: the table for text in ALL CAPS, if any
    _special: re.Pattern[str] = field(init=False, repr=False, compare=False)
    _unsafe: re.Pattern[str] = field(init=False, repr=False, compare=False)
    _context: re.Pattern[str] | None = field(init=False, repr=False, compare=False)
    _at_start: frozenset[str] = field(init=False, repr=False, compare=False)
    _spelling: dict[str, str] = field(init=False, repr=False, compare=False)
    #: :meth:`__call__` as a plain function, for the hot path
    convert: Callable[[str], str | None] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        known = {chr(code) for code in self.table}
        lower = frozenset(ch for ch in self.alphabet[0] if ch in known)
        capitals = frozenset(ch for ch in self.alphabet[1] if ch in known)
        marks = frozenset(ch for ch in APOSTROPHES if ch in known)
        word = _chars(known)
        seps = frozenset(SEPARATORS)
        unsafe: list[Rule] = []
        if capitals:
            unsafe += [
                (capitals, INSIDE, ""),  # a capital inside a word
                # a capital not followed by a small letter (ALL CAPS, a lone capital)
                (capitals, ANYWHERE, f"(?!{_chars(lower | marks)})"),
            ]
        else:  # ALL CAPS: a word of one letter is spelt as in title case (Я -> Ya)
            unsafe.append((lower, START, f"(?!{word})"))
        if marks:  # an apostrophe not before a small letter (after one: below)
            unsafe.append((marks, ANYWHERE, f"(?!{_chars(lower)})"))
        for where in (INSIDE, ANYWHERE):
            unsafe += _literal_rules((t for w, t in self.refused if w == where), where)
        # What may not start a word: an apostrophe; a letter written as nothing (KMU's ь),
        # as ICU's next letter is then at the start of the word; letters refused there.
        silent = {chr(code) for code, out in self.table.items() if not out} - marks
        silent |= {ch for ch, out in self.initials.items() if not out}
        at_start = [t for w, t in self.refused if w == START] + sorted(silent | marks)
        # Those that begin with a capital or an apostrophe are rare enough to look back
        # from. Those that begin with a small letter are looked for after a separator, so
        # that sre may skip small letters, and ``__call__`` checks the first character and
        # puts a space before the text.
        unsafe += _literal_rules((t for t in at_start if t[0] not in lower), START)
        at_small = [t for t in at_start if t[0] in lower]
        unsafe += [(seps, ANYWHERE, f"(?={rest})") for rest in _alternatives(at_small)]
        context = _literal_rules(self.pairs, ANYWHERE)
        initials = [(seps, ANYWHERE, _chars(self.initials))] if self.initials else []
        context += initials
        # A pair of small letters is found from its second letter (BGN's are зг кг сг тс цг
        # шч: three kinds of second letters, six of first ones).
        found = [
            (first & capitals, where, rest) for first, where, rest in context if first & capitals
        ]
        found += initials
        after: dict[str, set[str]] = {}
        for pair in self.pairs:
            if pair[0] in lower:
                after.setdefault(pair[1], set()).add(pair[0])
        found += [
            (frozenset(ch), ANYWHERE, f"(?<={_chars(firsts)}.)") for ch, firsts in after.items()
        ]
        spelling = dict(self.pairs)
        spelling.update((sep + ch, sep + out) for ch, out in self.initials.items() for sep in seps)
        allowed = known | seps
        set_ = object.__setattr__
        set_(self, "_special", _compile(unsafe + found, word, allowed))
        set_(self, "_unsafe", _compile(unsafe, word, allowed))
        set_(self, "_context", _compile(context, word, None))
        set_(self, "_at_start", frozenset(t[0] for t in at_small) | frozenset(self.initials))
        set_(self, "_spelling", spelling)
        set_(self, "convert", self._convert())

    def __call__(self, text: str) -> str | None:
        """``text`` by the table, or None when the table might disagree with ICU."""
        return self.convert(text)

    def _convert(self) -> Callable[[str], str | None]:
        """:meth:`__call__` as a closure over what it uses, two lookups the less."""
        search, table, careful = self._special.search, _as_list(self.table), self._careful
        at_start = tuple(self._at_start)
        if not at_start:

            def convert(text: str) -> str | None:
                if search(text) is None:
                    return text.translate(table)
                return careful(text)

        else:

            def convert(text: str) -> str | None:
                if search(text) is None and not text.startswith(at_start):
                    return text.translate(table)
                return careful(text)

        return convert

    def _careful(self, text: str) -> str | None:
        """:meth:`__call__` of a text that has something to look at more closely."""
        text = " " + text
        if self._unsafe.search(text) is not None:
            return None if self.upper is None else self.upper.convert(text[1:])
        if self._context is not None:
            text = self._context.sub(self._spell, text)
        return text.translate(self.table)[1:]

    def refuses(self, text: str) -> bool:
        """Whether :meth:`__call__` returns None for ``text``."""
        if self._unsafe.search(" " + text) is None:
            return False
        return self.upper is None or self.upper.refuses(text)

    def _spell(self, match: re.Match[str]) -> str:
        return self._spelling[match.group()]


def _as_list(table: dict[int, str]) -> list[int | str]:
    """``table`` as a list indexed by code point, what ``str.translate`` reads fastest (it
    leaves a character past the end as it is; below, an int is a character's own code)."""
    out: list[int | str] = list(range(max(table) + 1))
    for code, spelt in table.items():
        out[code] = spelt
    return out


def _alternatives(strings: list[str]) -> list[str]:
    """Regexes for ``strings``, one for each set of those with the same continuations."""
    return [_chars(first) + rest for first, _, rest in _literal_rules(strings, ANYWHERE)]


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
            for left in _CAPITALS + APOSTROPHES
            for ch in _CAPITALS
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
