"""Resolutions kept between runs of ``gazetteer normalize``.

A column normalised again (tomorrow's export of the same sheet, a pipeline run each day)
resolves only the values it has not met before: the outcome of every other (value, hint)
pair is read back from an SQLite file in the cache directory. There is one file for each
state of the embedded gazetteer's data and of this package's code, so any change to either
starts a new, empty memo: a kept outcome is always the one a fresh resolution gives. The
options that change an outcome (the minimum score, the name sources) are part of each key.
Outcomes that depend on the run (the lean of an ambiguous value towards the file's other
places, groups read together) are made afresh from the kept one, but for a lean made on the
very same state of a file's geography, which is kept too (:mod:`gazetteer.leanmemo`).

Nothing here is ever an error: a memo that cannot be read or written is not used.
"""

from __future__ import annotations

import contextlib
import marshal
import sqlite3
import time
from collections.abc import Sequence
from dataclasses import fields
from functools import lru_cache
from pathlib import Path
from typing import Any

from . import leanmemo
from .regional import Place
from .resolving import Outcome
from .storage import cache_dir, code_moved, data_file, fingerprint, library_stamp

#: Outcomes kept at most in one memo; past it the oldest go.
MEMO_LIMIT = 1_000_000
#: A memo of another state of the data or code, unused for this long, is deleted.
STALE_SECONDS = 7 * 24 * 3600
#: Outcomes held in memory before they are written (~0.45 kB each).
PENDING_LIMIT = 20_000
#: Keys looked up in one query.
_CHUNK = 500
_PREFIX = "outcomes-"


#: A place's fields, in the order :class:`~gazetteer.regional.Place` takes them.
PLACE_FIELDS = tuple(f.name for f in fields(Place))

#: Tables read beside the embedded gazetteer's index (whose own key covers its tables).
SIDE_TABLES = ("foreign_cities.tsv", "facilities.tsv")


@lru_cache(maxsize=1)
def code_fingerprint() -> str:
    """A hash of this package's and ``translit``'s source files, of the tables the query
    path reads beside the index (:data:`SIDE_TABLES`) and of the libraries' installed copies
    (:func:`~gazetteer.storage.library_stamp`): what resolves a value."""
    import translit

    roots = (Path(__file__).parent, Path(translit.__file__).parent)
    files = sorted(p for root in roots for p in root.glob("*.py"))
    tables = [data_file(name) for name in SIDE_TABLES]
    return fingerprint(
        *(p.name.encode() + b"\0" + p.read_bytes() for p in files),
        *(t.read_bytes() if t.is_file() else b"-" for t in tables),
        library_stamp(),  # (another ICU, unidecode or rapidfuzz may answer otherwise)
    )


class OutcomeMemo:
    """The kept outcomes of one gazetteer state, for one set of options."""

    def __init__(self, path: Path, options: str) -> None:
        self.path = path
        self.options = options
        self._new: dict[str, bytes] = {}
        self.hits = 0  #: outcomes read back in this run
        self._db: sqlite3.Connection | None = None
        self._unusable = False  #: the file could not be opened: not tried again
        self._places: dict[tuple[str, ...], Place] = {}  #: see :func:`unpack`
        #: the leanings read, by state, and how many were read (see :meth:`leanings`)
        self._leanings: dict[str, tuple[int, dict[str, Any]]] = {}

    @classmethod
    def open(
        cls, resolver: Any, min_score: float | None, sources: Sequence[str] | None
    ) -> OutcomeMemo | None:
        """The memo for ``resolver`` (None for a gazetteer with no stable identity: only the
        embedded one has), for these options."""
        identity = getattr(resolver, "memo_identity", None)
        state = identity() if callable(identity) else None
        if not state or code_moved():  # (the files are not the code this process runs)
            return None
        name = f"{_PREFIX}{fingerprint(state, code_fingerprint())}.sqlite"
        options = f"{min_score}|{','.join(sources or ())}"
        return cls(cache_dir() / name, options)

    def _connect(self, retry: bool = True) -> sqlite3.Connection | None:
        if self._db is None and not self._unusable:
            try:
                self.path.parent.mkdir(parents=True, exist_ok=True)
                fresh = not self.path.exists()
                self._db = sqlite3.connect(self.path, timeout=10)
                self._db.execute(
                    "CREATE TABLE IF NOT EXISTS outcome (key TEXT UNIQUE, payload BLOB)"
                )
                self._db.execute(
                    "CREATE TABLE IF NOT EXISTS leaning (state TEXT UNIQUE, payload BLOB)"
                )
                if fresh:  # it holds the values normalised: for this user's eyes only
                    with contextlib.suppress(OSError):
                        self.path.chmod(0o600)
                    _drop_stale(self.path)
            except sqlite3.DatabaseError:  # not a database (a broken file): start it anew
                self._db, self._unusable = None, True
                if retry:
                    with contextlib.suppress(OSError):
                        self.path.unlink()
                        self._unusable = False
                        return self._connect(retry=False)
            except (sqlite3.Error, OSError):
                self._db, self._unusable = None, True
        return self._db

    def key(self, value: str, hint: str | None, point: str = "") -> str:
        """A query's key: its point, if any, after its hint (a point is a few digits)."""
        where = f"{hint or ''}\x1e{point}" if point else hint or ""
        return f"{self.options}\x1f{where}\x1f{value}"

    def take(self, pairs: Sequence[tuple[Any, ...]]) -> dict[int, Any]:
        """The kept outcomes of ``pairs``, by their index in it."""
        db = self._connect()
        if db is None or not pairs:
            return {}
        keys = [self.key(*q) for q in pairs]
        found: dict[str, bytes] = {}
        try:
            for i in range(0, len(keys), _CHUNK):
                chunk = keys[i : i + _CHUNK]
                marks = ",".join("?" * len(chunk))
                sql = f"SELECT key, payload FROM outcome WHERE key IN ({marks})"
                found.update(db.execute(sql, chunk).fetchall())
        except sqlite3.Error:
            return {}
        out = {}
        for i, key in enumerate(keys):
            if key in found:
                try:
                    out[i] = unpack(found[key], self._places)
                except Exception:  # a foreign or broken row: resolve it again
                    continue
        self.hits += len(out)
        return out

    def keep(self, pairs: Sequence[tuple[Any, ...]], outcomes: Sequence[Any]) -> None:
        """Remember the outcomes of ``pairs`` (written by :meth:`save`, or as they pile up);
        those with an error are not kept, and one kept already stays as it was."""
        for query, outcome in zip(pairs, outcomes, strict=True):
            if not getattr(outcome, "error", ""):
                try:
                    payload = pack(outcome)
                except (AttributeError, TypeError, ValueError):  # not an Outcome of text
                    continue
                self._new[self.key(*query)] = payload
        if len(self._new) >= PENDING_LIMIT:  # a file of very many values: memory stays bounded
            self._write()

    def leanings(self, state: str) -> dict[str, Any]:
        """The leanings kept for a state of a file's geography (:mod:`gazetteer.leanmemo`):
        a dict the caller adds the new ones to, written by :meth:`save` if it grew."""
        db, row = self._connect(), None
        with contextlib.suppress(sqlite3.Error):
            sql = "SELECT payload FROM leaning WHERE state = ?"
            row = db.execute(sql, (state,)).fetchone() if db is not None else None
        held = leanmemo.unpack(row[0]) if row else {}
        self._leanings[state] = (len(held), held)
        return held

    def _write(self) -> None:
        db = self._connect()
        if db is None:
            self._new.clear()
            return
        try:
            with db:
                db.executemany(
                    "INSERT OR IGNORE INTO outcome (key, payload) VALUES (?, ?)", self._new.items()
                )
                (count,) = db.execute("SELECT count(*) FROM outcome").fetchone()
                if count > MEMO_LIMIT:
                    db.execute(
                        "DELETE FROM outcome WHERE rowid IN "
                        "(SELECT rowid FROM outcome ORDER BY rowid LIMIT ?)",
                        (count - MEMO_LIMIT,),
                    )
        except sqlite3.Error:
            pass
        self._new.clear()

    def _write_leanings(self) -> None:
        db = self._connect()
        try:
            if db is not None:
                with db:
                    sql = "INSERT OR REPLACE INTO leaning (state, payload) VALUES (?, ?)"
                    grown = [(k, held) for k, (n, held) in self._leanings.items() if len(held) > n]
                    db.executemany(sql, [(k, leanmemo.pack(held)) for k, held in grown])
                    db.execute(
                        "DELETE FROM leaning WHERE rowid NOT IN "
                        "(SELECT rowid FROM leaning ORDER BY rowid DESC LIMIT ?)",
                        (leanmemo.KEEP_STATES,),
                    )
        except sqlite3.Error:
            pass
        self._leanings.clear()

    def save(self) -> None:
        """Write the outcomes and leanings met in this run, dropping the oldest past
        :data:`MEMO_LIMIT` (and :data:`~gazetteer.leanmemo.KEEP_STATES`), and close the file."""
        if self._leanings:
            self._write_leanings()
        if self._new:
            self._write()
        elif self.hits:  # read only: still in use, so not stale
            with contextlib.suppress(OSError):
                self.path.touch()
        if self._db is not None:
            self._db.close()
            self._db = None


def pack(outcome: Outcome) -> bytes:
    """An outcome as a payload: its fields as plain tuples of text and numbers, in
    :mod:`marshal`'s form, which reads back faster than a pickle of the dataclasses (a run
    whose 30,000 values were all kept: 0.11 s against 0.15)."""
    places = tuple(
        (tuple(map(place.__getattribute__, PLACE_FIELDS)), cell) for place, cell in outcome.places
    )
    head = (outcome.cell, outcome.candidates, outcome.error, places)
    return marshal.dumps((*head, outcome.namesakes, outcome.note))


def unpack(payload: bytes, made: dict[tuple[str, ...], Place] | None = None) -> Outcome:
    """The outcome :func:`pack` made ``payload`` of; ``made``: the places made so far, by
    their fields, shared (a namesake is a tied candidate of many values: the bench file's
    30,000 name 90,000 places, 14,000 of them distinct)."""
    cell, candidates, error, places, namesakes, note = marshal.loads(payload)
    made = {} if made is None else made
    where = tuple((made.get(f) or made.setdefault(f, Place(*f)), c) for f, c in places)
    return Outcome(cell, candidates, error, where, namesakes, note)


def _drop_stale(keep: Path) -> None:
    """Delete the memos of other states of the data or code not used for a week."""
    now = time.time()
    for path in keep.parent.glob(f"{_PREFIX}*.sqlite"):
        try:
            if path != keep and now - path.stat().st_mtime > STALE_SECONDS:
                path.unlink()
        except OSError:
            continue


def recall(memo: OutcomeMemo | None, pairs: Sequence[tuple[Any, ...]]) -> dict[int, Any]:
    """The outcomes ``memo`` kept of ``pairs``, by index ({} without a memo)."""
    return memo.take(pairs) if memo is not None else {}


def combined(
    memo: OutcomeMemo | None,
    pairs: Sequence[tuple[Any, ...]],
    known: dict[int, Any],
    found: Sequence[Any],
) -> list[Any]:
    """The outcomes of ``pairs`` in order: the ``known`` ones, and ``found`` for the others
    in turn (which ``memo`` keeps)."""
    if not known:
        if memo is not None:
            memo.keep(pairs, found)
        return list(found)
    rest = iter(found)
    out = [known[i] if i in known else next(rest) for i in range(len(pairs))]
    if memo is not None:
        memo.keep([p for i, p in enumerate(pairs) if i not in known], found)
    return out
