"""``translit`` stopped by Ctrl-C while it streams standard input ends with "translit:
interrupted" and exit code 130, as a shell reports an interrupted program; click had said
"Aborted!" with exit code 1, which a script cannot tell from an error.

The run reads a pipe this test holds open, so it cannot end before it is stopped; it is
signalled once it has romanised the first line (it answers each line as it comes)."""

from __future__ import annotations

import os
import signal

import pytest

from tests.test_signal_exits import _answered_lines, _start, _stopped

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX signals and pipes")


def test_ctrl_c_while_streaming_says_interrupted_with_exit_130():
    proc, write_end = _start([], "Згурівка\n".encode(), module="translit")
    try:
        # KMU 2010: зг is romanised zgh, so that it is not read as the letter ж (zh)
        assert _answered_lines(proc, 1) == ["Zghurivka"]
        assert proc.poll() is None, "the run ended before it was stopped"
        err = _stopped(proc, signal.SIGINT)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.communicate()
        os.close(write_end)
    assert (proc.returncode, err.decode().strip()) == (130, "translit: interrupted")
