"""Shared fixtures for the gazetteer core tests: one loaded KATOTTG gazetteer, the repo root."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

from gazetteer import Gazetteer, splitrun
from gazetteer import memo as memo_module

ROOT = Path(__file__).resolve().parent.parent

# No property test may fail on time: Hypothesis's default 200 ms deadline for one example and
# its "too slow" health check both measure wall time, which stretches with the machine's load
# (at load 6 on 2 CPUs a process gets a third of one): a red run that says nothing of the code.
settings.register_profile("untimed", deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile("untimed")


@pytest.fixture(autouse=True)
def _memo_in_a_temporary_folder(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Outcomes the commands keep between runs (:mod:`gazetteer.memo`) go to a folder of the
    session, not the user's cache: a test that changes how values resolve must not leave its
    answers there for real runs."""
    folder = tmp_path_factory.getbasetemp() / "memo"
    monkeypatch.setattr(memo_module, "cache_dir", lambda: folder)


@pytest.fixture
def second_halves(monkeypatch: pytest.MonkeyPatch) -> list[object]:
    """What each run's :meth:`gazetteer.splitrun.SecondHalf.start` gave, in order (None: the
    run wrote its file in one process, no second half forked)."""
    halves: list[object] = []
    real = splitrun.SecondHalf.start.__func__  # type: ignore[attr-defined]
    monkeypatch.setattr(
        splitrun.SecondHalf,
        "start",
        classmethod(lambda c, r, s: halves.append(real(c, r, s)) or halves[-1]),
    )
    return halves


@pytest.fixture(scope="session")
def gz() -> Gazetteer:
    """The embedded KATOTTG gazetteer (loaded once for the session)."""
    return Gazetteer.default()


@pytest.fixture(scope="session")
def repo_root() -> Path:
    return ROOT


@pytest.fixture(scope="session")
def run_python() -> Callable[..., subprocess.CompletedProcess[str]]:
    """Run ``python -m <args>`` in a subprocess with the checkout importable."""

    def run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
        environment = dict(os.environ)
        environment["PYTHONPATH"] = os.pathsep.join(
            p for p in (str(ROOT), environment.get("PYTHONPATH", "")) if p
        )
        environment["PYTHONIOENCODING"] = "utf-8"
        environment.update(env or {})
        return subprocess.run(
            [sys.executable, *args],
            capture_output=True,
            text=True,
            encoding="utf-8",
            env=environment,
            cwd=ROOT,
            timeout=120,
        )

    return run
