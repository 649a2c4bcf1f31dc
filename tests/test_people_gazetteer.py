"""A gazetteer of people (``# kind: people``): a person met as people write names — in
either order, with initials, with or without the patronymic, the given name in Ukrainian,
Russian or English — and a surname alone sure only when one person bears it. The list is
tests/data/people.csv: public figures, their names and patronymics as they are; ids made up.
A list of other names (``# kind: names``) and a list of places keep their rules."""

from __future__ import annotations

from pathlib import Path

import pytest

from gazetteer import Gazetteer, find_places
from gazetteer.givennames import given_name, is_patronymic, patronymic_forms, rows
from gazetteer.personforms import read_person
from translit import match_key

PEOPLE = Path(__file__).parent / "data" / "people.csv"


@pytest.fixture(scope="module")
def people() -> Gazetteer:
    return Gazetteer.from_file(PEOPLE)


def _sure(gz: Gazetteer, query: str) -> str | None:
    """The id ``query`` surely names, else None."""
    res = gz.resolve(query)
    return res.best.entry.code if res.status == "matched" and res.best else None


def test_the_file_says_it_is_a_list_of_people(people: Gazetteer, tmp_path: Path) -> None:
    assert people.kind == "people"
    plain = tmp_path / "people.csv"
    plain.write_text(PEOPLE.read_text(encoding="utf-8").replace("# kind: people\n", ""))
    assert Gazetteer.from_file(plain).kind == "places"
    assert Gazetteer.from_file(plain, kind="people").kind == "people"
    # read as places, the name is met only as written
    assert _sure(Gazetteer.from_file(plain), "Т. Г. Шевченко") is None
    assert _sure(Gazetteer.from_file(plain, kind="people"), "Т. Г. Шевченко") == "p01"


@pytest.mark.parametrize(
    "query",
    [
        "Шевченко Тарас Григорович",  # as listed
        "Тарас Григорович Шевченко",
        "Тарас Шевченко",
        "Шевченко Тарас",
        "Taras Shevchenko",
        "Shevchenko Taras",
        "Taras Hryhorovych Shevchenko",
        "SHEVCHENKO Taras",
    ],
)
def test_either_order_with_or_without_the_patronymic(people: Gazetteer, query: str) -> None:
    assert _sure(people, query) == "p01"


@pytest.mark.parametrize(
    ("query", "code"),
    [
        ("T. Shevchenko", "p01"),
        ("Shevchenko T.H.", "p01"),
        ("Shevchenko T. H.", "p01"),
        ("Т. Г. Шевченко", "p01"),
        ("Т.Г. Шевченко", "p01"),
        ("Шевченко Т.Г.", "p01"),
        ("Шевченко Т.", "p01"),
        ("Taras H. Shevchenko", "p01"),
        ("Shevchenko T.G.", "p01"),  # Григорьевич, romanised from Russian
        ("A. Shevchenko", "p02"),
        ("Шевченко А.М.", "p02"),
        ("Yu. Tymoshenko", "p06"),
        ("Тимошенко Ю.В.", "p06"),
        ("В. Зеленський", "p07"),
        ("Зеленский В.А.", "p07"),  # Russian: Владимир Александрович
        ("О. Усик", "p05"),
        ("A. Usyk", "p05"),  # Aleksandr, Alexander
        ("A. Yermak", "p28"),
        ("Ya. Klochkova", "p36"),
    ],
)
def test_initials(people: Gazetteer, query: str, code: str) -> None:
    assert _sure(people, query) == code


@pytest.mark.parametrize(
    "query",
    [
        "С. Шевченко",  # (was: с. dropped as "village", the footballer Андрій for sure)
        "м. Шевченко",  # (м.: a town's word)
        "В. Шевченко",  # (В.: Велика written out)
        "Ч. Шевченко",  # (one key with Г. Шевченко)
        "Х. Шевченко",
        "Шевченко Т.М.",  # Тарас's patronymic is Григорович
        "Шевченко Андрій Григорович",
        "Сергій Шевченко",  # (was: the footballer, a name "beside" his surname)
        "Тарас Усик",
    ],
)
def test_initials_or_names_of_no_listed_person_meet_none(people: Gazetteer, query: str) -> None:
    assert people.resolve(query).status == "unmatched"


@pytest.mark.parametrize(
    ("query", "code"),
    [
        ("Тимошенко Юлия Владимировна", "p06"),  # Russian given name and patronymic
        ("Шевченко Тарас Григорьевич", "p01"),
        ("Александр Усик", "p05"),
        ("Aleksandr Usik", "p05"),
        ("Alexander Usyk", "p05"),
        ("Oleksandr Usyk", "p05"),
        ("Алексей Резников", "p25"),
        ("Oleksii Reznikov", "p25"),
        ("Николай Амосов", "p29"),
        ("Mykola Amosov", "p29"),
        ("Nikolai Amosov", "p29"),
        ("Nicholas Amosov", "p29"),
        ("Юрий Андрухович", "p32"),
        ("Yurii Andrukhovych", "p32"),
        ("Владимир Зеленский", "p07"),
        ("Volodymyr Zelenskyy", "p07"),
        ("Виталий Кличко", "p03"),
        ("Vitali Klitschko", "p03"),
        ("Wladimir Klitschko", "p04"),
        ("Петр Порошенко", "p08"),
        ("Пётр Порошенко", "p08"),
        ("Petro Poroshenko", "p08"),
        ("Игорь Сикорский", "p31"),  # listed in Latin: Igor Sikorsky
        ("Ігор Сікорський", "p31"),
        ("Michael Hrushevsky", "p15"),
        ("Леся Українка", "p14"),  # an alternative name is a person's name too
        ("Українка Леся", "p14"),
        ("Григорій Сковорода", "p17"),  # listed "Сковорода, Григорій Савич"
        ("Сковорода Г.С.", "p17"),
        ("Казимир Малевич", "p30"),
        ("Олексій Арестович", "p33"),  # a surname in -ович is no patronymic
        ("Арестович Алексей Николаевич", "p33"),
    ],
)
def test_given_names_in_ukrainian_russian_and_english(
    people: Gazetteer, query: str, code: str
) -> None:
    assert _sure(people, query) == code


def test_a_surname_alone_is_sure_only_when_one_person_bears_it(people: Gazetteer) -> None:
    assert _sure(people, "Усик") == "p05"
    assert _sure(people, "Usyk") == "p05"
    assert _sure(people, "Zaluzhnyi") == "p18"
    assert _sure(people, "Залужный") == "p18"
    for surname, bearers in (("Шевченко", {"p01", "p02"}), ("Klitschko", {"p03", "p04"})):
        res = people.resolve(surname)
        assert res.status == "ambiguous"
        assert {m.entry.code for m in res.candidates if m.ambiguous} == bearers
    # Віталій and Володимир Кличко share initial and patronymic: В. В. Кличко is either
    assert people.resolve("В. Кличко").status == "ambiguous"
    assert people.resolve("Кличко В.В.").status == "ambiguous"
    assert _sure(people, "Vitalii Klychko") == "p03"


def test_a_hint_names_the_region_of_the_file(people: Gazetteer) -> None:
    res = people.resolve("Шевченко", oblast="Черкаська")
    assert (res.status, res.best and res.best.entry.code) == ("matched", "p01")


@pytest.mark.parametrize(
    ("query", "code"),
    [("Shevchenco T.H.", "p01"), ("Тимошенка Юлія", "p06"), ("Zalyzhnyi Valerii", "p18")],
)
def test_a_surname_with_a_typo_is_offered_never_sure(
    people: Gazetteer, query: str, code: str
) -> None:
    res = people.resolve(query)
    assert res.status == "ambiguous" and res.best and res.best.entry.code == code


def test_people_in_running_text(people: Gazetteer) -> None:
    text = (
        "Вірш написав Т. Г. Шевченко. Shevchenko T.H. wrote it; A. Shevchenko scored. "
        "Сергій Шевченко прийшов. Усик переміг, а Кличко В.В. дивився. "
        "Зеленский В.А. и Тимошенко Юлия Владимировна."
    )
    found = [
        (m.text, m.resolution.status, m.resolution.best.entry.code)
        for m in find_places(people, text)
        if m.resolution.best
    ]
    assert found == [
        ("Т. Г. Шевченко", "matched", "p01"),
        ("Shevchenko T.H.", "matched", "p01"),
        ("A. Shevchenko", "matched", "p02"),
        # Сергій Шевченко: no listed Шевченко, not the surname of either
        ("Усик", "matched", "p05"),
        ("Кличко В.В.", "ambiguous", "p03"),
        ("Зеленский В.А.", "matched", "p07"),
        ("Тимошенко Юлия Владимировна", "matched", "p06"),
    ]


def test_a_list_of_names_keeps_its_rules(tmp_path: Path) -> None:
    # kind names: no person's rules (no initials, no surname alone, no reordering)
    path = tmp_path / "names.csv"
    path.write_text(
        "# kind: names\nid,name\nu3,3rd Assault Brigade\np1,Тарас Шевченко\n", encoding="utf-8"
    )
    names = Gazetteer.from_file(path)
    assert names.kind == "names"
    assert _sure(names, "3rd Assault Brigade") == "u3"
    assert _sure(names, "Тарас Шевченко") == "p1"
    for query in ("Assault Brigade 3rd", "A. Brigade", "3rd A. B.", "Шевченко Тарас", "Шевченко"):
        assert _sure(names, query) is None, query
    text = "The 3rd Assault Brigade advanced. Т. Шевченко wrote; Шевченко Тарас too."
    assert [m.text for m in find_places(names, text)] == ["3rd Assault Brigade"]


def test_a_list_of_places_keeps_its_rules(tmp_path: Path) -> None:
    path = tmp_path / "places.csv"
    path.write_text("id,name,category\nc1,Шевченкове,village\n", encoding="utf-8")
    places = Gazetteer.from_file(path)
    assert places.kind == "places"
    assert _sure(places, "с. Шевченкове") == "c1"  # a village's word read as one
    assert Gazetteer.default().kind == "places"


@pytest.mark.parametrize(
    ("name", "parts"),
    [
        ("Шевченко Тарас Григорович", ("Шевченко", "Тарас", "Григорович")),
        ("Тарас Григорович Шевченко", ("Шевченко", "Тарас", "Григорович")),
        ("Шевченко Тарас", ("Шевченко", "Тарас", "")),
        ("Taras Shevchenko", ("Shevchenko", "Taras", "")),
        ("Сковорода, Григорій Савич", ("Сковорода", "Григорій", "Савич")),
        ("Андрухович Юрій Ігорович", ("Андрухович", "Юрій", "Ігорович")),
        ("Роман Йосипович Шухевич", ("Шухевич", "Роман", "Йосипович")),
        ("Римський-Корсаков Микола Андрійович", ("Римський-Корсаков", "Микола", "Андрійович")),
        ("Zelensky", ("Zelensky", "", "")),
    ],
)
def test_a_name_is_read_into_its_parts(name: str, parts: tuple[str, str, str]) -> None:
    person = read_person(name)
    assert (person.surname, person.given, person.patronymic) == parts


def test_the_given_names_table() -> None:
    alexander = given_name("Олександр")
    assert alexander is not None
    assert {given_name(n) for n in ("Александр", "Oleksandr", "Aleksandr", "Alexander")} == {
        alexander
    }
    assert given_name("Олександра") is not given_name("Олександр")  # his name, not hers
    assert set(patronymic_forms("Миколайович")) == {"Миколайович", "Николаевич"}
    assert set(patronymic_forms("Hryhorivna")) == {"Григорівна", "Григорьевна"}
    assert is_patronymic("Енверович") and not is_patronymic("Шевченко")
    # no two names of the table share a match key (it would take one for the other)
    keys = [match_key(form) for row in rows() for form in {match_key(f) for f in row.spellings}]
    assert len(keys) == len(set(keys))


def test_the_command_reads_a_list_of_people() -> None:
    from click.testing import CliRunner

    from gazetteer.cli import main

    def lookup(query: str) -> list[str]:
        done = CliRunner().invoke(main, ["--gazetteer", str(PEOPLE), "lookup", query])
        assert done.exit_code == 0, done.output
        return done.stdout.splitlines()

    assert lookup("Шевченко Т.Г.")[1].split()[0] == "p01"
    last = lookup("Кличко")[-1]  # (was: "they share their region: read it with the places")
    assert last.endswith("several people bear the name; give their given name")
