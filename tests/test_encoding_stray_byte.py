"""A UTF-8 file with one stray byte is UTF-8 with a bad line, not Windows-1251: read as
Windows-1251, its every Cyrillic name came out as mojibake (Харків -> РҐР°СЂРєС–РІ) in the
output's own columns. normalize's reader (gazetteer.sniff) and translit's standard input
(translit.textin) guess by one rule."""

from __future__ import annotations

import pytest

from gazetteer.csvio import CsvSource, InputError
from gazetteer.sniff import detect_encoding
from translit.textin import encoding_of

STRAY = "place,note\nХарків,a\nЛьвів,b\nОдеса,c".encode() + b"\xff\n"


def test_a_utf8_file_with_a_stray_byte_is_utf8() -> None:
    assert detect_encoding(STRAY, complete=True) == ("utf-8", False)
    assert encoding_of(STRAY) == "utf-8"


def test_normalize_names_the_stray_bytes_line(tmp_path) -> None:
    path = tmp_path / "stray.csv"
    path.write_bytes(STRAY)
    with pytest.raises(InputError, match=r"^line 4: the bytes are not valid utf-8"):
        source = CsvSource(str(path))
        try:
            [r for chunk in source.chunks(hint=64) for r in chunk.rows]
        finally:
            source.close()


def test_latin1_is_no_windows_1251_for_translit_either() -> None:
    # Köln read as Windows-1251 is Kцln (the reader's rule since it was written)
    latin1 = "Köln Straße\ncafé Zürich\n".encode("latin-1")
    assert encoding_of(latin1) is None
    with pytest.raises(InputError, match="--encoding"):
        detect_encoding(latin1, complete=True)
