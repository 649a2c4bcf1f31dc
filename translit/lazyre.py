"""Regular expressions compiled at their first use, not when their module is imported.

A module keeps its patterns at the top, beside the tables they are made of; compiling them
all cost a process's start-up tens of milliseconds (the Russian rules' alternations alone
~25 ms), though a run uses few of them. ``lazy_compile(pattern, flags)`` stands where
``re.compile(pattern, flags)`` stood: the first call of a method compiles the pattern, and
from then on its methods are the compiled pattern's own, at no cost per call.

Only for patterns called through their methods (``.search``, ``.sub``...): ``re.sub`` and
``re.compile`` take no lazy pattern, and ``isinstance(p, re.Pattern)`` is false for one.
And only for patterns a lookup does not read (running text's, a note's, a table's): a
call through the stand-in costs ~0.1 us more than through the compiled pattern (the
method is an attribute of the instance), so one that every query reads stays compiled at
import (directions, councils, noise).
"""

from __future__ import annotations

import re
from typing import Any, cast

__all__ = ["lazy_compile"]

#: What a compiled pattern offers that its lazy stand-in takes over at the first use.
_TAKEN_OVER = (
    "match", "fullmatch", "search", "sub", "subn", "split", "findall", "finditer", "scanner",
    "flags", "groups", "groupindex",
)  # fmt: skip


class _LazyPattern:
    """A pattern's source and flags until first used, then the compiled pattern's methods."""

    def __init__(self, pattern: str, flags: int) -> None:
        self.pattern = pattern
        self._flags = flags

    def __getattr__(self, name: str) -> Any:
        # (called only for what the instance lacks: before its first use, or a name that no
        # compiled pattern has, which raises as the compiled pattern does)
        compiled = re.compile(self.pattern, self._flags)
        for taken in _TAKEN_OVER:
            setattr(self, taken, getattr(compiled, taken))
        return getattr(compiled, name)

    def __repr__(self) -> str:
        return f"lazy_compile({self.pattern!r}, {self._flags})"


def lazy_compile(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(pattern, flags)`` at the first use of the result (see the module docs)."""
    return cast("re.Pattern[str]", _LazyPattern(pattern, flags))
