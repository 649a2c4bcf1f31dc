"""The letter table of a standard's fast path, plus the two context rules it can afford.

Calling ICU costs microseconds per string, several times a ``str.translate``. On text of
the ordinary shape — words of Cyrillic letters, each word in lower case or with one capital
at its start, apostrophes only between two letters, ASCII spaces, digits and punctuation
between words — every standard here writes each letter the same way wherever it stands,
with two exceptions:

- a lower-case letter may have its own spelling at the start of a word (KMU's є ї й ю я);
- a pair of letters may be written as one (KMU's зг -> zgh, BGN's тс -> t·s).

A :class:`FastTable` holds those spellings (read off ICU by :mod:`translit.fast`) and what
it refuses, and returns None for text of any other shape (a capital inside a word or alone,
caps and small letters mixed, other scripts, Latin letters...), which then goes through ICU.
"""

from __future__ import annotations

import re
import string
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

__all__ = [
    "ANYWHERE",
    "APOSTROPHES",
    "CAPITALS",
    "INSIDE",
    "LETTERS",
    "SEPARATORS",
    "START",
    "UKRAINIAN",
    "FastTable",
]

UKRAINIAN = "абвгґдеєжзиіїйклмнопрстуфхцчшщьюя"
#: The lower-case letters a table is read for: Ukrainian, Russian and Belarusian.
LETTERS = UKRAINIAN + "ёъыэў"
CAPITALS = LETTERS.upper()
#: The apostrophes the rules know: ASCII, typographic, modifier letter, grave.
APOSTROPHES = "'\u2019\u02bc`"
#: What may stand between words: printable ASCII but letters and apostrophes.
SEPARATORS = "".join(ch for ch in string.printable[:95] if not ch.isalpha() and ch not in "'`")

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
    for endings, firsts in sorted(groups.items(), key=lambda item: sorted(item[1])):
        if endings == {""}:
            rest = ""
        elif all(len(rest) == 1 for rest in endings):
            rest = _chars(endings)
        else:
            tails = sorted(endings, key=lambda rest: (-len(rest), rest))
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
    alphabet: tuple[str, str] = (LETTERS, CAPITALS)
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
