"""The records the gazetteer hands out: frozen, typed, comparable."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal, TypeVar

from .quickinit import quick_init

#: How a query met its entry's name. ``official`` names come from the gazetteer itself;
#: the others from the extra name tables (see ``data/README.md``); ``loose`` only by the
#: consonants of a well-known place's name (other scripts), never confidently.
MatchKind = Literal[
    "exact",
    "variant",
    "fuzzy",
    "russian",
    "former",
    "exonym",
    "loose",
    "beside",
    "code",
    "facility",
    "area",
    "short",
]

#: The kinds that are only guesses at the words: never a reason, in running text, to read
#: a name as a place.
GUESSED_KINDS: frozenset[str] = frozenset({"fuzzy", "loose", "beside"})

#: What a resolver concluded about one query.
Status = Literal["matched", "ambiguous", "unmatched"]


@dataclass(frozen=True, slots=True)
class Entry:
    """One gazetteer entry: a unit of KATOTTG, or a row of a user's own gazetteer."""

    code: str
    name: str  #: canonical Latin name (KMU 2010 for KATOTTG)
    name_uk: str  #: the name as the gazetteer writes it (Ukrainian for KATOTTG)
    category: str  #: KATOTTG category letter (O K P H M X C B) or a user's own label
    oblast: str = ""  #: ISO 3166-2 code of the top-level unit (``UA-65``)
    oblast_name: str = ""  #: Latin name of that unit (``Khersonska``)
    raion: str = ""  #: Latin name of the raion, if any
    raion_code: str = ""
    hromada: str = ""  #: Latin name of the hromada, if any
    hromada_code: str = ""
    parent: str = ""  #: code of the direct parent, empty at the top


@dataclass(frozen=True)
class Match:
    """A candidate answer to a query, with how and how well it matched."""

    entry: Entry
    score: float  #: 0-100, comparable across queries
    kind: MatchKind
    matched_name: str  #: the form of the name that the query met
    ambiguous: bool = False  #: True when another candidate scored the same
    explain: tuple[str, ...] = field(default=(), compare=False)


def made_match(
    entry: Entry,
    score: float,
    kind: MatchKind,
    matched_name: str,
    ambiguous: bool,
    explain: tuple[str, ...],
) -> Match:
    """``Match(entry, score, kind, matched_name, ambiguous, explain)``, the very same record,
    made without the frozen dataclass's ``__init__`` (which sets each field through
    ``object.__setattr__``: a resolution makes several, and the batch a million)."""
    made = _new(Match)
    _set(made, "__dict__", {
        "entry": entry, "score": score, "kind": kind, "matched_name": matched_name,
        "ambiguous": ambiguous, "explain": explain,
    })  # fmt: skip
    return made


_new, _set = object.__new__, object.__setattr__


@quick_init
@dataclass(frozen=True)
class Resolution:
    """The verdict on one query: a status, the best match if any, and the candidates."""

    query: str
    status: Status
    best: Match | None
    candidates: tuple[Match, ...] = ()
    #: The region (``Entry.oblast`` value) the query's hint names when it names exactly one,
    #: even when no entry matched: what is known of where the place is.
    region: str = ""
    #: The candidates beyond ``candidates`` that tie with the best too (the namesakes of a
    #: common name: Ivanivka has hundreds), best first, without reasons: what a caller
    #: with more to go on (a file's geography, :mod:`gazetteer.regional`) chooses among.
    also_tied: tuple[Match, ...] = ()
    #: How the query's text had been misread when it went through a wrong decoding
    #: (``UTF-8 read as Windows-1252``), and was read as it was written
    #: (:mod:`gazetteer.readback`); ``""`` for a query read as given.
    misread: str = ""


def entry_fields(entries: Sequence[Entry], *names: str) -> Iterable[tuple[str, ...]]:
    """The fields ``names`` of every entry, in order: from the entries' columns when they
    keep them (the embedded gazetteer's rows, no :class:`Entry` made), else entry by entry."""
    column = getattr(entries, "column", None)
    if column is not None:
        return zip(*(column(name) for name in names))
    return (tuple(getattr(e, name) for name in names) for e in entries)


T = TypeVar("T")


def derived(
    entries: Sequence[Entry],
    name: str,
    make: Callable[[], T],
    *,
    stored_by: str | tuple[str, ...] | None = None,
) -> T:
    """A table derived from ``entries`` (``make()``), made once and kept under ``name`` for
    the last few sets of entries asked (they are held, so their id is not reused).

    ``stored_by``: the file of the module that makes the table (its ``__file__``), or the
    files of those whose code or tables it reads beside. The table is then also kept in the
    disk cache (:mod:`gazetteer.storage`) when the entries have a ``cache_key`` (the
    embedded gazetteer's: what its index was built from, with the translit code), keyed by
    that and the modules' bytes: a process reads it back in a few
    milliseconds instead of making it again (every normalize worker made the old raions'
    tables, a tenth of a second and more each).
    """
    held = _DERIVED.get(id(entries))
    if held is None or held[0] is not entries:
        if len(_DERIVED) >= 4:
            _DERIVED.pop(next(iter(_DERIVED)))
        held = _DERIVED[id(entries)] = (entries, {})
    tables = held[1]
    if name not in tables:
        key = getattr(entries, "cache_key", None)
        if stored_by is None or key is None:
            tables[name] = make()
        else:
            tables[name] = _stored(name, key, stored_by, make)
    return tables[name]  # type: ignore[no-any-return]


def _stored(name: str, key: str, modules: str | tuple[str, ...], make: Callable[[], T]) -> T:
    """``make()``, read from the disk cache when made before from the same inputs."""
    from pathlib import Path

    from .storage import cached_table

    files = [Path(f) for f in ((modules,) if isinstance(modules, str) else modules)]
    return cached_table("katottg-" + name.replace(" ", "-"), files, make, key)


_DERIVED: dict[int, tuple[Sequence[Entry], dict[str, Any]]] = {}
