"""The lines ``translit`` reads from standard input, in the encoding they were saved in.

A list of names from a Ukrainian office is as often Windows-1251 or UTF-16 as UTF-8; read
as UTF-8 regardless, its every Cyrillic letter became a replacement character and the command
still said nothing. A byte-order mark names the encoding (UTF-8, UTF-16); else the sample the
stream has ready (one read, so a stream is still romanised as it comes) is UTF-8 unless it is
more broken as UTF-8 than readable (more sequences that do not decode than half the characters
beyond ASCII that do: a UTF-8 list with a stray byte stays UTF-8) and reads as Windows-1251
Cyrillic (a short name too, Рів, Бар, when all its letters beyond ASCII read so). Bytes that
decode in neither become replacement characters, as before.
"""

from __future__ import annotations

import codecs
import io
from collections.abc import Iterator
from typing import Any, BinaryIO

_SAMPLE = 1 << 16


def encoding_of(sample: bytes) -> str:
    """The codec to read a stream that begins with ``sample`` in.

    >>> encoding_of("Київ".encode("cp1251")), encoding_of("Київ".encode("utf-8"))
    ('cp1251', 'utf-8')
    """
    if sample.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if sample.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    # (final=False: a character the sample cuts at its end is no broken one)
    as_utf8 = codecs.getincrementaldecoder("utf-8")("replace").decode(sample, final=False)
    broken = as_utf8.count("\ufffd")
    readable = sum(1 for c in as_utf8 if ord(c) > 127) - broken  # (Рі, ії: some read so)
    if not broken or 2 * broken <= readable:
        return "utf-8"
    high = [c for c in sample.decode("cp1251", "replace") if ord(c) > 127]
    cyrillic = sum(1 for c in high if "\u0400" <= c <= "\u04ff")
    # (a few broken bytes are a stray byte's unless every one reads as a Cyrillic letter)
    enough = broken >= 3 or cyrillic == len(high)
    return "cp1251" if enough and cyrillic >= 0.7 * len(high) else "utf-8"


def stdin_lines(raw: BinaryIO) -> Iterator[str]:
    """Each line of the byte stream ``raw``, decoded as :func:`encoding_of` says, without
    its line ending."""
    buffered: Any = raw if hasattr(raw, "peek") else io.BufferedReader(raw)  # type: ignore[type-var]
    encoding = encoding_of(buffered.peek(_SAMPLE)[:_SAMPLE])
    for line in io.TextIOWrapper(buffered, encoding=encoding, errors="replace"):
        yield line.rstrip("\r\n")
