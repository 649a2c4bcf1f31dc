"""The name index: every form of every entry's name, found by its match key.

A *form* is one way of writing one entry's name, with the source it comes from:
``official`` (the gazetteer's own names and their KMU romanisation), ``russian``,
``former`` and ``exonyms``. Forms are keyed with :func:`translit.match_key`, so a query in
any romanisation meets every form written any other way in one dict lookup. Typos are found
among the keys that share the query key's first two or last three letters, or (a short key's)
all its letters in another order (:mod:`gazetteer.nearkeys`, built when a query first needs
it); never a scan of all names.
"""

from __future__ import annotations

import sys
from array import array
from bisect import bisect_left
from collections.abc import Collection, Container, Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import cached_property
from typing import Any
from zlib import crc32

from translit import match_key

from .errors import GazetteerError, UnknownSourceError
from .letterforms import normal_form, plain_latin
from .nearkeys import NearKeys
from .packed import StringColumn
from .storage import load_cached, store_cached

#: The name sources, in the order they are trusted.
NAME_SOURCES = ("official", "russian", "former", "exonyms")


#: The ``--sources`` option's help, for the commands that take it.
SOURCES_HELP = f"Name sources to use, comma-separated: {','.join(NAME_SOURCES)} (default: all)."


def chosen_sources(sources: Iterable[str] | None) -> frozenset[str]:
    """The name sources a caller asked for (a list, or a comma-separated text; None: all),
    checked; the official names are always among them."""
    if sources is None:
        return frozenset(NAME_SOURCES)
    if isinstance(sources, str):
        sources = [s for s in sources.replace(" ", "").split(",") if s]
    chosen = frozenset(sources)
    unknown = chosen - set(NAME_SOURCES)
    if unknown:
        raise UnknownSourceError(
            f"unknown name source {', '.join(sorted(unknown))!r}; "
            f"choose from {', '.join(NAME_SOURCES)}"
        )
    if not chosen:
        raise GazetteerError("at least one name source is needed")
    return chosen | {"official"}


@dataclass(frozen=True, slots=True)
class NameForm:
    """One written form of an entry's name."""

    entry: int  #: position of the entry in the gazetteer
    text: str  #: the form as written (``Харьков``, ``Artemivsk``, ``Charkow``)
    source: str  #: one of :data:`NAME_SOURCES`
    rank: int = 0  #: 0 for an attested form; n for the n-th generated guess
    note: str = ""  #: where the form comes from (``renamed 2016``, ``generated``, ``de``)


#: How the note of a former name placed by name alone begins: one of a few namesakes bore
#: it, which one is not known (such a form is ranked 1, a guess, and is never sure).
NAMESAKES_NOTE = "borne by one of the"


def among_namesakes(form: NameForm) -> bool:
    """Whether ``form`` is a former name placed among namesakes (not a Russian form of an
    old name by rule, which is ranked as a guess too but belongs to the place)."""
    return form.source == "former" and form.rank > 0 and form.note.startswith(NAMESAKES_NOTE)


class NameIndex:
    """Key -> forms, kept in compact columns so that it loads fast from the cache.

    ``forms[p]`` gives the :class:`NameForm` at position ``p``; ``entry_of``, ``source_of``,
    ``text_of``, ``latin_of`` and :meth:`normal_of` read single columns without building the
    record. The spellings a query is compared with (normal form, plain Latin) are computed
    here once, so that they come with the cached index instead of being derived per query.
    In the disk cache the columns of strings are packed (:meth:`__getstate__`).
    """

    def __init__(self, forms: Iterable[NameForm], *, spell_now: bool = True):
        """The index of ``forms``; ``spell_now=False`` leaves the spellings a query is
        compared with to the first query that reads them (:meth:`spell`): a list of people
        holds 70 forms a person, and a lookup by their keys reads none of them."""
        self.entry_of: array[int] = array("i")
        self.rank_of: array[int] = array("b")
        self.source_id_of: bytearray = bytearray()  #: index into :data:`NAME_SOURCES`
        texts: list[str] = []
        note_ids: list[int] = []
        by_key: dict[str, list[int]] = {}
        notes: dict[str, int] = {}
        for position, form in enumerate(forms):
            self.entry_of.append(form.entry)
            self.rank_of.append(min(form.rank, 127))
            self.source_id_of.append(NAME_SOURCES.index(form.source))
            texts.append(form.text)
            note_ids.append(notes.setdefault(form.note, len(notes)))
            key = match_key(form.text)
            if key:
                by_key.setdefault(key, []).append(position)
        # Key -> positions as one flat column cut by key (a dict of 50,000 lists is the
        # slowest thing to unpickle): the positions of the n-th key are
        # _flat[_starts[n]:_starts[n + 1]].
        self._key_number = {key: n for n, key in enumerate(by_key)}
        self._flat = array("i", [p for positions in by_key.values() for p in positions])
        self._starts = array("i", [0])
        for positions in by_key.values():
            self._starts.append(self._starts[-1] + len(positions))
        #: the text of each form, by position: read back from the disk cache, its packed
        #: column (:mod:`gazetteer.packed`), a list once read often
        self.text_of: Sequence[str] = texts
        #: the notes (a few hundred), and which one each form has: the form at ``p`` has
        #: ``_notes[_note_id[p]]``
        self._notes = list(notes)
        self._note_id: array[int] = array("H" if len(notes) <= 1 << 16 else "I", note_ids)
        self._spelt: _Spellings | None = None
        if spell_now:  # (kept as plain attributes: the embedded index is cached spelt)
            for spelling in ("latin_of", "odd_normal", "_normal_crcs"):
                getattr(self, spelling)
        self._near: NearKeys | None = None  #: made when a query first needs it
        #: (cache name, key) under which the typo index is kept on disk, when it may be
        self.near_cache: tuple[str, str] | None = None

    def __getstate__(self) -> dict[str, Any]:
        """The index as the disk cache keeps it: its columns of strings packed (a list of
        150,000 strings was the slowest part of the file to read back: :mod:`~gazetteer.packed`)
        and its spellings, if made, each under its own name."""
        if self._spelt is not None:
            for spelling in ("latin_of", "odd_normal", "_normal_crcs"):
                getattr(self, spelling)
        state = {k: v for k, v in self.__dict__.items() if k != "_spelt"}
        for name in _PACKED:
            if name in state and not isinstance(state[name], StringColumn):
                state[name] = StringColumn(state[name])
        return state

    def __setstate__(self, state: dict[str, Any]) -> None:
        # (the names interned, as pickle's own restore does: a name read back is another
        # string than the one the code asks for, and each read of it compared their letters)
        self.__dict__.update((sys.intern(name), value) for name, value in state.items())
        self._spelt = None
        for name in _PACKED:  # (read off the packed column; a list once read often)
            if isinstance(state.get(name), StringColumn):
                state[name].rebinding(self, name)

    def unpack(self) -> None:
        """Cut now every column read back packed (for a process about to fork workers,
        which then share them)."""
        for name in _PACKED:
            column = self.__dict__.get(name)
            if isinstance(column, StringColumn):
                setattr(self, name, column.unpack())

    def spell(self) -> _Spellings:
        """The spellings of the forms a query is compared with, made on the first call."""
        if self._spelt is None:
            self._spelt = _Spellings(self.text_of)
        return self._spelt

    @cached_property
    def latin_of(self) -> Sequence[str]:
        """:func:`~gazetteer.letterforms.plain_latin` of each form, by position (read back
        from the disk cache, packed as ``text_of`` is)."""
        return self.spell().latin

    @cached_property
    def odd_normal(self) -> dict[int, str]:
        """:func:`~gazetteer.letterforms.normal_form` of the forms (by position) where it is
        not simply the lower-cased text."""
        return self.spell().odd_normal

    @cached_property
    def _normal_crcs(self) -> array[int]:
        """CRC-32 of every normal form, sorted: tells a query that no form has its text."""
        return self.spell().normal_crcs

    def __len__(self) -> int:
        return len(self.entry_of)

    @property
    def forms(self) -> _Forms:
        """The forms as records, by position."""
        return _Forms(self)

    def source_of(self, position: int) -> str:
        """The name source of the form at ``position``."""
        return NAME_SOURCES[self.source_id_of[position]]

    def normal_of(self, position: int) -> str:
        """:func:`~gazetteer.letterforms.normal_form` of the form at ``position``."""
        odd = self.odd_normal.get(position)
        return self.text_of[position].lower() if odd is None else odd

    def may_have_normal(self, normal: str) -> bool:
        """False when no form's normal form is ``normal`` (read off their sorted CRC-32s)."""
        wanted = crc(normal)
        at = bisect_left(self._normal_crcs, wanted)
        return at < len(self._normal_crcs) and self._normal_crcs[at] == wanted

    def form(self, position: int) -> NameForm:
        """The form at ``position`` as a record."""
        return NameForm(
            self.entry_of[position],
            self.text_of[position],
            NAME_SOURCES[self.source_id_of[position]],
            self.rank_of[position],
            self._notes[self._note_id[position]],
        )

    def keyed(self, key: str) -> list[int]:
        """Positions of the forms whose match key is ``key``."""
        return self.keyed_array(key).tolist()

    def entries_keyed(self, key: str) -> list[int]:
        """The entries with a form whose match key is ``key``, each once, in the forms' order."""
        return list(dict.fromkeys(self.entry_of[p] for p in self.keyed_array(key)))

    def keyed_array(self, key: str) -> array[int]:
        """:meth:`keyed` as an ``array('i')`` (no list made: for the hot loop)."""
        n = self._key_number.get(key)
        if n is None:
            return _NO_POSITIONS
        return self._flat[self._starts[n] : self._starts[n + 1]]

    def keyed_groups(
        self, keys: Iterable[str], room: int, wanted: Container[int] | None = None
    ) -> list[tuple[str, Sequence[int]]]:
        """Each of ``keys`` that has forms, with their positions (only those of the source
        ids ``wanted``, when given), in order, until ``room`` forms are held: the last
        group cut to fit. What :meth:`keyed_array` gives key by key, in one loop (a typo
        query reads forty keys)."""
        number, flat, starts, source = self._key_number.get, self._flat, self._starts, None
        if wanted is not None:
            source = self.source_id_of
        out: list[tuple[str, Sequence[int]]] = []
        for key in keys:
            if room <= 0:
                break
            n = number(key)
            if n is None:
                continue
            start, end = starts[n], starts[n + 1]
            if source is None:
                size = end - start
                out.append((key, flat[start:end] if size <= room else flat[start : start + room]))
                room -= size
                continue
            positions = [p for p in flat[start:end] if source[p] in wanted]  # type: ignore[operator]
            if positions:
                out.append((key, positions[:room]))
                room -= len(positions)
        return out

    def positions_of(self, entries: Collection[int]) -> list[int]:
        """The positions of every form of the entries ``entries``, in order (read in array
        operations: a loop over the forms cost a process's first query some 10 ms)."""
        import numpy as np

        wanted = np.fromiter(entries, dtype=np.int64, count=len(entries))
        found = np.isin(np.frombuffer(self.entry_of, dtype=np.int32), wanted)
        return np.flatnonzero(found).tolist()  # type: ignore[no-any-return]

    def keys_of(self, entries: Collection[int]) -> frozenset[str]:
        """The keys of every form of the entries (by position) ``entries`` (in array
        operations: a loop over every key's forms cost a process's first query 25 ms)."""
        import numpy as np

        wanted = np.fromiter(entries, dtype=np.int64, count=len(entries))
        of_entries = np.isin(np.frombuffer(self.entry_of, dtype=np.int32), wanted)
        in_flat = of_entries[np.frombuffer(self._flat, dtype=np.int32)]
        starts = np.frombuffer(self._starts, dtype=np.int32).astype(np.int64)
        sizes = starts[1:] - starts[:-1]
        key_numbers = np.repeat(np.arange(len(sizes)), sizes)  # (the n-th key's forms)
        keys = list(self._key_number)  # (in the order of their numbers: see __init__)
        return frozenset(keys[n] for n in np.unique(key_numbers[in_flat]).tolist())

    def has_forms(self, key: str) -> bool:
        """Whether any form has this key."""
        return key in self._key_number

    def keys_starting(self, prefix: str, limit: int = 50) -> list[str]:
        """Up to ``limit`` keys that begin with ``prefix``, shortest first (for suggestions
        as a name is typed)."""
        ordered: list[str] | None = getattr(self, "_sorted_keys", None)
        if ordered is None:
            ordered = self._sorted_keys = sorted(self._key_number)
        found: list[str] = []
        for key in ordered[bisect_left(ordered, prefix) :]:
            if not key.startswith(prefix) or len(found) >= 4 * limit:
                break
            found.append(key)
        return sorted(found, key=len)[:limit]

    def keys_after(self, prefix: str) -> Iterator[str]:
        """Every key that begins with ``prefix``, in alphabetical order."""
        ordered: list[str] | None = getattr(self, "_sorted_keys", None)
        if ordered is None:
            ordered = self._sorted_keys = sorted(self._key_number)
        at = bisect_left(ordered, prefix)
        while at < len(ordered) and ordered[at].startswith(prefix):
            yield ordered[at]
            at += 1

    def has_official(self, key: str) -> bool:
        """Whether an official form (an entry's own name today) has this key."""
        official = NAME_SOURCES.index("official")
        return any(self.source_id_of[p] == official for p in self.keyed_array(key))

    @property
    def by_key(self) -> dict[str, list[int]]:
        """Every key with the positions of its forms (made on each call: for inspection)."""
        return {key: self.keyed(key) for key in self._key_number}

    def near_keys(self, key: str, *, limit: int = 40) -> list[str]:
        """Indexed keys about two edits or less from ``key``, closest first (itself excluded).

        Only keys that share the first two or the last three letters with ``key``, or (for a
        key of five letters or fewer) all its letters in another order, and differ in length
        by two at most are compared, so a typo anywhere but at both ends, or a swap anywhere,
        is found without comparing against every key. Equally close keys come in
        alphabetical order.
        """
        if len(key) < 4:
            return []
        return self.typo_index().near(key, limit)

    def typo_index(self) -> NearKeys:
        """The typo index, made on the first call: from the disk cache when
        :attr:`near_cache` names one, else built (and then cached)."""
        if self._near is not None:
            return self._near
        if self.near_cache is None:
            self._near = NearKeys(self._key_number)
            return self._near
        name, key = self.near_cache
        near = load_cached(name, key)
        if not isinstance(near, NearKeys):
            near = NearKeys(self._key_number)
            store_cached(name, key, near)
        self._near = near
        return near


_NO_POSITIONS: array[int] = array("i")
#: The columns the disk cache keeps packed (:meth:`NameIndex.__getstate__`).
_PACKED = ("text_of", "latin_of")


class _Spellings:
    """The spellings of an index's forms a query is compared with: plain Latin, the normal
    forms that are not simply the lower-cased text, and every normal form's CRC-32, sorted
    (tells a query that no form has its text)."""

    def __init__(self, texts: Sequence[str]) -> None:
        self.latin: list[str] = []
        self.odd_normal: dict[int, str] = {}
        crcs: set[int] = set()
        for position, text in enumerate(texts):
            normal = normal_form(text)
            crcs.add(crc(normal))
            self.latin.append(normal.replace("'", "") if text.isascii() else plain_latin(text))
            if normal != text.lower():
                self.odd_normal[position] = normal
        self.normal_crcs = array("I", sorted(crcs))


class _Forms:
    """A read-only sequence view of an index's forms."""

    def __init__(self, index: NameIndex) -> None:
        self._index = index

    def __len__(self) -> int:
        return len(self._index)

    def __getitem__(self, position: int) -> NameForm:
        return self._index.form(position)


def crc(text: str) -> int:
    """CRC-32 of ``text`` (what :meth:`NameIndex.may_have_normal` files forms by)."""
    return crc32(text.encode("utf-8", "surrogatepass"))
