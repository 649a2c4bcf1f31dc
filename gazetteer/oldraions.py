"""Raions and village councils as they were before the 2020 reform, read by their seats.

Addresses written before July 2020 (and many tables since) name one of some 490 old raions:
``Velykooleksandrivskyi raion``, ``Нововоронцовський район``. Such a raion was named after
its seat, and the reform joined whole old raions into today's 136, so the old raion of a
seat lies inside the raion that holds the seat today. :func:`raions_of_seat` reads an old
raion's adjective back to the towns it may be named after (one word, Білозерка:
Білозерський; or two joined, Велика Олександрівка: Великоолександрівський), by its name or
its Russian form (Великоалександровский), and answers their raions today. Given the name
index, a seat's attested Russian names and former names count too, for the Russian of
war reporting names old raions whose seats' Russian is irregular or which were renamed
since: Ясиноватский (Ясинувата, Russian Ясиноватая), Добропольский (Доброполье),
Славянский (Славянск), Тельмановский (Тельманове, now Бойківське), Артемовский
(Артемовск, now Бахмут).

One old raion was run from outside its land and parted among three today, so no seat tells
where it went: Києво-Святошинський, around Kyiv and seated in it (the city was no part of
it), whose north is in Бучанський raion today (Білогородка), its south in Фастівський
(Боярка, Гатне) and its east in Обухівський (Ходосівка). :func:`parted_raions` answers those.

A village council (сільська рада, the unit below a raion before hromadas) was named after
its seat in the same way (Кам'янська сільська рада: Кам'янка);
:func:`hromadas_of_seat` answers the hromadas its seats lie in today.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from translit import match_key
from translit.lazyre import lazy_compile
from translit.russian import russian_forms

from .model import Entry, derived, entry_fields

if TYPE_CHECKING:
    from .index import NameIndex

#: The categories of the towns old raions were named after (cities and urban settlements).
SEAT_CATEGORIES = frozenset("MX")
#: ...and of the settlements village councils were named after (villages too).
COUNCIL_SEAT_CATEGORIES = frozenset("MXC")


def seat_stems(key: str) -> set[str]:
    """What a raion's key, less its adjective ending, may be when the raion is named after a
    seat with this key: the key less an ending of up to three letters (its final vowels,
    after a consonant or -ськ, as :data:`_CUT` says), and with the vowel of
    its last syllable as the adjective turns it (Лозова: Лозівський; Полтава: Полтавський),
    or with н after its last vowel (Буча: Бучанський), or -ка as -ків- (Новосілка:
    Новосілківський), a plural's -ки as -ків- (Валки: Валківський), -ія as -ій- (Балаклія:
    Балаклійський)."""
    stems = {key[: len(key) - cut] for cut in range(4) if _CUT.match(key[len(key) - cut :])}
    if key[-1:] in ("a", "e"):
        stems.add(key + "n")
    if key.endswith("ki"):  # a plural (Валки: Валківський, Russian Валковский; Олешки)
        stems.update((key[:-1] + "iv", key[:-1] + "ov"))
    if key[-1:] == "a":
        # -ія, -ея (Балаклія: Балаклійський; Russian Балаклея: Балаклейский; Коломия; the key
        # drops the і of -ія)
        stems.add(key[:-1] + "i")
    if key.endswith("ka") and not key.endswith(("ivka", "ovka")):
        # Новосілка: Новосілківський, Russian Новоселка: Новоселковский (Олександрівка's
        # -івка goes: Олександрівський)
        stems.update((key[:-1] + "iv", key[:-1] + "ov"))
    bare = key.rstrip("aeiou")
    if "o" in bare:
        i = bare.rindex("o")
        stems.add(bare[:i] + "i" + bare[i + 1 :])
    if bare[-1:] == "H":
        # г, х before Russian -ский turn to ж, ш (Печенеги: Печенежский; Кривой Рог:
        # Криворожский; the key holds г, х, ч as one class, H, and ж, ш as another, S)
        stems.add(bare[:-1] + "S")
    return {stem for stem in stems if len(stem) >= 3}


#: What an adjective's stem may drop of its seat's key: final vowels, after one consonant
#: (Полтава, Вінниця, Печеніги: Печенізький, Запоріжжя: Запорізький) or -ськ, -цьк
#: (Вовчанськ, Донецьк); never a vowel and a consonant, which adjectives keep (Печеніжин:
#: Печеніжинський, not Печенізький; Чугуїв, Ніжин).
_CUT = lazy_compile(r"(?:[^aeiou]|[sC]k)?[aeiou]*$")


def raions_of_seat(
    entries: Sequence[Entry], stem: str, index: NameIndex | None = None
) -> tuple[str, ...]:
    """Today's raions of the towns an old raion whose key, less its adjective ending, is
    ``stem`` may be named after (by their names too that ``index`` holds: attested Russian
    and former names); () when no town fits."""
    return _by_stem(entries, index=index).get(stem, ())


#: The endings of an adjective that opens a town's name (Велика, Великий, Великая, Нове).
_FIRST_ENDING = lazy_compile(r"(?:ая|ое|ые|ий|ый|ій|ой|а|е|є|і|и|я)$")


#: Old raions parted among several today (see the module docs): the forms of the old name
#: (official, the spoken Київ-, Russian) -> the oblast's KATOTTG prefix and today's raions.
_PARTED = {
    ("Києво-Святошинський", "Київ-Святошинський", "Киево-Святошинский", "Киев-Святошинский"): (
        "UA32",
        ("Бучанський", "Фастівський", "Обухівський"),
    ),
}

#: The match keys of their names: a name no place bears, so a raion though no word says so.
PARTED_NAMES = frozenset(match_key(name) for names in _PARTED for name in names)


def parted_raions(entries: Sequence[Entry], key: str) -> tuple[str, ...]:
    """Today's raions of an old raion the reform parted among several, whose name has match
    key ``key`` (Києво-Святошинський, Kyievo-Sviatoshynskyi); () for another key."""
    return _parted(entries).get(key, ()) if key in PARTED_NAMES else ()


def _parted(entries: Sequence[Entry]) -> dict[str, tuple[str, ...]]:
    def make() -> dict[str, tuple[str, ...]]:
        rows = entry_fields(entries, "code", "category", "name_uk")
        raions = {(code[:4], name): code for code, kind, name in rows if kind == "P"}
        table: dict[str, tuple[str, ...]] = {}
        for names, (oblast, today) in _PARTED.items():
            codes = tuple(raions[oblast, name] for name in today if (oblast, name) in raions)
            table.update(dict.fromkeys(map(match_key, names), codes) if codes else {})
        return table

    return derived(entries, "old raions parted", make)


def raions_of_renamed_city(entries: Sequence[Entry], key: str, index: NameIndex) -> tuple[str, ...]:
    """Today's raions of the cities whose former name (or its Russian form) an old raion's
    adjective with match key ``key`` is made of: a raion of that name today is one oblast's,
    while another's, seated at a city renamed since, bore the name too (Первомайський:
    Mykolaiv oblast's, seat Первомайськ, and Kharkiv oblast's, seat Первомайський, now
    Златопіль in Лозівський raion). Only a city's (a selyshche renamed from a Soviet name,
    Первомайське, seated no raion); () for none."""
    if not key.endswith("ki"):
        return ()
    return _renamed_cities(entries, index).get(key[:-3], ())


def _renamed_cities(entries: Sequence[Entry], index: NameIndex) -> dict[str, tuple[str, ...]]:
    """Stem -> the raions of the cities whose former names have it; made once per gazetteer."""

    def make() -> dict[str, tuple[str, ...]]:
        rows = entry_fields(entries, "category", "raion_code")
        seating = _seating(entries)
        cities = [i for i, (kind, unit) in enumerate(rows) if kind == "M" and unit and i in seating]
        table: dict[str, dict[str, None]] = {}
        for position in index.positions_of(cities):
            source, text = index.source_of(position), index.text_of[position]
            if source != "former" or index.rank_of[position] or not _CYRILLIC.match(text):
                continue
            unit = entries[index.entry_of[position]].raion_code
            for form in {text, *russian_forms(text, limit=1)}:
                for stem in seat_stems(match_key(compound(form))):
                    table.setdefault(stem, {})[unit] = None
        return {stem: tuple(units) for stem, units in table.items()}

    return derived(entries, "raions of renamed cities", make)


def hromadas_of_seat(
    entries: Sequence[Entry],
    stem: str,
    index: NameIndex | None = None,
    seats: frozenset[str] = COUNCIL_SEAT_CATEGORIES,
) -> tuple[str, ...]:
    """Today's hromadas of the settlements of ``seats`` categories (:func:`council_seats`
    reads them off a council's words) a village council whose key, less its adjective
    ending, is ``stem`` may be named after (a town's by its names ``index`` holds too: a
    Russian council, Печенежский поссовет, of Печеніги, Russian Печенеги); () when none
    fits."""
    return _by_stem(entries, councils=True, index=index, seats=seats).get(stem, ())


def of_council_kind(
    entries: Sequence[Entry], hromadas: Sequence[str], seats: frozenset[str]
) -> list[str]:
    """Those of ``hromadas`` (codes) seated at a settlement of ``seats`` categories, as a
    council's kind says (Чернівецька селищна рада: the hromada seated at the selyshche
    Чернівці, Vinnytsia oblast, not the city's); all of them when none is, or all are."""
    if seats == COUNCIL_SEAT_CATEGORIES:
        return list(hromadas)
    kinds = _seat_kinds(entries)
    kept = [code for code in hromadas if kinds.get(code, frozenset()) & seats]
    return kept or list(hromadas)


def _seat_kinds(entries: Sequence[Entry]) -> dict[str, frozenset[str]]:
    """Hromada code -> the categories of its settlements whose names begin as its own (its
    seat's, by their first three letters); made once per gazetteer."""

    def make() -> dict[str, frozenset[str]]:
        rows = list(entry_fields(entries, "code", "category", "name_uk", "hromada_code"))
        stems = {code: match_key(name)[:3] for code, kind, name, _ in rows if kind == "H"}
        kinds: dict[str, set[str]] = {}
        for _, kind, name, unit in rows:
            if kind in COUNCIL_SEAT_CATEGORIES and stems.get(unit) == match_key(name)[:3]:
                kinds.setdefault(unit, set()).add(kind)
        return {unit: frozenset(found) for unit, found in kinds.items()}

    return derived(entries, "hromada seat kinds", make)


#: A council's kind, by the words that say it, and the categories of its seat: a селищна
#: рада (поселковый совет) sat in an urban settlement, a selyshche today; a сільська рада in
#: a village or a rural selyshche; a міська рада in a city.
_KIND_SEATS = (
    (("селищна", "selyshchna", "поселковая", "поселковый", "поссовет", "селищрада"), "X"),
    (("сільська", "silska", "сельская", "сельский", "сільрада", "сельсовет", "silrada"), "CX"),
    (("міська", "miska", "городская", "городской", "міськрада", "горсовет"), "M"),
)


def council_seats(words: Iterable[str]) -> frozenset[str]:
    """The categories of the settlement a council whose lower-cased ``words`` say its kind
    was seated at (Пісочинська селищна рада: a selyshche, Пісочин, not a village of that
    name); any settlement's when no word, or more than one kind, says it."""
    lowered = set(words)
    kinds = [seats for said, seats in _KIND_SEATS if lowered.intersection(said)]
    return frozenset(kinds[0]) if len(kinds) == 1 else COUNCIL_SEAT_CATEGORIES


def compound(name: str) -> str:
    """Two words of a town's name as a raion's adjective joins them (Велика Олександрівка:
    Великоолександрівка; Великая Александровка: Великоалександровка); the name itself when
    it is one word."""
    words = name.split(" ")
    if len(words) != 2 or len(words[0]) < 4:
        return name
    return f"{_FIRST_ENDING.sub('', words[0])}о{words[1].lower()}"


def raions_of_hromada_named(
    entries: Sequence[Entry], key: str, index: NameIndex | None = None
) -> tuple[str, ...]:
    """Today's raions of the hromadas whose name is the feminine of an old raion's adjective
    with match key ``key`` (Бродівський: Бродівська громада, seated at Броди) and which hold
    a city or selyshche it is named after (its key's first three letters): the reform
    mostly named a town's hromada as its old raion had been, so this reads the adjectives
    whose seats the rules of :func:`seat_stems` miss (a plural: Броди, Чорнухи; Буськ:
    Буський; Мирне: Мирнівський); () for none. With ``index``, not a hromada named since
    the reform (Шахтарська, Першотравенська until 2024)."""
    if not key.endswith("ki"):
        return ()
    return _hromada_adjectives(entries, index).get(key[:-1] + "a", ())


def _hromada_adjectives(
    entries: Sequence[Entry], index: NameIndex | None
) -> dict[str, tuple[str, ...]]:
    """Match key of a hromada's name (or of its Russian form: Бродовская) -> the raions of
    the hromadas so named that hold a town whose key begins as theirs; made once per
    gazetteer."""

    def make() -> dict[str, tuple[str, ...]]:
        rows = list(
            entry_fields(entries, "code", "category", "name_uk", "raion_code", "hromada_code")
        )
        renamed = _renamed_since_reform(index, rows, 1, "H") if index is not None else ()
        hromadas = {
            code: (name, raion)
            for i, (code, kind, name, raion, _) in enumerate(rows)
            if kind == "H" and i not in renamed
        }
        seated: dict[str, None] = {}
        for _, kind, name, _, unit in rows:
            if (
                kind in SEAT_CATEGORIES
                and unit in hromadas
                and match_key(name)[:3] == match_key(hromadas[unit][0])[:3]
            ):
                seated[unit] = None
        table: dict[str, dict[str, None]] = {}
        for unit in seated:
            name, raion = hromadas[unit]
            for text in (name, *russian_forms(name, limit=1)):
                if raion:
                    table.setdefault(match_key(text), {})[raion] = None
        return {key: tuple(raions) for key, raions in table.items()}

    name = "raions of hromadas by their towns" + (" named before 2020" if index else "")
    return derived(entries, name, make, stored_by=__file__)


def _by_stem(
    entries: Sequence[Entry],
    councils: bool = False,
    index: NameIndex | None = None,
    seats: frozenset[str] = COUNCIL_SEAT_CATEGORIES,
) -> dict[str, tuple[str, ...]]:
    """Stem -> the raions of the towns (or, for ``councils``, the hromadas of the
    settlements of ``seats`` categories) whose names have it; made once per gazetteer (and
    index)."""
    seats = seats if councils else SEAT_CATEGORIES

    def make() -> dict[str, tuple[str, ...]]:
        table: dict[str, dict[str, None]] = {}
        field = "hromada_code" if councils else "raion_code"
        rows = list(entry_fields(entries, "category", "name_uk", field))
        named = _names_known(index, rows, _seating(entries)) if index is not None else {}
        renamed = (
            _renamed_since_reform(index, rows, 0, seats)
            if index is not None and not councils
            else ()
        )
        for i, (category, name, unit) in enumerate(rows):
            if category not in seats or not unit:
                continue
            # its name, and a town's Russian form (Великоалександровский район; a council's
            # Russian name, сельсовет, is another word); not a name given since the old
            # raions were (Шахтарське, Першотравенськ until 2024: no Шахтарський район)
            texts = set() if i in renamed else {name}
            if not councils and i not in renamed:
                texts.update(russian_forms(name, limit=1))
            for text in texts | named.get(i, set()):
                for stem in seat_stems(match_key(compound(text))):
                    table.setdefault(stem, {})[unit] = None
        return {stem: tuple(units) for stem, units in table.items()}

    name = f"council seats {''.join(sorted(seats))}" if councils else "raion seats"
    if index is not None:
        name += " and their known names"
    return derived(entries, name, make, stored_by=__file__)


#: The name sources whose forms of a seat name an old raion too: a Russian name attested
#: (Ясиноватая, Славянск; not the rule's guesses, which the town's own form gives) and a
#: former name (Артемівськ, Артемовск; Тельманове).
_KNOWN_SOURCES = ("former", "exonyms")
_CYRILLIC = lazy_compile(r"^[\u0400-\u04ff' ’-]+$")


def _names_known(
    index: NameIndex, rows: Iterable[tuple[str, ...]], seating: frozenset[int]
) -> dict[int, set[str]]:
    """Entry position -> the index's attested Cyrillic names of the towns among ``rows``
    that seat their hromada (``seating``: a selyshche once Октябрське, Біюк-Онлар or
    Керменчик, seated no raion, while Тельманове, now Бойківське, did and seats Бойківська
    громада), former names in Ukrainian with their Russian form by rule as well: Тельманове:
    Тельманово."""
    towns = [
        i for i, (category, *_) in enumerate(rows) if category in SEAT_CATEGORIES and i in seating
    ]
    known: dict[int, set[str]] = {}
    for position in index.positions_of(towns):
        source, text = index.source_of(position), index.text_of[position]
        if source not in _KNOWN_SOURCES or index.rank_of[position] or not _CYRILLIC.match(text):
            continue
        names = known.setdefault(index.entry_of[position], set())
        names.add(text)
        if source == "former":
            names.update(russian_forms(text, limit=1))
    return known


#: The first codifier edition after the reform of 2020 (January 2021): a town whose name
#: today first appears in a later edition bore another when the old raions were named.
_REFORM_EDITION = 2021
_YEAR = lazy_compile(r"^(\d{4}) KATOTTG codifier diff")


def _renamed_since_reform(
    index: NameIndex, rows: Iterable[tuple[str, ...]], column: int, categories: Iterable[str]
) -> frozenset[int]:
    """Entry positions of the units among ``rows`` (whose field ``column`` is a category in
    ``categories``) whose name today a codifier edition after :data:`_REFORM_EDITION` gave
    them (their former name's note says its year)."""
    wanted = frozenset(categories)
    towns = [i for i, row in enumerate(rows) if row[column] in wanted]
    found = set()
    for position in index.positions_of(towns):
        if index.source_of(position) == "former":
            m = _YEAR.match(index.form(position).note)
            if m and int(m[1]) > _REFORM_EDITION:
                found.add(index.entry_of[position])
    return frozenset(found)


def _seating(entries: Sequence[Entry]) -> frozenset[int]:
    """Positions of the cities and selyshches that seat their hromada today: its name
    begins as theirs (their first three letters: Бахмут, Бахмутська); made once per
    gazetteer."""

    def make() -> frozenset[int]:
        rows = list(entry_fields(entries, "code", "category", "name_uk", "hromada_code"))
        hromadas = {code: match_key(name)[:3] for code, kind, name, _ in rows if kind == "H"}
        return frozenset(
            i
            for i, (_, kind, name, unit) in enumerate(rows)
            if kind in SEAT_CATEGORIES and hromadas.get(unit) == match_key(name)[:3]
        )

    return derived(entries, "towns seating their hromada", make)
