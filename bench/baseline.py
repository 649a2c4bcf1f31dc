"""Shared bits of the benchmarks: paths, the TSV reader, oblast codes and the naive baseline.

The naive baseline is what one would write in an afternoon: romanise every settlement of
KATOTTG with KMU 2010 (the ``name`` column of ``data/katottg.tsv`` already is), romanise the
query the same way when it is Cyrillic, and take ``rapidfuzz.process.extractOne`` over the
names (of the hinted oblast when the hint parses). Both benchmarks compare against it.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

#: The checkout (``/work/main``); put on ``sys.path`` so the scripts run without installing.
REPO = Path(__file__).resolve().parents[1]
#: The dev evaluation data, next to the checkout; read only, never copied into the repo.
EVAL_DIR = Path(__file__).resolve().parents[2] / "shared" / "eval" / "dev"
#: KATOTTG categories of settlements (M city, X urban-type, C village) and special cities (K).
SETTLEMENTS = ("M", "X", "C")
BASELINE_CATEGORIES = ("K", "M", "X", "C")

if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from gazetteer.storage import read_table  # noqa: E402 - the checkout is on the path only now

_CYRILLIC = re.compile(r"[\u0400-\u052f]")


def katottg_rows(categories: Sequence[str] | None = None) -> list[dict[str, str]]:
    """Rows of ``data/katottg.tsv`` (all of them, or those of the given categories)."""
    rows = read_table(REPO / "data" / "katottg.tsv")
    if categories is None:
        return list(rows)
    wanted = set(categories)
    return [r for r in rows if r["category"] in wanted]


_ISO_BY_PREFIX: dict[str, str] = {}


def iso_by_prefix() -> dict[str, str]:
    """KATOTTG prefix (``UA65``) -> ISO 3166-2 code (``UA-65``), from ``data/oblasts.tsv``."""
    if not _ISO_BY_PREFIX:
        for row in read_table(REPO / "data" / "oblasts.tsv"):
            _ISO_BY_PREFIX[row["prefix"]] = row["iso"]
    return _ISO_BY_PREFIX


def to_iso(oblast: str, code: str = "") -> str:
    """An oblast answer as an ISO code: ISO passes, a KATOTTG code maps by its prefix.

    When ``oblast`` is empty the oblast of ``code`` (a KATOTTG code) is used.
    """
    text = (oblast or "").strip().upper()
    if re.fullmatch(r"UA-\d\d", text):
        return text
    source = text or (code or "").strip().upper()
    if len(source) >= 4 and source.startswith("UA"):
        return iso_by_prefix().get(source[:4], "")
    return ""


def romanise(query: str) -> str:
    """The query as the baseline compares it: KMU 2010 when Cyrillic, then lower-cased."""
    from rapidfuzz.utils import default_process

    from translit import transliterate

    text = transliterate(query, "kmu2010") if _CYRILLIC.search(query) else query
    return default_process(text)


@dataclass(frozen=True)
class Pick:
    """The baseline's answer: a code, its oblast and rapidfuzz's score."""

    code: str
    oblast: str
    score: float


class Baseline:
    """``rapidfuzz.process.extractOne`` over KMU names of settlements, optionally per oblast."""

    def __init__(self, rows: Sequence[dict[str, str]] | None = None) -> None:
        from rapidfuzz.utils import default_process

        if rows is None:
            rows = katottg_rows(BASELINE_CATEGORIES)
        self.names = [default_process(r["name"]) for r in rows]
        self.codes = [r["code"] for r in rows]
        self.isos = [to_iso(r["oblast"], r["code"]) for r in rows]
        self._per_oblast: dict[str, tuple[list[str], list[int]]] = {}
        for i, iso in enumerate(self.isos):
            names, where = self._per_oblast.setdefault(iso, ([], []))
            names.append(self.names[i])
            where.append(i)

    def best(self, query: str, oblast: str = "") -> Pick | None:
        """The best KMU name for ``query`` (within ISO ``oblast`` when given and known)."""
        from rapidfuzz import process

        text = romanise(query)
        if not text:
            return None
        if oblast and oblast in self._per_oblast:
            names, where = self._per_oblast[oblast]
        else:
            names, where = self.names, None
        found = process.extractOne(text, names, processor=None)
        if found is None:
            return None
        i = found[2] if where is None else where[found[2]]
        return Pick(self.codes[i], self.isos[i], float(found[1]))


# -- the command line under test ------------------------------------------------------------
def cli_env(extra: dict[str, str] | None = None) -> dict[str, str]:
    """The environment for a ``gazetteer`` subprocess: the checkout first on PYTHONPATH."""
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(REPO), env.get("PYTHONPATH", "")) if p)
    if extra:
        env.update(extra)
    return env


def bytecode_env(pycache: str) -> dict[str, str]:
    """:func:`cli_env` as a user's machine runs the command: with bytecode, kept in
    ``pycache`` (``PYTHONPYCACHEPREFIX``: the tree is not written), where this environment
    sets ``PYTHONDONTWRITEBYTECODE`` (each process would compile the package, ~0.2 s)."""
    env = cli_env({"PYTHONPYCACHEPREFIX": pycache})
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def gazetteer_command(subcommand: str) -> tuple[list[str], str] | None:
    """How to run ``gazetteer SUBCOMMAND``, or None when ``SUBCOMMAND --help`` fails.

    The ``gazetteer`` script on PATH when there is one, otherwise the checkout's
    ``gazetteer.cli:main`` through this interpreter. Returns (argv prefix, description).
    """
    candidates: list[tuple[list[str], str]] = []
    script = shutil.which("gazetteer")
    if script:
        candidates.append(([script], script))
    snippet = "import sys; from gazetteer.cli import main; sys.exit(main())"
    candidates.append(([sys.executable, "-c", snippet], "python -c 'gazetteer.cli:main'"))
    for argv, label in candidates:
        try:
            done = subprocess.run(
                [*argv, subcommand, "--help"],
                capture_output=True,
                env=cli_env(),
                timeout=120,
                check=False,
            )
        except (OSError, subprocess.TimeoutExpired):
            continue
        if done.returncode == 0:
            return argv, label
    return None
