"""The reference path of each standard: its ICU transform, compiled once, and what finishes
its output.

A standard's transform is compiled on first use, once, under :data:`LOCK`, and cached. What
its rules leave goes on: a Cyrillic letter outside the standard's alphabet by ISO 9:1995,
whatever is left in a script other than Latin through ICU's ``Any-Latin``; the ASCII
standards then fold everything to plain ASCII (see :func:`finish`).
"""

from __future__ import annotations

import threading
from functools import lru_cache
from typing import TYPE_CHECKING

from unidecode import unidecode

from .lazyre import lazy_compile
from .registry import REGISTRY

if TYPE_CHECKING:
    import icu

__all__ = ["LOCK", "clear", "finish", "transform", "transform_for"]

# What a standard's rules leave: a Cyrillic letter outside its alphabet goes by ISO 9 (which
# covers Ukrainian, Russian and Belarusian), letters and marks of any other script by ICU's
# Any-Latin.
_CYRILLIC_LETTERS = "[[:Cyrillic:] & [:L:]]"
_OTHER_SCRIPTS = "[[[:L:][:M:]] - [:Latin:] - [:Inherited:] - [:Common:]]"
_CYRILLIC_RULES = f":: {_CYRILLIC_LETTERS} uk-Latin/iso9 ; :: {_CYRILLIC_LETTERS} ru-Latin/ruiso9 ;"
_FALLBACK_RULES = f":: {_OTHER_SCRIPTS} Any-Latin ;"
_ASCII_RULES = ":: Latin-ASCII ; :: NFD ; :: [:Mn:] Remove ; :: NFC ;"

# A capital's case follows its word. ICU's BGN tables write a capital spelt with two Latin
# letters (Ж: Zh) in title case only before a small letter they expect: alone (an initial,
# Ч.), before a letter outside their alphabet (Щёкино under Ukrainian BGN, Жика under
# Belarusian) or before what their own first pass rewrote (Жэка: Ж·e under Russian BGN) they
# write it in capitals (ZH). A rules file that names CASE_MARK before its ICU table and
# CASE_TITLE after it has such a capital romanised as its small letter is, then its first
# Latin letter raised: a capital at the start of a word, before a small letter or alone. One
# beside a capital (or after an apostrophe after one) is left to the table: ALL CAPS. One at
# the start of a word before an apostrophe and a capital (Х’ЮСТОН) has all its Latin letters
# raised (KHʺ): the Ukrainian and Belarusian tables count the apostrophe a small letter (Khʺ).
#: The pass before the table: the capital to its small letter, after a mark (a noncharacter).
CASE_MARK = "Any-CaseMark/placematch"
#: The pass after it: the first letter after the mark raised (all, after the second mark),
#: the marks dropped.
CASE_TITLE = "Any-CaseTitle/placematch"
_CASE_RULES = {
    CASE_MARK: r"""
        :: NFC ;
        $letter = [[:L:][:M:]] ;
        $cap = [[:Cyrillic:] & [:Lu:]] ;
        $apostrophe = [\u2019 \u0027 \u02BC \u0060] ;
        $letter $apostrophe? { ($cap) → $1 ;
        ($cap) } $apostrophe [:Lu:] → \uFDD1 &Any-Lower($1) ;
        ($cap) } [:Ll:] → \uFDD0 &Any-Lower($1) ;
        ($cap) } $letter → $1 ;
        ($cap) → \uFDD0 &Any-Lower($1) ;
    """,
    CASE_TITLE: r"""
        \uFDD0 ([:Ll:]) → &Any-Upper($1) ; \uFDD0 → ;
        \uFDD1 ([:Ll:]+) → &Any-Upper($1) ; \uFDD1 → ;
    """,
}

# The case passes cost Russian BGN two more ICU passes a name (2.4x the time), and change
# nothing on text where each Cyrillic capital is followed by a small Cyrillic letter other
# than э and ы (which its first pass may rewrite: Жэка, Яык): there the table already writes
# the capital in title case (Жуков: Zhukov). Such text, if it holds nothing but ASCII,
# Cyrillic and apostrophes, goes through the table alone (:func:`transform_for`), and so
# does Russian ASCII's, built on Russian BGN.
_CASE_IDLE = {"ru-bgn": "_ru-bgn-table", "ru-ascii": "_ru-ascii-table"}
_CASE_BUSY = lazy_compile(
    "[^\x00-\x7f\u0400-\u045f\u2019\u02bc]|[\u0400-\u042f](?![\u0430-\u044a\u044c\u044e-\u045f])"
)

#: Held while a transform, or anything built from one, is compiled and cached.
LOCK = threading.RLock()
_compiled: dict[str, icu.Transliterator] = {}


def _compile_rules(icu_name: str, rules: str) -> icu.Transliterator:
    import icu  # (here and below, where used: a start that spells nothing need not load ICU)

    return icu.Transliterator.createFromRules(icu_name, rules, icu.UTransDirection.FORWARD)


def _rules_text(filename: str) -> str:
    from importlib import resources  # (here, where read: a start need not import it)

    return resources.files("translit.rules").joinpath(filename).read_text(encoding="utf-8")


def _register_case_passes() -> None:
    """Register :data:`CASE_MARK` and :data:`CASE_TITLE` for rules files to name (``::``)."""
    import icu

    for name, rules in _CASE_RULES.items():
        if name not in _compiled:
            _compiled[name] = _compile_rules(name, rules)
            icu.Transliterator.registerInstance(_compiled[name])


def transform(key: str) -> icu.Transliterator:
    """The compiled transform for a standard name or an internal key, built once."""
    found = _compiled.get(key)
    if found is not None:
        return found
    import icu

    with LOCK:
        found = _compiled.get(key)
        if found is not None:
            return found
        _register_case_passes()
        if key == "_cyrillic":
            transform("iso9")
            transform("ru-iso9")
            found = _compile_rules("Cyrillic-Latin/placematch", _CYRILLIC_RULES)
        elif key == "_fallback":
            found = _compile_rules("Any-Latin/placematch", _FALLBACK_RULES)
        elif key == "_ascii":
            found = _compile_rules("Any-ASCII/placematch", _ASCII_RULES)
        elif key == "_ru-bgn-table":
            found = icu.Transliterator.createInstance("Russian-Latin/BGN")
        elif key == "_ru-ascii-table":  # ru-ascii.txt on the table, not on ru-bgn
            rules = _rules_text("ru-ascii.txt")
            assert ":: ru-Latin/rubgn ;" in rules
            rules = rules.replace(":: ru-Latin/rubgn ;", ":: Russian-Latin/BGN ;")
            found = _compile_rules("ru-Latin/ruasciitable", rules)
        else:
            std = REGISTRY[key]
            if std.base:
                transform(std.base)
            if std.icu_id:
                found = icu.Transliterator.createInstance(std.icu_id)
            else:
                found = _compile_rules(std.icu_name, _rules_text(std.rules))
                # Registered so that the rules of another standard can build on it (`::`).
                icu.Transliterator.registerInstance(found)
        _compiled[key] = found
        return found


def transform_for(key: str, text: str) -> icu.Transliterator:
    """The transform of standard ``key`` for ``text``: its table alone where that is the same."""
    idle = _CASE_IDLE.get(key)
    if idle is not None and not _CASE_BUSY.search(text):
        return transform(idle)
    return transform(key)


def _needs_fallback(text: str) -> bool:
    return any(ch.isalpha() and not _is_latin(ch) for ch in set(text))


def _has_cyrillic(text: str) -> bool:
    return any("\u0400" <= ch <= "\u052f" for ch in text)


@lru_cache(maxsize=4096)
def _is_latin(ch: str) -> bool:
    return _latin().contains(ch)


@lru_cache(maxsize=1)
def _latin() -> icu.UnicodeSet:
    """The letters left as they are: Latin, and those of every script."""
    import icu

    return icu.UnicodeSet("[[:Latin:][:Common:][:Inherited:]]")


#: the lone surrogates, by chr(): mypyc refuses surrogates in string literals
_LOW, _HIGH = chr(0xD800), chr(0xDFFF)


def _fold_ascii(text: str) -> str:
    """Last resort for the ASCII standards: unidecode, lone surrogates dropped first."""
    text = "".join(ch for ch in text if not _LOW <= ch <= _HIGH)
    return unidecode(text)


def _latin_letter(ch: str) -> str:
    """A letter ICU left in another script, by unidecode; kept as it is if that fails."""
    if _is_latin(ch) or not ch.isalpha():
        return ch
    return unidecode(ch) or ch


# Runs of non-ASCII characters, at most 64 long: ICU's Any-Latin is slow on long text, so
# the fallbacks go run by run (words, mostly), each run cached.
_NON_ASCII_RUN = lazy_compile("[^\\x00-\\x7f]{1,64}")


@lru_cache(maxsize=16384)
def _other_run(run: str) -> str:
    """A run of non-ASCII text with its Cyrillic by ISO 9 and other scripts by Any-Latin."""
    if not _needs_fallback(run):
        return run
    if _has_cyrillic(run):
        run = transform("_cyrillic").transliterate(run)
    return transform("_fallback").transliterate(run)


@lru_cache(maxsize=16384)
def _ascii_run(run: str) -> str:
    """A run of non-ASCII Latin text folded to ASCII."""
    run = transform("_ascii").transliterate(run)
    return run if run.isascii() else _fold_ascii(run)


def finish(text: str, ascii: bool) -> str:
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


def clear() -> None:
    """Forget every compiled transform and romanised run (they are rebuilt on next use)."""
    with LOCK:
        _compiled.clear()
        _other_run.cache_clear()
        _ascii_run.cache_clear()
