"""The pre-scan: its reading of a file, what it resolves, and the forked second half."""

from __future__ import annotations

import os

import pytest
from test_batch import Fake  # the tiny resolver the batch tests use

from gazetteer import batch, prescan
from gazetteer.batch import Normalizer
from gazetteer.batchio import normalize_file
from gazetteer.csvio import CsvSource, InputError


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


@pytest.mark.parametrize("encoding", ["utf-8", "cp1251", "utf-16"])
def test_keys_with_unit_columns_are_the_full_passs(tmp_path, monkeypatch, encoding):
    """With raion and hromada columns, the keys are the values read with their units, as
    the full pass makes them, in byte blocks, text blocks and quoted ones alike."""
    from gazetteer.unitcols import with_units

    monkeypatch.setattr(prescan, "BLOCK_BYTES", 256)
    monkeypatch.setattr(CsvSource.chunks, "__defaults__", (256,))
    rows, want = [], set()
    for i in range(300):
        city = ["Іванівка", "Lyman", ""][i % 3]
        raion, hromada = ["Бериславський", "", "Kramatorskyi raion"][i % 3], ["", "Lymanska"][i % 2]
        quoted = i == 200
        rows.append(
            f'{i};"{city}";{raion};{hromada}' if quoted else f"{i};{city};{raion};{hromada}"
        )
        want.add(with_units([city], [([raion], "raion"), ([hromada], "hromada")])[0])
    path = tmp_path / "in.csv"
    path.write_bytes(("id;city;raion;hromada\n" + "\n".join(rows) + "\n").encode(encoding))
    source = CsvSource(str(path))
    keys = set()
    for block in prescan.scan_keys(
        str(path), source, [1], None, None, [(2, "raion"), (3, "hromada")]
    ):
        keys.update(block)
    source.close()
    assert keys == want
    assert "Іванівка, Бериславський raion" in keys and "Lyman, Lymanska hromada" in keys


@pytest.mark.parametrize("jobs", [1, 2])
def test_a_prescan_resolves_every_value_before_the_first_row(tmp_path, monkeypatch, jobs):
    """Each distinct (value, hint) resolved once, all of them before any row is written;
    quoted blocks, short rows and CRLF endings are scanned too."""
    monkeypatch.setattr(CsvSource.chunks, "__defaults__", (2048,))
    monkeypatch.setattr(batch, "PARALLEL_MIN", 20)
    lines = [
        f'{i},"v{i % 700}",h{i % 3}' if i % 5 == 0 else f"{i},v{i % 700},h{i % 3}"
        for i in range(4000)
    ]
    lines[100] = "100"  # a short row: blank value, blank hint
    src = tmp_path / "in.csv"
    src.write_bytes(("n,city,h\r\n" + "\r\n".join(lines) + "\r\n").encode())
    fake = Fake()
    written: list[int] = []  # the cache's size when the first row is written
    real = batch.Normalizer.preload

    def preload(self, blocks, limit=None):
        done = real(self, blocks, limit)
        written.append(len(self.cache))
        return done

    monkeypatch.setattr(batch.Normalizer, "preload", preload)
    summary = normalize_file(
        str(src), str(tmp_path / "o.csv"), columns=["city"], oblast_column="h",
        gazetteer=fake, jobs=jobs,
    )  # fmt: skip
    keys = {(f"v{i % 700}", f"h{i % 3}") for i in range(4000) if i != 100}
    assert written == [len(keys) + 1]  # and the blank of the short row
    assert summary.distinct == len(keys)
    if jobs == 1:  # the workers' calls are not seen here
        assert sorted(fake.calls) == sorted(keys)


def test_a_prescan_stops_at_the_cache_limit_and_the_file_streams(tmp_path, monkeypatch):
    monkeypatch.setattr(batch, "CACHE_LIMIT", 50)
    src = tmp_path / "in.csv"
    src.write_text("city\n" + "".join(f"v{i % 400}\n" for i in range(2000)))
    norm = Normalizer(Fake(), jobs=1)
    assert not norm.preload([[f"v{i}" for i in range(30)], [f"w{i}" for i in range(30)]])
    assert len(norm.cache) == 30  # the first block's, resolved; the second's never
    outs = []
    for scan in (True, False):
        out = tmp_path / f"o{scan}.csv"
        normalize_file(str(src), str(out), columns=["city"], gazetteer=Fake(), prescan=scan)
        outs.append(out.read_bytes())
    assert outs[0] == outs[1]


def _split_file(tmp_path, encoding: str, bom: bool, extra: str = "") -> str:
    rows = []
    for i in range(3000):
        city = ["Kyiv", "Lviv", "", "zzz", f"v{i % 97}", "Київ"][i % 6]
        rows.append(f'{i};"{city}";amb' if i % 400 < 40 else f"{i};{city};{'amb' if i % 7 else ''}")
    rows[2500] += extra
    text = "id;city;h\r\n" + "\r\n".join(rows) + "\r\n"
    src = tmp_path / f"in-{encoding}.csv"
    src.write_bytes((b"\xef\xbb\xbf" if bom else b"") + text.encode(encoding))
    return str(src)


@pytest.mark.parametrize(("encoding", "bom"), [("utf-8", True), ("cp1251", False)])
def test_a_forked_second_half_writes_what_one_process_does(
    tmp_path, monkeypatch, second_halves, encoding, bom
):
    """After a pre-scan, a forked process writes the file's second half: same bytes, counts
    and report as one process writing it all (quoted blocks, CRLF, a BOM, cp1251)."""
    monkeypatch.setattr(CsvSource.chunks, "__defaults__", (2048,))
    src = _split_file(tmp_path, encoding, bom)
    got = {}
    for jobs in (1, 2):
        out, report = tmp_path / f"o{jobs}.csv", tmp_path / f"r{jobs}.csv"
        summary = normalize_file(
            src, str(out), columns=["city"], oblast_column="h", gazetteer=Fake(),
            jobs=jobs, report=str(report),
        )  # fmt: skip
        got[jobs] = (out.read_bytes(), report.read_bytes(), summary.rows, summary.status)
    assert [h is not None for h in second_halves] == [False, True]  # forked with two jobs only
    assert got[1] == got[2]
    assert got[2][2] == 3000 and got[2][3]["city"]["ambiguous"] > 0
    assert sorted(p.name for p in tmp_path.iterdir()) == [  # the part was appended, then removed
        os.path.basename(src),
        "o1.csv",
        "o2.csv",
        "r1.csv",
        "r2.csv",
    ]


def test_progress_counts_the_rows_of_both_halves(tmp_path, monkeypatch):
    """While a forked process writes the second half, the progress shown counts its rows
    and bytes too: the last call says every row is written and the whole file read."""
    monkeypatch.setattr(CsvSource.chunks, "__defaults__", (2048,))
    src = _split_file(tmp_path, "utf-8", False)
    calls: list[tuple[int, int, int | None]] = []
    summary = normalize_file(
        src, str(tmp_path / "o.csv"), columns=["city"], oblast_column="h", gazetteer=Fake(),
        jobs=2, progress=lambda rows, done, total: calls.append((rows, done, total)),
    )  # fmt: skip
    assert summary.rows == 3000
    rows, done, total = calls[-1]
    assert rows == 3000
    assert total == os.path.getsize(src) and done >= 0.95 * total
    assert all(r <= 3000 and (t is None or d <= t) for r, d, t in calls)


def test_a_bad_row_in_the_second_half_names_its_line(tmp_path, monkeypatch):
    monkeypatch.setattr(CsvSource.chunks, "__defaults__", (2048,))
    src = _split_file(tmp_path, "utf-8", False, extra=";surplus")
    out = tmp_path / "o.csv"
    with pytest.raises(InputError, match=r"^line 2502: 4 fields, the header has 3$"):
        normalize_file(src, str(out), columns=["city"], oblast_column="h", gazetteer=Fake(), jobs=2)
    assert not out.exists()


def test_the_workers_end_before_the_outcomes_are_stored(tmp_path, monkeypatch):
    """Once a complete pre-scan's values are all collected, the workers are ended before the
    outcomes are stored (the parent's peak: each outcome held, and the leaning's own), not
    after, when their memory would add to that peak; the output is the same as one process's."""
    monkeypatch.setattr(batch, "PARALLEL_MIN", 20)
    rows = [f"{i};{['Kyiv', 'Lviv', f'v{i % 300}', 'Київ'][i % 4]};{'amb' if i % 5 else ''}"
            for i in range(3000)]  # fmt: skip
    src = tmp_path / "in.csv"
    src.write_text("id;city;h\n" + "\n".join(rows) + "\n", encoding="utf-8")
    seen: list[tuple[int, bool]] = []
    store_all = Normalizer._store_all

    def watched(self, keys, outcomes, where, **kw):
        seen.append((len(keys), self._pool.started))
        store_all(self, keys, outcomes, where, **kw)

    monkeypatch.setattr(Normalizer, "_store_all", watched)
    submitted = []
    monkeypatch.setattr(
        batch.WorkerPool,
        "start",
        lambda self, s=batch.WorkerPool.start: submitted.append(1) or s(self),
    )
    got = {}
    for jobs in (1, 2):
        out = tmp_path / f"o{jobs}.csv"
        normalize_file(
            str(src), str(out), columns=["city"], oblast_column="h", gazetteer=Fake(), jobs=jobs
        )
        got[jobs] = out.read_bytes()
    assert got[1] == got[2]
    assert submitted  # the workers did resolve
    assert max(seen) == (len({r.split(";", 1)[1] for r in rows}), False)
