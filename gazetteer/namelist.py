"""Running text read with a gazetteer of names that are no places: people, military units,
firms (a file of your own that says ``# kind: names`` above its header, or
``Gazetteer.from_file(path, kind="names")``).

A place gazetteer's names are read in text only with a place's evidence
(:mod:`gazetteer.evidence`): one word before ``said`` is a person, a name opens with a letter,
a one-word name needs a preposition or a war verb beside it. None of that fits a list of
people or units, so here every run of words that one of its names spells is found, as
written or in any spelling its key matches (Zelensky, Zelenskyy, Зеленський; 3rd Assault
Brigade): its first word capitalised or a number, the longest run first, never across
punctuation. Names are not declined (give ``Зеленського`` in ``alt_names``), nor typos
sought, but in a list of people (:mod:`gazetteer.declinednames`).

A list of people (``# kind: people``) is read so too, and its names as people write them
(:mod:`gazetteer.personforms`): across an initial's full stop (``Т. Г. Шевченко``,
``Shevchenko T.H.``), and a surname alone not when a given name or an initial stands beside it
that is not the person's (``Тарас Шевченко`` is not the list's one Андрій Шевченко).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import TYPE_CHECKING

from translit import match_key

from .declinednames import a_given_name, declined_fits, declined_readings
from .errors import GazetteerFileError
from .hints import OblastHint
from .personforms import initials

if TYPE_CHECKING:
    from .extract import Mention
    from .gazetteer import Gazetteer
    from .model import Resolution

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
    people = gz.kind == "people"
    joined = [_joined(text, words, k, people) for k in range(len(words) - 1)]
    found: list[Mention] = []
    i = 0
    while i < len(words):
        start = words[i][0]
        if not (text[start].isupper() or text[start].isdigit()):
            i += 1
            continue
        for size in range(min(MOST_WORDS, len(words) - i), 0, -1):
            last = i + size - 1
            if not all(joined[i:last]):
                continue  # (never across a comma or a full stop, but an initial's)
            end = words[last][1] + (_initial(text, words[last]) if people else 0)  # (Т.Г.)
            span = text[start:end]
            read = _read(gz, text, words, (i, last, end), oblast, sources)
            if read is None:
                continue
            query, resolution = read
            best = resolution.best
            alone = people and best and best.kind == "variant" and " " not in span
            if alone and _named_beside(text, words, i, joined):
                continue  # (Тарас Шевченко, Сергія Шевченка: not the list's Андрій Шевченко)
            if best is not None:
                found.append(Mention(start, end, span, query, resolution))
                i = last
                break
        i += 1
    return found


def _read(
    gz: Gazetteer,
    text: str,
    words: list[tuple[int, int]],
    where: tuple[int, int, int],
    oblast: OblastHint,
    sources: Iterable[str] | None,
) -> tuple[str, Resolution] | None:
    """What the span of words ``i`` to ``last`` (``where``: and the offset it ends at) was
    read as and its resolution: the span itself when a form has its key; in a list of
    people, else its nominative (:mod:`gazetteer.declinednames`: Вірші Шевченка, з Усиком)
    when the person may be so declined (not Тимошенка: Юлія Тимошенко's surname stays as
    it is). A list of people reads no typo in text: a declined surname that keys as a
    surname and an initial (Усика: Usyk A.) is not one; None when nothing is read."""
    i, last, end = where
    span = text[words[i][0] : end]
    if gz.index.entries_keyed(match_key(span)):
        resolution = gz.resolve(span, oblast=oblast, sources=sources)
        if gz.kind != "people" or (resolution.best and resolution.best.kind != "fuzzy"):
            return span, resolution
    if gz.kind != "people":
        return None
    for nominative in declined_readings(gz, text, words, i, last, end):
        resolution = gz.resolve(nominative, oblast=oblast, sources=sources)
        if declined_fits(resolution, span):
            return nominative, resolution
    return None


def _joined(text: str, words: list[tuple[int, int]], k: int, people: bool) -> bool:
    """Whether word ``k`` and the next stand in one name: only spaces between them, or in a
    list of people an initial's full stop (Т. Шевченко, Т.Г.), and there neither a small
    letter alone."""
    gap = text[words[k][1] : words[k + 1][0]].strip()
    if people and (_conjunction(text, words[k]) or _conjunction(text, words[k + 1])):
        return False  # (Франко і Шевченко: і is no initial of Іван Франко's)
    return not gap or (people and gap == "." and _initial(text, words[k]) == 1)


def _conjunction(text: str, word: tuple[int, int]) -> bool:
    """Whether ``word`` is one small letter with no full stop (і, й, а, у, з): a conjunction
    or a preposition, no initial."""
    return word[1] - word[0] == 1 and text[word[0]].islower() and text[word[1] : word[1] + 1] != "."


def _initial(text: str, word: tuple[int, int]) -> int:
    """1 when ``word`` is an initial with its full stop (Т., Yu.), else 0."""
    return int(text[word[1] : word[1] + 1] == "." and bool(initials(text[word[0] : word[1] + 1])))


def _named_beside(text: str, words: list[tuple[int, int]], i: int, joined: list[bool]) -> bool:
    """Whether a given name or an initial stands right before or after word ``i``: the
    person it names is another than one its surname alone would be."""
    before = [i - 1] if i > 0 and joined[i - 1] else []
    beside = before + ([i + 1] if i < len(joined) and joined[i] else [])
    for k in beside:
        word = text[words[k][0] : words[k][1]]
        if _initial(text, words[k]) or (word[:1].isupper() and a_given_name(word)):
            return True
    return False


def _word(m: re.Match[str]) -> tuple[int, int]:
    """Where a word stands, an English possessive (Zelensky's) left out."""
    end = m.end()
    if (possessive := _POSSESSIVE.search(m.group())) and possessive.start() > 0:
        end = m.start() + possessive.start()
    return m.start(), end
