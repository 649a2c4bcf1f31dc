"""Regular expressions compiled at their first use, not when their module is imported.

A module keeps its patterns at the top, beside the tables they are made of; compiling them
all cost a process's start-up tens of milliseconds (the Russian rules' alternations alone
~25 ms), though a run uses few of them. ``lazy_compile(pattern, flags)`` stands where
``re.compile(pattern, flags)`` stood, in a module's top level: the first use compiles the
pattern and rebinds the module's name for it to the compiled pattern, so that the module's
own calls cost nothing more from then on. A module that imported the name keeps the
stand-in, whose methods are then the compiled pattern's (a call ~0.1 us dearer).

Only for patterns called through their methods (``.search``, ``.sub``...): ``re.sub`` and
``re.compile`` take no stand-in, and ``isinstance(p, re.Pattern)`` is false for one.
"""

from __future__ import annotations

import re
import sys
from typing import Any, cast

__all__ = ["lazy_compile"]

#: What a compiled pattern offers that its lazy stand-in takes over at the first use.
_TAKEN_OVER = (
    "match", "fullmatch", "search", "sub", "subn", "split", "findall", "finditer", "scanner",
    "flags", "groups", "groupindex",
)  # fmt: skip
#: Every attribute a compiled pattern has: asked for another (a probe, ``__wrapped__``), the
#: stand-in raises as the pattern would, compiling nothing.
_OF_A_PATTERN = frozenset(dir(re.compile("")))


class _LazyPattern:
    """A pattern's source and flags until first used, then the compiled pattern's methods."""

    def __init__(self, pattern: str, flags: int, namespace: dict[str, Any]) -> None:
        self.pattern = pattern
        self._flags = flags
        self._namespace = namespace  #: the globals of the module that made it

    def __getattr__(self, name: str) -> Any:
        # (called only for what the instance lacks: before its first use, or a name that no
        # compiled pattern has, which raises as the compiled pattern does)
        if name not in _OF_A_PATTERN:
            raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")
        compiled = re.compile(self.pattern, self._flags)
        for taken in _TAKEN_OVER:
            setattr(self, taken, getattr(compiled, taken))
        for key, value in list(self._namespace.items()):
            if value is self:
                self._namespace[key] = compiled
        return getattr(compiled, name)

    def __reduce__(self) -> tuple[Any, ...]:
        return re.compile, (self.pattern, self._flags)  # (pickled as the pattern it stands for)

    def __repr__(self) -> str:
        return f"lazy_compile({self.pattern!r}, {self._flags})"


def lazy_compile(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(pattern, flags)`` at the first use of the result (see the module docs)."""
    namespace = sys._getframe(1).f_globals  # (the calling module's: see the module docs)
    return cast("re.Pattern[str]", _LazyPattern(pattern, flags, namespace))
