"""Each column's rows counted by key, from blocks read as text or as bytes.

A regular block whose keys are the cells themselves is cut as UTF-8 bytes
(:meth:`gazetteer.filerun.FileRun._plain_bytes`): splitting, counting and joining bytes is cheaper
than text, and the lines go out as they came, with no text to widen to the width of the
Cyrillic fields after them and encode back. Its keys are then counted as bytes; the other
blocks' keys as they are. :meth:`KeyTally.take` gives each column's counts by key, in the
order the keys were first met in either kind of block, as one count of them all would.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from itertools import islice
from typing import Any


class KeyTally:
    """Each column's rows by key since the last :meth:`take`."""

    def __init__(self) -> None:
        self._text: dict[str, Counter[Any]] = {}
        self._bytes: dict[str, Counter[bytes]] = {}
        #: each column's keys in the order first met (their counts are in the two above)
        self._order: dict[str, dict[Any, None]] = {}

    def count(self, column: str, keys: list[Any]) -> list[Any]:
        """Count ``keys`` under ``column``; the keys not met before in this kind of block, in
        the order met (a Counter keeps its keys in that order)."""
        order = self._order.setdefault(column, {})
        tally = self._text.setdefault(column, Counter())
        before = len(tally)
        tally.update(keys)
        if len(tally) == before:
            return []
        new = list(islice(tally, before, None))
        order.update(dict.fromkeys(new))  # (a key met before keeps its place)
        return new

    def count_bytes(self, column: str, keys: list[bytes]) -> list[str]:
        """Count the UTF-8 ``keys`` under ``column``; as :meth:`count`, the new ones decoded."""
        order = self._order.setdefault(column, {})
        tally = self._bytes.setdefault(column, Counter())
        before = len(tally)
        tally.update(keys)
        if len(tally) == before:
            return []
        new = [key.decode("utf-8") for key in islice(tally, before, None)]
        order.update(dict.fromkeys(new))
        return new

    def take(self) -> Iterator[tuple[str, dict[Any, int]]]:
        """Each column's rows by key, the keys in the order first met; then none."""
        for column, order in self._order.items():
            text = self._text.get(column) or Counter()
            coded = self._bytes.get(column)
            if not coded:  # (its keys are in the order met)
                yield column, text
                continue
            get, got = text.get, coded.get
            counts = {
                key: get(key, 0) + (got(key.encode("utf-8"), 0) if type(key) is str else 0)
                for key in order
            }
            yield column, counts
        self._text.clear()
        self._bytes.clear()
        self._order.clear()
