"""Shared fixtures for the gazetteer core tests: one loaded KATOTTG gazetteer, the repo root."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from gazetteer import Gazetteer

ROOT = Path(__file__).resolve().parent.parent


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
