"""A town beside a village's name (gazetteer.besidetown): the namesake in the town's hromada,
else in its raion. Every code is a row of data/katottg.tsv."""

from __future__ import annotations

import pytest

from gazetteer import Gazetteer

#: Кам’янка of Ізюмська громада (Ізюмський район), whose seat is the city Ізюм.
KAMIANKA_IZIUM = "UA63040090080095309"


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Kamianka, Izium", KAMIANKA_IZIUM),
        ("Kharkiv > Izium > Kamianka", KAMIANKA_IZIUM),
        ("Kamianka near Izium", KAMIANKA_IZIUM),
        ("Кам'янка біля Ізюма", KAMIANKA_IZIUM),
        ("Кам'янка (Ізюм)", KAMIANKA_IZIUM),
        # Іванівка of Ізюмська громада, where Барвінківська громада has one too
        ("Ivanivka, Izium", "UA63040090060094359"),
        # Рідне of Барвінківська громада: none in Балаклійська, the one in Balakliia's raion
        ("Ridne, Balakliia", "UA63040030450039976"),
        ("Рідне (Балаклія)", "UA63040030450039976"),
        # a town whose name a village bears too (Косів, a city of Ivano-Frankivsk oblast
        # and a village of Lviv oblast): the one whose hromada holds a namesake, Яворів of
        # Косівська громада, not the city Яворів of Lviv oblast
        ("Kosiv > Yavoriv", "UA26100010150096657"),
        ("Yavoriv, Kosiv", "UA26100010150096657"),
        # Золочів of Lviv oblast (Kharkiv oblast has a selyshche Золочів): Княже of its hromada
        ("Zolochiv > Kniazhe", "UA46040070260044551"),
    ],
)
def test_a_town_beside_a_village_names_its_surroundings(
    gz: Gazetteer, text: str, code: str
) -> None:
    found = gz.resolve(text)
    assert found.best is not None and found.best.entry.code == code
    assert found.status == "matched"


def test_alone_the_namesakes_stay_tied(gz: Gazetteer) -> None:
    assert gz.resolve("Kamianka").status == "ambiguous"
    assert gz.resolve("Ridne").status == "ambiguous"


@pytest.mark.parametrize(
    "text",
    [
        "Kamianka, Kharkiv",  # an oblast's centre names its oblast, not its surroundings
        "Kamianka, Kamianka",  # the town is one of the namesakes
    ],
)
def test_no_surroundings_without_a_town_apart(gz: Gazetteer, text: str) -> None:
    assert gz.resolve(text).status == "ambiguous"


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        # two towns in one value: both, neither sure (Ізюм, Балаклія; Краматорськ, Слов'янськ)
        ("Izium, Balakliia", ["UA63040090010029555", "UA63040010010039074"]),
        ("Kramatorsk & Sloviansk", ["UA14120090010038661", "UA14120210010032554"]),
    ],
)
def test_two_towns_stay_two_places(gz: Gazetteer, text: str, codes: list[str]) -> None:
    found = gz.resolve(text)
    assert found.status == "ambiguous"
    assert [m.entry.code for m in found.candidates[:2]] == codes


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # a path from the oblast down, by slashes or with the oblast's level word
        ("Kharkiv/Izium/Kamianka", KAMIANKA_IZIUM),
        ("Харківська/Ізюм/Кам'янка", KAMIANKA_IZIUM),
        ("Kharkiv oblast > Izium > Kamianka", KAMIANKA_IZIUM),
        # the middle part an oblast's centre too: Бутенки of Полтавський район (Полтава's),
        # not of Кременчуцький
        ("Poltava > Poltava > Butenky", "UA53080010050053550"),
        # the oblast by a centre that also names a raion (Кропивницький район): Миронівка of
        # Олександрійський район, not of Кропивницький
        ("Kropyvnytskyi > Oleksandriia > Myronivka", "UA35080170060070782"),
    ],
)
def test_a_path_names_the_raion_of_its_middle_town(gz: Gazetteer, text: str, code: str) -> None:
    found = gz.resolve(text)
    assert found.best is not None and found.best.entry.code == code, text
    assert found.status == "matched"


def test_a_path_middle_town_is_its_raion_not_its_hromada(gz: Gazetteer) -> None:
    # Ізюмський район holds several Іванівка (Ізюмська громада one of them): the path's
    # middle part is the raion, which leaves them tied; beside the town, its hromada's
    found = gz.resolve("Kharkiv > Izium > Ivanivka")
    assert found.status == "ambiguous"
    tied = [m for m in found.candidates if m.ambiguous]
    assert len(tied) >= 2 and all(m.entry.raion_code == "UA63040000000023521" for m in tied)
    assert gz.resolve("Ivanivka, Izium").best.entry.code == "UA63040090060094359"  # type: ignore[union-attr]


def test_a_slashed_list_of_towns_is_no_path(gz: Gazetteer) -> None:
    found = gz.resolve("Izium/Balakliia/Kupiansk")  # three towns: the first two, unsure
    assert found.status == "ambiguous"
    assert found.best is not None and found.best.entry.code == "UA63040090010029555"
