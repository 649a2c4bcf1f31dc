"""Patterns compiled at their first use (translit.lazyre) answer as re.compile's do."""

from __future__ import annotations

import re
import subprocess
import sys

from translit.lazyre import lazy_compile


def test_a_lazy_pattern_answers_as_the_compiled_one() -> None:
    source, text = r"(?P<stem>\w+?)(?:ський|ська)\b", "Кам'янець-Подільський, Біла Церква"
    lazy, compiled = lazy_compile(source, re.IGNORECASE), re.compile(source, re.IGNORECASE)
    assert "search" not in vars(lazy)  # (not compiled yet)
    assert lazy.search(text)["stem"] == compiled.search(text)["stem"] == "Поділь"  # type: ignore[index]
    assert "search" in vars(lazy)  # (its methods are now the compiled pattern's)
    assert lazy.sub("-", text) == compiled.sub("-", text)
    assert lazy.findall(text) == compiled.findall(text)
    assert [m.span() for m in lazy.finditer(text)] == [m.span() for m in compiled.finditer(text)]
    assert lazy.flags == compiled.flags and lazy.groupindex == compiled.groupindex
    assert lazy.pattern == source


def test_russian_forms_compile_their_rules_when_first_asked_for() -> None:
    code = (
        "import translit.russian as r, sys\n"
        "before = 'search' in vars(r._ENDING_RE)\n"
        "forms = r.russian_forms('Кремінна', limit=1)\n"
        "print(before, 'search' in vars(r._ENDING_RE), forms[0])\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.split() == ["False", "True", "Кременная"]
