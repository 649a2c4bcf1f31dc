"""The :class:`Gazetteer`: entries, their names, and the way a query finds them."""

from __future__ import annotations

import threading
from collections import Counter
from collections.abc import Hashable, Iterable, Iterator, Mapping, Sequence
from functools import cached_property, lru_cache
from pathlib import Path
from typing import ClassVar

from translit import match_key

from . import hints, inside, reading
from .beside import units_named
from .coordinates import Coordinates, locate
from .errors import UnknownCodeError
from .finder import CONFIDENT_SCORE, DEFAULT_MIN_SCORE, Finder
from .forkwarm import warm_before_fork
from .hintprior import past_the_hint
from .index import NameForm, NameIndex, chosen_sources
from .judging import match_of, verdict
from .katottg import LazyEntries, load_katottg
from .model import Entry, Match, Resolution, entry_fields
from .nearby import placed
from .noplace import (
    is_country_name,
    is_generic_place_words,
    is_no_place,
    is_other_country,
    names_a_feature,
    names_beside_kind_words,
)
from .oblasts import OblastTable
from .query import MAX_QUERY_LENGTH, clean_query
from .rank import SETTLEMENT_CATEGORIES, Scored
from .readback import marked_misread, read_as_written, with_repair_reason
from .ties import city_before_villages, tied_with_best

__all__ = ["CONFIDENT_SCORE", "DEFAULT_MIN_SCORE", "Gazetteer"]


class Gazetteer:
    """A set of entries with every written form of their names, ready to be queried.

    ``Gazetteer.default()`` is Ukraine's KATOTTG; ``Gazetteer.from_file(path)`` is yours.
    """

    _default: ClassVar[Gazetteer | None] = None
    _default_lock: ClassVar[threading.Lock] = threading.Lock()

    def __init__(
        self,
        entries: Sequence[Entry],
        forms: Iterable[NameForm],
        *,
        seats: Iterable[int] = (),
        oblasts: OblastTable | None = None,
        index: NameIndex | None = None,
        population: dict[int, int] | None = None,
        points: Mapping[str, tuple[float, float]] | None = None,
        small_words: Iterable[str] = (),
        first_words: Iterable[str] = (),
    ) -> None:
        self.entries = entries if isinstance(entries, LazyEntries) else tuple(entries)
        self.index = index if index is not None else NameIndex(forms, spell_now=False)
        self.seats = frozenset(seats)
        self.population = population or {}
        self.oblasts = oblasts
        #: code -> (latitude, longitude), of a gazetteer of your own (KATOTTG's: coordinates.tsv)
        self.points = dict(points or {})
        #: the small words inside its names (im, am, ob, der): a name in text runs across them
        self.small_words = frozenset(small_words)
        #: the first words of its names of several words, lower-cased (le, north): in text,
        #: a name may start with them, though they open no name of KATOTTG's
        self.first_words = frozenset(first_words)
        #: ``places``, or ``names`` for a file of names that are no places (people, units)
        self.kind = "places"
        self._children: dict[str, list[int]] | None = None
        self._find: Finder | None = None
        self._settlements: dict[str, int] | None = None
        self._p_codes: dict[str, list[int]] | None = None  #: see gazetteer.codes
        self._towns_by_hromada: dict[str, int] | None = None  #: see gazetteer.directions
        self._resolve = lru_cache(maxsize=200_000)(self._resolve_uncached)
        #: hint text -> the regions it names: a query reads its hint three times
        self._hints: dict[str, tuple[str, ...]] = {}

    @cached_property
    def _by_code(self) -> dict[str, int]:
        """Code -> position, made on first use (a lookup by name reads no code)."""
        if isinstance(self.entries, LazyEntries):
            return {code: i for i, code in enumerate(self.entries.codes())}
        return {e.code: i for i, e in enumerate(self.entries)}

    # -- construction -----------------------------------------------------------------------
    @classmethod
    def default(cls) -> Gazetteer:
        """The embedded KATOTTG gazetteer, loaded once (from the on-disk cache when warm)."""
        with cls._default_lock:
            if cls._default is None:
                entries, seats, oblasts, index, population = load_katottg()
                cls._default = cls(
                    entries, (), seats=seats, oblasts=oblasts, index=index, population=population
                )
            return cls._default

    @classmethod
    def from_file(cls, path: str | Path, *, kind: str | None = None, **options: str) -> Gazetteer:
        """A gazetteer of your own from a TSV/CSV file (format: README, "Your own gazetteer");
        ``kind="names"`` (or the file's ``# kind: names``) for names that are no places,
        ``kind="people"`` for people's names (:mod:`gazetteer.personforms`); a large file
        is read back from the cache the next time (:mod:`gazetteer.usercache`)."""
        from .usercache import built

        made = built(Path(path), kind, options)
        gz = cls(made.entries, (), index=made.index, points=made.points)
        gz.small_words, gz.first_words = made.small_words, made.first_words
        gz.kind = made.kind
        return gz

    # -- plain access -----------------------------------------------------------------------
    @property
    def region_word(self) -> str:
        """What its messages call an entry's top-level area: ``oblast`` in the embedded
        KATOTTG, ``region`` (its file's column) in a gazetteer of your own."""
        return "oblast" if self.oblasts is not None else "region"

    def __len__(self) -> int:
        return len(self.entries)

    def __iter__(self) -> Iterator[Entry]:
        return iter(self.entries)

    def get(self, code: str, default: Entry | None = None) -> Entry | None:
        """The entry with this code, or ``default``."""
        if not isinstance(code, str):
            return default
        i = self._by_code.get(code.strip())
        if i is None:
            i = self._by_code.get(code.strip().upper())
        return self.entries[i] if i is not None else default

    def settlement_counts(self) -> dict[str, int]:
        """How many settlements each raion and each hromada holds, by unit code, each oblast
        by its ISO code, and the whole gazetteer under "" (what a file's places are measured
        against in :mod:`gazetteer.regional`)."""
        if self._settlements is None:
            rows = entry_fields(self.entries, "category", "raion_code", "hromada_code", "oblast")
            settled = [(r, h, o) for c, r, h, o in rows if c in SETTLEMENT_CATEGORIES]
            counts = Counter(r for r, _, _ in settled)
            counts.update(h for _, h, _ in settled)
            counts.update(o for _, _, o in settled)
            counts.pop("", None)
            counts[""] = len(settled)
            self._settlements = dict(counts)
        return self._settlements

    def namesakes(self, code: str) -> tuple[str, ...]:
        """The codes of every entry bearing ``code``'s official name, itself included, in
        gazetteer order (Іванівка: 119); () for an unknown code."""
        from .filelean import namesakes

        return namesakes(self.entries, code)

    def entry(self, code: str) -> Entry:
        """The entry with this code; :class:`UnknownCodeError` when there is none."""
        found = self.get(code)
        if found is None:
            raise UnknownCodeError(code)
        return found

    def children(self, code: str) -> list[Entry]:
        """The entries directly below ``code``, in gazetteer order."""
        self.entry(code)
        if self._children is None:
            children: dict[str, list[int]] = {}
            for i, e in enumerate(self.entries):
                if e.parent:
                    children.setdefault(e.parent, []).append(i)
            self._children = children
        return [self.entries[i] for i in self._children.get(code, [])]

    def hierarchy(self, code: str) -> list[Entry]:
        """The entry and the units above it, top first."""
        chain = [self.entry(code)]
        while chain[-1].parent and (parent := self.get(chain[-1].parent)) is not None:
            chain.append(parent)
        return chain[::-1]

    def coordinates(self, code: str) -> Coordinates | None:
        """Where the entry ``code`` lies: its point, or its hromada's, raion's or oblast's
        centre's (:class:`~gazetteer.coordinates.Coordinates` says which); None if unknown."""
        return locate(self, code)

    def parse_oblast(self, text: str) -> Entry | None:
        """The top-level unit a text such as ``Kherson Oblast`` or ``UA-65`` names, if any."""
        regions = self.hint_oblasts(text)
        if not regions:
            return None
        if self.oblasts is not None:
            unit = self.oblasts.get(regions[0])
            return self.get(unit.code) if unit else None
        return next((e for e in self.entries if e.code == regions[0] or e.name == regions[0]), None)

    # -- hints ------------------------------------------------------------------------------
    def hint_oblasts(self, text: str | None) -> tuple[str, ...]:
        """The regions a hint names, as ``Entry.oblast`` values (ISO codes for KATOTTG); an
        oblast column's number too (``65``, a KOATUU code): see :mod:`gazetteer.hints`."""
        held = self._hints.get(text) if type(text) is str else None
        if held is None:
            held = hints.hint_oblasts(self, text)
            if type(text) is str:
                if len(self._hints) >= 1024:  # (an oblast column holds a few dozen)
                    self._hints.clear()
                self._hints[text] = held
        return held

    def text_oblasts(self, text: str) -> tuple[str, ...]:
        """:meth:`hint_oblasts` of a text written beside a name, where a number is no oblast
        (``Lviv (12)``)."""
        return hints.text_oblasts(self, text)

    # -- queries ----------------------------------------------------------------------------
    def lookup(
        self,
        query: str,
        *,
        oblast: hints.OblastHint = None,
        limit: int = 5,
        sources: Iterable[str] | None = None,
        min_score: float | None = None,
    ) -> list[Match]:
        """Candidates for ``query`` scoring at least ``min_score``, best first.

        ``oblast`` is a hint in any written form, or a number (``65``, a KOATUU code:
        :data:`~gazetteer.hints.OblastHint`); ``sources`` limits the name tables used.
        """
        if not isinstance(query, str):
            raise TypeError(f"lookup() expects a str query, got {type(query).__name__}")
        if oblast is not None and type(oblast) is not str:
            oblast = hints.hint_text(oblast, "lookup")
        allowed = chosen_sources(sources)
        floor = DEFAULT_MIN_SCORE if min_score is None else float(min_score)
        text, misread = read_as_written(query)  # Ð¥Ð°Ñ€ÐºÑ–Ð²: Харків, its bytes misread
        scored = [s for s in self._candidates(text, oblast, allowed) if s.score >= floor]
        tied = city_before_villages(
            scored,
            tied_with_best(scored),
            self._category_of,
            self._people_of,
            self._hromada_of,
        )
        found = [match_of(self.entries, s, s.position in tied) for s in scored[: max(limit, 0)]]
        return with_repair_reason(found, text, misread) if misread else found

    def resolve(
        self,
        query: str,
        *,
        oblast: hints.OblastHint = None,
        min_score: float | None = None,
        sources: Iterable[str] | None = None,
        explain: bool = True,
        near: tuple[float, float] | str | None = None,
    ) -> Resolution:
        """The verdict on one query: ``matched``, ``ambiguous`` or ``unmatched``, and why.

        ``explain=False`` leaves each candidate's ``explain`` empty, which is faster when
        the reasons will not be read (the batch tools). ``near``: a point, ``(latitude,
        longitude)`` or ``"lat,lon"``, where the place is known to lie: the namesake near it
        comes first (:mod:`gazetteer.nearby`).
        """
        if not isinstance(query, str):
            raise TypeError(f"resolve() expects a str query, got {type(query).__name__}")
        if oblast is not None and type(oblast) is not str:
            oblast = hints.hint_text(oblast, "resolve")
        allowed = chosen_sources(sources)
        threshold = DEFAULT_MIN_SCORE if min_score is None else float(min_score)
        with inside.nested() as outermost:
            res = self._resolve(query, oblast or "", allowed, threshold, explain)
        if outermost and inside.worth_reading(res, threshold):  # (downtown Kharkiv)
            res = inside.named_inside(self, res, oblast or "", allowed, threshold, explain) or res
        if near is None:
            return res
        return placed(self, res, query, near, oblast=oblast, sources=sources, min_score=min_score)

    def memo_identity(self) -> str | None:
        """What this gazetteer's data is, for outcomes kept between runs
        (:mod:`gazetteer.memo`): the embedded one's cache key; None for one of your own."""
        return self.index.near_cache[1] if self.index.near_cache else None

    def warm(self) -> None:
        """Make now what the query path makes when first needed (typo and consonant indexes,
        scoring arrays: :mod:`gazetteer.forkwarm`), for a process about to fork workers."""
        warm_before_fork(self)

    def clear_cache(self) -> None:
        """Forget the resolutions kept of past queries (``resolve`` keeps up to 200,000)."""
        self._resolve.cache_clear()

    def _resolve_uncached(
        self, query: str, oblast: str, allowed: frozenset[str], threshold: float, explain: bool
    ) -> Resolution:
        text, misread = read_as_written(query)  # Ð¥Ð°Ñ€ÐºÑ–Ð²: Харків, its bytes misread
        scored = self._candidates(text, oblast or None, allowed)
        region = self._region_of(text, oblast, scored)
        res = verdict(self, text, scored, threshold, region, explain=explain, hint=oblast)
        return marked_misread(res, query, text, misread) if misread else res

    def _region_of(self, query: str, oblast: str, scored: Sequence[Scored] = ()) -> str:
        """The one region the hint, or a part beside the name in the query, names; else
        ``""`` (:func:`~gazetteer.hints.beside_region`: which parts say where it lies)."""
        regions = self.hint_oblasts(oblast) if oblast else ()
        if not regions:
            regions = hints.beside_region(self, query, scored)
        return regions[0] if len(regions) == 1 else ""

    def resolve_many(
        self,
        names: Iterable[str],
        *,
        oblast: hints.OblastHint = None,
        min_score: float | None = None,
        sources: Iterable[str] | None = None,
        parts: Sequence[Hashable] | None = None,
    ) -> list[Resolution]:
        """Resolve names that belong together (a row, a report, an article) coherently.

        ``parts`` (optional) says which part of the text each name stands in, such as its
        sentence's number: the names of the same part weigh most.
        """
        from .context import resolve_group

        if isinstance(names, str):
            raise TypeError("resolve_many takes a list of names; for one name, use resolve()")
        if oblast is not None and type(oblast) is not str:
            oblast = hints.hint_text(oblast, "resolve_many")
        with inside.nested() as outermost:
            found = resolve_group(
                self, list(names), oblast=oblast, min_score=min_score, sources=sources, parts=parts
            )
        return inside.each_read(self, found, oblast, sources, min_score) if outermost else found

    # -- the query path ---------------------------------------------------------------------
    def _category_of(self, position: int) -> str:
        """The category of the entry at ``position``."""
        return self.entries[position].category

    def _people_of(self, position: int) -> int:
        """How many people GeoNames counts at the entry at ``position`` (0: no count)."""
        return self.population.get(position, 0)

    def _hromada_of(self, position: int) -> str:
        """The hromada code of the entry at ``position`` ("" for none)."""
        return self.entries[position].hromada_code

    def _candidates(self, query: str, oblast: str | None, allowed: frozenset[str]) -> list[Scored]:
        """The ranked candidates of a raw query (see :mod:`gazetteer.reading`).

        The country's name alone (``Ukraine``), or a word standing for a name (``village``,
        ``unknown``), is no place: it keeps only a place that bears it exactly, not one of a
        like name (Ukrainka, Ukrainets); a river or a sea (``Dnipro river``) keeps only a
        place whose name reads surely (Bila Richka).
        """
        if len(query) > MAX_QUERY_LENGTH:
            return []  # a paragraph, or a file's rest after an unclosed quote: no place name
        if self.kind == "people":  # (С. Шевченко: no village's с., gazetteer.personread)
            from .personread import person_candidates  # (people's forms: imported for them)

            return person_candidates(self, query, oblast, allowed)
        scored = past_the_hint(
            self, query, oblast, reading.candidates(self, query, oblast, allowed), allowed
        )
        # (the country is Ukraine's: a gazetteer of your own may list countries)
        if is_no_place(query) and (self.oblasts is not None or not is_country_name(query)):
            return [s for s in scored if s.kind == "exact" and s.score >= 100]
        if self.oblasts is not None and is_other_country(clean_query(query).name):
            # в России: another country (not the village Roșia); the village Китай keeps it
            return [s for s in scored if s.kind == "exact" and s.score >= 100]
        if is_generic_place_words(query):  # Industrial Zone, West Side (not the village Side)
            # only a place so named, or so named beside its kind (s. Port: the village Порт)
            keys = {match_key(t) for t in (query, *names_beside_kind_words(query))}
            return [s for s in scored if match_key(s.form.text) in keys]
        if names_a_feature(query):  # Dnipro river: only a place so named (Біла Річка)
            return [s for s in scored if s.score >= CONFIDENT_SCORE]
        return scored

    def _finder(self) -> Finder:
        """The query path below the cleaned query, made at the first query."""
        if self._find is None:
            self._find = Finder(self.entries, self.index, self.seats, self.population)
        return self._find

    @lru_cache(maxsize=1024)  # noqa: B019 - the gazetteer lives as long as the process
    def _units_named(self, text: str) -> tuple[str, ...]:
        return units_named(text, self.entries, self.index)
