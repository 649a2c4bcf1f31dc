"""The countries other than Ukraine by their names (``data/countries.tsv``, from GeoNames and
ISO 3166-1 with its Ukrainian and Russian translations), and the forms texts use that the
table lacks: the neighbours' names declined as news decline them (в России, у Польщі), short
forms (РФ, USA, UK) and the common names (Россия, Англия)."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from .storage import cached_table, data_file, read_table

if TYPE_CHECKING:
    from importlib.abc import Traversable

#: Forms the table lacks, by ISO 3166-1 code (hand-kept).
_OTHER_FORMS = {
    "RU": (
        "russia", "rf", "рф", "росія", "росії", "росію", "росією", "россия", "россии",
        "россию", "россией",
    ),
    "BY": ("білорусі", "білоруссю", "беларуси", "белоруссия", "белоруссии"),
    "MD": ("молдові", "молдову", "молдавии"),
    "PL": ("польща", "польщі", "польша", "польше"),
    "RO": ("румунії", "румынии"),
    "HU": ("угорщині",),
    "TR": ("turkey", "туреччина", "турция"),
    "DE": ("германия",),
    "US": ("usa", "us", "united states of america", "сша"),
    "GB": ("uk", "великобританія", "великобритания", "england", "англія", "англия",
           "scotland", "great britain"),
    "CZ": ("czech republic", "чехия"),
    "NL": ("нидерланды",),
    "SY": ("сирия",),
}  # fmt: skip
#: Countries that occupy land of Ukraine: their name beside a Ukrainian city is an
#: occupier's label, no place abroad (Kherson, Russia).
OCCUPIERS = frozenset({"RU"})


def lowered(text: str) -> str:
    """``text`` as word lists are written: lower case, without the full stops around it,
    its spaces one and its apostrophe straight (``L’Ukraine.`` as ``l'ukraine``).

    >>> lowered(" Russian   Federation. "), lowered("L’Ukraine")
    ('russian federation', "l'ukraine")
    """
    return " ".join(text.strip().strip(".:").lower().replace("’", "'").split())


def plain(text: str) -> str:
    """``text`` as the names here are compared: :func:`lowered`, and ё as е."""
    return lowered(text).replace("ё", "е")


def country_code(text: str) -> str:
    """The ISO 3166-1 code of the country other than Ukraine ``text`` names, or "".

    >>> country_code("России"), country_code("Republic of Moldova"), country_code("Kyiv")
    ('RU', 'MD', '')
    """
    return _by_name().get(plain(text), "")


@lru_cache(maxsize=1)
def _by_name() -> dict[str, str]:
    """Each name's country code: the table's, then the hand-kept forms (kept in the disk
    cache: made, it cost a process's first lookup some 5 ms)."""
    source = data_file("countries.tsv")
    return cached_table("country-names", [source, Path(__file__)], lambda: _names(source))


def _names(source: Traversable | Path) -> dict[str, str]:
    found: dict[str, str] = {}
    if source.is_file():
        for row in read_table(source):
            found.setdefault(plain(row["name"]), row["code"])
    for code, forms in _OTHER_FORMS.items():
        for form in forms:
            found.setdefault(plain(form), code)
    found.pop("ukraine", None)
    return found


#: Postal abbreviations that are words too (a status, a preposition, a compass point): beside
#: a name the word is likelier (Kharkiv, OK; Kharkiv, IN; Izium, NE), the state only after a
#: city's name abroad (Odessa, OK).
_WORDS_TOO = frozenset({"ok", "in", "on", "or", "me", "hi", "oh", "ne"})
#: Words before or after a state's name that say what it is (штат Техас, Ontario province).
_STATE_WORDS = frozenset({"штат", "state", "провінція", "провинция", "province", "of"})


def state_country(text: str, after_city: bool) -> str:
    """The country (``US``, ``CA``) of the state, province or territory ``text`` names
    (``data/states_abroad.tsv``), or "": by its name in English, Ukrainian or Russian
    (Texas, Техас, штат Техас, Онтаріо) anywhere beside a name; by its postal abbreviation
    in capitals beside a name (Kamianka, AZ: no oblast of Ukraine is so written), and in
    small letters, or when it is a word too (OK, IN), only ``after_city``, a city's name
    abroad before it (Odessa, tx; Odessa, OK).

    >>> state_country("штат Техас", False), state_country("TX", False), state_country("tx", False)
    ('US', 'US', '')
    >>> state_country("OK", False), state_country("OK", True)
    ('', 'US')
    """
    words = plain(text).split()
    while len(words) > 1 and words[0] in _STATE_WORDS:
        words.pop(0)
    while len(words) > 1 and words[-1] in _STATE_WORDS:
        words.pop()
    found = _states().get(" ".join(words))
    if found is None:
        return ""
    country, kind = found
    maybe_a_word = not text.strip().isupper() or words[0] in _WORDS_TOO  # (tx; OK, IN)
    if kind == "abbr" and maybe_a_word and not after_city:
        return ""
    return country


@lru_cache(maxsize=1)
def _states() -> dict[str, tuple[str, str]]:
    """Each state's or province's name and abbreviation: (its country, the kind of text)."""
    source = data_file("states_abroad.tsv")
    if not source.is_file():
        return {}
    return {plain(row["name"]): (row["country"], row["kind"]) for row in read_table(source)}
