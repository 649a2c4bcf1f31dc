"""A signal ends a wait for standard input at once (gazetteer.pipein), however it came.

The signal here is taken by another thread, so it interrupts no read of this one: as a
SIGTERM that comes between two reads of a buffered stream's loop does. Before, such a run
waited in the loop's next read until more input came (`kill PID` on `tail -f log |
gazetteer normalize -` waited for the next line; `gazetteer lookup -` and `gazetteer
extract` too, until they read standard input as normalize reads it).
"""

from __future__ import annotations

import io
import os
import signal
import sys
import threading
import time

import pytest

from gazetteer.cli_extract import _read_text
from gazetteer.csvio import CsvSource
from gazetteer.pipein import TICK, Prefixed
from gazetteer.stdinlines import input_lines

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX signals and pipes")


class Stopped(Exception):
    """What the test's signal handler raises."""


ROWS = "".join(f"{i},Kyiv\n" for i in range(30_000)).encode()  # ~270 kB: past the sample


def _read_csv() -> None:  # gazetteer normalize -
    for _ in CsvSource("-").chunks():
        pass


def _read_names() -> None:  # gazetteer lookup -: each line answered as it comes
    for _ in input_lines(sys.stdin.buffer):
        pass


def _read_story() -> None:  # gazetteer extract, its text on standard input
    _read_text(None)


@pytest.mark.parametrize(
    ("read", "written"),
    [
        (_read_csv, b"id,place\n1,Kyiv\n"),
        (_read_csv, b"id,place\n" + ROWS),
        (_read_names, b"Kyiv\n"),
        (_read_names, b"Kyiv\n" * 30_000),
        (_read_story, "Обстріляли Харків.\n".encode()),
    ],
    ids=["csv in the sample", "csv after the sample", "a name", "names", "a story"],
)
def test_a_signal_ends_the_wait_for_more_input(monkeypatch, read, written):
    read_end, write_end = os.pipe()
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(open(read_end, "rb")))  # noqa: SIM115
    sent: list[float] = []
    done = threading.Event()

    def feed_then_signal() -> None:
        view = memoryview(written)
        while view:  # (the pipe stays open: the reader waits for more)
            view = view[os.write(write_end, view) :]
        time.sleep(0.5)
        sent.append(time.monotonic())
        signal.pthread_kill(threading.get_ident(), signal.SIGUSR1)  # taken by this thread
        if not done.wait(10):  # never handled: end the input, so the test fails, not hangs
            os.close(write_end)
            return
        os.close(write_end)

    def handler(signum: int, frame: object) -> None:
        raise Stopped

    previous = signal.signal(signal.SIGUSR1, handler)
    feeder = threading.Thread(target=feed_then_signal, daemon=True)
    try:
        feeder.start()
        with pytest.raises(Stopped):
            read()
        waited = time.monotonic() - sent[0]
    finally:
        done.set()
        feeder.join(15)
        signal.signal(signal.SIGUSR1, previous)
        sys.stdin.close()
    assert waited < 4 * TICK, f"the signal was handled {waited:.1f} s after it came"


def test_the_replayed_prefix_and_the_rest_are_read_whole():
    read_end, write_end = os.pipe()
    with open(read_end, "rb") as stream:
        os.write(write_end, b"abcdef")
        os.close(write_end)
        piped = Prefixed(b"", stream)
        assert piped.fill(4) == b"abcd"
        assert io.BufferedReader(piped).read() == b"abcdef"  # the sample, then the rest


def test_a_non_blocking_pipe_that_is_still_silent_is_not_its_end(monkeypatch):
    """A parent may leave standard input non-blocking; its empty reads before the producer
    writes were taken for the end: the sample came out empty, so a cp1251 file with ';' was
    read as UTF-8 with ',' (one column, then a decoding error)."""
    read_end, write_end = os.pipe()
    os.set_blocking(read_end, False)
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(open(read_end, "rb")))  # noqa: SIM115
    written = "id;place\n1;Київ\n2;Львів\n".encode("cp1251")

    def feed() -> None:
        time.sleep(0.3)  # (the reader is waiting by now)
        os.write(write_end, written)
        os.close(write_end)

    feeder = threading.Thread(target=feed, daemon=True)
    try:
        feeder.start()
        source = CsvSource("-")
        rows = [row for chunk in source.chunks() for row in chunk.rows]
    finally:
        feeder.join(5)
        sys.stdin.close()
    assert source.encoding.replace("-", "").lower() in ("cp1251", "windows1251")
    assert source.header == ["id", "place"]
    assert rows == [["1", "Київ"], ["2", "Львів"]]
