"""The ``gazetteer`` command's entry point (:mod:`gazetteer.command`): Ctrl-C while the command
line itself loads ends it as Ctrl-C does later ("gazetteer: interrupted", exit 130), not with a
traceback from inside an import; and ``import gazetteer`` loads nothing before it is asked."""

from __future__ import annotations

import importlib.abc
import subprocess
import sys

import pytest

from gazetteer import command


class _InterruptedImport(importlib.abc.MetaPathFinder):
    """Ctrl-C arriving while ``gazetteer.cli`` is imported."""

    def find_spec(self, fullname: str, path: object, target: object = None) -> None:
        if fullname == "gazetteer.cli":
            raise KeyboardInterrupt
        return None


def test_ctrl_c_while_the_command_line_loads_says_interrupted(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.delitem(sys.modules, "gazetteer.cli", raising=False)
    monkeypatch.setattr(sys, "meta_path", [_InterruptedImport(), *sys.meta_path])
    with pytest.raises(SystemExit) as ended:
        command.main()
    assert ended.value.code == 130
    assert capsys.readouterr().err == "gazetteer: interrupted\n"


def test_the_package_loads_nothing_until_asked() -> None:
    shown = subprocess.run(
        [
            sys.executable,
            "-c",
            "import sys, gazetteer; print(sorted(m for m in sys.modules if 'gazetteer' in m))",
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    assert shown.stdout.split() == ["['gazetteer']"]


def test_public_names_load_when_asked() -> None:
    import gazetteer

    assert gazetteer.Gazetteer.__module__ == "gazetteer.gazetteer"
    assert gazetteer.UnknownCodeError.__mro__[1] is gazetteer.GazetteerError
    with pytest.raises(AttributeError, match="no attribute 'Gazeteer'"):
        gazetteer.Gazeteer  # noqa: B018 (a misspelt name)


def test_the_installed_command_runs_through_the_entry_point() -> None:
    ran = subprocess.run(
        [sys.executable, "-m", "gazetteer", "--help"], capture_output=True, text=True, check=True
    )
    assert "Find the canonical gazetteer entry" in ran.stdout
