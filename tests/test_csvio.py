"""Encodings, dialects, strict parsing and atomic output."""

from __future__ import annotations

import codecs
import csv
import io
import os

import pytest
from hypothesis import given
from hypothesis import strategies as st

from gazetteer.csvio import CsvSource, InputError
from gazetteer.errors import GazetteerError
from gazetteer.sniff import detect_encoding, sniff_delimiter, sniff_eol
from gazetteer.writers import atomic_path, serialize, write_report


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (codecs.BOM_UTF8 + "Київ".encode(), ("utf-8-sig", True)),
        ("\ufeffКиїв".encode("utf-16-le"), ("utf-16", True)),
        ("\ufeffКиїв".encode("utf-16-be"), ("utf-16", True)),
        ("Київ,Львів".encode(), ("utf-8", False)),
        (b"plain ascii", ("utf-8", False)),
        ("Київ,Львів,Біла Церква".encode("cp1251"), ("cp1251", False)),
    ],
)
def test_detect_encoding(data, expected):
    assert detect_encoding(data, complete=True) == expected


def test_latin1_text_is_not_taken_for_windows_1251():
    # its accented letters are Windows-1251 Cyrillic too, but inside Latin words (Kцln)
    latin1 = "place,note\nKyiv,Köln Straße\nLviv,café\n".encode("latin-1")
    with pytest.raises(InputError, match="--encoding"):
        detect_encoding(latin1, complete=True)
    # a Ukrainian file with Latin words beside its Cyrillic ones is still Windows-1251
    mixed = "місто,note\nКиїв,Kyiv city\nЛьвів,Lviv\nХарків,ok\n".encode("cp1251")
    assert detect_encoding(mixed, complete=True) == ("cp1251", False)


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_without_a_bom_asks_for_an_encoding(codec: str):
    # its NUL bytes are valid UTF-8: read so, the header was 'n\x00a\x00m\x00e\x00'
    data = "name,oblast\nХарків,\nKyiv,\n".encode(codec)
    with pytest.raises(InputError, match="UTF-16 without a byte-order mark"):
        detect_encoding(data, complete=True)
    stray = b"name,x\nKyiv,\x00\n" + b"Lviv,1\n" * 20  # (a NUL in a UTF-8 file: no UTF-16)
    assert detect_encoding(stray, complete=True) == ("utf-8", False)


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_without_a_bom_with_long_cyrillic_lines_is_refused_too(codec: str):
    # few ASCII characters (NUL high bytes) beside long Cyrillic words: under a tenth of
    # the byte pairs, its bytes were read as UTF-8 (control characters and letters)
    data = (
        "назва,область\nОлександрівка,Дніпропетровська\n"
        "Білгород-Дністровський,Одеська\nПокровськ,Донецька\n"
    ).encode(codec)
    with pytest.raises(InputError, match="UTF-16 without a byte-order mark"):
        detect_encoding(data, complete=True)
    # a checkmark (high byte 0x27: no Latin or Cyrillic) in ASCII text: refused as before
    marked = "name,ok\nKyiv,\u2713\nLviv,\u2713\n".encode(codec)
    with pytest.raises(InputError, match="UTF-16 without a byte-order mark"):
        detect_encoding(marked, complete=True)


def test_a_cut_utf8_character_at_the_sample_end_is_still_utf8():
    data = "Київ".encode()[:-1]
    assert detect_encoding(data) == ("utf-8", False)


def test_undecidable_bytes_ask_for_an_encoding():
    with pytest.raises(InputError, match="--encoding"):
        detect_encoding(bytes(range(0x80, 0xA0)) * 4, complete=True)


@pytest.mark.parametrize(
    ("sample", "delimiter"),
    [
        ("a,b,c\n1,2,3\n", ","),
        ("a;b;c\n1;2,5;3\n", ";"),
        ("a\tb\n1\t2\n", "\t"),
        ('name;note\n"x, y, z";1\n', ";"),
        ("single\nvalue\n", ","),
    ],
)
def test_sniff_delimiter(sample, delimiter):
    assert sniff_delimiter(sample) == delimiter


def test_the_sniffers_errors_are_the_readers():
    """The sniffing moved out of csvio: what it raises is still csvio's InputError, a
    GazetteerError (the CLI's exit code 2), and csvio still offers the names it had."""
    import gazetteer.csvio as csvio

    with pytest.raises(InputError) as caught:
        detect_encoding(bytes(range(0x80, 0xA0)) * 4, complete=True)
    assert isinstance(caught.value, GazetteerError)
    assert (csvio.detect_encoding, csvio.sniff_delimiter) == (detect_encoding, sniff_delimiter)


def test_sniff_eol():
    assert sniff_eol("a\r\nb\r\n") == "\r\n"
    assert sniff_eol("a\nb") == "\n"
    assert sniff_eol("a\rb\r") == "\r"


def rows_of(path, **kw) -> tuple[list[str], list[list[str]]]:
    source = CsvSource(str(path), **kw)
    try:
        return source.header, [r for chunk in source.chunks(hint=64) for r in chunk.rows]
    finally:
        source.close()


def test_quoted_newlines_across_blocks(tmp_path):
    text = "id,note\n" + "".join(f'{i},"line {i}\nnext ""{i}"""\n' for i in range(200))
    path = tmp_path / "q.csv"
    path.write_text(text, encoding="utf-8", newline="")
    header, rows = rows_of(path)
    assert header == ["id", "note"]
    assert rows == [[str(i), f'line {i}\nnext "{i}"'] for i in range(200)]


def test_line_numbers_count_physical_lines(tmp_path):
    path = tmp_path / "bad.csv"
    path.write_text('a,b\n1,"x\ny"\n2,"oops"z\n3,4\n', encoding="utf-8", newline="")
    with pytest.raises(InputError, match=r"^line 4: bad quoting"):
        rows_of(path)


def test_unclosed_quote_at_end(tmp_path):
    path = tmp_path / "open.csv"
    path.write_text('a,b\n1,2\n3,"never closed\n4,5\n', encoding="utf-8", newline="")
    with pytest.raises(InputError, match=r"^line 3: unclosed quote at end of file"):
        rows_of(path)
    # kept, the quote is its own line's fault: the lines after it are rows again, none lost
    _, rows = rows_of(path, on_error="keep")
    assert rows == [["1", "2"], ["3", "never closed"], ["4", "5"]]


def test_an_unclosed_quote_kept_costs_only_its_line(tmp_path):
    path = tmp_path / "open2.csv"
    text = 'a,b\n1,"ok\nline"\n2,"x\n' + "".join(f"{i},{i}\n" for i in range(3, 40))
    path.write_text(text, encoding="utf-8", newline="")
    source = CsvSource(str(path), on_error="keep")
    try:
        chunks = list(source.chunks(hint=64))
    finally:
        source.close()
    rows = [r for c in chunks for r in c.rows]
    lines = [c.lineno(i) for c in chunks for i in range(len(c.rows))]
    assert rows[:3] == [["1", "ok\nline"], ["2", "x"], ["3", "3"]]
    assert [r[0] for r in rows] == [str(i) for i in range(1, 40)]
    assert lines == [2, *range(4, 42)]  # (the first record takes two lines)
    assert [c.lineno(i) for c in chunks for i in c.errors] == [4]


def test_stopping_names_a_long_row_before_a_bad_quote_in_its_block(tmp_path):
    path = tmp_path / "both.csv"
    path.write_text('a,b\n1,2\n3,4,5\n6,"x"y\n', encoding="utf-8", newline="")
    with pytest.raises(InputError, match=r"^line 3: 3 fields, the header has 2$"):
        rows_of(path)


def test_empty_input(tmp_path):
    path = tmp_path / "empty.csv"
    path.write_bytes(b"")
    with pytest.raises(InputError, match="empty input"):
        CsvSource(str(path))


def test_delimiter_option_and_tsv_extension(tmp_path):
    path = tmp_path / "x.tsv"
    path.write_text("a\tb,c\n1\t2,3\n", encoding="utf-8")
    assert rows_of(path)[1] == [["1", "2,3"]]
    assert rows_of(path, delimiter=",")[1] == [["1\t2", "3"]]
    with pytest.raises(InputError, match="bad delimiter"):
        CsvSource(str(path), delimiter="::")


def test_unknown_encoding_is_an_input_error(tmp_path):
    path = tmp_path / "x.csv"
    path.write_text("a\n1\n")
    with pytest.raises(InputError, match="unknown encoding"):
        CsvSource(str(path), encoding="no-such-codec")


def test_invalid_utf8_after_the_sample_names_the_line(tmp_path):
    path = tmp_path / "late.csv"
    body = b"a,b\n" + b"1,plain\n" * 20_000 + "2,Київ\n".encode("cp1251")
    path.write_bytes(body)
    with pytest.raises(InputError, match=r"^line \d+: the bytes are not valid utf-8"):
        rows_of(path)


@pytest.mark.parametrize("error", [RuntimeError, KeyboardInterrupt])
def test_atomic_path_leaves_nothing_on_failure(tmp_path, error):
    target = tmp_path / "out.csv"
    with pytest.raises(error), atomic_path(str(target)) as tmp:
        with open(tmp, "w") as f:
            f.write("partial")
        raise error
    assert os.listdir(tmp_path) == []


def test_atomic_path_replaces_only_when_done(tmp_path):
    target = tmp_path / "out.csv"
    target.write_text("old")
    with atomic_path(str(target)) as tmp:
        with open(tmp, "w") as f:
            f.write("new")
        assert target.read_text() == "old"
    assert target.read_text() == "new"
    assert os.listdir(tmp_path) == ["out.csv"]
    umask = os.umask(0)
    os.umask(umask)
    assert target.stat().st_mode & 0o777 == 0o666 & ~umask  # not mkstemp's 0600


def test_serialize_quotes_only_when_needed():
    assert serialize(["a", "b;c", 'q"', ""], ";") == 'a;"b;c";"q""";'


def test_report_formats(tmp_path):
    rec = {
        "column": "city", "value": "Kyyv", "hint": "", "status": "ambiguous", "count": 3,
        "candidates": [{"code": "UA80", "name": "Kyiv", "oblast": "UA-30", "score": 91.0}],
        "error": "", "note": "why",
    }  # fmt: skip
    write_report(str(tmp_path / "r.csv"), [rec])
    lines = (tmp_path / "r.csv").read_text(encoding="utf-8").splitlines()
    assert lines == [
        "column,value,hint,status,count,candidates,error,note",
        "city,Kyyv,,ambiguous,3,UA80 Kyiv (UA-30) 91.0,,why",
    ]
    write_report(str(tmp_path / "r.jsonl"), [rec])
    assert '"candidates": [{"code": "UA80"' in (tmp_path / "r.jsonl").read_text(encoding="utf-8")


@given(
    st.lists(st.text(alphabet='ab ,;"\t\r\nЇ', max_size=4), min_size=1, max_size=5),
    st.sampled_from([",", ";", "\t"]),
)
def test_serialize_is_what_the_csv_writer_writes(fields, delimiter):
    buf = io.StringIO()
    csv.writer(buf, delimiter=delimiter, lineterminator="\n").writerow(fields)
    assert serialize(fields, delimiter) == buf.getvalue()[:-1]


@pytest.mark.parametrize(
    ("encoding", "bom"), [("utf-8", True), ("utf-8", False), ("cp1251", False)]
)
def test_a_source_can_resume_at_any_block_it_counted(tmp_path, encoding, bom):
    """Block sizes in bytes add up to the file after its header, and reading up to a block's
    offset, or on from it, gives the same records and line numbers as reading through."""
    rows = [f'{i};"Київ\n{i}"' if i % 50 == 0 else f"{i};Львів {i}" for i in range(400)]
    path = tmp_path / "in.csv"
    body = "id;city\r\n" + "\r\n".join(rows) + "\r\n"
    path.write_bytes((codecs.BOM_UTF8 if bom else b"") + body.encode(encoding))
    src = CsvSource(str(path), encoding=encoding if not bom else None)
    src.count_bytes = True
    chunks = list(src.chunks(300))
    src.close()
    sizes = [c.nbytes for c in chunks]
    header = len(codecs.BOM_UTF8 if bom else b"") + len(b"id;city\r\n")
    assert src.header_bytes == header
    assert len(chunks) > 5 and header + sum(sizes) == path.stat().st_size
    k = len(chunks) // 2
    head, tail = (
        CsvSource(str(path), encoding=src.encoding),
        CsvSource(str(path), encoding=src.encoding),
    )
    head.stop_at(header + sum(sizes[:k]))
    tail.resume(header + sum(sizes[:k]), chunks[k].first_line)
    parts = [list(head.chunks(300)), list(tail.chunks(300))]
    head.close()
    tail.close()
    flat = lambda cs: [(c.lineno(j), r) for c in cs for j, r in enumerate(c.rows)]  # noqa: E731
    assert flat(parts[0]) == flat(chunks[:k])
    assert flat(parts[1]) == flat(chunks[k:])


def test_blank_lines_before_the_header_are_skipped(tmp_path):
    # (Excel's sep= line and a blank line after it; the header had been read as '')
    path = tmp_path / "blank.csv"
    path.write_text('sep=;\n\n\nid;place\n1;Lviv\n2;"Kyiv\n', encoding="utf-8")
    source = CsvSource(str(path))
    try:
        assert source.header == ["id", "place"]
        assert source.records_line == 5
        with pytest.raises(InputError, match=r"^line 6: unclosed quote at end of file$"):
            list(source.chunks())
    finally:
        source.close()
    path.write_text("\n\r\n\n", encoding="utf-8", newline="")
    with pytest.raises(InputError, match="empty input"):
        CsvSource(str(path))


@pytest.mark.parametrize("top", [",,,\n,,,\n", ";;\n", "\t\t\n"])
def test_excels_empty_rows_before_the_header_are_skipped(tmp_path, top):
    # (a sheet saved as CSV with its first rows empty: they had been the header '', '', '')
    delimiter = {",": ",", ";": ";", "\t": "\t"}[top[0]]
    path = tmp_path / "empty_rows.csv"
    path.write_text(top + delimiter.join(["id", "place"]) + "\n1" + delimiter + "Lviv\n")
    header, rows = rows_of(path)
    assert header == ["id", "place"] and rows == [["1", "Lviv"]]


def test_a_quote_left_open_names_its_line_not_a_one_column_header(tmp_path):
    # no delimiter parses the sample: the first line's delimiter is taken, and the reading
    # stops at the open quote (it had said: no column 'place', its columns are 'id;place')
    assert sniff_delimiter('id;place\n1;"Kharkiv\n2;Lviv\n') == ";"
    assert sniff_delimiter('id\tplace\tx\n1\t"Kharkiv\t2\n') == "\t"
    path = tmp_path / "open.csv"
    path.write_text('id;place\n1;"Kharkiv\n2;Lviv\n', encoding="utf-8")
    with pytest.raises(InputError, match=r"^line 2: unclosed quote at end of file$"):
        rows_of(path)


@pytest.mark.parametrize("top", ["\n\n", "\r\n", "  \n\t\n"])
@pytest.mark.parametrize("delimiter", [";", "\t"])
def test_blank_lines_atop_an_export_leave_its_delimiter_found(tmp_path, top, delimiter):
    # no sep= line: the delimiter is sniffed from the header, not from the blank lines
    # above it (they had made it ',' and the header one column, 'id;place'); a line of
    # spaces is as blank as an empty one
    path = tmp_path / "top.csv"
    path.write_text(f"{top}id{delimiter}place\n1{delimiter}Lviv\n", encoding="utf-8", newline="")
    assert sniff_delimiter(path.read_text(encoding="utf-8")) == delimiter
    source = CsvSource(str(path))
    try:
        assert source.header == ["id", "place"]
        assert source.records_line == top.count("\n") + 2
    finally:
        source.close()


def test_no_property_test_runs_against_the_clock():
    # (tests/conftest.py's profile: a loaded machine made examples miss the 200 ms deadline)
    from hypothesis import HealthCheck, settings

    assert settings().deadline is None
    assert HealthCheck.too_slow in settings().suppress_health_check
