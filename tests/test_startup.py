"""What a lookup imports: the batch engine, text extraction and the table functions wait
until something asks for them, and every public name is still where it was."""

from __future__ import annotations

import json

import pytest

#: Modules only ``normalize``, ``extract``, ``serve`` and the table functions need.
DEFERRED = [
    "gazetteer.batch",
    "gazetteer.batchio",
    "gazetteer.cli_extract",
    "gazetteer.cli_normalize",
    "gazetteer.extract",
    "gazetteer.reconcile",
    "gazetteer.rows",
    "gazetteer.serve",
    "gazetteer.workers",
    "numpy",
    "openpyxl",
    "pandas",
    "pyarrow",
]

_LOADED = (
    "import sys, json, runpy; sys.argv = {argv!r}\n"
    "try:\n    runpy.run_module('gazetteer', run_name='__main__')\n"
    "except SystemExit:\n    pass\n"
    "print(json.dumps(sorted(m for m in sys.modules if m in {deferred!r})), file=sys.stderr)"
)


def _loaded_by(run_python, *argv: str) -> tuple[str, list[str]]:  # type: ignore[no-untyped-def]
    code = _LOADED.format(argv=["gazetteer", *argv], deferred=DEFERRED)
    done = run_python("-c", code)
    return done.stdout, json.loads(done.stderr.strip().splitlines()[-1])


def test_a_lookup_imports_none_of_the_batch_or_text_modules(run_python) -> None:  # type: ignore[no-untyped-def]
    out, loaded = _loaded_by(run_python, "lookup", "Kyiv", "--json")
    assert json.loads(out)[0]["code"] == "UA80000000000093317"  # Київ
    assert json.loads(out)[0]["coordinates"]  # the JSON keeps where it lies
    assert loaded == []


def test_normalize_imports_its_engine_when_it_runs(run_python, tmp_path) -> None:  # type: ignore[no-untyped-def]
    table = tmp_path / "places.csv"
    table.write_text("place\nІзюм\n", encoding="utf-8")
    out, loaded = _loaded_by(run_python, "normalize", str(table), "--column", "place", "--no-memo")
    assert "UA63040090010029555" in out  # Izium
    assert {"gazetteer.cli_normalize", "gazetteer.batch"} <= set(loaded)
    assert "gazetteer.extract" not in loaded


def test_help_still_lists_every_command(run_python) -> None:  # type: ignore[no-untyped-def]
    done = run_python("-m", "gazetteer", "--help")
    commands = done.stdout.split("Commands:")[1].split()
    for name in ("extract", "info", "lookup", "normalize", "oblasts", "serve"):
        assert name in commands


def test_every_public_name_is_still_importable() -> None:
    import gazetteer

    for name in gazetteer.__all__:
        assert getattr(gazetteer, name) is not None, name
    from gazetteer import Mention, find_places, normalize_rows, normalize_series
    from gazetteer.extract import find_places as from_its_module
    from gazetteer.rows import normalize_rows as rows_from_its_module

    assert find_places is from_its_module and normalize_rows is rows_from_its_module
    assert Mention.__name__ == "Mention" and callable(normalize_series)
    assert set(gazetteer.__all__) <= set(dir(gazetteer))
    with pytest.raises(AttributeError, match="no_such_name"):
        gazetteer.no_such_name  # noqa: B018
