"""The package's docs name what exists: every fully qualified cross-reference in a docstring
or comment (``:data:`gazetteer.evidence.SPEAKING_CITY```) resolves, so a name that moved or
went is not still pointed at (words.py had named gazetteer.extract._SPEAKING_CITY)."""

from __future__ import annotations

import importlib
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
_REF = re.compile(
    r":(?:func|data|mod|class|meth|attr):`~?(?:[^`<]*<)?((?:gazetteer|translit)\.[\w.]+)"
)


def _resolves(dotted: str) -> bool:
    parts = dotted.rstrip(".").split(".")
    for cut in range(len(parts), 0, -1):
        try:
            target = importlib.import_module(".".join(parts[:cut]))
        except ImportError:
            continue
        for name in parts[cut:]:
            if not hasattr(target, name):
                # (a dataclass field or a class attribute documented beside it: in the source)
                source = Path(getattr(target, "__file__", "") or "")
                return source.is_file() and bool(
                    re.search(rf"^\s*{re.escape(name)}\s*[:=]", source.read_text("utf-8"), re.M)
                )
            target = getattr(target, name)
        return True
    return False


def _references() -> list[tuple[str, str]]:
    found = []
    for package in ("gazetteer", "translit"):
        for path in sorted((ROOT / package).glob("*.py")):
            for dotted in _REF.findall(path.read_text("utf-8")):
                found.append((f"{package}/{path.name}", dotted))
    return found


def test_the_docs_hold_references_to_check() -> None:
    assert len(_references()) > 20


@pytest.mark.parametrize(("where", "dotted"), _references())
def test_a_reference_in_the_docs_names_what_exists(where: str, dotted: str) -> None:
    assert _resolves(dotted), f"{where} names {dotted}, which is not there"


def test_the_readmes_layout_names_every_module() -> None:
    readme = (ROOT / "README.md").read_text("utf-8")
    layout = readme[readme.index("## Layout") :]
    layout = layout[: layout.index("\n## ")]
    modules = [p for package in ("gazetteer", "translit") for p in (ROOT / package).glob("*.py")]
    unnamed = [
        p.name
        for p in modules
        if p.name != "__init__.py"
        and p.name not in layout
        and not (p.name.startswith("fast") and "fast*.py" in layout)
    ]
    assert unnamed == []


def test_the_quick_starts_table_is_what_its_command_prints(run_python) -> None:  # type: ignore[no-untyped-def]
    """The table the README shows under Quick start is the first command's output today: the
    three places Любимівка of Kherson oblast (KATOTTG: UA65060150010078664 a selyshche of
    Kakhovskyi raion, UA65020150020078280 and UA65040030110034404 villages), tied."""
    readme = (ROOT / "README.md").read_text("utf-8")
    quick = readme[readme.index("## Quick start") : readme.index("## The command line")]
    command = re.search(r"pip install \. && gazetteer (lookup .*)\n", quick)
    assert command is not None
    assert command.group(1) == 'lookup "Lyubymivka" --oblast "Kherson Oblast"'
    shown = quick[quick.index("```\ncode ") + 4 :]
    shown = shown[: shown.index("```")]
    done = run_python("-m", "gazetteer.cli", "lookup", "Lyubymivka", "--oblast", "Kherson Oblast")
    assert done.returncode == 0, done.stderr
    assert done.stdout == shown
    tied = [line.split()[0] for line in shown.splitlines() if line.endswith(" ?")]
    assert sorted(tied) == ["UA65020150020078280", "UA65040030110034404", "UA65060150010078664"]
