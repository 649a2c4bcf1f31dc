"""The batch engine and file normalisation, against a tiny in-test resolver."""

from __future__ import annotations

import csv
import json
import multiprocessing
import os
import random

import pytest

from gazetteer import batch
from gazetteer.batch import FIELDS, Normalizer
from gazetteer.batchio import normalize_file
from gazetteer.csvio import CsvSource, InputError
from gazetteer.errors import GazetteerError, UnknownSourceError
from gazetteer.model import Entry, Match, Resolution
from gazetteer.rows import normalize_rows, normalize_series
from gazetteer.writers import serialize

KYIV = Entry("UA80000000000093317", "Kyiv", "Київ", "K", "UA-30")
LVIV = Entry("UA46060250010015970", "Lviv", "Львів", "M", "UA-46")
PLACES = {"kyiv": KYIV, "київ": KYIV, "lviv": LVIV, "львів": LVIV}


class Fake:
    """Knows two cities; 'amb' as a hint makes a match ambiguous; 'bad' is refused."""

    def __init__(self, fail_after: int | None = None, interrupt: bool = False) -> None:
        self.calls: list[tuple[str, str | None]] = []
        self.fail_after = fail_after
        self.interrupt = interrupt

    def resolve(self, value, *, oblast=None, min_score=None, sources=None):
        self.calls.append((value, oblast))
        if self.fail_after is not None and len(self.calls) > self.fail_after:
            raise KeyboardInterrupt if self.interrupt else RuntimeError("resolver broke")
        if sources == ["nope"]:
            raise UnknownSourceError("unknown name source 'nope'")
        if oblast == "bad":
            raise GazetteerError(f"unknown oblast {oblast!r}")
        entry = PLACES.get(value.strip().lower())
        if entry is None:
            near = Match(LVIV, 41.5, "fuzzy", "Lviv")
            return Resolution(value, "unmatched", None, (near,))
        m = Match(entry, 97.25, "exact", entry.name)
        status = "ambiguous" if oblast == "amb" else "matched"
        return Resolution(value, status, m, (m, Match(LVIV, 90.0, "fuzzy", "Lviv")))

    def resolve_many(self, values, *, oblast=None, sources=None):
        self.calls.append(("<group>", ",".join(values)))
        return [self.resolve(v, oblast=oblast) for v in values]


def read(path, delimiter: str = ",") -> list[list[str]]:
    with open(path, encoding="utf-8-sig", newline="") as f:
        return list(csv.reader(f, delimiter=delimiter))


def cols(name: str) -> list[str]:
    return [f"{name}_{f}" for f in FIELDS]


def test_each_distinct_value_is_resolved_once():
    fake = Fake()
    norm = Normalizer(fake)
    cells = norm.cells("c", ["Kyiv", "Lviv", "Kyiv", "", "Kyiv", "zzz", "zzz"])
    assert sorted(fake.calls) == [("Kyiv", None), ("Lviv", None), ("zzz", None)]
    assert [c[6] for c in cells] == ["matched"] * 3 + ["unmatched", "matched"] + ["unmatched"] * 2
    assert cells[0] == (KYIV.code, "Kyiv", "Київ", "K", "UA-30", "97.2", "matched", "exact")
    norm.flush()
    assert norm.status["c"] == {"matched": 4, "unmatched": 3, "blank": 1}


def test_normalize_rows_keeps_rows_and_adds_the_fields():
    rows = [{"id": 1, "city": "Kyiv", "hint": "amb"}, {"id": 2, "city": None, "hint": ""}]
    out = list(normalize_rows(rows, column="city", oblast_column="hint", gazetteer=Fake()))
    assert [r["id"] for r in out] == [1, 2]
    assert list(out[0]) == ["id", "city", "hint", *cols("city")]
    assert out[0]["city_status"] == "ambiguous" and out[0]["city_code"] == KYIV.code
    assert out[1]["city_status"] == "unmatched" and out[1]["city_code"] == ""


def test_normalize_rows_refused_value_raises_or_is_kept():
    rows = [{"c": "Kyiv", "h": "bad"}]
    with pytest.raises(InputError, match="unknown oblast"):
        list(normalize_rows(rows, column="c", oblast_column="h", gazetteer=Fake()))
    kept = normalize_rows(rows, column="c", oblast_column="h", gazetteer=Fake(), on_error="keep")
    out = list(kept)
    assert out[0]["c_status"] == "error"


def test_normalize_series_frame():
    pd = pytest.importorskip("pandas")
    series = pd.Series(["Kyiv", None, "Lviv"], name="town", index=[10, 11, 12])
    frame = normalize_series(series, gazetteer=Fake(), min_score=98)
    assert list(frame.columns) == cols("town")
    assert list(frame.index) == [10, 11, 12]
    assert list(frame["town_status"]) == ["unmatched"] * 3  # 97.25 < min_score 98


def test_normalize_series_of_a_list_or_tuple_numbers_its_rows():
    pytest.importorskip("pandas")
    for values in (["Kyiv", "Lviv"], ("Kyiv", "Lviv")):
        frame = normalize_series(values, gazetteer=Fake())
        assert list(frame.index) == [0, 1] and list(frame.columns) == cols("value")


def test_an_unknown_on_error_is_named():
    with pytest.raises(ValueError, match="on_error must be one of stop, keep, not 'skip'"):
        list(normalize_rows([{"c": "Kyiv"}], column="c", gazetteer=Fake(), on_error="skip"))


def write(path, text: str, encoding: str = "utf-8") -> str:
    path.write_bytes(text.encode(encoding))
    return str(path)


@pytest.mark.parametrize(
    ("encoding", "bom"),
    [("utf-8", False), ("utf-8-sig", True), ("utf-16", True), ("cp1251", False)],
)
def test_round_trip_keeps_every_field(tmp_path, encoding, bom):
    text = 'id;місто;note\r\n1;Київ;"line one\r\nline; two"\r\n2;;\r\n3;Львів;"say ""hi"""\r\n'
    src = write(tmp_path / "in.csv", text, encoding)
    out = tmp_path / "out.csv"
    normalize_file(src, str(out), columns=["місто"], gazetteer=Fake())
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") == bom
    rows = read(out, ";")
    assert rows[0] == ["id", "місто", "note", *cols("місто")]
    assert [r[:3] for r in rows[1:]] == [
        ["1", "Київ", "line one\r\nline; two"],
        ["2", "", ""],
        ["3", "Львів", 'say "hi"'],
    ]
    assert [r[3] for r in rows[1:]] == [KYIV.code, "", LVIV.code]
    assert b";" in raw.split(b"\r\n")[0]  # the delimiter is kept


def test_order_and_count_with_repeats_blanks_and_junk(tmp_path):
    values = ["Kyiv", "", "Lviv", "Kyiv", "@@@", "  ", "Kyiv", "qwerty", "Lviv"] * 500
    src = tmp_path / "in.csv"
    src.write_text("n,city\n" + "".join(f"{i},{v}\n" for i, v in enumerate(values)))
    fake = Fake()
    out = tmp_path / "out.tsv"
    summary = normalize_file(str(src), str(out), columns=["city"], gazetteer=fake)
    with open(out, newline="") as f:
        rows = list(csv.reader(f, delimiter="\t"))
    assert rows[0] == ["n", "city", *cols("city")]
    assert [r[:2] for r in rows[1:]] == [[str(i), v] for i, v in enumerate(values)]
    assert len(fake.calls) == 4
    assert summary.distinct == 4  # blank cells are never looked up, nor counted
    assert summary.rows == len(values)
    assert summary.status["city"]["matched"] == 2500


def test_short_rows_are_padded_and_blank_lines_kept(tmp_path):
    src = write(tmp_path / "in.csv", "a,city,b\n1,Kyiv\n\n2,Lviv,x\n")
    out = tmp_path / "out.csv"
    normalize_file(src, str(out), columns=["city"], gazetteer=Fake())
    rows = read(out)
    assert [r[:3] for r in rows[1:]] == [["1", "Kyiv", ""], ["", "", ""], ["2", "Lviv", "x"]]
    assert all(len(r) == 11 for r in rows)


@pytest.mark.parametrize("quote", ["", '"'])
def test_a_trailing_delimiter_on_the_records_only_is_no_error(tmp_path, quote):
    # Excel and others end each record, not the header, with a delimiter: empty fields
    # past the header's are dropped (as from a workbook), other surplus is still an error
    text = f"a;city\r\n1;{quote}Kyiv{quote};\r\n2;Lviv;;\r\n3;Kyiv;x\r\n"
    src = write(tmp_path / "in.csv", text)
    out = tmp_path / "out.csv"
    with pytest.raises(InputError, match=r"^line 4: 3 fields, the header has 2$"):
        normalize_file(src, str(out), columns=["city"], gazetteer=Fake())
    summary = normalize_file(src, str(out), columns=["city"], gazetteer=Fake(), on_error="keep")
    rows = read(out, ";")
    assert [len(r) for r in rows] == [10, 10, 10, 11]
    assert [r[:2] + r[-2:-1] for r in rows[1:3]] == [
        ["1", "Kyiv", "matched"],
        ["2", "Lviv", "matched"],
    ]
    assert summary.status["city"]["error"] == 1 and rows[3][-1] == "x"


def test_unknown_column_names_the_header(tmp_path):
    src = write(tmp_path / "in.csv", "id,city\n1,Kyiv\n")
    with pytest.raises(InputError, match=r"'town'.*'id', 'city'"):
        normalize_file(src, str(tmp_path / "o.csv"), columns=["town"], gazetteer=Fake())


def test_header_collision_needs_overwrite(tmp_path):
    src = write(tmp_path / "in.csv", "city,city_code,x\nKyiv,old,1\n")
    out = tmp_path / "out.csv"
    with pytest.raises(InputError, match=r"city_code.*--overwrite"):
        normalize_file(src, str(out), columns=["city"], gazetteer=Fake())
    assert not out.exists()
    normalize_file(src, str(out), columns=["city"], gazetteer=Fake(), overwrite=True)
    rows = read(out)
    assert rows[0] == ["city", "city_code", "x", *cols("city")[1:]]
    assert rows[1][:3] == ["Kyiv", KYIV.code, "1"]
    again = tmp_path / "again.csv"
    normalize_file(str(out), str(again), columns=["city"], gazetteer=Fake(), overwrite=True)
    assert read(again) == rows


@pytest.mark.parametrize(
    ("text", "line"),
    [("a,city\n1,Kyiv\n2,Lviv,extra\n3,Kyiv\n", 3), ('a,city\n1,Kyiv\n2,"Lviv\n3,x\n', 3)],
)
def test_malformed_rows_stop_with_the_line(tmp_path, text, line):
    src = write(tmp_path / "in.csv", text)
    out = tmp_path / "out.csv"
    with pytest.raises(InputError, match=f"^line {line}: "):
        normalize_file(src, str(out), columns=["city"], gazetteer=Fake())
    assert os.listdir(tmp_path) == ["in.csv"]


def test_malformed_rows_kept_with_status_error(tmp_path):
    src = write(tmp_path / "in.csv", 'a,city\n1,Kyiv\n2,Lviv,extra\n3,Kyiv\n4,"open\n5,x\n')
    out = tmp_path / "out.csv"
    summary = normalize_file(src, str(out), columns=["city"], gazetteer=Fake(), on_error="keep")
    rows = read(out)
    assert [r[8] for r in rows[1:]] == ["matched", "error", "matched", "error", "unmatched"]
    assert rows[2][:2] == ["2", "Lviv"] and rows[2][-1] == "extra"
    assert rows[4][:2] == ["4", "open"] and rows[5][:2] == ["5", "x"]  # the quote's line only
    assert summary.status["city"]["error"] == 2


@pytest.mark.parametrize("interrupt", [False, True])
def test_interrupted_run_leaves_no_file(tmp_path, monkeypatch, interrupt):
    monkeypatch.setattr(batch, "CACHE_LIMIT", 10)  # keep resolving as rows stream by
    src = tmp_path / "in.csv"
    src.write_text("city\n" + "".join(f"town{i}\n" for i in range(200_000)))
    out = tmp_path / "out.csv"
    fake = Fake(fail_after=150_000, interrupt=interrupt)
    with pytest.raises(KeyboardInterrupt if interrupt else RuntimeError):
        normalize_file(str(src), str(out), columns=["city"], gazetteer=fake, jobs=1)
    assert sorted(os.listdir(tmp_path)) == ["in.csv"]


def test_jsonl_output(tmp_path):
    src = write(tmp_path / "in.csv", "id,city\n1,Kyiv\n2,\n")
    out = tmp_path / "out.jsonl"
    normalize_file(src, str(out), columns=["city"], gazetteer=Fake())
    lines = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert list(lines[0]) == ["id", "city", *cols("city")]
    assert lines[0]["city_name_uk"] == "Київ" and lines[1]["city_status"] == "unmatched"


def test_report_lists_unmatched_and_ambiguous_by_count(tmp_path):
    body = "city,h\n" + "zzz,\n" * 3 + "Kyiv,amb\n" + "qq,\n" * 5 + "Kyiv,\n" + ",\n"
    src = write(tmp_path / "in.csv", body)
    report = tmp_path / "report.csv"
    normalize_file(
        src, str(tmp_path / "o.csv"), columns=["city"], oblast_column="h",
        gazetteer=Fake(), report=str(report),
    )  # fmt: skip
    rows = read(report)
    assert rows[0] == ["column", "value", "hint", "status", "count", "candidates", "error", "note"]
    assert [r[1:5] for r in rows[1:]] == [
        ["qq", "", "unmatched", "5"],
        ["zzz", "", "unmatched", "3"],
        ["Kyiv", "amb", "ambiguous", "1"],
    ]
    assert rows[1][5] == f"{LVIV.code} Lviv (UA-46) 41.5"
    assert rows[3][5].startswith(f"{KYIV.code} Kyiv (UA-30) 97.2")


def test_context_groups_are_runs(tmp_path):
    src = write(tmp_path / "in.csv", "doc,city\nA,Kyiv\nA,Lviv\nB,Kyiv\nA,Lviv\n")
    fake = Fake()
    normalize_file(
        src, str(tmp_path / "o.csv"), columns=["city"], context_column="doc", gazetteer=fake
    )
    groups = [c[1] for c in fake.calls if c[0] == "<group>"]
    assert groups == ["Kyiv,Lviv", "Kyiv", "Lviv"]


def test_unknown_source_stops_even_when_keeping(tmp_path):
    src = write(tmp_path / "in.csv", "city\nKyiv\n")
    with pytest.raises(UnknownSourceError):
        normalize_file(
            src, str(tmp_path / "o.csv"), columns=["city"], gazetteer=Fake(),
            sources=["nope"], on_error="keep",
        )  # fmt: skip


def test_process_pool_gives_the_same_output(tmp_path, monkeypatch):
    monkeypatch.setattr(batch, "PARALLEL_MIN", 10)
    values = [f"v{i % 300}" for i in range(3000)] + ["Kyiv", "Lviv"]
    src = tmp_path / "in.csv"
    src.write_text("city\n" + "\n".join(values) + "\n")
    one, two = tmp_path / "one.csv", tmp_path / "two.csv"
    normalize_file(str(src), str(one), columns=["city"], gazetteer=Fake(), jobs=1)
    normalize_file(str(src), str(two), columns=["city"], gazetteer=Fake(), jobs=2)
    assert one.read_bytes() == two.read_bytes()


class WarmFake(Fake):
    """A Fake that counts its warm-ups, each with the worker count seen then."""

    def __init__(self) -> None:
        super().__init__()
        self.warmed: list[int] = []

    def warm(self) -> None:
        self.warmed.append(len(multiprocessing.active_children()))


@pytest.mark.parametrize("prescan", [False, True])
def test_resolver_is_warmed_once_before_the_workers_fork(tmp_path, monkeypatch, prescan):
    monkeypatch.setattr(batch, "PARALLEL_MIN", 10)
    src = tmp_path / "in.csv"
    src.write_text("city\n" + "\n".join(f"v{i % 300}" for i in range(3000)) + "\n")
    fake = WarmFake()
    out = tmp_path / "out.csv"
    normalize_file(str(src), str(out), columns=["city"], gazetteer=fake, jobs=2, prescan=prescan)
    assert fake.warmed == [0]  # once, and no worker was running yet
    single = WarmFake()
    normalize_file(str(src), str(out), columns=["city"], gazetteer=single, jobs=1, prescan=prescan)
    assert single.warmed == []  # no workers, nothing to share


@pytest.mark.parametrize("prescan", [False, True])
@pytest.mark.parametrize("limit", [None, 500])
def test_workers_resolving_ahead_give_the_same_output(tmp_path, monkeypatch, limit, prescan):
    """Blocks written while the workers resolve the next ones, irregular blocks between them,
    and (with a limit) the cache cleared on the way: the same bytes as one process. With a
    pre-scan, the limit stops it and the file streams as without."""
    monkeypatch.setattr(CsvSource.chunks, "__defaults__", (2048,))  # ~150 rows a block
    monkeypatch.setattr(batch, "PARALLEL_MIN", 20)
    if limit:
        monkeypatch.setattr(batch, "CACHE_LIMIT", limit)
    rows, cities = [], set()
    for i in range(6000):
        city = f"v{i // 2}" if i % 3 else ["Kyiv", "Lviv", "", f"v{i // 7}"][i % 4]
        cities.add(city)
        rows.append(f'{i},"{city}"' if i // 1000 == 3 else f"{i},{city}")  # quotes: not plain
        if i == 4500:
            rows.append("4500.5")  # a short row: its block is not plain either
    src = tmp_path / "in.csv"
    src.write_text("n,city\n" + "\n".join(rows) + "\n")
    one, two = tmp_path / "one.csv", tmp_path / "two.csv"
    kw = {"columns": ["city"], "gazetteer": Fake(), "prescan": prescan}
    first = normalize_file(str(src), str(one), jobs=1, **kw)
    second = normalize_file(str(src), str(two), jobs=2, **kw)
    assert one.read_bytes() == two.read_bytes()
    assert first.status == second.status and first.rows == second.rows == 6001
    if limit is None:  # each distinct value resolved once, whichever process did it
        assert first.distinct == second.distinct == len(cities - {""})


@pytest.mark.parametrize("prescan", [True, False])
@pytest.mark.parametrize("eol", ["\n", "\r\n"])
def test_many_blocks_of_mixed_records_match_a_plain_csv_reading(
    tmp_path, monkeypatch, eol, prescan
):
    """Quote-free blocks (the fast path), quoted ones, short rows, blank lines, odd counts."""
    monkeypatch.setattr(CsvSource.chunks, "__defaults__", (4096,))  # blocks of ~4 kB

    rng = random.Random(3)
    cities = ["Kyiv", "Lviv", "Львів", "junk", "", "Kyiv;x", 'say "Kyiv"', "two\nlines"]
    lines = []
    for i in range(30_000):
        kind = i // 1_000 % 4  # runs: plain, quoted, plain with odd rows, quoted with odd rows
        quoted, odd = kind % 2 == 1, kind >= 2
        city = rng.choice(cities if quoted else cities[:5])
        row = [str(i), city, rng.choice(["", "note", "a b"])]
        if odd and rng.random() < 0.01:
            row = row[:2]  # a short row, padded in the output
        lines.append(serialize(row, ";") if quoted else ";".join(row))
        if odd and rng.random() < 0.005:
            lines.append("")  # a blank line is a row of empty fields
    src = tmp_path / "in.csv"
    src.write_bytes(("id;city;note" + eol + eol.join(lines) + eol).encode())
    out = tmp_path / "out.csv"
    normalize_file(str(src), str(out), columns=["city"], gazetteer=Fake(), prescan=prescan)
    with open(src, encoding="utf-8", newline="") as f:
        want = [r + [""] * (3 - len(r)) for r in csv.reader(f, delimiter=";")]
    fake = Fake()
    cells = {v: batch.outcome_of(fake.resolve(v)).cell for v in set(cities)}
    cells[""] = batch.UNMATCHED
    got = read(out, ";")
    assert got[0] == [*want[0], *cols("city")]
    assert len(got) == len(want)
    assert got[1:] == [[*r, *cells[r[1]]] for r in want[1:]]
    assert out.read_bytes().count(eol.encode()) >= len(want)


def test_the_gazetteers_memo_is_emptied_once_values_are_cached(gz, tmp_path):
    """The batch cache keeps each outcome; the gazetteer's own memo would grow with the file."""
    src = write(tmp_path / "in.csv", "city\nKyiv\nKharkof\nKyiv\n")
    gz.resolve("Lviv")
    assert gz._resolve.cache_info().currsize > 0  # the memo this relies on is still there
    summary = normalize_file(src, str(tmp_path / "out.csv"), columns=["city"], gazetteer=gz)
    assert summary.rows == 3 and summary.distinct == 2
    assert gz._resolve.cache_info().currsize == 0


def test_an_output_path_that_cannot_be_made_raises_a_gazetteer_error(tmp_path):
    from gazetteer.errors import OutputError
    from gazetteer.writers import atomic_path

    nowhere = str(tmp_path / "nowhere" / "out.csv")
    with pytest.raises(OutputError, match=r"cannot write .*nowhere/out\.csv: No such file"):
        atomic_path(nowhere).__enter__()
    (tmp_path / "taken").mkdir()
    with pytest.raises(OutputError, match="taken"), atomic_path(str(tmp_path / "taken")):
        pass
    assert [p.name for p in tmp_path.iterdir()] == ["taken"]  # the part file is gone
