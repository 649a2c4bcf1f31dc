"""Text whose Cyrillic went through a wrong decoding upstream (mojibake), read back as written.

A spreadsheet's cell may hold the bytes of a Cyrillic name decoded with the wrong code page:

- UTF-8 read as Windows-1252 or Latin-1: ``Ð¥Ð°Ñ€ÐºÑ–Ð²`` (Харків), also with the no-break
  space that ``Р``'s second byte becomes turned into a plain space (``Ð Ñ–Ð²Ð½Ðµ``: Рівне)
  and with the bytes Windows-1252 lacks kept as control characters (``Ð\\x9dÐ¾Ð²Ð°``: Нова);
- UTF-8 read as Windows-1251: ``РҐР°СЂРєС–РІ`` (Харків);
- Windows-1251 read as Latin-1 (or Windows-1252): ``Õàðê³â`` (Харків), ``Ëüâ³â`` (Львів).

The first two are repaired by ``ftfy``, whose measure of how unlikely a text is keeps it from
"fixing" real text; where it leaves a short name of the second kind (``РљРёС—РІ``: Київ), and
for the third kind, which it does not read, narrow rules of this module do: every character
must take part in the misreading and the reading must be all Cyrillic. Most texts (plain ASCII,
clean Cyrillic, a Latin spelling with marks such as ``Charków``) fail a cheap test first (a
lead byte's character before a continuation byte's, as the misreading leaves them) and pay
nothing more.

A Latin spelling with marks whose UTF-8 was read as Windows-1252 (``KijÃ³w``: Kijów,
``BiaÅ‚a Cerkiew``: Biała Cerkiew) is read back by ``ftfy`` too.

>>> read_mojibake("Ð¥Ð°Ñ€ÐºÑ–Ð²")
Mojibake(text='Харків', misread='UTF-8 read as Windows-1252')
>>> repair_mojibake("РҐР°СЂРєС–РІ"), repair_mojibake("Õàðê³â")
('Харків', 'Харків')
>>> repair_mojibake("Charków"), read_mojibake("Харків")   # real text stays
('Charków', None)
>>> repair_mojibake("CharkÃ³w")
'Charków'
"""

from __future__ import annotations

import re
from functools import cache, lru_cache
from typing import NamedTuple

from .lazyre import lazy_compile

__all__ = ["Mojibake", "mojibake_runs", "read_mojibake", "repair_mojibake"]


class Mojibake(NamedTuple):
    """A text read back: what it was written as, and how it had been misread."""

    text: str
    misread: str  #: ``UTF-8 read as Windows-1252``, ``Windows-1251 read as Latin-1``...


def _cp1251_bytes() -> dict[str, int]:
    table = {}
    for byte in range(256):
        try:
            table[bytes([byte]).decode("cp1251")] = byte
        except UnicodeDecodeError:  # 0x98, which Windows-1251 leaves undefined, read as is
            table[chr(byte)] = byte
    return table


#: Each character Windows-1251 reads a byte as, and its byte.
_CP1251 = _cp1251_bytes()
#: What Windows-1251 reads UTF-8's continuation bytes (0x80-0xBF) as.
_CONTINUATION_1251 = "".join(c for c, b in _CP1251.items() if 0x80 <= b < 0xC0)
#: What Windows-1252 (or Latin-1, for the bytes Windows-1252 lacks) reads UTF-8's
#: continuation bytes (0x80-0xBF) as
_CONTINUATION_1252 = "".join(
    {bytes([b]).decode("cp1252", "ignore") or chr(b) for b in range(0x80, 0xC0)}
)
#: UTF-8 read as Windows-1252: of Cyrillic, Ð or Ñ (the lead bytes D0, D1) before a character
#: no word of a Latin script has there (a continuation byte's: ¥, ‘, €, a control, a space);
#: of Latin letters with marks (ó é ł ą š), Â Ã Ä Å (C2-C5) before a continuation byte's
#: character (KijÃ³w, BiaÅ‚a: Kijów, Biała)
_UTF8_AS_1252 = lazy_compile(f"[ÐÑ][^A-Za-z\u00c0-\u00ff]|[ÂÃÄÅ][{re.escape(_CONTINUATION_1252)}]")
#: UTF-8 of Cyrillic read as Windows-1251: two letters' bytes, each Р or С (D0, D1) and a
#: continuation byte's character (a space for the no-break space of Р, D0 A0)
_UTF8_AS_1251 = lazy_compile(f"(?:[РС][{re.escape(_CONTINUATION_1251)} ]){{2}}")
#: What Latin-1 reads Windows-1251's Cyrillic letters as: À-ÿ (А-я) and ³ ² ¿ ¯ º ª ´ ¸ ¨ ¥
#: (і І ї Ї є Є ґ ё Ё Ґ)
_LETTERS_1251 = frozenset(map(chr, range(0xC0, 0x100))) | frozenset("³²¿¯ºª´¸¨¥")
#: The same letters as a pattern's character class
_LETTER_1251 = f"[{re.escape(''.join(sorted(_LETTERS_1251)))}]"
#: Whether a text has any of them (the cheap test before :func:`_cp1251_as_latin1`)
_ANY_LETTER_1251 = lazy_compile(_LETTER_1251)
#: Other characters of such a text: Windows-1251's apostrophe (0x92, ’) and quotes
_MARKS_1251 = {"\u2019": 0x92, "\x92": 0x92, "«": 0xAB, "»": 0xBB}


@cache
def _run_patterns() -> tuple[re.Pattern[str], ...]:
    """The runs of UTF-8 misread as Windows-1252 and as Windows-1251, and of Windows-1251 read
    as Latin-1 (its letters, with its marks and ASCII but letters between them), for
    :func:`mojibake_runs`; compiled when first needed, as few texts are."""
    leads = ((0xC2, 0xE0), (0xE0, 0xF0), (0xF0, 0xF5))  # (of a 2-, 3- and 4-byte character)
    letter = _LETTER_1251
    return (
        _utf8_run([bytes(range(*r)).decode("latin-1") for r in leads], _CONTINUATION_1252, "Ð"),
        _utf8_run([bytes(range(*r)).decode("cp1251") for r in leads], _CONTINUATION_1251, "Р"),
        re.compile(f"{letter}(?:[\x00-\x40\x5b-\x60\x7b-\x7f’\x92«»]*{letter})*"),
    )


def _utf8_run(leads: list[str], continuation: str, d0: str) -> re.Pattern[str]:
    """A run of UTF-8 misread with one code page: its characters, each a lead byte's character
    (``leads``: of a 2-, 3- and 4-byte character) and its continuation bytes' (also ``d0``,
    what the page reads D0 as, and a space, the no-break space of Р's A0), with ASCII, which
    the misreading leaves as is, between them."""
    cont = f"[{re.escape(continuation)}]"
    char = "|".join(f"[{re.escape(lead)}]{cont}{{{n}}}" for n, lead in enumerate(leads, 1))
    char = f"{d0} |{char}"
    return re.compile(f"(?:{char})(?:[\x00-\x7f]*(?:{char}))*")


#: ftfy's names of the code pages a text was misread with
_CODE_PAGES = {
    "sloppy-windows-1252": "Windows-1252",
    "windows-1252": "Windows-1252",
    "latin-1": "Latin-1",
    "sloppy-windows-1251": "Windows-1251",
    "windows-1251": "Windows-1251",
}


def repair_mojibake(text: str) -> str:
    """``text`` as it was written before a wrong decoding (see the module docs), or ``text``
    itself when it shows none.

    >>> repair_mojibake("Ëüâ³â"), repair_mojibake("Ð Ñ–Ð²Ð½Ðµ"), repair_mojibake("Kyiv")
    ('Львів', 'Рівне', 'Kyiv')
    """
    read = read_mojibake(text)
    return text if read is None else read.text


#: Texts up to this long are remembered (a cell's value, met again for its region and its
#: namesakes); a longer one, a page of running text, is read afresh, not kept.
_REMEMBERED = 300


def read_mojibake(text: str) -> Mojibake | None:
    """``text`` read back as it was written, with how it had been misread; None when it
    shows no wrong decoding (see the module docs)."""
    if text.isascii():
        return None
    return _read_short(text) if len(text) <= _REMEMBERED else _read(text)


@lru_cache(maxsize=4096)
def _read_short(text: str) -> Mojibake | None:
    return _read(text)


def _read(text: str) -> Mojibake | None:
    read = None
    if _UTF8_AS_1252.search(text) or _UTF8_AS_1251.search(text):
        read = _by_ftfy(text) or _utf8_as_1251(text)
    if read is None and _ANY_LETTER_1251.search(text):  # (Ð³âíå: Рівне)
        read = _cp1251_as_latin1(text)
    return read


def mojibake_runs(text: str) -> list[tuple[int, int, Mojibake]]:
    """Each run of ``text`` that :func:`read_mojibake` reads back, where it begins and ends,
    for a text misread only in part: a name pasted in mojibake into a clean sentence, or a
    paragraph misread but for a dash or quotes typed afresh. A run is a maximal stretch of
    one misreading's characters (with the ASCII between them, which UTF-8 misread leaves as
    is), widened to whole words, so that a Latin word's letter with a mark (Kraków) is read
    with its word, and then not at all. The whole text is one run when it reads back whole.
    Most texts fail the cheap test of each misreading and pay nothing more; [] for a text
    with no such run.

    >>> [(s, e, m.text) for s, e, m in mojibake_runs("Бої біля Ð¥Ð°Ñ€ÐºÐ¾Ð²Ð°")]
    [(9, 23, 'Харкова')]
    """
    if text.isascii():
        return []
    tests = (_UTF8_AS_1252, _UTF8_AS_1251, _ANY_LETTER_1251)  # (read_mojibake's cheap ones)
    kinds = [pattern for test, pattern in zip(tests, _run_patterns()) if test.search(text)]
    if not kinds:
        return []
    if (whole := read_mojibake(text)) is not None:
        return [(0, len(text), whole)]
    runs = [run for pattern in kinds for run in pattern.finditer(text)]
    found: list[tuple[int, int, Mojibake]] = []
    for run in runs:  # (each misreading's in turn: the first to read a stretch back wins)
        for start, end in _words_of(text, *run.span()):
            if any(s < end and start < e for s, e, _ in found):
                break
            read = read_mojibake(text[start:end])
            if read is not None and _TWO_LETTERS.search(read.text):  # (é à ü: й а ь, no words)
                found.append((start, end, read))
                break
    return sorted(found)


def _words_of(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The run ``text[start:end]`` widened to whole words; then, if it was widened into a
    word, without that word (Kraków Õàðêîâà: Õàðêîâà)."""
    wide_start, wide_end = start, end
    while wide_start and text[wide_start - 1].isalpha():
        wide_start -= 1
    while wide_end < len(text) and text[wide_end].isalpha():
        wide_end += 1
    spans = [(wide_start, wide_end)]
    if wide_start < start and (gap := _SPACE.search(text, start, end)):
        spans.append((gap.end(), wide_end))
    if wide_end > end and (gap := _LAST_SPACE.search(text[start:end])):
        spans += [(s, start + gap.start()) for s, _ in spans]
    return spans


#: Two letters side by side (a run read back as words of one letter is none)
_TWO_LETTERS = lazy_compile(r"[^\W\d_]{2}")
_SPACE = lazy_compile(r"\s+")  # (a run's first space, and its last before a word's end)
_LAST_SPACE = lazy_compile(r"\s+\S*\Z")


def _by_ftfy(text: str) -> Mojibake | None:
    """ftfy's repair of UTF-8 misread with one single-byte code page; None for none, for a
    partial one (a text of both kinds), and for one that lost letters (U+FFFD)."""
    from ftfy import fix_encoding_and_explain

    fixed, steps = fix_encoding_and_explain(text)
    if fixed == text or not steps or "\ufffd" in fixed:
        return None
    encodes = [name for step, name in steps if step == "encode"]
    others = [(s, n) for s, n in steps if s not in ("encode", "decode")]
    if len(encodes) != 1 or others not in ([], [("transcode", "restore_byte_a0")]):
        return None
    page = _CODE_PAGES.get(encodes[0], encodes[0])
    return Mojibake(fixed, f"UTF-8 read as {page}")


def _utf8_as_1251(text: str) -> Mojibake | None:
    """UTF-8 read as Windows-1251, each character a byte, when its bytes are UTF-8 of a
    Cyrillic text (a no-break space turned into a plain one after Р put back)."""
    for written in (text, text.replace("Р ", "Р\xa0")):
        try:
            fixed = bytes(_CP1251[c] for c in written).decode("utf-8")
        except (KeyError, UnicodeDecodeError):
            continue
        if _all_cyrillic(fixed, least=2):
            return Mojibake(fixed, "UTF-8 read as Windows-1251")
    return None


def _cp1251_as_latin1(text: str) -> Mojibake | None:
    """Windows-1251 read as Latin-1: every letter one Latin-1 reads a Cyrillic letter's byte
    as (Õàðê³â), at least three, no ASCII letter; the reading all Cyrillic."""
    data = bytearray()
    letters = 0
    for c in text:
        if c in _LETTERS_1251:
            letters += 1
            data.append(ord(c))
        elif c in _MARKS_1251:
            data.append(_MARKS_1251[c])
        elif c.isascii() and not c.isalpha():
            data.append(ord(c))
        else:
            return None
    if letters < 3:
        return None
    fixed = bytes(data).decode("cp1251")
    return Mojibake(fixed, "Windows-1251 read as Latin-1") if _all_cyrillic(fixed, 3) else None


def _all_cyrillic(text: str, least: int) -> bool:
    """Whether ``text`` has at least ``least`` letters, all Cyrillic, and no control
    characters."""
    letters = [c for c in text if c.isalpha()]
    return (
        len(letters) >= least
        and all("\u0400" <= c <= "\u04ff" for c in letters)
        and all(c.isprintable() for c in text)
    )
