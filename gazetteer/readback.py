"""A query whose text went through a wrong decoding (mojibake): read as it was written.

A cell ``Ð¥Ð°Ñ€ÐºÑ–Ð²`` (UTF-8 read as Windows-1252), ``РҐР°СЂРєС–РІ`` (UTF-8 read as
Windows-1251) or ``Õàðê³â`` (Windows-1251 read as Latin-1) is Харків: :func:`read_as_written` reads
it back with :func:`translit.read_mojibake` (the query path then reads the text as written,
every step of it), and :func:`marked_misread` says so in the resolution: its ``misread``, a first
reason for each candidate, and in the batch's ``C_match`` (:func:`marked_kind`).
:func:`text_read_back` does it for running text (:func:`gazetteer.extract.find_places`),
whole or each misread run of it (a name pasted in mojibake into a clean sentence), keeping
each name's place in the text as given.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from typing import NamedTuple

from translit import mojibake_runs, read_mojibake

from .model import Match, Resolution


def read_as_written(query: str) -> tuple[str, str]:
    """``query`` as it was written, and how it had been misread; ``(query, "")`` when it
    shows no wrong decoding (the cheap test of :func:`translit.read_mojibake` first)."""
    if query.isascii():  # (most values)
        return query, ""
    read = read_mojibake(query)
    return (query, "") if read is None else (read.text, read.misread)


def reason(text: str, misread: str) -> str:
    """The reason a candidate of a read-back query gives first."""
    return f"the text was mojibake ({misread}): read as {text}"


def marked_misread(res: Resolution, query: str, text: str, misread: str) -> Resolution:
    """The resolution ``res`` of ``text``, the read-back ``query``, as ``query``'s: with
    ``misread`` and, for each candidate with reasons, :func:`reason` first."""
    candidates = tuple(with_repair_reason(res.candidates, text, misread))
    best = candidates[0] if res.best is not None and candidates else res.best
    return replace(res, query=query, best=best, candidates=candidates, misread=misread)


def with_repair_reason(matches: Iterable[Match], text: str, misread: str) -> list[Match]:
    """``matches`` of the read-back ``text``, each with reasons given :func:`reason` first."""
    why = reason(text, misread)
    return [replace(m, explain=(why, *m.explain)) if m.explain else m for m in matches]


def marked_kind(kind: str, misread: str) -> str:
    """The ``C_match`` of an answer met as ``kind`` by a read-back value: ``exact (mojibake:
    UTF-8 read as Windows-1252)``; ``kind`` itself for a value read as given."""
    return f"{kind} (mojibake: {misread})" if misread else kind


def misread_record(query: str, misread: str) -> dict[str, str]:
    """The keys a JSON record of a read-back ``query`` adds: how its text had been misread
    and what it was read as (``lookup --json``); none for a query read as given."""
    return {"misread": misread, "read_as": read_as_written(query)[0]} if misread else {}


def kind_of(field: str) -> str:
    """The match kind of a ``C_match`` field (:func:`marked_kind`'s first word)."""
    return field.split(" ", 1)[0]


def misread_of(field: str) -> str:
    """How the value of a ``C_match`` field had been misread (:func:`marked_kind`), or ``""``."""
    _, _, misread = field.partition(" (mojibake: ")
    return misread[:-1]


class TextReadBack(NamedTuple):
    """A running text as it was written (:func:`text_read_back`)."""

    text: str  #: the text as written
    at: list[int]  #: where in the text as given each character of ``text`` (and its end) begins
    #: Each stretch of ``text`` read back (start, end) and how it had been misread
    runs: list[tuple[int, int, str]]

    def misread(self, start: int, end: int) -> str:
        """How ``text[start:end]`` had been misread (its first run's), or ``""``."""
        return next((how for s, e, how in self.runs if s < end and start < e), "")


def text_read_back(text: str) -> TextReadBack | None:
    """Running ``text`` as it was written, with where in ``text`` each of its characters
    begins and which stretches were misread how: the whole text, or else each run that
    :func:`translit.mojibake_runs` reads back (a name pasted in mojibake into a clean
    sentence); None when it shows no wrong decoding. A stretch is read back only when its
    characters can be placed (each must stand for its UTF-8 bytes, or for one byte, as the
    misreading was)."""
    parts: list[str] = []
    at: list[int] = []
    spans: list[tuple[int, int, str]] = []
    done = 0  # (what of text is in parts)
    for start, end, (written, misread) in mojibake_runs(text):
        if (starts := _placed(written, misread, start))[-1] != end:
            continue
        parts.append(text[done:start])
        at += range(done, start)
        spans.append((len(at), len(at) + len(written), misread))
        parts.append(written)
        at += starts[:-1]
        done = end
    if not spans:
        return None
    parts.append(text[done:])
    at += range(done, len(text) + 1)
    return TextReadBack("".join(parts), at, spans)


def _placed(written: str, misread: str, start: int) -> list[int]:
    """Where each character of ``written`` (and its end) begins in a misread text from
    ``start``: each stood for its UTF-8 bytes, or for one byte."""
    utf8 = misread.startswith("UTF-8")
    starts = [start]
    for c in written:
        starts.append(starts[-1] + (len(c.encode("utf-8")) if utf8 else 1))
    return starts
