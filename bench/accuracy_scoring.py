"""The evaluation rows, the tool's answers, and how a run is scored against the targets.

Shared by ``bench/accuracy.py``; scored as ../shared/eval/dev/README.md says: the top code
is right when it is one of the row's codes; a row without codes counts on its oblast;
precision counts the rows the tool calls ``matched``.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass, field
from pathlib import Path

FILES = (
    "geonames_alt",
    "geonames_alt_other",
    "cir_towns",
    "cir_towns_nohint",
    "oblast_hints",
    "codab_renamed",
    "codab_plain",
    "parafii_historic",
    "parafii_historic_hint",
    "postal_cyrillic",
    "seed_article",
)
NO_EXONYMS = "official,russian,former"
#: (file, sources) -> [(metric, threshold)]; every run also has precision >= 98.
TARGETS: dict[tuple[str, str], list[tuple[str, float]]] = {
    ("geonames_alt", "all"): [("top1", 99)],
    ("geonames_alt", NO_EXONYMS): [("top1", 80)],
    ("geonames_alt_other", "all"): [("top1", 99)],
    ("geonames_alt_other", NO_EXONYMS): [("top1", 50)],
    ("cir_towns", "all"): [("top1", 95), ("oblast", 98)],
    ("cir_towns_nohint", "all"): [("top1", 85)],
    ("oblast_hints", "all"): [("oblast", 99)],
    ("codab_plain", "all"): [("top1", 85)],
    ("codab_renamed", "all"): [("top1", 90)],
    ("parafii_historic", "all"): [("top1 historic", 85), ("confident wrong merged", 0)],
    ("parafii_historic_hint", "all"): [("top1 historic", 85), ("confident wrong merged", 0)],
    ("postal_cyrillic", "all"): [("top1", 98)],
    ("seed_article", "resolve_many"): [("top1", 100)],
}
PRECISION_TARGET = 98.0


@dataclass(frozen=True)
class Row:
    """One evaluation row."""

    query: str
    hint: str
    codes: frozenset[str]
    oblasts: frozenset[str]
    kind: str


@dataclass
class Answer:
    """What the tool said about one row."""

    code: str = ""
    oblast: str = ""
    status: str = ""
    score: str = ""


@dataclass
class Run:
    """One file through the tool once (one choice of sources), with its figures."""

    file: str
    sources: str
    via: str
    rows: list[Row]
    answers: list[Answer]
    seconds: float
    baseline: list[str] = field(default_factory=list)
    metrics: dict[str, float | None] = field(default_factory=dict)
    checks: list[tuple[str, float, float | None, bool]] = field(default_factory=list)


def load_rows(path: Path) -> list[Row]:
    """The rows of one evaluation TSV."""
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)
        return [
            Row(
                query=r["query"],
                hint=r.get("oblast_hint") or "",
                codes=frozenset(c for c in (r.get("expected_code") or "").split("|") if c),
                oblasts=frozenset(o for o in (r.get("expected_oblast") or "").split("|") if o),
                kind=r.get("kind") or "",
            )
            for r in reader
        ]


# -- scoring ---------------------------------------------------------------------------------
def code_right(row: Row, code: str) -> bool:
    """The top code is one of the expected codes."""
    return bool(code) and code in row.codes


def row_right(row: Row, answer: Answer) -> bool:
    """Right on the code when the row has codes, else on the oblast."""
    return code_right(row, answer.code) if row.codes else answer.oblast in row.oblasts


def pct(hits: int, total: int) -> float | None:
    """A percentage, or None of nothing."""
    return 100.0 * hits / total if total else None


def score(run: Run) -> None:
    """Fill ``run.metrics`` and ``run.checks``."""
    pairs = list(zip(run.rows, run.answers))
    coded = [(r, a) for r, a in pairs if r.codes]
    matched = [(r, a) for r, a in pairs if a.status == "matched"]
    m: dict[str, float | None] = {
        "rows": len(pairs),
        "top1": pct(sum(code_right(r, a.code) for r, a in coded), len(coded)),
        "oblast": pct(sum(a.oblast in r.oblasts for r, a in pairs), len(pairs)),
        "unmatched": pct(sum(a.status == "unmatched" for _, a in pairs), len(pairs)),
        "ambiguous": pct(sum(a.status == "ambiguous" for _, a in pairs), len(pairs)),
        "precision": pct(sum(row_right(r, a) for r, a in matched), len(matched)),
        "baseline": None,
    }
    if run.baseline:
        hits = sum(code_right(r, c) for r, c in zip(run.rows, run.baseline) if r.codes)
        m["baseline"] = pct(hits, len(coded))
    for kind in ("historic", "historic-merged"):
        part = [(r, a) for r, a in coded if r.kind == kind]
        if part:
            m[f"top1 {kind}"] = pct(sum(code_right(r, a.code) for r, a in part), len(part))
            wrong = sum(a.status == "matched" and not code_right(r, a.code) for r, a in part)
            m[f"confident wrong {kind.replace('historic-', '')}"] = float(wrong)
    run.metrics = m
    wanted = [("precision", PRECISION_TARGET), *TARGETS.get((run.file, run.sources), [])]
    for metric, threshold in wanted:
        value = m.get(metric)
        if metric.startswith("confident wrong"):
            ok = value is not None and value <= threshold
        else:
            ok = value is None or value >= threshold
        run.checks.append((metric, threshold, value, ok))
