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
from functools import lru_cache
from typing import NamedTuple

__all__ = ["Mojibake", "read_mojibake", "repair_mojibake"]


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
_UTF8_AS_1252 = re.compile(f"[ÐÑ][^A-Za-z\u00c0-\u00ff]|[ÂÃÄÅ][{re.escape(_CONTINUATION_1252)}]")
#: UTF-8 of Cyrillic read as Windows-1251: two letters' bytes, each Р or С (D0, D1) and a
#: continuation byte's character (a space for the no-break space of Р, D0 A0)
_UTF8_AS_1251 = re.compile(f"(?:[РС][{re.escape(_CONTINUATION_1251)} ]){{2}}")
#: What Latin-1 reads Windows-1251's Cyrillic letters as: À-ÿ (А-я) and ³ ² ¿ ¯ º ª ´ ¸ ¨ ¥
#: (і І ї Ї є Є ґ ё Ё Ґ)
_LETTERS_1251 = frozenset(map(chr, range(0xC0, 0x100))) | frozenset("³²¿¯ºª´¸¨¥")
#: Whether a text has any of them (the cheap test before :func:`_cp1251_as_latin1`)
_ANY_LETTER_1251 = re.compile("[\u00c0-\u00ff³²¿¯ºª´¸¨¥]")
#: Other characters of such a text: Windows-1251's apostrophe (0x92, ’) and quotes
_MARKS_1251 = {"\u2019": 0x92, "\x92": 0x92, "«": 0xAB, "»": 0xBB}
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


@lru_cache(maxsize=4096)
def read_mojibake(text: str) -> Mojibake | None:
    """``text`` read back as it was written, with how it had been misread; None when it
    shows no wrong decoding (see the module docs)."""
    if text.isascii():
        return None
    read = None
    if _UTF8_AS_1252.search(text) or _UTF8_AS_1251.search(text):
        read = _by_ftfy(text) or _utf8_as_1251(text)
    if read is None and _ANY_LETTER_1251.search(text):  # (Ð³âíå: Рівне)
        read = _cp1251_as_latin1(text)
    return read


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
