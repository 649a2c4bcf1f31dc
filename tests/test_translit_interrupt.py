"""``translit`` stopped by Ctrl-C while it streams standard input ends with "translit:
interrupted" and exit code 130, as a shell reports an interrupted program; click had said
"Aborted!" with exit code 1, which a script cannot tell from an error.

The run reads a pipe this test holds open, so it cannot end before it is stopped; it is
signalled once it has romanised the first line (it answers each line as it comes)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys

import pytest

from tests.test_cli_normalize import ENV, sigint_as_at_a_terminal
from tests.test_signal_exits import WITHIN, _answered_lines

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX signals and pipes")


def test_ctrl_c_while_streaming_says_interrupted_with_exit_130():
    read_end, write_end = os.pipe()
    try:
        with sigint_as_at_a_terminal():  # (not ignored, as a background job's is)
            proc = subprocess.Popen(
                [sys.executable, "-m", "translit"],
                stdin=read_end,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                env=ENV,
            )
    finally:
        os.close(read_end)
    try:
        os.write(write_end, "Згурівка\n".encode())
        # KMU 2010: зг is romanised zgh, so that it is not read as the letter ж (zh)
        assert _answered_lines(proc, 1) == ["Zghurivka"]
        assert proc.poll() is None, "the run ended before it was stopped"
        proc.send_signal(signal.SIGINT)
        try:
            _, err = proc.communicate(timeout=WITHIN)
        except subprocess.TimeoutExpired:
            pytest.fail(f"the run did not end within {WITHIN} s of Ctrl-C")
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.communicate()
        os.close(write_end)
    assert (proc.returncode, err.decode().strip()) == (130, "translit: interrupted")
