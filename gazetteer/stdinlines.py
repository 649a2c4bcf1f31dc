"""The names ``gazetteer lookup -`` reads, one a line, decoded as ``normalize`` decodes its
input (:func:`gazetteer.sniff.detect_encoding`): a BOM wins (UTF-8, UTF-16), else UTF-8, else
Windows-1251 if the text is Cyrillic. The sample is what the stream has ready (one read, so
a stream of names is answered as they come); a line that does not decode stops with its
number, as normalize's reader stops. The stream is read as normalize reads it too
(:mod:`gazetteer.pipein`), so that SIGTERM or Ctrl-C ends a wait for the next name at once.
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from typing import Any, BinaryIO

from .errors import InputError
from .pipein import Prefixed
from .sniff import detect_encoding, undetected


def input_lines(raw: BinaryIO) -> Iterator[str]:
    """Each line of the byte stream ``raw`` (standard input), without its line ending."""
    buffered: Any = io.BufferedReader(Prefixed(b"", raw))  # type: ignore[arg-type]
    sample = buffered.peek(1 << 16)
    if not sample:
        return
    try:
        encoding, _ = detect_encoding(sample)
    except InputError:
        raise undetected("standard input", "the names") from None
    if encoding.startswith("utf-16"):  # (its line ending is two bytes: read as text)
        yield from _text_lines(buffered, encoding)
        return
    codec = "utf-8" if encoding == "utf-8-sig" else encoding
    for number, data in enumerate(buffered, 1):  # (byte lines: a bad one is named exactly)
        if number == 1 and codec != encoding:
            data = data[3:]  # (the BOM: alone, as an editor saves an empty text, no line)
            if not data:
                return
        try:
            line = data.decode(codec)
        except UnicodeDecodeError as error:
            raise _undecoded(f"line {number}", encoding, error) from None
        yield from line.rstrip("\r\n").split("\r")  # (a lone CR ends a line too)


def _text_lines(buffered: Any, encoding: str) -> Iterator[str]:
    text = io.TextIOWrapper(buffered, encoding=encoding)
    number = 0
    try:
        for number, line in enumerate(text, 1):  # noqa: B007 - (the number, for the message)
            yield line.rstrip("\n")
    except UnicodeDecodeError as error:
        raise _undecoded(f"the lines from {number + 1}", encoding, error) from None
    finally:
        text.detach()  # (the stream stays open)


def _undecoded(where: str, encoding: str, error: UnicodeDecodeError) -> InputError:
    return InputError(
        f"standard input, {where}: the bytes are not valid {encoding} ({error.reason}); "
        "save the names as UTF-8"
    )
