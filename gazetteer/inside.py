"""A place named inside a longer text that names no place as a whole.

``downtown Kharkiv``, ``Kyiv centre``, ``Großraum Charkiw``, ``okolice Lwowa``: the cell is
no place's name, nor a name and a word the query cleaner knows (``Kharkiv airport``, ``м.
Харків``), so it matches nothing, or only a loose guess by its consonants. Read as running
text (:func:`gazetteer.extract.find_places`), it names Kharkiv, Kyiv, Lviv. Such a place is
the answer, unsure: kind ``beside``, at most :data:`~gazetteer.rank.UNSURE_CEILING`, as for a
place named beside a name that is none (``Pivdenna bay, Sevastopol``), for the other words
may change what is meant (``Little Odessa``).
"""

from __future__ import annotations

import re
import threading
from dataclasses import replace
from typing import TYPE_CHECKING

from .model import Resolution
from .noplace import names_a_feature
from .rank import UNSURE_CEILING

if TYPE_CHECKING:
    from .gazetteer import Gazetteer

_WORD = re.compile(r"[^\W\d_]+")
_PARTED = re.compile(r"[,;|/()\[\]]")
#: Texts of this many words at most are read so: a longer one is a sentence, whose places
#: ``find_places`` is the tool for.
MAX_WORDS = 6
MAX_TEXT = 120  #: ...and this many characters at most (a cell of junk is no text)
_calls = threading.local()  #: how deep in resolutions this thread is


class nested:  # (lower case: used as the function it was, ``with nested() as outermost``)
    """A resolution's span, saying whether it is the outermost: the query path resolves
    parts of a query (a text beside the name, a name alone) and :func:`named_inside` reads
    its words; those inner resolutions keep what they say as a whole. (A class, not a
    generator's context manager: every resolution enters one, and this costs a third.)"""

    __slots__ = ("depth",)

    def __enter__(self) -> bool:
        self.depth = depth = getattr(_calls, "depth", 0)
        _calls.depth = depth + 1
        return depth == 0

    def __exit__(self, *exc: object) -> None:
        _calls.depth = self.depth


def worth_reading(res: Resolution, threshold: float) -> bool:
    """Whether ``res`` leaves its text to be read for a place inside it: nothing reached
    ``threshold`` (not a place the text puts abroad: ``Odessa, US``), or only a loose guess
    by consonants; and the text has no parts (commas, brackets: the query path reads a
    place beside a name that is none, ``Pivdenna bay, Sevastopol``), nor a water's or an
    island's name."""
    if res.status == "unmatched":
        weak = not res.candidates or res.candidates[0].score < threshold
    else:
        weak = res.best is not None and res.best.kind == "loose"
    # (the text is read only then: most values are matched, and this is asked of each)
    if not weak or len(res.query) > MAX_TEXT or _PARTED.search(res.query):
        return False
    return not names_a_feature(res.query)  # (Dnipro river is no place of Dnipro)


def named_inside(
    gz: Gazetteer, res: Resolution, oblast: str, allowed: frozenset[str], explain: bool
) -> Resolution | None:
    """The places a text of a few words names inside it, the first one first, unsure; None
    when it names none but itself (``res``: its resolution as a whole, which it replaces)."""
    text = res.query
    words = _WORD.findall(text)
    if not 2 <= len(words) <= MAX_WORDS:
        return None
    from .extract import find_places  # (extract reads with the gazetteer: no cycle at import)

    with nested():
        mentions = find_places(gz, text, oblast=oblast or None, sources=allowed)
    whole = " ".join(words).casefold()
    found = []
    for mention in mentions:
        best = mention.resolution.best
        if best is None or mention.resolution.status == "unmatched":
            continue
        if " ".join(_WORD.findall(mention.text)).casefold() == whole:
            continue  # (the text itself, read as a whole already)
        why = (
            (
                *best.explain,
                f"{mention.text!r} in the text names it; the text as a whole names no place: "
                f"at most {UNSURE_CEILING:g}",
            )
            if explain
            else ()
        )
        score = min(best.score, UNSURE_CEILING)
        found.append(replace(best, score=score, kind="beside", ambiguous=False, explain=why))
    if not found:
        return None
    found.sort(key=lambda m: -m.score)  # (stable: the first named first among equals)
    return Resolution(text, "ambiguous", found[0], tuple(found), res.region)
