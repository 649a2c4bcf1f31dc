"""What a new process (``gazetteer lookup Kyiv``) reads before its first answer.

It read the cities' cut names and the renamed places off the entries again, the cuts'
Russian forms compiling translit.russian's rules: both are now kept in the disk cache with
the embedded gazetteer (gazetteer.model.derived), and read back they are the ones made. An
installed package's tables are found beside its modules, without importlib.resources.
"""

from __future__ import annotations

import importlib.util
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from gazetteer import Gazetteer, model, storage
from gazetteer.renamedlast import renamed_entries
from gazetteer.shortnames import _cut_cities
from translit import match_key

KAMIANETS_PODILSKYI = "UA68020110010097898"
BILHOROD_DNISTROVSKYI = "UA51040010010048834"
DNIPRO = "UA12020010010037010"  # Дніпропетровськ until 2016 (data/renamed.tsv)
KYIV = "UA80000000000093317"


@pytest.fixture
def fresh_disk(gz: Gazetteer, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[Path]:
    """An empty disk cache, and the process's tables forgotten (put back after)."""
    monkeypatch.setenv(storage.CACHE_ENV, str(tmp_path))
    saved = dict(model._DERIVED)
    model._DERIVED.clear()
    _cut_cities.cache_clear()
    yield tmp_path
    model._DERIVED.clear()
    model._DERIVED.update(saved)
    _cut_cities.cache_clear()


def _as_new_process() -> None:
    model._DERIVED.clear()
    _cut_cities.cache_clear()


def test_the_city_cuts_read_back_are_the_ones_made(gz: Gazetteer, fresh_disk: Path) -> None:
    made = _cut_cities(gz)
    assert list(fresh_disk.glob("katottg-city-cuts*.pickle"))
    _as_new_process()
    assert _cut_cities(gz) == made
    kamianets = gz._by_code[KAMIANETS_PODILSKYI]
    for cut in ("Кам'янець", "Kamianets", "Каменец"):
        assert kamianets in [i for i, _ in made[match_key(cut)]]
    assert gz._by_code[BILHOROD_DNISTROVSKYI] in [i for i, _ in made[match_key("Білгород")]]


def test_the_renamed_places_read_back_are_the_ones_made(gz: Gazetteer, fresh_disk: Path) -> None:
    made = renamed_entries(gz.index, gz.entries)
    assert (fresh_disk / "katottg-renamed-entries.pickle").is_file()
    _as_new_process()
    assert renamed_entries(gz.index, gz.entries) == made
    assert gz._by_code[DNIPRO] in made and gz._by_code[KYIV] not in made


def test_an_installed_packages_table_is_found_beside_its_modules(tmp_path: Path) -> None:
    package = tmp_path / "site-packages" / "gazetteer"
    (package / "data").mkdir(parents=True)
    shutil.copy(storage.__file__, package / "storage.py")
    shutil.copy(storage.data_file("oblasts.tsv"), package / "data" / "oblasts.tsv")
    spec = importlib.util.spec_from_file_location("installed_storage", package / "storage.py")
    assert spec is not None and spec.loader is not None
    installed = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(installed)
    found = installed.data_file("oblasts.tsv")
    assert found == (package / "data" / "oblasts.tsv").resolve()
    assert any(row["name_uk"] == "Харківська" for row in storage.read_table(found))
