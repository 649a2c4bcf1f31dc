"""The pre-scan's reading of a file: distinct keys and block marks, bytes and text alike."""

from __future__ import annotations

import pytest

from gazetteer import prescan
from gazetteer.csvio import CsvSource


@pytest.mark.parametrize("encoding", ["utf-8-sig", "cp1251", "utf-16"])
@pytest.mark.parametrize("eol", ["\n", "\r\n"])
def test_keys_and_marks_match_the_file(tmp_path, monkeypatch, encoding, eol):
    """Quote-free blocks cut as bytes, then, from a quoted record spanning two lines on, the
    text: every (value, hint) pair comes out decoded, and each block mark is the line and
    byte length of whole records."""
    monkeypatch.setattr(prescan, "BLOCK_BYTES", 512)
    monkeypatch.setattr(CsvSource.chunks, "__defaults__", (512,))
    rows, want = [], {("", "")}  # the short row's
    for i in range(900):
        city, hint = ["Київ", "Lviv", "", f"Івано{i % 13}"][i % 4], ["Київ", "x", ""][i % 3]
        if i == 600:
            city = f"{city}\nnew line"
        rows.append(f'{i};"{city}";{hint}' if i == 600 else f"{i};{city};{hint}")
        if i != 300:
            want.add((city, hint))
    rows[300] = "300"  # a short row
    path = tmp_path / "in.csv"
    path.write_bytes(("id;city;hint" + eol + eol.join(rows) + eol).encode(encoding))
    source = CsvSource(str(path))
    assert source.encoding == encoding
    marks: list = []
    keys = set()
    for block in prescan.scan_keys(str(path), source, [1], 2, marks):
        keys.update(block)
    source.close()
    assert keys == want
    data = path.read_bytes()
    starts = {source.header_bytes}  # byte offsets where a record's line begins
    pos = source.header_bytes
    body = {"utf-8-sig": "utf-8", "utf-16": "utf-16-le"}.get(encoding, encoding)  # no BOM
    for r in rows:
        pos += len((r + eol).encode(body))
        starts.add(pos)
    offset, line = source.header_bytes, 2
    assert len(marks) > 10
    for first, nbytes in marks:
        assert offset in starts and first == line
        text = data[offset : offset + nbytes].decode(body)
        line += text.count("\n")
        offset += nbytes
    assert offset == len(data)
