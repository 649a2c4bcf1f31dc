"""Patterns compiled at their first use (translit.lazyre) answer as re.compile's do."""

from __future__ import annotations

import pickle
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
    assert pickle.loads(pickle.dumps(lazy_compile(source))) == re.compile(source)


def test_russian_forms_compile_their_rules_when_first_asked_for() -> None:
    code = (
        "import re, translit.russian as r\n"
        "before = isinstance(r._ENDING_RE, re.Pattern)\n"
        "forms = r.russian_forms('Кремінна', limit=1)\n"
        "print(before, isinstance(r._ENDING_RE, re.Pattern), forms[0])\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    # (the module's name for the pattern is the compiled pattern once it has been used)
    assert done.stdout.split() == ["False", "True", "Кременная"]


_IN_A_MODULE = lazy_compile(r"\bрада\b")


def test_a_modules_name_for_a_used_pattern_is_the_compiled_pattern() -> None:
    held = _IN_A_MODULE  # (a name held elsewhere, as another module's import holds one)
    assert not isinstance(_IN_A_MODULE, re.Pattern)
    assert held.search("Харківська міська рада") is not None
    assert isinstance(globals()["_IN_A_MODULE"], re.Pattern)
    assert held.sub("council", "сільська рада") == "сільська council"
