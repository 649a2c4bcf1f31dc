"""A report's headings: a unit's name with its level alone on its line or before a colon
(``KHERSON OBLAST:``, ``Луганська область:``), as situation reports and flash updates head
each oblast's news. The names after a heading, up to the next heading or a blank line, are
read as one part of the text with it, so its oblast tells their namesakes apart
(``LUHANSK OBLAST: Fighting continues near Bilohorivka``: Luhansk oblast's)."""

from __future__ import annotations

import re
from collections.abc import Hashable, Sequence

from .evidence import Found
from .spanlevels import is_level

#: What may stand before a heading on its line: spaces, a bullet, markup's hashes or stars.
_LINE_OPENING = re.compile(r"(?:^|\n)[ \t>#*•\-–—]*$")
#: What follows a heading: a colon, or the end of its line.
_HEADING_END = re.compile(r"[ \t*]*(?::|[ \t*]*(?:\n|$))")
#: A blank line: a heading's section ends there.
_BLANK_LINE = re.compile(r"\n[ \t]*\n")


def sectioned(text: str, found: Sequence[Found], sentences: Sequence[int]) -> list[Hashable]:
    """The part of ``text`` each of the ``found`` names stands in (``sentences``: the
    sentence of each): a heading's section for the names after a heading, else its
    sentence."""
    parts: list[Hashable] = list(sentences)
    section: tuple[str, int] | None = None
    blanks = [m.start() for m in _BLANK_LINE.finditer(text)]
    for n, f in enumerate(found):
        if section is not None and any(found[section[1]].end <= b < f.start for b in blanks):
            section = None
        if _a_heading(text, f):
            section = ("heading", n)
        if section is not None:
            parts[n] = section
    return parts


def _a_heading(text: str, f: Found) -> bool:
    """Whether ``f`` is a unit's name with its level heading a line (KHARKIV OBLAST:)."""
    words = text[f.start : f.end].split()
    return (
        len(words) > 1
        and is_level(words[-1])
        and bool(_LINE_OPENING.search(text, 0, f.start))
        and bool(_HEADING_END.match(text, f.end))
    )
