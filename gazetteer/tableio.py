"""Parquet and XLSX files for batch normalisation, through the optional extras.

The extra ``parquet`` (``pip install '.[parquet]'``) brings pyarrow, ``xlsx`` openpyxl; without
them these formats fail with an :class:`ImportError` that names the command.

Sources read a file in blocks of rows and hand the batch layer the same :class:`Chunk` a
CSV source does, except that cells keep their types (``typed``): numbers, dates and nulls
pass through to a Parquet or XLSX output unchanged, and only the columns to normalise (and
the hint and context columns) are read as text. A Parquet output keeps the input's Arrow
types for the input's own columns when the input was Parquet too; every other column,
the added ones included, is a string column. Row numbers in messages count the header as
row 1, as a spreadsheet does.
"""

from __future__ import annotations

import contextlib
import datetime
import decimal
import importlib
import os
from collections.abc import Iterator, Sequence
from types import TracebackType
from typing import Any

from .chunk import Chunk
from .csvio import missing_extra
from .errors import InputError

#: The formats of this module, by file extension.
EXTRAS = {"parquet": ("pyarrow", "parquet"), "xlsx": ("openpyxl", "xlsx")}
XLSX_MAX_ROWS = 1_048_576  #: rows in one worksheet, the header included
BATCH_ROWS = 50_000


def extension(path: str) -> str:
    """``path``'s extension, lower-cased, without its dot ("" when it has none)."""
    return os.path.splitext(path.lower())[1].lstrip(".")


def repeated_names(names: Sequence[str]) -> list[str]:
    """The names ``names`` holds more than once, sorted (a table's columns)."""
    return sorted({n for n in names if names.count(n) > 1})


def table_format(path: str) -> str | None:
    """``parquet`` or ``xlsx`` for a path with that extension, else None.

    An old binary ``.xls`` workbook is refused with a message saying what to do.
    """
    ext = extension(path)
    if ext == "xls":
        raise InputError(f"{path}: .xls workbooks are not supported; save it as .xlsx or .csv")
    return ext if ext in EXTRAS else None


def _require(module: str, fmt: str, what: str) -> Any:
    package, extra = EXTRAS[fmt]
    try:
        return importlib.import_module(module)
    except ImportError:
        raise missing_extra(package, extra, what) from None


class _TableSource:
    """What the batch layer needs of a source besides :meth:`chunks`; typed cells."""

    typed = True
    delimiter = ","
    eol = "\n"
    bom = False
    encoding = "utf-8"
    size: int | None = None
    header: list[str]

    def __init__(self, path: str) -> None:
        self.path = path
        self._done = 0
        #: Arrow type of each input column (Parquet only), kept by a Parquet output.
        self.types: dict[str, Any] = {}

    def position(self) -> int:
        """Rows read so far (the progress display's ``done``)."""
        return self._done


class ParquetSource(_TableSource):
    """A Parquet file read in row groups' batches."""

    def __init__(self, path: str) -> None:
        super().__init__(path)
        pq = _require("pyarrow.parquet", "parquet", "Parquet input")
        try:
            self._file = pq.ParquetFile(path)
        except FileNotFoundError:
            raise InputError(f"cannot open {path}: no such file") from None
        except (OSError, ValueError) as exc:
            raise InputError(f"cannot read {path} as Parquet: {exc}") from None
        schema = self._file.schema_arrow
        self.header = list(schema.names)
        self.types = {f.name: f.type for f in schema}
        self.size = self._file.metadata.num_rows

    def chunks(self) -> Iterator[Chunk]:
        """Blocks of rows, each a list of Python values (``None`` for nulls)."""
        batches = self._file.iter_batches(batch_size=BATCH_ROWS)
        while True:
            try:
                batch = next(batches)
            except StopIteration:
                return
            except (OSError, ValueError) as exc:
                raise InputError(f"{self.path}: row {self._done + 2}: {exc}") from None
            columns = [col.to_pylist() for col in batch.columns]
            rows = [list(r) for r in zip(*columns)]
            yield Chunk(rows, self._done + 2)
            self._done += len(rows)

    def column_batches(self, names: list[str]) -> Iterator[dict[str, list[Any]]]:
        """Only the named columns, batch by batch, as Python values (a pre-scan's read)."""
        for batch in self._file.iter_batches(batch_size=BATCH_ROWS, columns=names):
            yield {n: col.to_pylist() for n, col in zip(names, batch.columns, strict=True)}

    def close(self) -> None:
        """Release the file."""
        self._file.close()


class XlsxSource(_TableSource):
    """The first worksheet of an XLSX workbook: the first row is the header.

    Cells are the values Excel last computed (formulas are not evaluated). Short rows are
    padded with empty cells; cells beyond the header's width are dropped when empty, and
    otherwise make the row too long, which the batch layer reports as for CSV.
    """

    def __init__(self, path: str) -> None:
        super().__init__(path)
        openpyxl = _require("openpyxl", "xlsx", "XLSX input")
        try:
            self._book = openpyxl.load_workbook(path, read_only=True, data_only=True)
        except FileNotFoundError:
            raise InputError(f"cannot open {path}: no such file") from None
        except Exception as exc:  # zipfile, XML and openpyxl's own errors alike
            raise InputError(f"cannot read {path} as XLSX: {exc}") from None
        sheet = self._book.worksheets[0]
        self.title = sheet.title
        self._rows = sheet.iter_rows(values_only=True)
        first = next(self._rows, None)
        cells = ["" if v is None else str(v) for v in first or ()]
        while cells and not cells[-1]:
            cells.pop()
        if not cells:
            self._book.close()
            raise InputError(f"{path}: the first worksheet has no header row")
        self.header = cells

    def chunks(self) -> Iterator[Chunk]:
        """Blocks of rows as openpyxl reads them (numbers, dates, text, ``None``)."""
        n = len(self.header)
        while True:
            rows: list[list[Any]] = []
            for values in self._rows:
                row = list(values)
                if len(row) < n:
                    row.extend([None] * (n - len(row)))
                elif len(row) > n and all(v is None for v in row[n:]):
                    del row[n:]
                rows.append(row)
                if len(rows) >= BATCH_ROWS:
                    break
            if not rows:
                return
            yield Chunk(rows, self._done + 2)
            self._done += len(rows)

    def close(self) -> None:
        """Release the workbook."""
        self._book.close()


def open_table(path: str, fmt: str) -> ParquetSource | XlsxSource:
    """The source for a Parquet or XLSX input."""
    return ParquetSource(path) if fmt == "parquet" else XlsxSource(path)


class _TableSink:
    """A binary output: written to ``path`` on :meth:`finish`, dropped on an error."""

    delimiter = None
    eol = "\n"

    def __enter__(self) -> _TableSink:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        if kind is None:
            self.finish()
        else:
            self.discard()

    def finish(self) -> None:
        raise NotImplementedError

    def discard(self) -> None:
        """Stop without completing the file (the caller removes it)."""


class ParquetSink(_TableSink):
    """Parquet output, one row group per block; ``types`` fixes input columns' Arrow types."""

    def __init__(self, path: str, types: dict[str, Any] | None = None) -> None:
        self.pa = _require("pyarrow", "parquet", "Parquet output")
        self.pq = _require("pyarrow.parquet", "parquet", "Parquet output")
        self.path = path
        self.types = types or {}
        self._writer: Any = None
        self._rows = 1

    def write_header(self, columns: list[str]) -> None:
        pa = self.pa
        dupes = repeated_names(columns)
        if dupes:  # (pyarrow writes them, but neither it nor pandas reads such a file back)
            raise InputError(f"Parquet output needs unique column names; repeated: {dupes}")
        fields = [pa.field(c, self.types.get(c, pa.string())) for c in columns]
        self.schema = pa.schema(fields)

    def write_rows(self, rows: list[list[Any]]) -> None:
        pa, width = self.pa, len(self.schema)
        for j, row in enumerate(rows):
            if len(row) != width:
                raise InputError(
                    f"row {self._rows + j + 1}: {len(row)} fields for {width} columns; "
                    "Parquet cannot keep the extra fields, write csv instead"
                )
        columns = list(zip(*rows)) if rows else [()] * width
        arrays = []
        for values, f in zip(columns, self.schema, strict=True):
            texts: Any = values
            if f.type == pa.string():
                texts = [v if v is None or isinstance(v, str) else str(v) for v in values]
            try:
                arrays.append(pa.array(texts, type=f.type))
            except (pa.ArrowException, TypeError, ValueError) as exc:
                raise InputError(f"column {f.name!r}: cannot write as {f.type}: {exc}") from None
        table = pa.Table.from_arrays(arrays, schema=self.schema)
        if self._writer is None:
            self._writer = self.pq.ParquetWriter(self.path, self.schema)
        self._writer.write_table(table)
        self._rows += len(rows)

    def finish(self) -> None:
        if self._writer is None:  # no rows: still a valid file with the columns
            self.write_rows([])
        self._writer.close()

    def discard(self) -> None:
        if self._writer is not None:
            self._writer.close()


_EXCEL_TYPES = (
    str, int, float, bool, decimal.Decimal, datetime.date, datetime.time, datetime.timedelta,
)  # fmt: skip


def _excel_value(value: Any) -> Any:
    """A value openpyxl can store: as it is when Excel has the type, else its text."""
    if value is None or isinstance(value, _EXCEL_TYPES):
        if isinstance(value, (datetime.datetime, datetime.time)) and value.tzinfo is not None:
            return value.isoformat()  # Excel has no time zones
        return value
    return str(value)


class XlsxSink(_TableSink):
    """XLSX output: one worksheet, streamed by openpyxl's write-only mode."""

    def __init__(self, path: str, title: str = "Sheet1") -> None:
        openpyxl = _require("openpyxl", "xlsx", "XLSX output")
        self._illegal = _require("openpyxl.utils.exceptions", "xlsx", "XLSX output")
        self.path = path
        self._book = openpyxl.Workbook(write_only=True)
        self._sheet = self._book.create_sheet(title)
        self._rows = 0

    def write_header(self, columns: list[str]) -> None:
        self.write_rows([columns])

    def write_rows(self, rows: list[list[Any]]) -> None:
        if self._rows + len(rows) > XLSX_MAX_ROWS:
            raise InputError(
                f"XLSX holds at most {XLSX_MAX_ROWS:,} rows, the header included; "
                "write csv or parquet instead"
            )
        append, value = self._sheet.append, _excel_value
        for row in rows:
            self._rows += 1
            try:
                append([value(v) for v in row])
            except self._illegal.IllegalCharacterError:
                raise InputError(
                    f"row {self._rows}: a cell holds a control character that XLSX cannot "
                    "store; write csv or parquet instead"
                ) from None

    def finish(self) -> None:
        self._book.save(self.path)

    def discard(self) -> None:
        """Close the half-written sheet and remove openpyxl's temporary file of it: left
        open, the sheet's writer prints a traceback when collected after its file closed."""
        sheet = self._sheet
        with contextlib.suppress(Exception):
            sheet.close()
        writer = getattr(sheet, "_writer", None)
        if writer is not None:
            with contextlib.suppress(Exception):
                writer.cleanup()


def open_table_sink(path: str, fmt: str, *, types: dict[str, Any], title: str) -> _TableSink:
    """The sink for a Parquet or XLSX output at ``path``."""
    return ParquetSink(path, types) if fmt == "parquet" else XlsxSink(path, title)
