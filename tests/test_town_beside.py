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
