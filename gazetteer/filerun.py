"""One file's pass through the batch engine: blocks in, fields resolved, blocks out in order.

A quote-free block whose lines all have the header's field count is the fast path: fields
are cut with ``str.split``, and each line is written as its own text followed by its
values' pre-serialised fields (:attr:`Normalizer.suffix`), all in one ``join``. Other blocks
are parsed into rows and assembled field by field.
"""

from __future__ import annotations

import contextlib
import gc
from collections import deque
from collections.abc import Iterator
from dataclasses import dataclass
from operator import itemgetter, methodcaller
from typing import Any, AnyStr, Protocol

from .batch import BAD_ROW, Cell, Normalizer, output_names, text_of
from .chunk import Chunk
from .errors import InputError
from .points import PointReader, query_keys
from .splitrun import SecondHalf
from .unitcols import with_units
from .writers import serialize

#: Records joined into one string to write (:func:`_interleave`).
PIECE = 2048
#: Regular blocks cut, their new values handed to the workers, before this process stops
#: reading ahead and helps resolve the oldest (each block holds ~3 MB meanwhile).
LOOKAHEAD = 2


class FileRun:
    """One file's pass: blocks in, fields resolved, blocks out in the same order."""

    hint_idx: int | None = None
    ctx_idx: int | None = None
    #: a pre-scan's keys, block by block (:mod:`gazetteer.prescan`), resolved before any row
    keys: Iterator[list[Any]] | None = None
    #: the pre-scan's (first line, bytes) of each block, for :mod:`gazetteer.splitrun`
    marks: list[tuple[int, int | None]] | None = None
    #: the latitude and longitude columns' indices, when each row has a point
    point_idx: tuple[int, int] | None = None

    def __init__(
        self,
        source: Any,
        norm: Normalizer,
        columns: list[str],
        idx: list[int],
        header: list[str],
        inplace: dict[str, int],
        raw: bool,
        progress: Any,
    ) -> None:
        self.source, self.norm, self.columns, self.idx = source, norm, columns, idx
        self.header, self.inplace, self.raw, self.progress = header, inplace, raw, progress
        self.n = len(source.header)
        self.rows = 0
        #: (column index, level) of the columns naming each row's raion or hromada
        self.units: list[tuple[int, str]] = []
        #: cells are typed values (Parquet, XLSX), read as text where the engine needs it
        self.text = _as_text if getattr(source, "typed", False) else list
        self.point_reader = PointReader()  #: the rows' points, and the unreadable ones

    def write(self, sink: Any) -> None:
        sink.write_header(self.header)
        # a regular block's keys, the cells themselves, may be cut and counted as bytes
        self.norm.bytes_keys = self.raw and self._bare()
        with no_gc():
            half = None
            if self.keys is not None:
                with contextlib.closing(self.keys):  # type: ignore[type-var]
                    if self.norm.preload(self.keys):
                        half = SecondHalf.start(self, sink)
            if half is None:
                self.write_blocks(sink)
                return
            try:  # after a complete pre-scan, a forked process writes the second half
                self.write_blocks(sink)
                half.finish(self, sink)
            finally:
                half.close()

    def write_blocks(self, sink: Any) -> None:
        """Write the rows of the source's blocks."""
        chunks = self.source.chunks()
        if self.ctx_idx is not None:
            chunks = _align_runs(chunks, self._group_key)
        ahead: deque[_Plain] = deque()  # regular blocks cut, their values being resolved
        for chunk in chunks:
            plain = None
            if self.raw and chunk.text is not None and not self.norm.full():
                plain = self._plain(chunk, sink.eol, wait=False)
            if plain is None:  # this block waits for its values: write the ones before it
                while ahead:
                    self._write_plain(ahead.popleft(), sink)
                self._chunk(chunk, sink)
            else:  # blocks are written as their values come in, while the workers resolve
                ahead.append(plain)  # the later ones; only past LOOKAHEAD does this process
                while ahead and self.norm.ready(ahead[0].submitted):  # help them
                    self._write_plain(ahead.popleft(), sink)
                if len(ahead) > LOOKAHEAD:
                    self._write_plain(ahead.popleft(), sink)
            self.rows += len(chunk)
            if self.progress is not None:
                self.progress(self.rows, self.source.position(), self.source.size)
        while ahead:
            self._write_plain(ahead.popleft(), sink)

    def _group_key(self, row: list[str]) -> tuple[str, str]:
        c, h = self.ctx_idx, self.hint_idx
        return (
            row[c] if c is not None and c < len(row) else "",
            row[h] if h is not None and h < len(row) else "",
        )

    def _chunk(self, chunk: Chunk, sink: Any) -> None:
        if self.raw and chunk.text is not None:
            plain = self._plain(chunk, sink.eol)
            if plain is not None:
                self._write_plain(plain, sink)
                return
        n, rows = self.n, chunk.rows
        bad = set(chunk.errors)
        lengths = set(map(len, rows))
        odd = [] if lengths == {n} else [j for j, r in enumerate(rows) if len(r) != n]
        for j in odd:
            if len(rows[j]) > n and j not in bad and not any(rows[j][n:]):
                del rows[j][n:]  # only empty fields past the header's: a trailing delimiter
            elif len(rows[j]) > n and j not in bad:
                if self.norm.on_error != "keep":
                    counted = "row" if self.text is _as_text else "line"  # (a sheet has rows)
                    raise InputError(
                        f"{counted} {chunk.lineno(j)}: {len(rows[j])} fields, the header has {n}"
                    )
                bad.add(j)
            if len(rows[j]) < n:
                rows[j] = rows[j] + [""] * (n - len(rows[j]))
        text = self.text
        hints = None if self.hint_idx is None else text(map(itemgetter(self.hint_idx), rows))
        points = None
        if self.point_idx is not None:
            lat, lon = (list(map(itemgetter(i), rows)) for i in self.point_idx)
            points = self.point_reader.points(lat, lon, chunk.lineno)
        raw = self.raw and chunk.lines is not None
        all_keys, all_cells = [], []
        units = [(text(map(itemgetter(ui), rows)), level) for ui, level in self.units]
        for col, ci in zip(self.columns, self.idx, strict=True):
            values: list[Any] = text(map(itemgetter(ci), rows))
            if units:
                values = with_units(values, units)
            for j in bad:
                values[j] = None
            cells: _Cells
            if self.ctx_idx is not None:
                cells = self._groups(col, rows, values, hints, points)
            else:
                keys = query_keys(values, hints, points)
                for j in bad:
                    keys[j] = BAD_ROW
                where = lambda k, ks=keys: chunk.lineno(ks.index(k))  # noqa: E731
                if raw:  # fields come pre-serialised; only odd rows need them as cells
                    self.norm.add(col, keys, where)
                    cells = _Lazy(self.norm.cache, keys)
                else:
                    cells = self.norm.cells(col, keys, where)
                all_keys.append(keys)
            all_cells.append(cells)
        if raw:
            self._raw(chunk, all_keys, all_cells, set(odd) | bad, sink)
        else:
            sink.write_rows(
                [self._assemble(rows[j], [c[j] for c in all_cells]) for j in range(len(rows))]
            )

    def _plain(self, chunk: Chunk, eol: str, wait: bool = True) -> _Plain | None:
        """Cut a quote-free block whose lines all have the header's field count, and hand
        its new values to the resolver; None when the block is not that regular.

        Fields are taken with ``str.split`` instead of the csv parser. With ``wait=False``
        values may still be in flight on return: :meth:`_write_plain` collects them.
        """
        text, d = chunk.text, self.source.delimiter
        assert text is not None
        size = len(chunk)
        nl, cr, crlf = chunk.breaks()
        ends = {"\n": nl, "\r\n": crlf, "\r": cr}[eol]
        if ends != size or nl + cr != size * len(eol):  # not every line ends with eol
            return None
        if self.norm.bytes_keys:  # the keys are the cells: cut as bytes, written as bytes
            return self._plain_bytes(text, eol, wait)
        bodies = text.split(eol)
        bodies.pop()  # the empty text after the last line ending
        if set(map(methodcaller("count", d), bodies)) != {self.n - 1}:
            return None
        hints = None if self.hint_idx is None else _field(bodies, d, self.hint_idx)
        units = [(_field(bodies, d, ui), level) for ui, level in self.units]
        points = None
        if self.point_idx is not None:
            lat, lon = (_field(bodies, d, i) for i in self.point_idx)
            points = self.point_reader.points(lat, lon, chunk.lineno)
        all_keys = []
        for col, ci in zip(self.columns, self.idx, strict=True):
            values = _field(bodies, d, ci)
            if units:
                values = with_units(values, units)
            keys = query_keys(values, hints, points)
            self.norm.add(col, keys, lambda k, ks=keys: chunk.lineno(ks.index(k)), wait)
            all_keys.append(keys)
        return _Plain(bodies, all_keys, self.norm.submitted)

    def _bare(self) -> bool:
        """Whether the keys are the cells alone (no hint, units or point beside them)."""
        return self.hint_idx is None and not self.units and self.point_idx is None

    def _plain_bytes(self, text: str, eol: str, wait: bool) -> _Plain | None:
        """:meth:`_plain` for keys that are the cells alone: the block cut as UTF-8 bytes
        (:mod:`gazetteer.keytally`), whose keys' fields are :attr:`Normalizer.suffix_bytes`."""
        d = self.source.delimiter.encode("utf-8")
        bodies = text.encode("utf-8").split(eol.encode())  # (UTF-8: a break is a break alone)
        bodies.pop()  # the empty text after the last line ending
        if set(map(methodcaller("count", d), bodies)) != {self.n - 1}:
            return None
        all_keys = []
        for col, ci in zip(self.columns, self.idx, strict=True):
            keys = _field(bodies, d, ci)
            self.norm.add_bytes(col, keys, wait)
            all_keys.append(keys)
        return _Plain(bodies, all_keys, self.norm.submitted, coded=True)

    def _write_plain(self, plain: _Plain, sink: Any) -> None:
        """Write a block cut by :meth:`_plain`: each line's text, then its values' fields."""
        self.norm.settle(plain.submitted)
        if plain.coded:
            eol = sink.eol.encode()
            for data in _interleave(plain.bodies, plain.keys, self.norm.suffix_bytes, eol):
                sink.write_bytes(data)
            return
        for text in _interleave(plain.bodies, plain.keys, self.norm.suffix, sink.eol):
            sink.write_text(text)

    def _groups(
        self, col: str, rows: list, values: list, hints: list | None, points: list | None
    ) -> list[Cell]:
        cells: list[Cell] = []
        start = 0
        keys = [self._group_key(r) for r in rows]
        for i in range(1, len(rows) + 1):
            if i == len(rows) or keys[i] != keys[start]:
                hint = hints[start] if hints is not None else self.norm.oblast
                at = None if points is None else points[start:i]
                cells.extend(self.norm.group_cells(col, values[start:i], hint, at))
                start = i
        return cells

    def _assemble(self, row: list[str], cells: list[Cell]) -> list[str]:
        n = self.n
        if not self.inplace:
            out = row[:n]
            for cell in cells:
                out.extend(cell)
        else:
            out = row[:n]
            for col, cell in zip(self.columns, cells, strict=True):
                for name, v in zip(output_names(col, self.norm.added), cell, strict=True):
                    pos = self.inplace.get(name)
                    if pos is None:
                        out.append(v)
                    else:
                        out[pos] = v
        out.extend(row[n:])
        return out

    def _raw(self, chunk: Chunk, keys: list, cells: list, fix: set[int], sink: Any) -> None:
        """Write one-line records as their own text plus the pre-serialised fields."""
        lines, rows = chunk.lines, chunk.rows
        assert lines is not None
        eol = sink.eol
        k = len(eol)  # every line ends with eol exactly when there are that many breaks
        text = "".join(lines)
        if text.count(eol) == len(lines) and text.count("\n") + text.count("\r") == len(lines) * k:
            bodies = text.split(eol)
            bodies.pop()  # the empty text after the last line ending
        else:
            bodies = [line.rstrip("\r\n") for line in lines]
        whole = {  # records that do not fit the plain layout, re-serialised whole
            j: serialize(self._assemble(rows[j], [c[j] for c in cells]), sink.delimiter)
            for j in fix
        }
        for text in _interleave(bodies, keys, self.norm.suffix, eol, whole):
            sink.write_text(text)


@contextlib.contextmanager
def no_gc() -> Iterator[None]:
    """Pause the cyclic garbage collector: a block's rows are many small acyclic lists,
    and collections triggered by them would walk the whole loaded gazetteer again and
    again (the parse of a block runs about 1.7 times faster without). Nested, only the
    outermost one turns it back on."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


@dataclass
class _Plain:
    """A regular block cut into lines and keys, waiting for its values' fields."""

    bodies: list[Any]
    keys: list[list[Any]]
    submitted: int  #: the resolver's hand-offs to collect before writing it
    coded: bool = False  #: lines and keys are UTF-8 bytes (:meth:`FileRun._plain_bytes`)


def _interleave(
    bodies: list[AnyStr],
    keys: list[list[Any]],
    suffix: dict[Any, AnyStr],
    eol: AnyStr,
    whole: dict[int, AnyStr] | None = None,
) -> Iterator[AnyStr]:
    """Each body, then its keys' pre-serialised fields, then ``eol``: one ``join`` for
    each :data:`PIECE` records.

    ``whole`` maps a record's index to its complete text, written instead of body and
    fields. Filling every n-th slot of one list with C-level slice assignments makes no
    string per record (about twice as fast as concatenating each line); joining a block's
    pieces one by one keeps each string, and the bytes it is encoded to, small enough to
    stay in the processor's cache (a whole block at once was a third slower).
    """
    width = len(keys) + 2
    for lo in range(0, len(bodies), PIECE):
        part = bodies[lo : lo + PIECE]
        out = [eol] * (len(part) * width)
        out[::width] = part
        for i, ks in enumerate(keys, 1):
            out[i::width] = map(suffix.__getitem__, ks[lo : lo + PIECE])
        for j, text in (whole or {}).items():
            if lo <= j < lo + PIECE:
                at = (j - lo) * width
                out[at : at + width - 1] = [text] + [eol[:0]] * (width - 2)
        yield eol[:0].join(out)


def _as_text(cells: Any) -> list[str]:
    return list(map(text_of, cells))


def _field(bodies: list[AnyStr], delimiter: AnyStr, i: int) -> list[AnyStr]:
    """Field ``i`` of each quote-free line."""
    return [b.split(delimiter, i + 1)[i] for b in bodies]


class _Cells(Protocol):
    """A block's cells by row: a list of them, or :class:`_Lazy`."""

    def __getitem__(self, j: int, /) -> Cell: ...


class _Lazy:
    """Cells looked up on demand: ``lazy[j]`` is the cached cell of ``keys[j]``."""

    def __init__(self, cache: dict[Any, Cell], keys: list[Any]) -> None:
        self.cache, self.keys = cache, keys

    def __getitem__(self, j: int) -> Cell:
        return self.cache[self.keys[j]]


def _align_runs(chunks: Iterator[Any], key: Any, limit: int = 50_000) -> Iterator[Any]:
    """Re-cut blocks so that a run of rows with one group key is never split (up to limit)."""
    carry = None
    for chunk in chunks:
        if carry is not None:
            chunk, carry = carry + chunk, None
        rows = chunk.rows
        last, i = key(rows[-1]), len(rows) - 1
        while i > 0 and key(rows[i - 1]) == last:
            i -= 1
        if i == 0 and len(rows) < limit:
            carry = chunk
        elif i == 0:
            yield chunk
        else:
            head, carry = chunk.split(i)
            yield head
    if carry is not None:
        yield carry
