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
    report.count("place", Counter(counts), cells, lambda k, c: Outcome(c), lambda k: k, skip=BAD)


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
