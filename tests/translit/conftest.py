"""Shared helpers for the translit tests: the golden tables under tests/data."""

from __future__ import annotations

import csv
from pathlib import Path

DATA = Path(__file__).resolve().parent.parent / "data"


def golden(name: str) -> list[tuple[str, str, str, str]]:
    """Rows (standard, cyrillic, latin, source) of ``tests/data/<name>``."""
    with (DATA / name).open(encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE)
        return [(r["standard"], r["cyrillic"], r["latin"], r["source"]) for r in reader]
