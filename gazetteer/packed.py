"""Columns of strings packed for the disk cache: few objects to read back, cut on first use.

A pickled list of 150,000 strings is read back one string at a time (each decoded, each
remembered in the unpickler's memo): the slowest part of the cached index to load, at every
start of the command. Packed, a column is one text, or, when it repeats a few values (an
entry's oblast, category, raion), those values and an array of which one each row holds:
it reads back as a handful of objects. One item is read off it without unpacking the rest
(an entry made for an answer, the forms of the few keys a lookup meets), and
:meth:`StringColumn.unpack` makes the plain list a hot loop indexes: a column set as an
attribute (:meth:`StringColumn.rebinding`) replaces itself with that list once it has been
read often enough to be worth it, as :func:`translit.lazyre.lazy_compile`'s patterns do.
"""

from __future__ import annotations

from array import array
from collections.abc import Iterator, Sequence
from typing import Any, overload

#: Reads of a packed column after which it cuts itself into a list (see
#: :meth:`StringColumn.rebinding`): a read of the column costs some 1,000 instructions more
#: than a list's, so a lookup (a few hundred reads) leaves it packed, and a batch pays a
#: million at most before it is cut (some 50 million for 150,000 strings, as every start
#: paid to read the list back).
UNPACK_AFTER = 1_000

#: Characters that may cut a column's text, the first that no string holds.
_CUTS = ("\n", "\x00", "\x1f")


class StringColumn(Sequence[str]):
    """A sequence of strings kept as one text and where each string ends, or (when it holds
    far fewer distinct values than rows: an oblast, a category) as its values and which of
    them each row holds."""

    __slots__ = ("_cut", "_ends", "_holder", "_ids", "_text", "_values", "reads")

    def __init__(self, strings: Sequence[str]) -> None:
        numbers: dict[str, int] = {}
        for s in strings:
            numbers.setdefault(s, len(numbers))
        self.reads = 0  #: items read so far
        self._holder: tuple[object, str] | None = None  #: see :meth:`rebinding`
        self._text, self._ends = "", array("I")
        self._values, self._ids = list(numbers), array("H" if len(numbers) <= 1 << 16 else "I")
        cut = next((c for c in _CUTS if not any(c in s for s in numbers)), "")
        self._cut = "" if 4 * len(numbers) <= len(strings) else cut  #: none: by value
        if not self._cut:
            self._ids.extend(map(numbers.__getitem__, strings))
            return
        self._values, self._text = [], cut.join(strings)
        end = -1
        for s in strings:
            end += len(s) + 1
            self._ends.append(end)  # (where its cut is, or would be after the last)

    def __len__(self) -> int:
        return len(self._ends) if self._cut else len(self._ids)

    @overload
    def __getitem__(self, i: int) -> str: ...
    @overload
    def __getitem__(self, i: slice) -> list[str]: ...
    def __getitem__(self, i: int | slice) -> str | list[str]:
        """The ``i``-th string (a negative ``i`` counts from the end), or a slice's."""
        if isinstance(i, slice):  # (no comprehension here: its closure cell, made on every
            return list(map(self.__getitem__, range(*i.indices(len(self)))))  # call, costs)
        self.reads += 1
        if self._holder is not None and self.reads >= UNPACK_AFTER:
            self._rebind()
        if not self._cut:
            return self._values[self._ids[i]]
        ends = self._ends
        if i < 0:
            i += len(ends)
        if not 0 <= i < len(ends):
            raise IndexError("string column index out of range")
        return self._text[ends[i - 1] + 1 if i else 0 : ends[i]]

    def __iter__(self) -> Iterator[str]:
        """Every string, in order (read off the list :meth:`unpack` makes)."""
        self.reads += len(self)
        return iter(self._rebind() if self._holder is not None else self.unpack())

    def rebinding(self, holder: object, name: str) -> StringColumn:
        """This column, set as ``holder``'s attribute ``name``: once it has been read
        :data:`UNPACK_AFTER` times it sets the attribute to its list (:meth:`unpack`), a
        plain attribute from then on (a caller still holding the column reads on)."""
        self._holder = (holder, name)
        return self

    def _rebind(self) -> list[str]:
        """The list set as the holder's attribute (see :meth:`rebinding`)."""
        holder, self._holder = self._holder, None
        strings = self.unpack()
        if holder is not None:  # (None: another thread has just done it)
            setattr(*holder, strings)
        return strings

    def unpack(self) -> list[str]:
        """Every string, in order, as a new list (made by value: each repeated value one
        object throughout)."""
        if not self._cut:
            return list(map(self._values.__getitem__, self._ids))
        return self._text.split(self._cut)

    def __getstate__(self) -> tuple[object, ...]:
        # A text with letters beyond ASCII goes as UTF-16: read back several times faster
        # than pickle's UTF-8 (and Cyrillic is two bytes a letter either way).
        text = self._text if self._text.isascii() else self._text.encode(*_UTF16)
        return (text, self._cut, self._ends, self._values, self._ids)

    def __setstate__(self, state: tuple[Any, ...]) -> None:
        text, self._cut, self._ends, self._values, self._ids = state
        self._text = text if isinstance(text, str) else text.decode(*_UTF16)
        self.reads, self._holder = 0, None


_UTF16 = ("utf-16-le", "surrogatepass")  # (a lone surrogate too: a name is kept as written)
