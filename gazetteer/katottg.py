"""Building the embedded KATOTTG gazetteer from the tables in ``data/``.

The entries come from ``katottg.tsv`` and ``oblasts.tsv``; the name forms from the same
(official), from rules applied to every Ukrainian name (russian, generated), and from
``renamed.tsv`` (former) and ``exonyms.tsv`` (exonyms) where present. The result is cached
on disk, keyed by the tables' bytes and the code that derives from them.
"""

from __future__ import annotations

import importlib.util
from collections.abc import Iterator, Sequence
from dataclasses import fields
from pathlib import Path
from typing import TYPE_CHECKING, Any

from rapidfuzz import fuzz

from translit import match_key, transliterate
from translit.lazyre import lazy_compile

from .index import NAMESAKES_NOTE, NameForm, NameIndex
from .letterforms import fold, normal_form
from .model import Entry
from .oblasts import Oblast, OblastTable
from .packed import StringColumn
from .regionforms import foreign_names
from .storage import (
    announce_build,
    data_file,
    fingerprint,
    keyed_table,
    read_table,
)

if TYPE_CHECKING:
    from importlib.abc import Traversable

#: Categories that are settlements (a generated Russian form is worth indexing for these).
SETTLEMENTS = frozenset("KMXC")
_HROMADA_END = lazy_compile(r"(?:ska|Cka|Ska|ka|a)$")
_FIELDS = tuple(f.name for f in fields(Entry))


class LazyEntries(Sequence[Entry]):
    """Entries made from the cached columns of their fields when first asked for: a lookup
    touches a few dozen."""

    def __init__(self, columns: Sequence[StringColumn], cache_key: str | None = None) -> None:
        #: one per field of :class:`Entry`, in order (packed, then lists: see __getitem__)
        self._columns: Sequence[Sequence[str]] = columns
        #: what the entries (and the index) were built from, for tables derived from them and
        #: kept in the disk cache too (:func:`gazetteer.model.derived`)
        self.cache_key = cache_key
        #: the entries made so far, by position (None: not yet), for hot loops to read
        #: without a call (then ``self[i]`` for a None)
        self.made: list[Entry | None] = [None] * len(columns[0])
        self._to_unpack = UNPACK_AFTER_ENTRIES  #: entries still made off the packed columns
        self._fill = _fillers(columns)

    def __len__(self) -> int:
        return len(self.made)

    def codes(self) -> list[str]:
        """Every entry's code, without making the entries."""
        return self.column("code")

    def column(self, name: str) -> list[str]:
        """One field of every entry (``category``, ``oblast``...), without making the entries."""
        column = self._columns[_FIELDS.index(name)]
        return column.unpack() if isinstance(column, StringColumn) else list(column)

    def __getitem__(self, i):  # type: ignore[no-untyped-def, override]
        if isinstance(i, slice):  # (no comprehension here: its closure cell, made on every
            return list(map(self.__getitem__, range(*i.indices(len(self)))))  # call, costs)
        made = self.made[i]
        if made is None:  # (Entry(...) the same, a third of the cost: a worker makes 30,000)
            made = self.made[i] = _new_entry(Entry)
            for fill, column in self._fill:
                fill(made, column[i])
            self._to_unpack -= 1
            if not self._to_unpack:
                self._columns = [list(column) for column in self._columns]
                self._fill = _fillers(self._columns)
        return made


_new_entry = object.__new__


def _fillers(columns: Sequence[Sequence[str]]) -> list[tuple[Any, Sequence[str]]]:
    """Each field's slot setter paired with its column: an :class:`Entry` filled through
    them is the one ``Entry(*fields)`` makes, without the frozen ``__init__``'s calls."""
    return [(getattr(Entry, name).__set__, column) for name, column in zip(_FIELDS, columns)]


#: Entries made off the packed columns (each field's read some 1,000 instructions dearer
#: than a list's: :mod:`gazetteer.packed`), after which the columns are cut into lists: a
#: lookup makes a few dozen, a batch's worker most of them.
UNPACK_AFTER_ENTRIES = 2_000

#: The code that builds what is cached (the oblast table is pickled whole, with its keys):
#: a change to any of them makes the cache again. Of the modules they import, these do not
#: build it: :data:`NOT_BUILDING` (tests/test_first_use.py checks that each is one or other).
BUILT_BY = (
    "katottg.py",
    "index.py",
    "packed.py",
    "letterforms.py",
    "oblasts.py",
    "oblastspellings.py",
    "regionforms.py",
    "newsroomwords.py",
    "councils.py",  # (its spell_acronyms reads an oblast's name; words.py no longer does)
    "unitabbreviations.py",
)
#: model.py's entries are cached as their fields (keyed by their names); storage.py and
#: errors.py read and report; nearkeys.py's typo index has its own key; oblastscore.py
#: scores a query's words, declension.py gives words.py the query's filler words;
#: ignorecase.py tells councils.py's query-time searches that they cannot find.
NOT_BUILDING = ("model.py", "storage.py", "errors.py", "nearkeys.py", "oblastscore.py",
                "declension.py", "ignorecase.py")  # fmt: skip


def load_katottg() -> tuple[
    Sequence[Entry], frozenset[int], OblastTable, NameIndex, dict[int, int]
]:
    """The embedded gazetteer's parts, from the cache when it was built from the same inputs."""
    names = (
        "katottg.tsv",
        "oblasts.tsv",
        "renamed.tsv",
        "exonyms.tsv",
        "population.tsv",
        "oblast_names.tsv",
    )
    sources = [data_file(n) for n in names]

    def build() -> tuple[
        tuple[StringColumn, ...], frozenset[int], OblastTable, NameIndex, dict[int, int]
    ]:
        announce_build("the name index")
        entries, seats, oblasts, index, population = _build(*sources)
        # Entries go to the cache as a column a field (:mod:`gazetteer.packed`), read back
        # as a few dozen objects: an entry is made of them when first asked for.
        columns = tuple(StringColumn([getattr(e, f) for e in entries]) for f in _FIELDS)
        return columns, seats, oblasts, index, population

    # (keyed by the tables and the code that builds from them, and the entries' fields in
    # their order, as the columns are)
    built, key = keyed_table(
        "katottg-index", [*sources, *keyed_code()], build, " ".join(_FIELDS).encode()
    )
    columns, seats, oblasts, index, population = built
    # the typo index, made when a query first needs one, is cached beside it
    nearkeys_code = Path(__file__).with_name("nearkeys.py").read_bytes()
    index.near_cache = ("katottg-nearkeys", fingerprint(key, nearkeys_code))
    return LazyEntries(columns, key), seats, oblasts, index, population


def _build(
    katottg: Traversable,
    oblasts_file: Traversable,
    renamed: Traversable,
    exonyms: Traversable,
    population_file: Traversable,
    oblast_names: Traversable,
) -> tuple[list[Entry], frozenset[int], OblastTable, NameIndex, dict[int, int]]:
    rows = list(read_table(katottg))
    oblasts = OblastTable(
        (Oblast(**r) for r in read_table(oblasts_file)), foreign_names(oblast_names)
    )
    oblasts.spell_out()  # (cached with the table: see OblastTable.spell_out)
    by_code = {r["code"]: r for r in rows}
    position = {r["code"]: i for i, r in enumerate(rows)}
    entries: list[Entry] = []
    for r in rows:
        unit = oblasts.get(r["oblast"]) if r["oblast"] else None
        raion = by_code.get(r["raion"])
        hromada = by_code.get(r["hromada"])
        entries.append(
            Entry(
                code=r["code"],
                name=r["name"],
                name_uk=r["name_uk"],
                category=r["category"],
                oblast=unit.iso if unit else "",
                oblast_name=unit.name if unit else "",
                raion=raion["name"] if raion else "",
                raion_code=r["raion"],
                hromada=hromada["name"] if hromada else "",
                hromada_code=r["hromada"],
                parent=r["parent"],
            )
        )
    forms: list[NameForm] = []
    forms.extend(_official_forms(entries, oblasts, position))
    forms.extend(_russian_forms(entries))
    if renamed.is_file():
        forms.extend(_former_forms(read_table(renamed), position))
    if exonyms.is_file():
        oblast_keys = {match_key(e.name_uk) for e in entries if e.category == "O"}
        forms.extend(_exonym_forms(read_table(exonyms), entries, position, oblast_keys))
    forms += _tch_forms(forms)  # (Latin forms keyed apart from their Cyrillic)
    # a form with Russian ё also as most texts write it, with е (Снигирёвка: Снигиревка)
    forms += [
        NameForm(f.entry, f.text.replace("ё", "е").replace("Ё", "Е"), f.source, f.rank, f.note)
        for f in forms
        if "ё" in f.text or "Ё" in f.text
    ]
    seats = _seats(entries, position)
    population: dict[int, int] = {}
    if population_file.is_file():
        for row in read_table(population_file):
            if row.get("code") in position and row.get("population", "").isdigit():
                population[position[row["code"]]] = int(row["population"])
    return entries, seats, oblasts, NameIndex(forms), population


def _official_forms(
    entries: list[Entry], oblasts: OblastTable, position: dict[str, int]
) -> Iterator[NameForm]:
    for i, entry in enumerate(entries):
        yield NameForm(i, entry.name_uk, "official")
        if entry.name and entry.name != entry.name_uk:
            yield NameForm(i, entry.name, "official")
    for unit in oblasts.oblasts:
        i = position[unit.code]
        if unit.name_en and match_key(unit.name_en) != match_key(unit.name):
            yield NameForm(i, unit.name_en, "official", note="English name")
        if unit.name_ru and unit.name_ru != unit.name_uk:
            yield NameForm(i, unit.name_ru, "russian", note="Russian name of the oblast")


def keyed_code() -> list[Path]:
    """The code files the index cache is keyed by: :data:`BUILT_BY`, and translit's modules
    and rule tables (keys, Russian forms, the romanisations an oblast's spellings are made
    in), found, not imported: a warm start needs the files' bytes, not the modules (~15 ms)."""
    files = [Path(__file__).with_name(n) for n in BUILT_BY]
    translit = _module_file("translit")
    if translit is not None:
        files += sorted(translit.parent.glob("*.py"))
        files += sorted((translit.parent / "rules").glob("*.txt"))
    return files


def _module_file(name: str) -> Path | None:
    """The source file of module ``name``, without running it; None when there is none."""
    try:
        spec = importlib.util.find_spec(name)
    except ImportError:
        return None
    return Path(spec.origin) if spec is not None and spec.origin else None


def _russian_module():  # type: ignore[no-untyped-def]
    try:
        from translit import russian
    except ImportError:
        return None
    return russian


def _russian_forms(entries: list[Entry]) -> Iterator[NameForm]:
    for i, entry in enumerate(entries):
        if entry.category not in SETTLEMENTS and entry.category not in ("P", "H", "B"):
            continue  # (and raions: Каменский р-н; hromadas: Нововоронцовская поселковая
            # община; city districts: в Салтовском районе Харькова)
        for rank, form in _russian_guesses(entry.name_uk):
            yield NameForm(i, form, "russian", rank=rank, note="Russian form by rule")


def _russian_guesses(name_uk: str) -> Iterator[tuple[int, str]]:
    """(rank, form) of the Russian forms by rule of ``name_uk``, the first ranked 1. A form
    the Ukrainian name's key and letters already give adds nothing; one with its key but
    other letters (Широкая Гребля, Широка Гребля) is kept: a Cyrillic query is read by its
    letters, not its key."""
    russian = _russian_module()
    if russian is None:
        return
    keys, spellings = {match_key(name_uk)}, {fold(normal_form(name_uk))}
    for rank, form in enumerate(russian.russian_forms(name_uk), start=1):
        key, spelling = match_key(form), fold(normal_form(form))
        if key and (key not in keys or spelling not in spellings):
            keys.add(key)
            spellings.add(spelling)
            yield rank, form


def _tch_forms(forms: list[NameForm]) -> list[NameForm]:
    """Each Cyrillic form with т+ч or т+х also in Latin as its romanisations write them,
    ``tch`` (Клетчин: Kletchin; Тхорин: Tchoryn, as Czech, Polish, German and the scholarly
    standard write т+х), which :func:`~translit.match_key` reads as French ч (Tchortkov):
    keyed so, such a name is met by its own letters, not as Келечин or Горинь. A Russian
    form is romanised as Russian passports do, any other as KMU 2010 does."""
    held = {(f.entry, f.text) for f in forms}
    found = []
    for f in forms:
        if _T_CHE_KHA.search(f.text) is None:
            continue
        russian = f.source == "russian" or not _RUSSIAN_ONLY.isdisjoint(f.text.lower())
        latin = transliterate(f.text, "ru-passport" if russian else "kmu2010")
        latin = _TKH.sub(lambda m: m[0][0] + ("C" if m[0][1] == "K" else "c") + "h", latin)
        if (f.entry, latin) not in held:
            held.add((f.entry, latin))
            found.append(NameForm(f.entry, latin, f.source, f.rank, f.note))
    return found


_TKH = lazy_compile(r"[Tt][Kk]h")
_T_CHE_KHA = lazy_compile("[тТ][чхЧХ]")
_RUSSIAN_ONLY = frozenset("ыэёъ")


def _former_forms(rows: Iterator[dict[str, str]], position: dict[str, int]) -> Iterator[NameForm]:
    for row in rows:
        i = position.get(row.get("code", ""))
        if i is None:
            continue
        note = " ".join(p for p in (row.get("year", ""), row.get("source", "")) if p)
        namesakes = row.get("namesakes", "")
        # A link placed by name alone is a guess among namesakes: ranked as one (rank 1).
        if namesakes:
            note = f"{NAMESAKES_NOTE} {namesakes} places now so named, {note}".strip(", ")
        guess = 1 if namesakes else 0
        for column in ("old_name_uk", "old_name_ru"):
            if row.get(column):
                yield NameForm(i, row[column], "former", rank=guess, note=note)
        if not row.get("old_name_ru") and row.get("old_name_uk"):
            # the old name in Russian, by rule, as today's names get theirs (Дніпродзержинськ:
            # Днепродзержинск): ranked as guesses, after any attested form
            note = f"{note}; Russian form by rule of {row['old_name_uk']}".strip("; ")
            for rank, form in _russian_guesses(row["old_name_uk"]):
                yield NameForm(i, form, "former", rank=guess + rank, note=note)


def _exonym_forms(
    rows: Iterator[dict[str, str]],
    entries: list[Entry],
    position: dict[str, int],
    oblast_keys: set[str],
) -> Iterator[NameForm]:
    """GeoNames' alternate names, less those read as an oblast's own name (Donecka, a
    Latvian form of Donetsk, is Донецька's key: the oblast, not the city).

    A short form that drops a word set apart by a space, the modifier telling namesakes apart
    (Krynki for Великі Кринки, Brovki for Бровки Перші), and is another place's official name
    (the village Кринки) is ranked as a guess (rank 1): an attested form outranks a guess,
    so the place whose very name it is comes first, and a guess is no name the place bore
    (:mod:`gazetteer.ties`). A short form that drops a hyphenated part (Korsun' for
    Корсунь-Шевченківський, Skala for Скала-Подільська) is a name the place bore before the
    part was added (Корсунь until 1944), so it ties with the namesake as any former name does."""
    bearers: dict[str, set[int]] = {}
    for i, entry in enumerate(entries):
        for name in (entry.name_uk, entry.name):
            bearers.setdefault(match_key(name), set()).add(i)
    for row in rows:
        at = position.get(row.get("code", ""))
        if at is None or not row.get("name"):
            continue
        i, key = at, match_key(row["name"])
        if key in oblast_keys:
            continue
        short = bool(bearers.get(key, set()) - {i}) and key in _word_keys(entries[i].name_uk)
        note = f"GeoNames, {row.get('lang', '')}"
        if short:
            note += f"; a short form of {entries[i].name_uk}, another place's official name"
        yield NameForm(i, row["name"], "exonyms", rank=int(short), note=note)


def _word_keys(name: str) -> set[str]:
    """The keys of each run of ``name``'s words short of the whole name, words split at
    spaces only: Великі Кринки gives the keys of Великі and Кринки, Корсунь-Шевченківський
    none (a hyphenated name's first part is what the place was called before the rest was
    joined to it, not a modifier dropped)."""
    words = name.split()
    return {
        match_key(" ".join(words[a:b]))
        for a in range(len(words))
        for b in range(a + 1, len(words) + 1)
        if b - a < len(words)
    }


def _seats(entries: list[Entry], position: dict[str, int]) -> frozenset[int]:
    """Settlements whose name the hromada they belong to bears (its administrative centre)."""
    seats: set[int] = set()
    for i, entry in enumerate(entries):
        if entry.category not in SETTLEMENTS or not entry.hromada_code:
            continue
        hromada = entries[position[entry.hromada_code]]
        stem = _HROMADA_END.sub("", match_key(hromada.name_uk))
        own = match_key(entry.name_uk)
        if stem and (own.startswith(stem) or fuzz.ratio(stem, own[: len(stem)]) >= 88):
            seats.add(i)
    return frozenset(seats)
