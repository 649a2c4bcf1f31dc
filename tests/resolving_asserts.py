"""Assertions the lookup tests share."""

from __future__ import annotations

from gazetteer import Gazetteer, Match


def assert_matched(gz: Gazetteer, text: str, code: str, oblast: str | None = None) -> Match:
    """``text`` (with the hint ``oblast``) resolves, sure, to the entry ``code``; its best
    match."""
    resolution = gz.resolve(text, oblast=oblast)
    assert resolution.best is not None, text
    assert resolution.best.entry.code == code, text
    assert resolution.status == "matched", text
    return resolution.best
