"""The larger cities outside Ukraine (``data/foreign_cities.tsv``, from GeoNames).

Reports of the war name Russian cities beside Ukrainian ones (strikes on Krasnodar,
Voronezh, Novorossiysk), and other texts name the world's (Paris, Berlin). Each such name
meets some Ukrainian place: a village a typo away (Краснодарка), one so named (Вороніж, in
Russian Воронеж), or one that bore the name once (Веселий Кут was the German colony Paris).
Such an answer is never sure when the place is smaller than the foreign city: the text
more likely means the city.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

from translit import match_key

from .storage import data_file, fingerprint, load_cached, read_table, store_cached


class ForeignCity(NamedTuple):
    """A city outside Ukraine, as GeoNames gives it."""

    name: str
    country: str  #: ISO 3166-1 alpha-2 code
    population: int


def foreign_city(name: str) -> ForeignCity | None:
    """The most populous city outside Ukraine whose name (or Cyrillic alternate name) is
    ``name``, in any letter case, accents and apostrophes aside; None when there is none.

    The very letters, not a match key: Афины (Athens) is no reading of the village Afiny.
    """
    found = _by_key().get(_plain(name))
    return ForeignCity(*found) if found is not None else None


def may_be_foreign(name: str) -> bool:
    """Whether ``name``'s match key is some city abroad's (a cheap gate before reading a
    Latin name in another script's letters: Mogilev, Могилёв)."""
    return match_key(name) in _foreign_keys()


@lru_cache(maxsize=1)
def _foreign_keys() -> frozenset[str]:
    """The match keys of every name of :func:`_by_key`, cached as the index is (keying
    15,000 names costs a process's first typo some 100 ms; reading them back, a few)."""
    from .katottg import keyed_code  # (translit's files: what a key is made by)

    source = data_file("foreign_cities.tsv")
    key = fingerprint(
        source.read_bytes() if source.is_file() else b"-",
        Path(__file__).read_bytes(),
        *(p.read_bytes() for p in keyed_code()),
    )
    cached = load_cached("foreign-city-keys", key)
    if cached is not None:
        return cached  # type: ignore[no-any-return]
    keys = frozenset(match_key(name) for name in _by_key())
    store_cached("foreign-city-keys", key, keys)
    return keys


def foreign_countries(name: str) -> frozenset[str]:
    """The countries (ISO 3166-1 codes) with a city outside Ukraine named ``name``, read as
    :func:`foreign_city` reads it (Odessa: US)."""
    return _countries_by_key().get(_plain(name), frozenset())


@lru_cache(maxsize=1)
def _countries_by_key() -> dict[str, frozenset[str]]:
    """Each name's countries (read only when a country stands beside a name)."""
    source = data_file("foreign_cities.tsv")
    found: dict[str, set[str]] = {}
    if source.is_file():
        for row in read_table(source):
            found.setdefault(_plain(row["name"]), set()).add(row["country"])
    return {key: frozenset(codes) for key, codes in found.items()}


@lru_cache(maxsize=8192)  # a query asks up to three times (said_abroad, named_abroad)
def _plain(name: str) -> str:
    """``name`` in lower case, without accents, apostrophes, and with one space for any gap."""
    decomposed = unicodedata.normalize("NFD", name.casefold())
    kept = "".join(c for c in decomposed if not unicodedata.combining(c) and c not in _MARKS)
    return unicodedata.normalize("NFC", " ".join(kept.replace("-", " ").split()))


_MARKS = frozenset("'’ʼ`ʻ")


@lru_cache(maxsize=1)
def _by_key() -> dict[str, tuple[str, str, int]]:
    """Each name's city, as plain tuples (they unpickle faster: a lookup's start pays it)."""
    source = data_file("foreign_cities.tsv")
    key = fingerprint(
        source.read_bytes() if source.is_file() else b"-", Path(__file__).read_bytes()
    )
    cached = load_cached("foreign-city-names", key)
    if cached is not None:
        return cached  # type: ignore[no-any-return]
    found: dict[str, tuple[str, str, int]] = {}
    if source.is_file():
        for row in read_table(source):
            city = (row["name"], row["country"], int(row["population"] or 0))
            held = found.get(plain := _plain(row["name"]))
            if held is None or city[2] > held[2]:
                found[plain] = city
    store_cached("foreign-city-names", key, found)
    return found
