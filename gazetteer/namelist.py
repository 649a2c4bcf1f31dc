"""Running text read with a gazetteer of names that are no places: people, military units,
firms (a file of your own that says ``# kind: names`` above its header, or
``Gazetteer.from_file(path, kind="names")``).

A place gazetteer's names are read in text only with a place's evidence
(:mod:`gazetteer.evidence`): one word before ``said`` is a person, a name opens with a letter,
a one-word name needs a preposition or a war verb beside it. None of that fits a list of
people or units, so here every run of words that one of its names spells is found, as
written or in any spelling its key matches (Zelensky, Zelenskyy, Зеленський; 3rd Assault
Brigade): its first word capitalised or a number, the longest run first, never across
punctuation. Names are not declined (give ``Зеленського`` in ``alt_names``), nor typos sought.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import TYPE_CHECKING

from translit import match_key

from .errors import GazetteerFileError
from .hints import OblastHint

if TYPE_CHECKING:
    from .extract import Mention
    from .gazetteer import Gazetteer

#: What a gazetteer of your own holds: places (read as places in text), other names, or
#: people's names (other names, written as people's are).
KINDS = ("places", "names", "people")
#: The kinds read in text without a place's evidence.
NAME_KINDS = frozenset({"names", "people"})
#: A comment line above the header that declares the file's kind: ``# kind: names``.
_DECLARED = re.compile(r"#\s*kind\s*[:=]\s*(\S*)\s*$", re.IGNORECASE)
#: A word: a letter or digit, then letters, digits, apostrophes, hyphens (3rd, 3-тя, O'Neill).
_TOKEN = re.compile(r"[^\W_](?:[\w’'ʼ-]*[^\W_])?")
#: An English possessive after a name (Zelensky's): not part of it.
_POSSESSIVE = re.compile(r"['’]s$")
#: The most words a name runs to in text.
MOST_WORDS = 8


def file_kind(comments: Iterable[str], where: str) -> str | None:
    """The kind the comment lines above a file's header declare (``# kind: names``), or None."""
    for line in comments:
        if declared := _DECLARED.match(line.strip()):
            return checked_kind(declared.group(1).lower(), where)
    return None


def checked_kind(kind: str, where: str) -> str:
    """``kind`` when it is one of :data:`KINDS`; else a clear error."""
    if kind not in KINDS:
        raise GazetteerFileError(f"{where}: kind {kind!r} is none of {', '.join(KINDS)}")
    return kind


def names_in(
    gz: Gazetteer,
    text: str,
    *,
    oblast: OblastHint = None,
    sources: Iterable[str] | None = None,
) -> list[Mention]:
    """The mentions in ``text`` of the names of ``gz``, a gazetteer of names (module docs)."""
    from .extract import Mention

    words = [_word(m) for m in _TOKEN.finditer(text)]
    found: list[Mention] = []
    i = 0
    while i < len(words):
        start = words[i][0]
        if not (text[start].isupper() or text[start].isdigit()):
            i += 1
            continue
        for size in range(min(MOST_WORDS, len(words) - i), 0, -1):
            last = i + size - 1
            if any(text[words[k][1] : words[k + 1][0]].strip() for k in range(i, last)):
                continue  # (never across a comma or a full stop)
            span = text[start : words[last][1]]
            if gz.index.entries_keyed(match_key(span)):
                resolution = gz.resolve(span, oblast=oblast, sources=sources)
                if resolution.best is not None:
                    found.append(Mention(start, words[last][1], span, span, resolution))
                    i = last
                    break
        i += 1
    return found


def _word(m: re.Match[str]) -> tuple[int, int]:
    """Where a word stands, an English possessive (Zelensky's) left out."""
    end = m.end()
    if (possessive := _POSSESSIVE.search(m.group())) and possessive.start() > 0:
        end = m.start() + possessive.start()
    return m.start(), end
