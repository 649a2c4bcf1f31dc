"""The registry of transliteration standards and :func:`transliterate`.

Each standard is a set of ICU transform rules, shipped as ``translit/rules/<name>.txt``, or
the ID of a transform built into ICU where that one is exactly the published table. A
standard is compiled on first use, once, under a lock, and cached.

A Cyrillic letter outside a standard's alphabet (Russian ы under KMU 2010, Ukrainian ї
under a Russian standard) is written by ISO 9:1995; whatever is left in a script other than
Latin (Greek, Georgian, Arabic, CJK...) goes through ICU's ``Any-Latin``; the ASCII
standards then fold everything to plain ASCII.

>>> transliterate("Любимівка")
'Liubymivka'
>>> transliterate("Біла Церква", "bgn")
'Bila Tserkva'
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import icu
from unidecode import unidecode

from .fast import FastTable, build_table

__all__ = [
    "DEFAULT_STANDARD",
    "Standard",
    "UnknownStandardError",
    "clear_caches",
    "get_standard",
    "standards",
    "to_latin",
    "transliterate",
]

DEFAULT_STANDARD = "kmu2010"


class UnknownStandardError(ValueError):
    """A standard name that is not in the registry; the message lists the valid ones."""

    def __init__(self, name: object) -> None:
        self.name = name
        valid = ", ".join(_REGISTRY)
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


_STANDARDS: tuple[Standard, ...] = (
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
        icu_id="Ukrainian-Latin/BGN",
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
        icu_id="Russian-Latin/BGN",
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
        fast=False,  # built on Russian-Latin/BGN
    ),
    Standard(
        "be-bgn",
        "be",
        "Belarusian, BGN/PCGN 1979 (ICU Belarusian-Latin/BGN)",
        icu_id="Belarusian-Latin/BGN",
    ),
    Standard(
        "be-national",
        "be",
        "Belarusian, national instruction for geographic names (2007)",
        rules="be-national.txt",
    ),
)

_REGISTRY: dict[str, Standard] = {s.name: s for s in _STANDARDS}

# What a standard's rules leave: a Cyrillic letter outside its alphabet goes by ISO 9 (which
# covers Ukrainian, Russian and Belarusian), letters and marks of any other script by ICU's
# Any-Latin.
_CYRILLIC_LETTERS = "[[:Cyrillic:] & [:L:]]"
_OTHER_SCRIPTS = "[[[:L:][:M:]] - [:Latin:] - [:Inherited:] - [:Common:]]"
_CYRILLIC_RULES = f":: {_CYRILLIC_LETTERS} uk-Latin/iso9 ; :: {_CYRILLIC_LETTERS} ru-Latin/ruiso9 ;"
_FALLBACK_RULES = f":: {_OTHER_SCRIPTS} Any-Latin ;"
_ASCII_RULES = ":: Latin-ASCII ; :: NFD ; :: [:Mn:] Remove ; :: NFC ;"

_lock = threading.RLock()
_compiled: dict[str, icu.Transliterator] = {}
_fast: dict[str, FastTable | None] = {}


def standards() -> dict[str, str]:
    """Every registered standard, name -> one-line description, in a fixed order."""
    return {s.name: s.description for s in _STANDARDS}


def get_standard(name: str) -> Standard:
    """The :class:`Standard` called ``name``; :class:`UnknownStandardError` if none is."""
    try:
        return _REGISTRY[name]
    except (KeyError, TypeError):
        raise UnknownStandardError(name) from None


def _compile_rules(icu_name: str, rules: str) -> icu.Transliterator:
    return icu.Transliterator.createFromRules(icu_name, rules, icu.UTransDirection.FORWARD)


def _rules_text(filename: str) -> str:
    return resources.files("translit.rules").joinpath(filename).read_text(encoding="utf-8")


def _transliterator(key: str) -> icu.Transliterator:
    """The compiled transform for a standard name or an internal key, built once."""
    found = _compiled.get(key)
    if found is not None:
        return found
    with _lock:
        found = _compiled.get(key)
        if found is not None:
            return found
        if key == "_cyrillic":
            _transliterator("iso9")
            _transliterator("ru-iso9")
            found = _compile_rules("Cyrillic-Latin/placematch", _CYRILLIC_RULES)
        elif key == "_fallback":
            found = _compile_rules("Any-Latin/placematch", _FALLBACK_RULES)
        elif key == "_ascii":
            found = _compile_rules("Any-ASCII/placematch", _ASCII_RULES)
        else:
            std = _REGISTRY[key]
            if std.base:
                _transliterator(std.base)
            if std.icu_id:
                found = icu.Transliterator.createInstance(std.icu_id)
            else:
                found = _compile_rules(std.icu_name, _rules_text(std.rules))
                # Registered so that the rules of another standard can build on it (`::`).
                icu.Transliterator.registerInstance(found)
        _compiled[key] = found
        return found


def _fast_table(name: str) -> FastTable | None:
    """The letter-table fast path of a standard (see :mod:`translit.fast`), built once."""
    try:
        return _fast[name]
    except KeyError:
        pass
    std = _REGISTRY[name]
    compiled = _transliterator(name)
    with _lock:
        if name not in _fast:
            _fast[name] = (
                build_table(lambda text: _finish(compiled.transliterate(text), std.ascii))
                if std.fast
                else None
            )
        return _fast[name]


def _needs_fallback(text: str) -> bool:
    return any(ch.isalpha() and not _is_latin(ch) for ch in set(text))


def _has_cyrillic(text: str) -> bool:
    return any("\u0400" <= ch <= "\u052f" for ch in text)


@lru_cache(maxsize=4096)
def _is_latin(ch: str) -> bool:
    return _LATIN.contains(ch)


_LATIN = icu.UnicodeSet("[[:Latin:][:Common:][:Inherited:]]")


# Invisible characters that would split a word in two (and so change word-initial rules):
# zero-width space, non-joiner, joiner, word joiner, byte-order mark, soft hyphen.
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"))


def _fold_ascii(text: str) -> str:
    """Last resort for the ASCII standards: unidecode, lone surrogates dropped first."""
    text = "".join(ch for ch in text if not "\ud800" <= ch <= "\udfff")
    return unidecode(text)


def _latin_letter(ch: str) -> str:
    """A letter ICU left in another script, by unidecode; kept as it is if that fails."""
    if _is_latin(ch) or not ch.isalpha():
        return ch
    return unidecode(ch) or ch


# Runs of non-ASCII characters, at most 64 long: ICU's Any-Latin is slow on long text, so
# the fallbacks go run by run (words, mostly), each run cached.
_NON_ASCII_RUN = re.compile("[^\\x00-\\x7f]{1,64}")


@lru_cache(maxsize=16384)
def _other_run(run: str) -> str:
    """A run of non-ASCII text with its Cyrillic by ISO 9 and other scripts by Any-Latin."""
    if not _needs_fallback(run):
        return run
    if _has_cyrillic(run):
        run = _transliterator("_cyrillic").transliterate(run)
    return _transliterator("_fallback").transliterate(run)


@lru_cache(maxsize=16384)
def _ascii_run(run: str) -> str:
    """A run of non-ASCII Latin text folded to ASCII."""
    run = _transliterator("_ascii").transliterate(run)
    return run if run.isascii() else _fold_ascii(run)


def _finish(text: str, ascii: bool) -> str:
    """Send what is left in other scripts through Any-Latin, and fold to ASCII if asked."""
    if text.isascii():
        return text
    if _needs_fallback(text):
        text = _NON_ASCII_RUN.sub(lambda m: _other_run(m.group()), text)
    if ascii:
        text = _NON_ASCII_RUN.sub(lambda m: _ascii_run(m.group()), text)
    elif _needs_fallback(text):
        text = "".join(_latin_letter(ch) for ch in text)
    return text


def _check_text(text: object, func: str) -> None:
    if not isinstance(text, str):
        raise TypeError(f"{func}() expects str, got {type(text).__name__}")


def transliterate(text: str, standard: str = DEFAULT_STANDARD) -> str:
    """Romanise ``text`` by ``standard`` (see :func:`standards`).

    Cyrillic goes by the standard's table; Latin and other characters pass through; other
    scripts go through ICU ``Any-Latin``. Zero-width characters and soft hyphens are dropped
    (they would split a word and change its word-initial spellings). Raises
    :class:`TypeError` for a non-string and :class:`UnknownStandardError` for an unknown
    standard.

    >>> transliterate("ЩЕРБУХИ")
    'SHCHERBUKHY'
    """
    try:
        memo, convert, std = _state[standard]
    except (KeyError, TypeError):  # first use, an unknown or an unhashable standard
        return _first_use(text, standard)
    if text.__class__ is not str:  # not a string, or a subclass that may hash otherwise
        _check_text(text, "transliterate")
        text = str(text)
    found = memo.get(text)
    if found is not None:
        return found
    if text.isascii():
        return text
    found = convert(text)
    if found is None:
        found = _slow(text, std)
    if len(text) <= _CACHED_LENGTH:
        if len(memo) >= _MEMO_SIZE:
            memo.clear()
        memo[text] = found
    return found


# Place names repeat (19 villages are called Любимівка): short strings are remembered, per
# standard, up to _MEMO_SIZE of them (then the memo starts again).
_CACHED_LENGTH = 64
_MEMO_SIZE = 32768
# A standard's fast table (20-100 ms to build and check) is built once it has romanised
# this many strings through ICU, so that a one-off call does not pay for it.
_WARM_UP = 32

# Standard name -> (memo, the fast path or a function that declines, the standard).
_state: dict[str, tuple[dict[str, str], Callable[[str], str | None], Standard]] = {}


def _decline(text: str) -> None:
    """The fast path of a standard that has none."""
    return None


def _first_use(text: str, standard: str) -> str:
    """:func:`transliterate` before the standard's state is set up: check, set up, go."""
    _check_text(text, "transliterate")
    std = get_standard(standard)
    with _lock:
        if std.name not in _state:
            if std.name in _fast:  # built already
                fast = _fast[std.name]
                convert = fast.convert if fast is not None else _decline
            else:
                convert = _warming_up(std) if std.fast else _decline
            _state[std.name] = ({}, convert, std)
    return transliterate(text, std.name)


def _warming_up(std: Standard) -> Callable[[str], str | None]:
    """A fast path that declines ``_WARM_UP`` strings, then builds the table and hands over."""
    count = iter(range(_WARM_UP))

    def convert(text: str) -> str | None:
        if next(count, None) is not None:
            return None
        fast = _fast_table(std.name)
        with _lock:
            state = _state.get(std.name)
            if state is not None and state[1] is convert:
                _state[std.name] = (state[0], fast.convert if fast is not None else _decline, std)
        return fast.convert(text) if fast is not None else None

    return convert


def _slow(text: str, std: Standard) -> str:
    """The reference path: the standard's ICU transform, then :func:`_finish`."""
    text = text.translate(_INVISIBLE)
    return _finish(_transliterator(std.name).transliterate(text), std.ascii)


def to_latin(text: str, standard: str = DEFAULT_STANDARD) -> str:
    """Any script to plain Latin without marks: Cyrillic by ``standard``, the rest by ICU.

    This is the form that match keys are built from.

    >>> to_latin("Запоріжжя Αθήνα")
    'Zaporizhzhia Athena'
    """
    _check_text(text, "to_latin")
    std = get_standard(standard)
    if text.isascii():
        return text
    text = text.translate(_INVISIBLE)
    return _finish(_transliterator(std.name).transliterate(text), ascii=True)


def clear_caches() -> None:
    """Forget every compiled transform (they are rebuilt on next use)."""
    with _lock:
        _compiled.clear()
        _fast.clear()
        _state.clear()
        _other_run.cache_clear()
        _ascii_run.cache_clear()
