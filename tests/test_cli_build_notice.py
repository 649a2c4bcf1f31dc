"""A first ``gazetteer`` run builds the name index (some 4 s; 8 s on a fresh install, its
modules compiled too) and had said nothing while it did: a person at a terminal is now told
why it waits, once; a pipeline or a program reading standard error is told nothing."""

from __future__ import annotations

import io
import sys
from pathlib import Path

import click
import pytest

from gazetteer import cli, storage


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def _context(monkeypatch: pytest.MonkeyPatch) -> click.Context:
    monkeypatch.setattr(cli.Gazetteer, "default", classmethod(lambda cls: None))  # (no load)
    return click.Context(cli.main, obj={"gazetteer_path": None})


def test_a_terminal_is_told_what_is_built_and_where(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(storage, "build_notice", None)
    monkeypatch.setenv(storage.CACHE_ENV, str(tmp_path))
    terminal = _Terminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    cli.gazetteer_from(_context(monkeypatch))
    assert storage.build_notice is not None
    storage.announce_build("the name index")
    said = terminal.getvalue()
    assert said.startswith("building the name index once")
    assert str(tmp_path) in said and said.count("\n") == 1


def test_a_pipe_is_told_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(storage, "build_notice", None)
    monkeypatch.setattr(sys, "stderr", io.StringIO())  # (isatty: False)
    cli.gazetteer_from(_context(monkeypatch))
    assert storage.build_notice is None
