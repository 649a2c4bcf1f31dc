"""Telling a delimited text's encoding and dialect from a sample of its first bytes.

The rules, so that the reader (:class:`gazetteer.csvio.CsvSource`) does not have to know them:

* **Encoding.** A BOM wins (UTF-8, UTF-16); otherwise a sample that decodes as UTF-8, or
  does with fewer broken sequences than half its readable non-ASCII characters (a stray
  byte: its line is named when read), is UTF-8; otherwise it is Windows-1251 if the non-ASCII
  text it decodes to is mostly Cyrillic letters in words of their own (Latin-1's ö and é are
  Windows-1251's ц and й too, but read so they sit inside Latin words: Kцln, cafй); otherwise
  the caller must say (``encoding=``). The rule is :func:`translit.textin.encoding_of`.
* **Dialect.** The delimiter is the one of ``,`` ``;`` tab that splits the first records into
  the most, consistent, fields (ties go to ``.tsv``'s tab or to the comma). The line ending is
  the first line's.
* **Excel's delimiter line.** A first line ``sep=;`` (any one character after ``sep=``, as
  Excel writes and honours it) names the delimiter and is no header: the header is the next
  line (:func:`sep_line`).
"""

from __future__ import annotations

import codecs
import csv
import io
import re

from translit.textin import encoding_of, utf16_without_bom

from .errors import InputError

DELIMITERS = (",", ";", "\t")
BOMS = (codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)


#: The first bytes of files that are no delimited text (a workbook or an archive saved or
#: downloaded under a .csv name), and what each is: said instead of "cannot tell the encoding".
NOT_TEXT = (
    (b"PK\x03\x04", "a ZIP archive, as an XLSX workbook is: name a workbook .xlsx"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Excel .xls workbook: save it as .xlsx or CSV"),
    (b"\x1f\x8b", "a gzip archive: decompress it first (zcat FILE)"),
)  # fmt: skip


def detect_encoding(sample: bytes, *, complete: bool = False) -> tuple[str, bool]:
    """Return ``(codec, had_bom)`` for a sample of a file's first bytes.

    ``complete`` says the sample is the whole file (so a cut multi-byte character at its end
    is an error, not an artefact of sampling). A workbook's or an archive's first bytes
    (:data:`NOT_TEXT`) raise :class:`InputError` naming what it is.

    >>> detect_encoding("Київ".encode("cp1251"))
    ('cp1251', False)
    """
    for magic, what in NOT_TEXT:
        if sample.startswith(magic):
            raise InputError(f"the input is not CSV text but {what}")
    if sample.startswith(codecs.BOM_UTF8):
        return "utf-8-sig", True
    if sample.startswith(BOMS[1:]):
        return "utf-16", True
    if _utf16_without_bom(sample):  # (its ASCII's NUL bytes are valid UTF-8: K\0y\0i\0v\0)
        raise InputError(
            "the input looks like UTF-16 without a byte-order mark (a NUL byte beside each "
            "ASCII character); pass --encoding utf-16-le (or utf-16-be), or save it as UTF-8"
        )
    encoding = encoding_of(sample, complete=complete)  # (the rule translit's stdin reads by)
    if encoding is not None:
        return encoding, False
    raise InputError(
        "cannot tell the encoding: the input is neither UTF-8 nor Windows-1251 Cyrillic; "
        "pass --encoding"
    )


def read_as_cp1251(error: UnicodeDecodeError) -> str | None:
    r"""The line a UTF-8 decoding ``error`` broke on, read as Windows-1251, when it reads so
    as Cyrillic (a Windows-1251 file whose first 64 kB held none, so was taken for UTF-8:
    ``--encoding cp1251`` reads it); else None.

    >>> data = "1;Kyiv\n2;Харків\n".encode("cp1251")
    >>> read_as_cp1251(UnicodeDecodeError("utf-8", data, 9, 10, "invalid start byte"))
    '2;Харків'
    """
    data = bytes(error.object)
    start = max(data.rfind(b"\n", 0, error.start), data.rfind(b"\r", 0, error.start)) + 1
    ends = [i for i in (data.find(b"\n", error.start), data.find(b"\r", error.start)) if i >= 0]
    line = data[start : min(ends, default=len(data))]
    return line.decode("cp1251") if encoding_of(line, complete=True) == "cp1251" else None


def undetected(where: str, what: str) -> InputError:
    """The error for an input :func:`detect_encoding` cannot read, where no encoding can be
    given (``lookup -``, ``extract``): ``where`` it came from, and ``what`` to save as UTF-8."""
    return InputError(
        f"{where}: cannot tell the encoding (neither UTF-8, nor UTF-16 with a byte-order mark, "
        f"nor Windows-1251 Cyrillic); save {what} as UTF-8"
    )


def _utf16_without_bom(sample: bytes) -> bool:
    """Whether ``sample`` is UTF-16 text without its byte-order mark: the sure guess
    :func:`translit.textin.utf16_without_bom` reads standard input by (NULs on one side of
    each byte pair, the other side all high bytes of Latin or Cyrillic letters: long
    Cyrillic lines with a NUL for a comma alone too), or NUL bytes, a tenth or more of the
    bytes on one side of each pair and none on the other (ASCII with other scripts' letters).
    Refused either way: read as UTF-8, such bytes are control characters and garbage.

    >>> _utf16_without_bom("Kyiv\\n".encode("utf-16-le")), _utf16_without_bom(b"Kyiv\\n")
    (True, False)
    """
    if len(sample) < 4 or b"\0" not in sample:  # (most files: one scan)
        return False
    if utf16_without_bom(sample) is not None:
        return True
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    return min(even, odd) == 0 and max(even, odd) >= max(2, 0.1 * (len(sample) // 2))


#: Lines of nothing but spaces at the top of a text (:class:`~gazetteer.csvio.CsvSource`
#: skips them before the header too).
_BLANK_LINES = re.compile(r"\A(?:[^\S\n]*\n)+")


def named_delimiter(value: str) -> str | None:
    r"""The delimiter ``value`` names as ``normalize --delimiter`` and ``Gazetteer.from_file``
    take it (one character, ``tab``, ``\t``, ``comma``, ``semicolon``); None for a bad one.

    >>> named_delimiter("tab"), named_delimiter(";"), named_delimiter('"'), named_delimiter("")
    ('\t', ';', None, None)
    """
    value = {"tab": "\t", "\\t": "\t", "comma": ",", "semicolon": ";"}.get(value.lower(), value)
    return None if len(value) != 1 or value in '"\r\n' else value


#: What a bad delimiter's message asks for.
BAD_DELIMITER = "give one character, or 'tab'"


def sniff_delimiter(sample: str, default: str = ",") -> str:
    """The delimiter among ``,`` ``;`` tab that splits the sample's records most consistently.

    >>> sniff_delimiter('name;oblast\\n"Kyiv, city";UA-30\\n')
    ';'
    >>> sniff_delimiter('id;place\\n1;"Kharkiv\\n2;Lviv\\n')  # a quote left open
    ';'
    """
    cut = sample.rfind("\n")
    text = sample[: cut + 1] if cut >= 0 else sample
    text = _BLANK_LINES.sub("", text)  # (blank lines atop an export: no record, no header)
    order = (default, *(d for d in DELIMITERS if d != default))
    best, best_score = default, (False, 1)
    parsed = False
    for delim in order:
        try:
            records = []
            for rec in csv.reader(io.StringIO(text), delimiter=delim, strict=True):
                records.append(len(rec))
                if len(records) >= 50:
                    break
        except csv.Error:
            continue
        if not records or records[0] < 2:
            continue
        parsed = True
        consistent = sum(n == records[0] for n in records) >= 0.9 * len(records)
        score = (consistent, records[0])
        if score > best_score:
            best, best_score = delim, score
    return best if parsed else _header_delimiter(text, order)


def _header_delimiter(text: str, order: tuple[str, ...]) -> str:
    """The delimiter the first line holds most often, for a sample no delimiter parses (a
    quote left open further on): the file's reading then stops at the line at fault, not
    at a header taken for one column."""
    header = text.split("\n", 1)[0]
    counts = [(header.count(d), -i, d) for i, d in enumerate(order)]
    most = max(counts)
    return most[2] if most[0] else order[0]


def sep_line(head: str) -> str | None:
    """The delimiter that Excel's first line ``sep=X`` names, if the text starts with one.

    >>> sep_line("sep=;\\r\\nname;oblast\\r\\n"), sep_line("sep,name\\n")
    (';', None)
    """
    if head[:4].lower() != "sep=" or len(head) < 5 or head[4] in '"\r\n':
        return None
    return head[4] if head[5:6] in ("", "\r", "\n") else None


def sniff_eol(sample: str) -> str:
    """The line ending of the sample's first line (``\\r\\n``, ``\\n`` or ``\\r``)."""
    nl = sample.find("\n")
    if nl > 0 and sample[nl - 1] == "\r":
        return "\r\n"
    if nl < 0 and "\r" in sample:
        return "\r"
    return "\n"
