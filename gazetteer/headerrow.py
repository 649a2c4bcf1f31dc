"""Where a table's header may really be. A sheet exported with a title above its header
("Обстріли за січень 2024", then a blank row) has no column the command line names in its
first row; one of the next rows holding every name says where the header is.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from .errors import GazetteerError

#: How many rows below the first are searched for the names.
LOOK_ROWS = 20


def header_further(source: Any, names: Sequence[str]) -> str:
    """`` (line 3 holds 'place': delete the lines above that header)`` when one of the
    first :data:`LOOK_ROWS` records of ``source`` (read on from after its first row) holds
    every one of ``names`` as a cell; else ``''``. Reading stops at the first record that
    does not parse (a title row narrower than the rows below it)."""
    wanted = {n.strip() for n in names}
    word = "row" if getattr(source, "typed", False) else "line"
    seen = 0
    try:
        for chunk in source.chunks():
            for i, row in enumerate(chunk.rows):
                if wanted <= {str(c).strip() for c in row if c is not None}:
                    shown = ", ".join(repr(n) for n in names)
                    at = chunk.lineno(i)
                    return f" ({word} {at} holds {shown}: delete the {word}s above that header)"
                seen += 1
                if seen >= LOOK_ROWS:
                    return ""
    except GazetteerError:
        return ""
    return ""
