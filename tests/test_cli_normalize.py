"""``gazetteer normalize`` through the real entry point, on the embedded KATOTTG."""

from __future__ import annotations

import contextlib
import csv
import io
import json
import os
import random
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FIELDS = ["code", "name", "name_uk", "category", "oblast", "score", "status", "match"]


ENV = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")])}
COMMAND = [sys.executable, "-c", "from gazetteer.cli import main; main()", "normalize"]


def run(*args: str, stdin: bytes = b"", cwd: Path | None = None) -> subprocess.CompletedProcess:
    cmd = [*COMMAND, *args]
    return subprocess.run(cmd, input=stdin, capture_output=True, cwd=cwd, env=ENV, timeout=300)


def test_stdin_to_stdout_with_row_hints():
    data = "id;place;region\n1;Kreminna;\n2;Bila Tserkva;Kyiv oblast\n3;;\n4;Qwxzzyq;\n"
    done = run("-", "--column", "place", "--oblast-column", "region", stdin=data.encode())
    assert done.returncode == 0, done.stderr
    rows = list(csv.reader(io.StringIO(done.stdout.decode("utf-8")), delimiter=";"))
    assert rows[0] == ["id", "place", "region", *(f"place_{f}" for f in FIELDS)]
    assert [r[0] for r in rows[1:]] == ["1", "2", "3", "4"]
    kreminna, bila, blank, junk = (dict(zip(rows[0], r, strict=True)) for r in rows[1:])
    assert kreminna["place_code"].startswith("UA4412")
    assert kreminna["place_status"] in ("matched", "ambiguous")  # best candidate filled either way
    assert kreminna["place_name_uk"] == "Кремінна"
    assert bila["place_code"].startswith("UA32") and bila["place_oblast"] == "UA-32"
    assert blank["place_status"] == "unmatched" and blank["place_code"] == ""
    assert junk["place_status"] == "unmatched"
    summary = done.stderr.decode().strip().splitlines()
    assert len(summary) == 1 and summary[0].startswith("4 rows in ")


def test_file_to_jsonl_with_report(tmp_path):
    src = tmp_path / "in.csv"
    src.write_bytes("\ufeffcity,n\nKreminna,1\nKreminna,2\nQwxzzyq,3\nQwxzzyq,4\n".encode())
    report = tmp_path / "report.csv"
    done = run(str(src), "-o", str(tmp_path / "out.jsonl"), "--column", "city",
               "--report", str(report))  # fmt: skip
    assert done.returncode == 0, done.stderr
    lines = (tmp_path / "out.jsonl").read_text(encoding="utf-8").splitlines()
    records = [json.loads(x) for x in lines]
    assert [r["n"] for r in records] == ["1", "2", "3", "4"]
    assert records[0]["city_code"].startswith("UA4412")
    with open(report, encoding="utf-8", newline="") as f:
        reported = list(csv.DictReader(f))
    found = {r["value"]: (r["count"], r["status"]) for r in reported}
    assert found["Qwxzzyq"] == ("2", "unmatched")
    assert all(status != "matched" for _, status in found.values())
    as_json = tmp_path / "report.json"  # a report named .json is one JSON array
    done = run(str(src), "-o", str(tmp_path / "out.csv"), "--column", "city",
               "--report", str(as_json))  # fmt: skip
    assert done.returncode == 0, done.stderr
    reported = json.loads(as_json.read_text(encoding="utf-8"))
    assert {r["value"]: r["count"] for r in reported}["Qwxzzyq"] == 2


@pytest.mark.parametrize(
    ("text", "args", "message"),
    [
        ("id,city\n1,Kyiv\n", ["--column", "town"], "no column 'town' in the input"),
        (
            "id,City \n1,Kyiv\n",
            ["--column", "city"],
            "no column 'city' in the input (did you mean 'City '?)",
        ),
        ("city,city_code\nKyiv,x\n", ["--column", "city"], "--overwrite"),
        ("id,city\n1,Kyiv\n2,Lviv,extra\n", ["--column", "city"], "line 3: 3 fields"),
        ('id,city\n1,Kyiv\n2,"Lviv\n', ["--column", "city"], "line 3: unclosed quote"),
        (
            "id,city\n1,Kyiv\n",
            ["--column", "city", "--raion-column", "district"],
            "no column 'district' in the input",
        ),
    ],
)
def test_errors_are_one_line_and_exit_2(tmp_path, text, args, message):
    src = tmp_path / "in.csv"
    src.write_text(text, encoding="utf-8")
    out = tmp_path / "out.csv"
    done = run(str(src), "-o", str(out), *args)
    err = done.stderr.decode()
    assert done.returncode == 2
    assert message in err and len(err.strip().splitlines()) == 1, err
    assert "Traceback" not in err
    assert os.listdir(tmp_path) == ["in.csv"]  # (no output file, nor a partial one)


def test_keep_passes_malformed_rows_through(tmp_path):
    src = tmp_path / "in.csv"
    src.write_text("id,city\n1,Kreminna\n2,Kreminna,extra\n", encoding="utf-8")
    out = tmp_path / "out.csv"
    done = run(str(src), "-o", str(out), "--column", "city", "--on-error", "keep")
    assert done.returncode == 0, done.stderr
    with open(out, encoding="utf-8", newline="") as f:
        rows = list(csv.reader(f))
    assert rows[1][8] in ("matched", "ambiguous") and rows[2][8] == "error"
    assert rows[2][-1] == "extra"


def test_parquet_output_through_the_command(tmp_path):
    pq = pytest.importorskip("pyarrow.parquet")
    src = tmp_path / "in.csv"
    src.write_text("id,place\n1,Kreminna\n2,\n", encoding="utf-8")
    done = run(str(src), "-o", str(tmp_path / "out.parquet"), "--column", "place")
    assert done.returncode == 0, done.stderr
    table = pq.read_table(tmp_path / "out.parquet")
    assert table.column_names == ["id", "place", *(f"place_{f}" for f in FIELDS)]
    assert table.column("place_code").to_pylist()[0].startswith("UA4412")
    assert table.column("place_status").to_pylist()[1] == "unmatched"


def typo_names(count: int) -> list[str]:
    """Real KATOTTG Latin names with one letter changed: each one a fuzzy search."""
    with open(ROOT / "data" / "katottg.tsv", encoding="utf-8") as f:
        rows = csv.DictReader((x for x in f if not x.startswith("#")), delimiter="\t")
        latin = sorted({r["name"] for r in rows if len(r["name"]) > 5})
    rng = random.Random(5)
    out = set()
    while len(out) < count:
        name = rng.choice(latin)
        i = rng.randrange(1, len(name) - 1)
        out.add(name[:i] + rng.choice("aeiouklmnrst") + name[i + 1 :])
    return sorted(out)


@contextlib.contextmanager
def sigint_as_at_a_terminal() -> Iterator[None]:
    """Processes started inside begin with Ctrl-C's default action, as under a terminal.

    A shell starts a background job (``pytest &``, a step a script runs so) with SIGINT
    ignored; its children inherit that, and Python then leaves it ignored, as a program so
    started should: a run the tests sent SIGINT went on waiting for input, and the interrupt
    tests failed (after 60 s) whenever the suite ran in the background."""
    if os.name != "posix" or signal.getsignal(signal.SIGINT) != signal.SIG_IGN:
        yield
        return
    signal.signal(signal.SIGINT, signal.default_int_handler)  # (reset to default by exec)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, signal.SIG_IGN)


#: COMMAND, dumping every thread's stack on SIGUSR1 (what a run that did not stop was doing).
_DUMPING = [
    sys.executable,
    "-c",
    "import faulthandler, signal; faulthandler.register(signal.SIGUSR1, all_threads=True); "
    "from gazetteer.cli import main; main()",
    "normalize",
]


def _start_a_long_run(tmp_path: Path) -> tuple[subprocess.Popen[bytes], Path]:
    """A normalize run in a process group of its own, once it has begun writing rows (the
    process and its output path), for a test to stop midway."""
    out = tmp_path / "out.csv"
    names, filler = [f"{x}," for x in typo_names(3000)], "Kyiv," + "x" * 60
    # enough new values in the first block (of ~1 MB) to start the worker processes, then a
    # new value every 30 rows: each block keeps the workers busy while the parent waits
    lines = [*names[:1100], *(x for name in names[1100:] for x in [name, *[filler] * 29])]
    # (--no-memo: values an earlier run kept would let this one end before it is stopped.
    # Read from a pipe this test keeps open once every row is in it: a streaming run writes
    # the rows of the blocks it has while waiting for the rest, and cannot end before it is
    # stopped, however fast or loaded the machine; a file it could finish first, which a
    # loaded machine's polling sometimes let it do.)
    cmd = [*_DUMPING, "-", "-o", str(out), "--column", "place", "--jobs", "2", "--no-memo"]
    read_end, write_end = os.pipe()
    try:
        with sigint_as_at_a_terminal():
            proc = subprocess.Popen(
                cmd, stdin=read_end, stderr=subprocess.PIPE, env=ENV, start_new_session=True
            )
    finally:
        os.close(read_end)
    data = ("place,note\n" + "\n".join(lines) + "\n").encode()
    ended = threading.Event()
    feeder = threading.Thread(target=_feed, args=(write_end, data, ended), daemon=True)
    _FEEDS[proc.pid] = (ended, feeder)
    feeder.start()
    try:
        deadline = time.monotonic() + 120
        while proc.poll() is None and time.monotonic() < deadline:  # until rows are written
            parts = [p for p in tmp_path.iterdir() if p.name.endswith(".part")]
            if parts and parts[0].stat().st_size > 0:
                break
            time.sleep(0.01)
    except BaseException:
        _stop(proc)
        raise
    return proc, out


#: What ends each long run's input, and the thread writing it, by process id.
_FEEDS: dict[int, tuple[threading.Event, threading.Thread]] = {}


def _feed(fd: int, data: bytes, ended: threading.Event) -> None:
    """Write ``data`` to the pipe ``fd``, then hold it open (its run waits for more) until
    ``ended`` is set; then close it."""
    view = memoryview(data)
    try:
        while view:
            view = view[os.write(fd, view) :]
        ended.wait()
    except OSError:  # the run was stopped before all was written: no reader left
        pass
    finally:
        os.close(fd)


def _end_input(proc: subprocess.Popen[bytes]) -> None:
    """Close a long run's standard input (once its writer has written it)."""
    feed = _FEEDS.pop(proc.pid, None)
    if feed is not None:
        ended, feeder = feed
        ended.set()
        feeder.join(timeout=30)


def _outcome(proc: subprocess.Popen[bytes]) -> str:
    """What a stopped run wrote on standard error, once it has ended: soon after the signal,
    though its input is still open (a signal that came between two reads of it was seen only
    once more input came: gazetteer.pipein). The workers finish the batches they hold."""
    try:
        _, err = proc.communicate(timeout=STOPPED_WITHIN)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGUSR1)  # every thread's stack, of the run and its workers
        try:
            _, err = proc.communicate(timeout=10)
        except subprocess.TimeoutExpired as stuck:
            err = stuck.stderr or b""
        stacks = err.decode(errors="replace")
        pytest.fail(f"the run did not end within {STOPPED_WITHIN} s of the signal:\n{stacks}")
    return err.decode()


#: Seconds a stopped run may take to end (it takes one or two; a machine loaded by other
#: work has taken over 15): far less than forever, which a run waiting on its open input was.
STOPPED_WITHIN = 60


def _stop(proc: subprocess.Popen[bytes]) -> None:
    """Kill what is left of a run's process group, and close its pipe: one left open (a run
    that outlived its test) was a ResourceWarning, made an error (filterwarnings) in whatever
    later test the collector met it, a red "a Kamianka document row" or "hotpath" test."""
    if proc.poll() is None:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()
    if proc.stderr is not None:
        proc.stderr.close()
    _end_input(proc)


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")
def test_a_run_stopped_by_its_test_leaves_no_pipe_open():
    cmd = [sys.executable, "-c", "import time; time.sleep(120)"]
    proc = subprocess.Popen(cmd, stderr=subprocess.PIPE, start_new_session=True)
    _stop(proc)
    assert proc.returncode == -signal.SIGKILL and proc.stderr is not None and proc.stderr.closed


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")
def test_interrupt_midway_leaves_no_output_and_says_so(tmp_path):
    proc, out = _start_a_long_run(tmp_path)
    try:
        assert proc.poll() is None, "the run ended before it could be interrupted"
        tasks = list(Path(f"/proc/{proc.pid}/task").glob("*/children"))  # Linux only
        if tasks:
            assert any(t.read_text().split() for t in tasks), "no worker processes to stop"
        os.killpg(proc.pid, signal.SIGINT)  # as Ctrl-C does: the workers get it too
        message = _outcome(proc)
    finally:
        _stop(proc)
    assert proc.returncode == 130, message
    assert message.strip().splitlines() == [f"gazetteer normalize: interrupted; {out} not written"]
    assert os.listdir(tmp_path) == []


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")
def test_sigterm_midway_cleans_up_and_says_so(tmp_path):
    proc, out = _start_a_long_run(tmp_path)
    try:
        assert proc.poll() is None, "the run ended before it could be stopped"
        proc.terminate()  # as `kill PID` does: to the command alone, not its workers
        message = _outcome(proc)
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:  # the workers go with it
            try:
                os.killpg(proc.pid, 0)
            except ProcessLookupError:
                break
            time.sleep(0.05)
        else:
            pytest.fail("worker processes outlived the command")
    finally:
        _stop(proc)
    assert proc.returncode == 143, message
    assert message.strip().splitlines() == [f"gazetteer normalize: terminated; {out} not written"]
    assert os.listdir(tmp_path) == []


def test_progress_says_what_happens_before_rows_are_written(capsys) -> None:  # type: ignore[no-untyped-def]
    from gazetteer.cli_normalize import _Progress

    progress = _Progress()
    progress.note("reading the file and resolving its distinct values...")
    progress.close()
    err = capsys.readouterr().err
    assert "resolving its distinct values" in err
    assert err.endswith("\r\x1b[K")  # the line is cleared at the end


@pytest.mark.parametrize("where", ["output", "report"])
def test_an_output_that_cannot_be_written_is_named_before_the_run(tmp_path, where):
    src = tmp_path / "in.csv"
    src.write_text("place\nKreminna\n", encoding="utf-8")
    out, report = tmp_path / "out.csv", tmp_path / "report.csv"
    bad = tmp_path / "missing" / "file.csv"
    args = ["-o", str(bad if where == "output" else out), "--column", "place"]
    done = run(str(src), *args, "--report", str(bad if where == "report" else report))
    assert done.returncode == 2
    assert done.stderr.decode().strip() == (
        f"gazetteer normalize: cannot write {bad}: no directory {bad.parent}"
    )
    assert not out.exists() and not report.exists()  # nothing is half done


def test_an_output_that_is_a_directory_is_a_clear_error(tmp_path):
    src = tmp_path / "in.csv"
    src.write_text("place\nKreminna\n", encoding="utf-8")
    done = run(str(src), "-o", str(tmp_path), "--column", "place")
    assert done.returncode == 2
    message = f"gazetteer normalize: cannot write {tmp_path}: it is a directory"
    assert done.stderr.decode().strip() == message


def test_a_fixed_hint_that_names_no_oblast_is_said_to_be_unused(tmp_path):
    src = tmp_path / "in.csv"
    src.write_text("place\nKreminna\n", encoding="utf-8")
    done = run(str(src), "-o", str(tmp_path / "o.csv"), "--column", "place", "--oblast", "Narnia")
    assert done.returncode == 0
    lines = done.stderr.decode().strip().splitlines()
    assert lines[0].startswith("note: the hint 'Narnia' names no oblast")
    assert lines[1].startswith("1 row in ")  # one row: the summary says "row"


UNITS = """id,settlement,oblast,raion,hromada
1,Lyubymivka,Khersonska,Beryslavskyi,
2,Liubymivka,Kherson,Kakhovskyi raion,
3,Ivanivka,Khersonska,Бериславський район,
4,,Khersonska,Beryslavskyi,
5,Liubymivka,,,Tavriiska
6,Lyubimovka,Херсонська область,Berislavskiy,
"""


@pytest.mark.parametrize("quoted", [False, True])
def test_raion_and_hromada_columns_tell_namesakes_apart(tmp_path, quoted):
    # Kherson oblast has two villages Любимівка: Beryslav raion's (UA65020150020078280)
    # and Kakhovka raion's (UA65060150010078664); the Любимівка of a hromada called Таврійська
    # is in Zaporizhzhia oblast (UA23060290020023863). A quoted field takes the parser's path.
    text = UNITS.replace("Ivanivka", '"Ivanivka"') if quoted else UNITS
    src = tmp_path / "in.csv"
    src.write_text(text, encoding="utf-8")
    done = run(str(src), "--column", "settlement", "--oblast-column", "oblast",
               "--raion-column", "raion", "--hromada-column", "hromada")  # fmt: skip
    assert done.returncode == 0, done.stderr
    rows = list(csv.DictReader(io.StringIO(done.stdout.decode("utf-8"))))
    assert [r["raion"] for r in rows][:3] == [
        "Beryslavskyi",
        "Kakhovskyi raion",
        "Бериславський район",
    ]
    got = [(r["settlement_code"], r["settlement_status"]) for r in rows]
    assert got == [
        ("UA65020150020078280", "matched"),
        ("UA65060150010078664", "matched"),
        ("UA65020070080047252", "matched"),  # Іванівка of Beryslav raion
        ("", "unmatched"),  # a blank name stays blank, whatever its raion
        ("UA23060290020023863", "matched"),
        ("UA65020150020078280", "matched"),  # the Russian spellings of both
    ]


def test_the_summary_names_the_oblast_hints_it_could_not_read(tmp_path):
    # Любимівка: three villages of Kherson oblast (UA-65) bear the name, more elsewhere
    src = tmp_path / "in.csv"
    rows = [("Любимівка", "65.0"), ("Любимівка", "Херсонська обл."), ("Kyiv", "Kyiv")]
    rows += [("Любимівка", "#N/A")] * 2 + [("Любимівка", "99"), ("", "99")]
    src.write_text("place,region\n" + "".join(f"{p},{h}\n" for p, h in rows), encoding="utf-8")
    done = run(str(src), "-o", str(tmp_path / "out.csv"), "--column", "place",
               "--oblast-column", "region", "--no-memo")  # fmt: skip
    assert done.returncode == 0, done.stderr
    (summary,) = done.stderr.decode().strip().splitlines()
    assert summary.endswith("; oblast hint not read in 3 rows: '#N/A' (2), '99' (1)")
    with open(tmp_path / "out.csv", encoding="utf-8", newline="") as f:
        oblasts = [r["place_oblast"] for r in csv.DictReader(f)]
    assert oblasts[:3] == ["UA-65", "UA-65", "UA-30"]


@pytest.mark.parametrize(
    ("args", "delimiter"),
    [((), "\t"), (("-o", "out.txt"), "\t"), (("-o", "out.csv"), ","), (("--format", "csv"), ",")],
)
def test_a_tab_separated_input_stays_so_unless_csv_is_asked_for(tmp_path, args, delimiter):
    # Excel's "Unicode text": UTF-16 with a BOM, tab-separated, CRLF
    src = tmp_path / "in.txt"
    src.write_bytes("\ufeffplace\tregion\r\nХарків\tUA-63\r\n".encode("utf-16-le"))
    done = run(str(src), "--column", "place", "--no-memo", *args, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    out = (tmp_path / args[1]).read_bytes() if "-o" in args else done.stdout
    header, row = out.decode("utf-8-sig").splitlines()
    assert header.split(delimiter)[:3] == ["place", "region", "place_code"]
    assert row.split(delimiter)[2] == "UA63120270010096107"  # Харків, the city
