"""``gazetteer lookup -`` and ``gazetteer extract`` stopped while they wait for standard
input end as ``gazetteer normalize`` does: at once, "interrupted" with exit 130 on Ctrl-C
(SIGINT), "terminated" with exit 143 on SIGTERM (``kill PID``, ``timeout``, a supervisor).
Before, SIGINT ended them with click's "Aborted!" and exit 1 (lookup's "no match"), and
SIGTERM killed them with no word at all.

The runs' input is a pipe this test holds open, so they cannot end before they are
stopped; each is signalled only once it has shown that it is waiting for more: lookup has
answered the first name (as it comes: the pipe is still open), extract has taken every byte
written (its handlers are set before it reads)."""

from __future__ import annotations

import array
import fcntl
import os
import select
import signal
import subprocess
import sys
import termios
import time

import pytest

from tests.test_cli_normalize import ENV, sigint_as_at_a_terminal

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX signals and pipes")

#: Seconds a run may take to start (a loaded machine's imports) or to end once stopped.
WITHIN = 60


def _start(
    args: list[str], written: bytes, module: str = "gazetteer"
) -> tuple[subprocess.Popen[bytes], int]:
    """The command (``python -m module``) reading a pipe that holds ``written`` and stays
    open; and its write end."""
    read_end, write_end = os.pipe()
    try:
        with sigint_as_at_a_terminal():  # (not ignored, as a background job's is)
            proc = subprocess.Popen(
                [sys.executable, "-m", module, *args],
                stdin=read_end,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                env=ENV,
            )
    finally:
        os.close(read_end)
    os.write(write_end, written)
    return proc, write_end


def _answered_lines(proc: subprocess.Popen[bytes], count: int) -> list[str]:
    """The first ``count`` lines ``proc`` writes, however long its start takes."""
    assert proc.stdout is not None
    got = b""
    deadline = time.monotonic() + WITHIN
    while got.count(b"\n") < count and time.monotonic() < deadline:
        if select.select([proc.stdout], [], [], 0.1)[0]:
            part = os.read(proc.stdout.fileno(), 65536)
            if not part:
                break
            got += part
    return got.decode().splitlines()[:count]


def _stopped(proc: subprocess.Popen[bytes], signum: int) -> bytes:
    """What ``proc`` says on stderr once ``signum`` (to it alone, as `kill -INT PID` sends
    it) has ended it; the test fails if it does not end within :data:`WITHIN` seconds."""
    proc.send_signal(signum)
    try:
        return proc.communicate(timeout=WITHIN)[1]
    except subprocess.TimeoutExpired:
        pytest.fail(f"the run did not end within {WITHIN} s of the signal")


def _taken(write_end: int) -> bool:
    """Whether every byte written to the pipe has been read from it, within a while."""
    unread = array.array("i", [0])
    deadline = time.monotonic() + WITHIN
    while time.monotonic() < deadline:
        fcntl.ioctl(write_end, termios.FIONREAD, unread)
        if unread[0] == 0:
            return True
        time.sleep(0.05)
    return False


@pytest.mark.parametrize(
    ("signum", "said", "code"),
    [(signal.SIGINT, "interrupted", 130), (signal.SIGTERM, "terminated", 143)],
    ids=["SIGINT", "SIGTERM"],
)
@pytest.mark.parametrize("command", ["lookup", "extract"])
def test_a_run_waiting_for_input_ends_as_normalize_ends(command, signum, said, code):
    args, written = (
        (["lookup", "-"], b"Kyiv\n")
        if command == "lookup"
        else (["extract"], "Обстріляли Харків.\n".encode())
    )
    proc, write_end = _start(args, written)
    try:
        if command == "lookup":  # the name is answered while the input is still open
            lines = _answered_lines(proc, 2)
            assert len(lines) == 2 and lines[1].startswith("Kyiv\tUA80"), lines
        else:
            assert _taken(write_end), "the text was never read"
        assert proc.poll() is None, "the run ended before it was stopped"
        err = _stopped(proc, signum)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.communicate()
        os.close(write_end)
    assert (proc.returncode, err.decode().strip()) == (code, f"gazetteer {command}: {said}")
