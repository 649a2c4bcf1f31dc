"""The registry of transliteration standards: their names, what each one is, and where its
rules come from (``translit/rules/<name>.txt`` or an ICU built-in transform)."""

from __future__ import annotations

from dataclasses import dataclass

__all__ = [
    "DEFAULT_STANDARD",
    "REGISTRY",
    "STANDARDS",
    "Standard",
    "UnknownStandardError",
    "get_standard",
    "standards",
]

DEFAULT_STANDARD = "kmu2010"


class UnknownStandardError(ValueError):
    """A standard name that is not in the registry; the message lists the valid ones."""

    def __init__(self, name: object) -> None:
        self.name = name
        valid = ", ".join(REGISTRY)
        super().__init__(f"unknown standard {name!r}; valid standards: {valid}")


@dataclass(frozen=True)
class Standard:
    """One registered standard: where its rules come from and what it is."""

    name: str
    language: str  #: ISO 639-1 code of the Cyrillic language it romanises
    description: str
    rules: str = ""  #: file under ``translit/rules/``, or empty
    icu_id: str = ""  #: ID of an ICU built-in transform, or empty
    ascii: bool = False  #: fold the result to plain ASCII
    base: str = ""  #: a standard whose transform the rules build on with ``::``
    #: whether the letter-table fast path (:mod:`translit.fast`) may serve it: its checks
    #: see one letter either side of a letter or pair, not rules that read a first pass
    fast: bool = True

    @property
    def icu_name(self) -> str:
        """The ID this standard's transform has inside ICU (a variant may not contain "-")."""
        return self.icu_id or f"{self.language}-Latin/{self.name.replace('-', '')}"


STANDARDS: tuple[Standard, ...] = (
    Standard(
        "kmu2010",
        "uk",
        "Ukrainian, national standard: KMU resolution No. 55 of 27 January 2010",
        rules="kmu2010.txt",
    ),
    Standard(
        "bgn",
        "uk",
        "Ukrainian, BGN/PCGN 1965 (ICU Ukrainian-Latin/BGN)",
        rules="bgn.txt",
    ),
    Standard(
        "iso9",
        "uk",
        "Ukrainian, ISO 9:1995 (one Latin letter per Cyrillic letter)",
        rules="iso9.txt",
    ),
    Standard(
        "scholarly",
        "uk",
        "Ukrainian, scholarly (Czech-style) transliteration",
        rules="scholarly.txt",
    ),
    Standard(
        "alalc",
        "uk",
        "Ukrainian, ALA-LC romanization tables (Library of Congress)",
        rules="alalc.txt",
    ),
    Standard(
        "ascii",
        "uk",
        "Ukrainian, KMU 2010 and any other script folded to plain ASCII",
        rules="ascii.txt",
        ascii=True,
        base="kmu2010",
    ),
    Standard(
        "ru-bgn",
        "ru",
        "Russian, BGN/PCGN 1947 (ICU Russian-Latin/BGN)",
        rules="ru-bgn.txt",
        fast=False,  # two passes; the second reads the first one's Latin (e after э)
    ),
    Standard(
        "ru-iso9",
        "ru",
        "Russian, ISO 9:1995 (one Latin letter per Cyrillic letter)",
        rules="ru-iso9.txt",
    ),
    Standard(
        "ru-passport",
        "ru",
        "Russian, ICAO Doc 9303 as in Russian passports since 2013",
        rules="ru-passport.txt",
    ),
    Standard(
        "ru-ascii",
        "ru",
        "Russian, BGN/PCGN without marks or primes, plain ASCII",
        rules="ru-ascii.txt",
        ascii=True,
        base="ru-bgn",
        fast=False,  # built on Russian-Latin/BGN
    ),
    Standard(
        "be-bgn",
        "be",
        "Belarusian, BGN/PCGN 1979 (ICU Belarusian-Latin/BGN)",
        rules="be-bgn.txt",
    ),
    Standard(
        "be-national",
        "be",
        "Belarusian, national instruction for geographic names (2007)",
        rules="be-national.txt",
    ),
)

REGISTRY: dict[str, Standard] = {s.name: s for s in STANDARDS}


def standards() -> dict[str, str]:
    """Every registered standard, name -> one-line description, in a fixed order."""
    return {s.name: s.description for s in STANDARDS}


def get_standard(name: str) -> Standard:
    """The :class:`Standard` called ``name``; :class:`UnknownStandardError` if none is."""
    try:
        return REGISTRY[name]
    except (KeyError, TypeError):
        raise UnknownStandardError(name) from None
