"""Romanising text by a registered standard: :func:`transliterate` and :func:`to_latin`.

The standards themselves are listed in :mod:`translit.registry` (and importable from here);
each one's ICU transform, and what finishes its output, is in :mod:`translit.reference`.
:func:`transliterate` remembers short strings and, once a standard is in use, tries its
letter table (:mod:`translit.fast`) before ICU.

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

from collections.abc import Callable

from .fast import FastTable, build_table
from .reference import LOCK, clear, finish, transform, transform_for
from .registry import (
    DEFAULT_STANDARD,
    Standard,
    UnknownStandardError,
    get_standard,
    standards,
)
from .registry import REGISTRY as _REGISTRY
from .stress import STRESS, without_stress

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

_fast: dict[str, FastTable | None] = {}


def _fast_table(name: str) -> FastTable | None:
    """The letter-table fast path of a standard (see :mod:`translit.fast`), built once."""
    try:
        return _fast[name]
    except KeyError:
        pass
    std = _REGISTRY[name]
    compiled = transform(name)
    with LOCK:
        if name not in _fast:
            _fast[name] = (
                build_table(lambda text: finish(compiled.transliterate(text), std.ascii))
                if std.fast
                else None
            )
        return _fast[name]


# Invisible characters that would split a word in two (and so change word-initial rules):
# zero-width space, non-joiner, joiner, word joiner, byte-order mark, soft hyphen.
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"))


def _check_text(text: object, func: str) -> None:
    if not isinstance(text, str):
        raise TypeError(f"{func}() expects str, got {type(text).__name__}")


def transliterate(text: str, standard: str = DEFAULT_STANDARD) -> str:
    """Romanise ``text`` by ``standard`` (see :func:`standards`).

    Cyrillic goes by the standard's table; Latin and other characters pass through; other
    scripts go through ICU ``Any-Latin``. Zero-width characters and soft hyphens are dropped
    (they would split a word and change its word-initial spellings), and so are stress marks
    (``Ки́їв`` is ``Kyiv``: :mod:`translit.stress`). Raises
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
    # (Ки́їв: as Київ, without a dictionary's stress mark; an acute after a Latin letter stays)
    plain = without_stress(text) if STRESS in text else text
    found = transliterate(plain, std.name) if plain != text else convert(text)
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
    with LOCK:
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
        with LOCK:
            state = _state.get(std.name)
            if state is not None and state[1] is convert:
                _state[std.name] = (state[0], fast.convert if fast is not None else _decline, std)
        return fast.convert(text) if fast is not None else None

    return convert


def _slow(text: str, std: Standard) -> str:
    """The reference path: the standard's ICU transform, then :func:`~translit.reference.finish`."""
    text = text.translate(_INVISIBLE)
    return finish(transform_for(std.name, text).transliterate(text), std.ascii)


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
    text = without_stress(text).translate(_INVISIBLE)
    return finish(transform_for(std.name, text).transliterate(text), ascii=True)


def clear_caches() -> None:
    """Forget every compiled transform (they are rebuilt on next use)."""
    with LOCK:
        clear()
        _fast.clear()
        _state.clear()
