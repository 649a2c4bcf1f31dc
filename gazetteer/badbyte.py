"""Where a file stops being valid in its encoding: the line a decoding error names."""

from __future__ import annotations

import codecs


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
