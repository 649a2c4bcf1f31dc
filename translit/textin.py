"""The lines ``translit`` reads from standard input, in the encoding they were saved in.

A list of names from a Ukrainian office is as often Windows-1251 or UTF-16 as UTF-8; read
as UTF-8 regardless, its every Cyrillic letter became a replacement character and the command
still said nothing. A byte-order mark names the encoding (UTF-8, UTF-16); else the sample the
stream has ready (one read, so a stream is still romanised as it comes) is UTF-8 unless it is
more broken as UTF-8 than readable (more sequences that do not decode than half the characters
beyond ASCII that do: a UTF-8 list with a stray byte stays UTF-8) and reads as Windows-1251
Cyrillic in words of its own (a short name too, Рів, Бар, when all its letters beyond ASCII
read so; not Latin-1's Köln, which reads Kцln). UTF-16 without its byte-order mark, as some
tools save a list, is read too when it is surely so (:func:`utf16_without_bom`: NUL bytes,
which no text has, on one side of each byte pair only, the other side of Latin or Cyrillic
letters); it had come out with a NUL between every two letters. Bytes that decode in none
become replacement characters, as before.
"""

from __future__ import annotations

import codecs
import io
import re
from collections.abc import Iterator
from typing import Any, BinaryIO

_SAMPLE = 1 << 16


def encoding_of(sample: bytes, *, complete: bool = False) -> str | None:
    """The codec to read a stream that begins with ``sample`` in; None when it is neither
    UTF-8 nor Windows-1251 Cyrillic. ``complete`` says the sample is the whole stream (a
    character cut at its end is then broken, not an artefact of sampling). ``gazetteer``'s
    readers guess by this rule too (:func:`gazetteer.sniff.detect_encoding`).

    >>> encoding_of("Київ".encode("cp1251")), encoding_of("Київ".encode("utf-8"))
    ('cp1251', 'utf-8')
    """
    if sample.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if sample.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    as_utf8 = codecs.getincrementaldecoder("utf-8")("replace").decode(sample, final=complete)
    broken = as_utf8.count("\ufffd")
    readable = sum(1 for c in as_utf8 if ord(c) > 127) - broken  # (Рі, ії: some read so)
    if not broken or 2 * broken <= readable:  # (UTF-8 with a stray byte: a bad line)
        return "utf-8"
    text = sample.decode("cp1251", "replace")
    high = [c for c in text if ord(c) > 127]
    cyrillic = sum(1 for c in high if "\u0400" <= c <= "\u04ff")
    # (a few broken bytes are a stray byte's unless every one reads as a Cyrillic letter)
    enough = broken >= 3 or cyrillic == len(high)
    if enough and cyrillic >= 0.7 * len(high) and not _inside_latin_words(text):
        return "cp1251"
    return None


#: A run of letters (a word, as a cell's text splits into them)
_WORD = re.compile(r"[^\W\d_]+")
_CYRILLIC = re.compile("[\u0400-\u04ff]")
_LATIN = re.compile("[A-Za-z]")


def _inside_latin_words(text: str) -> bool:
    """Whether the Cyrillic letters of ``text`` stand mostly inside Latin words (over a
    fifth of the words with any), as a Latin-1 text's accented letters read as Windows-1251
    do (Kцln, StraЯe, cafй); Cyrillic text has words of its own letters.

    >>> _inside_latin_words("Kцln StraЯe cafй"), _inside_latin_words("Київ, Харків; Kyiv")
    (True, False)
    """
    words = [w for w in _WORD.findall(text) if _CYRILLIC.search(w)]
    mixed = sum(1 for w in words if _LATIN.search(w))
    return mixed > 0.2 * len(words)


#: The high bytes of the characters of Latin and Cyrillic text in UTF-16: ASCII and Latin-1
#: (0), Latin extended and modifier letters (1, 2), combining marks (3), Cyrillic (4, 5),
#: punctuation (0x20: ’ – —, the emoji joiner) and letterlike symbols (0x21: №); and of the
#: symbols beside them in messages and lists: arrows and signs (0x22-0x27, 0x29: ✅ ❤ ☀ ▶),
#: 0x2B (⭐), 0x30 and 0x32 (〽 ㊗), and variation selectors (0xFE: the U+FE0F of ❤️).
_TEXT_HIGH_BYTES = frozenset(
    {0x00, 0x01, 0x02, 0x03, 0x04, 0x05, 0x20, 0x21}
    | {0x22, 0x23, 0x24, 0x25, 0x26, 0x27, 0x29, 0x2B, 0x30, 0x32, 0xFE}
)


def _text_char(c: str) -> bool:
    """Whether ``c`` is a character of such text: one of the high bytes above, or beyond
    the 16-bit plane an emoji or flag (U+1F000-U+1FAFF, a surrogate pair in UTF-16) or the
    tag of a region's flag (U+E0000-U+E007F)."""
    n = ord(c)
    if n < 0x10000:
        return n >> 8 in _TEXT_HIGH_BYTES
    return 0x1F000 <= n <= 0x1FAFF or 0xE0000 <= n <= 0xE007F


def utf16_without_bom(sample: bytes) -> str | None:
    """``utf-16-le`` or ``utf-16-be`` when ``sample`` is Latin or Cyrillic text in UTF-16
    without its byte-order mark: NUL bytes (an ASCII character's high byte; no text in UTF-8
    or Windows-1251 has one) on one side of some byte pairs, no pair of two NULs, and every
    character one of such text's (:func:`_text_char`; emoji as well-formed surrogate pairs;
    a pair or byte the sample cuts at its end is left out); else None.

    >>> utf16_without_bom("Київ\\n".encode("utf-16-le")), utf16_without_bom("Київ\\n".encode())
    ('utf-16-le', None)
    >>> utf16_without_bom("Київ 🇺🇦❤️\\n".encode("utf-16-be"))
    'utf-16-be'
    """
    if len(sample) < 4 or b"\0" not in sample:  # (most streams: one scan)
        return None
    for codec in ("utf-16-le", "utf-16-be"):
        try:
            text = codecs.getincrementaldecoder(codec)().decode(sample, final=False)
        except UnicodeDecodeError:  # (a lone surrogate: not this byte order)
            continue
        if "\0" in text or not any(c < "\u0100" for c in text):
            continue
        if all(map(_text_char, set(text))):
            return codec
    return None


def stdin_lines(raw: BinaryIO) -> Iterator[str]:
    """Each line of the byte stream ``raw``, decoded as :func:`utf16_without_bom` or
    :func:`encoding_of` says (else as UTF-8, what does not decode a replacement character),
    without its line ending."""
    buffered: Any = raw if hasattr(raw, "peek") else io.BufferedReader(raw)  # type: ignore[type-var]
    sample = buffered.peek(_SAMPLE)[:_SAMPLE]
    encoding = utf16_without_bom(sample) or encoding_of(sample) or "utf-8"
    for line in io.TextIOWrapper(buffered, encoding=encoding, errors="replace"):
        yield line.rstrip("\r\n")
