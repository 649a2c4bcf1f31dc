"""Where a file stops being valid in its encoding: the line a decoding error names."""

from __future__ import annotations

import codecs
import io
from typing import Any


def bad_byte_line(path: str, encoding: str, block: int = 1 << 20) -> int | None:
    """The line of the first byte of file ``path`` that is not valid ``encoding``.

    The text layer decodes whole blocks, so when it fails it cannot say where: this reads
    the file again (on that error only) and counts the line breaks before the bad byte.
    None if the file cannot be read again or decodes whole.
    """
    decoder = codecs.getincrementaldecoder(encoding)()
    # the bytes a decoder fails on start at a character; those before the bad one are valid
    plain = "utf-8" if codecs.lookup(encoding).name == "utf-8-sig" else encoding
    breaks, last = 0, ""
    try:
        with open(path, "rb") as f:
            while True:
                data, bad = f.read(block), False
                try:
                    text = decoder.decode(data, final=not data)
                except UnicodeDecodeError as exc:
                    text, bad = exc.object[: exc.start].decode(plain, "replace"), True
                breaks += text.count("\n") + text.count("\r") - text.count("\r\n")
                breaks -= last == "\r" and text.startswith("\n")  # a \r\n cut between blocks
                last = text[-1:] or last
                if bad:
                    return breaks + 1
                if not data:
                    return None
    except (OSError, UnicodeError):
        return None


def _breaks(data: bytes) -> int:
    """Line breaks in ``data``: LF, CR LF and a lone CR each end a line."""
    return data.count(b"\n") + data.count(b"\r") - data.count(b"\r\n")


class BreakCountingReader(io.BufferedReader):
    """A buffered reader that counts the line breaks in the bytes it hands out, so that a
    decoding error in a stream read only once (a pipe, standard input) names its line as
    :func:`bad_byte_line` names a file's: the text layer decodes whole blocks and its error
    holds only the failing block, and the lines before that block are gone."""

    def __init__(self, raw: Any) -> None:
        super().__init__(raw)
        self.breaks = 0
        self._ended_in_cr = False

    def _counted(self, data: bytes) -> bytes:
        if data:
            self.breaks += _breaks(data) - (self._ended_in_cr and data[:1] == b"\n")
            self._ended_in_cr = data[-1:] == b"\r"
        return data

    def read(self, size: int | None = -1) -> bytes:
        return self._counted(super().read(size))

    def read1(self, size: int = -1) -> bytes:
        return self._counted(super().read1(size))

    def line_of(self, error: UnicodeDecodeError) -> int | None:
        """The line of the byte ``error`` failed on, if it failed on bytes just handed out in
        an encoding whose line breaks are the ASCII bytes (not UTF-16 or UTF-32)."""
        name = codecs.lookup(error.encoding).name
        if name.startswith(("utf-16", "utf-32")):
            return None
        # the failing block is the last bytes handed out (with a character cut before it);
        # its bad byte is no line break, so no CR LF is split at it
        return self.breaks - _breaks(error.object[error.start :]) + 1
