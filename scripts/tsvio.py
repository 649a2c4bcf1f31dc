"""Writing the data tables: ``#`` comment lines, one header row, tab-separated rows, LF."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path


def _clean(value: object) -> str:
    """Render one cell; tabs and line breaks would break the format, so refuse them."""
    text = "" if value is None else str(value)
    if any(ch in text for ch in "\t\r\n"):
        raise ValueError(f"cell contains a tab or line break: {text!r}")
    return text


def write_tsv(
    path: Path,
    comments: Sequence[str],
    header: Sequence[str],
    rows: Iterable[Sequence[object]],
) -> int:
    """Write ``rows`` under ``comments`` and ``header``; return the number of data rows.

    Rows are written in the order given: callers sort them so that the output is
    deterministic.
    """
    lines = [f"# {c}".rstrip() for c in comments]
    lines.append("\t".join(header))
    count = 0
    for row in rows:
        if len(row) != len(header):
            raise ValueError(f"row has {len(row)} cells, header has {len(header)}: {row!r}")
        lines.append("\t".join(_clean(v) for v in row))
        count += 1
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8", newline="\n")
    return count


def read_tsv(path: Path) -> tuple[list[str], list[dict[str, str]]]:
    """Read a table written by :func:`write_tsv` (or by hand in the same format)."""
    header: list[str] | None = None
    rows: list[dict[str, str]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if header is None:
            if line.startswith("#") or not line.strip():
                continue
            header = line.split("\t")
            continue
        if not line or line.startswith("#"):
            continue
        cells = line.split("\t")
        cells += [""] * (len(header) - len(cells))
        rows.append(dict(zip(header, cells, strict=False)))
    return header or [], rows
