"""A query whose text went through a wrong decoding (mojibake): read as it was written.

A cell ``Ð¥Ð°Ñ€ÐºÑ–Ð²`` (UTF-8 read as Windows-1252), ``РҐР°СЂРєС–РІ`` (UTF-8 read as
Windows-1251) or ``Õàðê³â`` (Windows-1251 read as Latin-1) is Харків: :func:`written` reads
it back with :func:`translit.read_mojibake` (the query path then reads the text as written,
every step of it), and :func:`marked` says so in the resolution: its ``misread``, a first
reason for each candidate, and in the batch's ``C_match`` (:func:`marked_kind`).
:func:`text_read_back` does it for running text (:func:`gazetteer.extract.find_places`),
keeping each name's place in the text as given.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from translit import read_mojibake

from .model import Match, Resolution


def written(query: str) -> tuple[str, str]:
    """``query`` as it was written, and how it had been misread; ``(query, "")`` when it
    shows no wrong decoding (the cheap test of :func:`translit.read_mojibake` first)."""
    if query.isascii():  # (most values)
        return query, ""
    read = read_mojibake(query)
    return (query, "") if read is None else (read.text, read.misread)


def reason(text: str, misread: str) -> str:
    """The reason a candidate of a read-back query gives first."""
    return f"the text was mojibake ({misread}): read as {text}"


def marked(res: Resolution, query: str, text: str, misread: str) -> Resolution:
    """The resolution ``res`` of ``text``, the read-back ``query``, as ``query``'s: with
    ``misread`` and, for each candidate with reasons, :func:`reason` first."""
    candidates = tuple(told(res.candidates, text, misread))
    best = candidates[0] if res.best is not None and candidates else res.best
    return replace(res, query=query, best=best, candidates=candidates, misread=misread)


def told(matches: Iterable[Match], text: str, misread: str) -> list[Match]:
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
    return {"misread": misread, "read_as": written(query)[0]} if misread else {}


def kind_of(field: str) -> str:
    """The match kind of a ``C_match`` field (:func:`marked_kind`'s first word)."""
    return field.split(" ", 1)[0]


def misread_of(field: str) -> str:
    """How the value of a ``C_match`` field had been misread (:func:`marked_kind`), or ``""``."""
    _, _, misread = field.partition(" (mojibake: ")
    return misread[:-1]


def text_read_back(text: str) -> tuple[str, str, list[int]] | None:
    """Running ``text`` as it was written, how it had been misread, and where in ``text``
    each of its characters (and its end) begins; None when it shows no wrong decoding, or
    when the characters cannot be placed (each must stand for its UTF-8 bytes, or for one
    byte, as the misreading was)."""
    read = read_mojibake(text) if not text.isascii() else None
    if read is None:
        return None
    utf8 = read.misread.startswith("UTF-8")
    starts = [0]
    for c in read.text:
        starts.append(starts[-1] + (len(c.encode("utf-8")) if utf8 else 1))
    return (read.text, read.misread, starts) if starts[-1] == len(text) else None
