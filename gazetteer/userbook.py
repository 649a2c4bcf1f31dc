"""A gazetteer of your own kept as an XLSX workbook: its first worksheet read as the text of
a tab-separated file (:func:`workbook_text`), which :mod:`gazetteer.userfile` then reads as
any other (the same columns, ``#`` rows as comments). Needs the ``xlsx`` extra (openpyxl)."""

from __future__ import annotations

import csv
import datetime
import io
from pathlib import Path
from typing import Any

from .errors import GazetteerFileError, InputError

#: The first bytes of a ZIP archive, which an XLSX workbook is.
XLSX_MAGIC = b"PK\x03\x04"


def is_workbook(data: bytes) -> bool:
    """Whether ``data``, a file's bytes, may be an XLSX workbook's (a ZIP archive's, by
    whatever name it was saved under: a ZIP of something else is said so when read)."""
    return data.startswith(XLSX_MAGIC)


def workbook_text(path: Path) -> str:
    """The first worksheet of the workbook at ``path`` as tab-separated text: each row a line,
    its cells as Excel shows their values (a whole number without ``.0``), quoted where a
    cell holds a tab, a quotation mark or a line break."""
    from .tableio import XlsxSource  # (openpyxl: only for a workbook)

    if path.suffix.lower() not in (".xlsx", ".xlsm"):  # (openpyxl goes by the name)
        raise GazetteerFileError(
            f"{path}: a ZIP archive, as an XLSX workbook is: name a workbook .xlsx"
        )

    try:
        source = XlsxSource(str(path))
    except InputError as error:
        raise GazetteerFileError(str(error)) from None
    except ImportError as error:  # (no openpyxl: the extra that brings it is named)
        raise GazetteerFileError(f"{path}: a gazetteer in a workbook: {error}") from None
    out = io.StringIO()
    writer = csv.writer(out, delimiter="\t", lineterminator="\n")
    try:
        writer.writerow(source.header)
        for chunk in source.chunks():
            writer.writerows([_cell(v) for v in row] for row in chunk.rows)
    finally:
        source.close()
    return out.getvalue()


def _cell(value: Any) -> str:
    """A cell's value as text: "" for an empty one, 12 for 12.0, a date as ISO writes it."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, (datetime.datetime, datetime.date)):
        return value.isoformat()
    return str(value)
