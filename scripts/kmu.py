"""KMU 2010 romanisation for the build: the project's own ``translit`` package.

Until ``translit.transliterate`` exists, a temporary fallback to translitua's
``UkrainianKMU`` table lets the data be built; :data:`ENGINE` says which one ran, and the
build writes it into each file header.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

_REPO = Path(__file__).resolve().parent.parent
if str(_REPO) not in sys.path:
    sys.path.insert(0, str(_REPO))


def _load() -> tuple[Callable[[str], str], str]:
    """Pick the romaniser: the project's ``translit`` first, translitua as a stopgap."""
    try:
        from translit import transliterate  # type: ignore[attr-defined]
    except ImportError:
        from translitua import UkrainianKMU, translit  # build-time stopgap only

        def stopgap(text: str) -> str:
            return translit(text, UkrainianKMU)

        return stopgap, "translitua 2.0 UkrainianKMU (stopgap until translit lands)"

    def project(text: str) -> str:
        return transliterate(text, "kmu2010")

    return project, 'translit.transliterate(name_uk, "kmu2010")'


_FUNC, ENGINE = _load()


def kmu(text: str) -> str:
    """Romanise Ukrainian ``text`` by the KMU 2010 standard."""
    return _FUNC(text)
