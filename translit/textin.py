"""The lines ``translit`` reads from standard input, in the encoding they were saved in.

A list of names from a Ukrainian office is as often Windows-1251 or UTF-16 as UTF-8; read
as UTF-8 regardless, its every Cyrillic letter became a replacement character and the command
still said nothing. A byte-order mark names the encoding (UTF-8, UTF-16); else the sample the
stream has ready (one read, so a stream is still romanised as it comes) is UTF-8 unless it is
far more broken as UTF-8 than readable (at least three sequences that do not decode, and
more than twice the Cyrillic letters that do) and reads as Windows-1251 Cyrillic. Bytes that
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
    as_utf8 = sample.decode("utf-8", "replace")
    broken = as_utf8.count("\ufffd")
    if broken < 3 or broken <= 2 * sum(1 for c in as_utf8 if "\u0400" <= c <= "\u04ff"):
        return "utf-8"
    high = [c for c in sample.decode("cp1251", "replace") if ord(c) > 127]
    cyrillic = sum(1 for c in high if "\u0400" <= c <= "\u04ff")
    return "cp1251" if cyrillic >= 0.7 * len(high) else "utf-8"


def stdin_lines(raw: BinaryIO) -> Iterator[str]:
    """Each line of the byte stream ``raw``, decoded as :func:`encoding_of` says, without
    its line ending."""
    buffered: Any = raw if hasattr(raw, "peek") else io.BufferedReader(raw)  # type: ignore[type-var]
    encoding = encoding_of(buffered.peek(_SAMPLE)[:_SAMPLE])
    for line in io.TextIOWrapper(buffered, encoding=encoding, errors="replace"):
        yield line.rstrip("\r\n")
