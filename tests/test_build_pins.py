"""The data build refuses a pycountry release other than the one its tables are made with."""

from __future__ import annotations

from pathlib import Path

import build_scripts  # noqa: F401  (scripts/ importable; skipped without openpyxl)
import pytest
import sources


def test_another_pycountry_release_stops_the_build_before_any_table(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import build_data  # (after build_scripts: scripts/ on the path)

    monkeypatch.setattr(sources.metadata, "version", lambda name: "24.6.1")
    with pytest.raises(SystemExit, match=r"pycountry==26\.2\.16"):
        build_data.main(["--out", str(tmp_path), "--only", "katottg", "countries"])
    assert list(tmp_path.iterdir()) == []  # (not even the codifier's table)
