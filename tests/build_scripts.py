"""The build scripts (``scripts/``) made importable for the tests of the data build: they
are no package, and their codifier reader needs openpyxl (a build-time dependency), without
which those tests are skipped. Import it before the scripts' modules."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

SCRIPTS = Path(__file__).resolve().parent.parent / "scripts"
pytest.importorskip("openpyxl")
if str(SCRIPTS) not in sys.path:
    sys.path.insert(0, str(SCRIPTS))
