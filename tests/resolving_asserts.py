"""Assertions the lookup tests share."""

from __future__ import annotations

from gazetteer import Gazetteer, Match, find_places


def assert_matched(gz: Gazetteer, text: str, code: str, oblast: str | None = None) -> Match:
    """``text`` (with the hint ``oblast``) resolves, sure, to the entry ``code``; its best
    match."""
    resolution = gz.resolve(text, oblast=oblast)
    assert resolution.best is not None, text
    assert resolution.best.entry.code == code, text
    assert resolution.status == "matched", text
    return resolution.best


def mentions(gz: Gazetteer, text: str) -> list[tuple[str, str]]:
    """Each place ``find_places`` reads in ``text``: its words and its best answer's code
    (every mention must have one)."""
    return [(text, code) for text, _, code in named_mentions(gz, text)]


def named_mentions(gz: Gazetteer, text: str) -> list[tuple[str, str, str]]:
    """As :func:`mentions`, with the answer's Ukrainian name between."""
    out = []
    for mention in find_places(gz, text):
        best = mention.resolution.best
        assert best is not None, mention.text
        out.append((mention.text, best.entry.name_uk, best.entry.code))
    return out


def sure_mentions(gz: Gazetteer, text: str) -> list[tuple[str, str, str]]:
    """Each place ``find_places`` reads in ``text``: its words, its best answer's code and
    the status."""
    return [
        (m.text, m.resolution.best.entry.code, m.resolution.status)
        for m in find_places(gz, text)
        if m.resolution.best
    ]
