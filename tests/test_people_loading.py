"""Loading a list of people: its Latin name's forms are written only where they differ from its
Cyrillic name's (the same answers, half the forms), and a large file is read back from the
cache. Names are public figures' (tests/data/people.csv) and KMU 2010 romanisations."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from gazetteer import Gazetteer, find_places, usercache
from gazetteer.index import NameForm
from gazetteer.personforms import initials, latin_forms, person_forms
from translit import match_key, to_latin

PEOPLE = Path(__file__).parent / "data" / "people.csv"


def _written(forms: list[NameForm]) -> set[tuple[str, tuple[str, ...]]]:
    """What a lookup meets a form by: its key and its initials."""
    return {(match_key(f.text), initials(f.text)) for f in forms}


@pytest.mark.parametrize(
    "name",
    [
        "Шевченко Тарас Григорович",
        "Тимошенко Юлія Володимирівна",
        "Усик Олександр Олександрович",
        "Сковорода, Григорій Савич",
        "Єрмак Андрій Борисович",
        "Клочкова Яна Олександрівна",
        "Гнатчук Олег Васильович",  # (Hnatchuk: a French tch to the key)
        "Щербак Юрій Іванович",
        "Їжакевич Ілля Ілліч",
        "Мар'яненко Вʼячеслав Євгенович",
        "Богдан Хмельницький",
    ],
)
def test_the_latin_names_forms_add_nothing_a_lookup_would_miss(name: str) -> None:
    # the reference: every form of the romanised name written as of any name
    latin = to_latin(name)
    originals = [NameForm(0, name, "official"), NameForm(0, latin, "official")]
    every_way = person_forms(0, name, "official") + person_forms(0, latin, "official")
    fewer = person_forms(0, name, "official") + latin_forms(0, name, latin)
    assert _written(originals + every_way) == _written(originals + fewer)
    if "тч" not in name and " " in name:  # (Hnatchuk keys otherwise: written every way)
        assert len(fewer) < len(every_way) * 0.6


@pytest.mark.parametrize(
    ("query", "code"),
    [
        ("Oleh Hnatchuk", "g1"),  # (its key reads tch as French ch: its own form)
        ("Hnatchuk O. V.", "g1"),
        ("Taras H. Shevchenko", "g2"),  # (the given name beside a Latin initial)
        ("Shevchenko Taras H.", "g2"),
        ("Тарас Г. Шевченко", "g2"),
        ("Alexander Usyk", "g3"),  # (a Latin name of its own, written every way)
        ("A. Usyk", "g3"),
        ("Oleksandr Usyk", "g3"),
    ],
)
def test_a_list_finds_its_people_by_their_latin_names(
    tmp_path: Path, query: str, code: str
) -> None:
    team = tmp_path / "team.csv"
    team.write_text(
        "# kind: people\nid,name,name_latin\ng1,Гнатчук Олег Васильович,\n"
        "g2,Шевченко Тарас Григорович,\ng3,Усик Олександр Олександрович,Alexander Usyk\n",
        encoding="utf-8",
    )
    found = Gazetteer.from_file(team).resolve(query)
    assert (found.status, found.best.entry.code if found.best else None) == ("matched", code)


@pytest.fixture
def cached(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A copy of tests/data/people.csv that is cached though small, in a cache of its own."""
    monkeypatch.setenv("PLACEMATCH_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setattr(usercache, "SMALLEST_CACHED", 0)
    copy = tmp_path / "people.csv"
    shutil.copyfile(PEOPLE, copy)
    return copy


def _answers(gz: Gazetteer) -> list[object]:
    queries = ("Taras Shevchenko", "Т. Г. Шевченко", "Шевченко", "Zelensky", "Леся Українка")
    text = "Вірш написав Т. Г. Шевченко, а А. Шевченко забив гол; Кличко і Усик."
    return [(r.status, r.best.entry.code if r.best else None)
            for r in map(gz.resolve, queries)] + [
        (m.text, m.resolution.status) for m in find_places(gz, text)]  # fmt: skip


def test_a_large_list_is_read_back_from_the_cache(
    cached: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = _answers(Gazetteer.from_file(cached))
    assert first[0] == ("matched", "p01") and first[2] == ("ambiguous", "p01")
    assert list((cached.parent / "cache").glob("own-gazetteer-*.pickle"))

    def no_build(*args: object) -> None:
        raise AssertionError("built again, not read back")

    monkeypatch.setattr(usercache, "_build", no_build)
    again = Gazetteer.from_file(cached)
    assert again.kind == "people" and _answers(again) == first


def test_an_edited_list_or_another_kind_is_built_anew(cached: Path) -> None:
    Gazetteer.from_file(cached)
    with cached.open("a", encoding="utf-8") as handle:
        handle.write("p43,Стус Василь Семенович,,Донецька,poet\n")
    assert Gazetteer.from_file(cached).resolve("В. С. Стус").best.entry.code == "p43"  # type: ignore[union-attr]
    # read as names, not people: no initials, nor the surname alone
    names = Gazetteer.from_file(cached, kind="names")
    assert names.kind == "names"
    assert names.resolve("Т. Г. Шевченко").status == "unmatched"
