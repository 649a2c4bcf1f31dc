"""The run's own account: status totals per column and the values to review."""

from __future__ import annotations

from collections import Counter

import pytest

from gazetteer import runreport
from gazetteer.resolving import Outcome
from gazetteer.runreport import RunReport

MATCHED = ("C1", "Kyiv", "Київ", "K", "UA-80", "100.0", "matched", "exact")
AMBIGUOUS = ("C2", "Ivanivka", "Іванівка", "C", "UA-65", "100.0", "ambiguous", "exact")
UNMATCHED = ("", "", "", "", "", "", "unmatched", "")
BAD = ("bad",)


def count(report: RunReport, counts: dict, cells: dict) -> None:
    report.count("place", Counter(counts), cells, lambda k, c: Outcome(c), split, skip=BAD)


def split(key):
    """A (value, hint) key as such; a plain value without a hint."""
    return key if isinstance(key, tuple) else (key, None)


def test_rows_are_counted_by_hint_where_a_value_was_looked_up() -> None:
    report, theirs = RunReport(), RunReport()
    cells = {("Kyiv", "x"): MATCHED, ("Qzx", "x"): UNMATCHED, (" ", "y"): UNMATCHED}
    cells |= {("Kyiv", ""): MATCHED, BAD: ("", "", "", "", "", "", "error", "")}
    count(
        report, {("Kyiv", "x"): 2, ("Qzx", "x"): 1, (" ", "y"): 4, ("Kyiv", ""): 1, BAD: 1}, cells
    )
    count(theirs, {("Kyiv", "x"): 5}, cells)
    report.merge(theirs.status, theirs.counts, lambda k: theirs.issues[k], False, theirs.hints)
    assert report.hints == Counter(x=8)  # not the blank value's "y", nor the empty hint


def test_totals_count_rows_and_only_unsure_values_are_reviewed() -> None:
    report = RunReport()
    cells = {"Kyiv": MATCHED, "Ivanivka": AMBIGUOUS, "Qzx": UNMATCHED, " ": UNMATCHED}
    count(report, {"Kyiv": 5, "Ivanivka": 3, "Qzx": 1, " ": 2}, cells)
    count(report, {"Ivanivka": 4}, cells)
    assert report.status["place"] == Counter(matched=5, ambiguous=7, unmatched=3, blank=2)
    rows = list(report.rows(lambda k: (k, None)))
    assert [(r["value"], r["count"], r["status"]) for r in rows] == [
        ("Ivanivka", 7, "ambiguous"),
        ("Qzx", 1, "unmatched"),
    ]


def test_a_malformed_row_and_an_unresolved_key_are_not_reviewed() -> None:
    report = RunReport()
    count(report, {BAD: 2, "never": 1}, {BAD: ("", "", "", "", "", "", "error", "")})
    assert report.status["place"] == Counter(error=2)
    assert list(report.rows(lambda k: (str(k), None))) == []


def test_past_the_limit_values_are_counted_but_not_listed(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(runreport, "REPORT_LIMIT", 2)
    report = RunReport()
    cells = {v: UNMATCHED for v in ("a", "b", "c")}
    count(report, {"a": 1, "b": 1, "c": 1}, cells)
    assert report.truncated
    assert report.status["place"]["unmatched"] == 3
    assert len(list(report.rows(lambda k: (k, None)))) == 2


def test_another_process_report_merges_in() -> None:
    mine, theirs = RunReport(), RunReport()
    count(mine, {"Qzx": 1}, {"Qzx": UNMATCHED})
    count(theirs, {"Qzx": 2, "Ivanivka": 1}, {"Qzx": UNMATCHED, "Ivanivka": AMBIGUOUS})
    mine.merge(theirs.status, theirs.counts, lambda k: theirs.issues[k], theirs.truncated)
    assert mine.status["place"] == Counter(unmatched=3, ambiguous=1)
    assert {r["value"]: r["count"] for r in mine.rows(lambda k: (k, None))} == {
        "Qzx": 3,
        "Ivanivka": 1,
    }
