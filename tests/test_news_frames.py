"""Names in news that are not places though villages bear them (or a match key meets
one): a firm or a person after a verb of war news, a source after according to, the teams
of a sports report; and a list of cities without commas (gazetteer.frames,
gazetteer.warverbs, gazetteer.spans). Every code is a row of data/katottg.tsv."""

from __future__ import annotations

import pytest
from resolving_asserts import mentions

from gazetteer import Gazetteer

TONENKE = "UA14160190280029350"  # Тоненьке, Donetsk oblast (Russian Тоненькое)
ROBOTYNE = "UA23100270150025192"  # Роботине, Zaporizhzhia oblast (Russian Работино)
ODESA = "UA51100270010076757"
LVIV = "UA46060250010015970"
KHARKIV = "UA63120270010096107"


def test_cities_listed_without_commas_are_each_found(gz: Gazetteer) -> None:
    # Kharkiv had been read as glued to Lviv (a name of two words, neither's)
    assert mentions(gz, "Odesa Lviv Kharkiv") == [
        ("Odesa", ODESA),
        ("Lviv", LVIV),
        ("Kharkiv", KHARKIV),
    ]


@pytest.mark.parametrize(
    "text",
    [
        # Yerky (Єрки) by the Chinese "ye er ji" of its name; Bizh (Біж) by Бож's key;
        # Divnynske by its other name Taz: the words are spelled as none of them
        "Russian forces struck Jerry overnight.",
        "Drones hit Bosch in the morning.",
        "Russian troops captured Bosch last week.",
        "Missiles struck Tass on Friday.",
        # a surname villages bear (Козак x2), after a war verb
        "Shelling hit Kozak again, officials said.",
    ],
)
def test_a_firms_or_a_persons_name_after_a_war_verb_is_no_place(gz: Gazetteer, text: str):
    assert mentions(gz, text) == []


@pytest.mark.parametrize(
    ("text", "name", "code"),
    [
        # spelled as Russian BGN romanises Тоненькое: the verb still says place
        ("Drones hit Tonenkoye in the morning.", "Tonenkoye", TONENKE),
        ("Russian forces struck Robotyne overnight.", "Robotyne", ROBOTYNE),
    ],
)
def test_a_place_spelled_as_a_standard_has_it_after_a_war_verb_stays(
    gz: Gazetteer, text: str, name: str, code: str
):
    assert mentions(gz, text) == [(name, code)]


POLTAVA = "UA53080370010073240"


@pytest.mark.parametrize(
    "text",
    [
        # a source, or who did a thing (Divnynske's other name Taz; Kozak x2)
        "According to Tass, the attack failed.",
        "According to Tass sources, the bridge was hit.",
        "The report by Kozak was published on Monday.",
        # teams: Zoria (Зоря) villages, the town Oleksandriia, Shakhtar (Шахтар) villages
        "Dnipro struck Zorya in the second half.",
        "Zorya beat Oleksandriia in the cup match.",
        "The match between Zorya and Shakhtar ended 1-1.",
        "Зоря зіграла внічию з Олександрією.",
        "Ворскла обіграла Полісся.",
        # a club lost to or beat another: its rival in the dative (Полтава's, Олександрія's)
        "Ворскла поступилася Полтаві.",
        "Ворскла поступилась Полтаві.",
        "Ворскла уступила Полтаве.",
        "Ворскла програла Олександрії.",
        "Полтава перемогла Ворсклу.",
    ],
)
def test_no_place_in_a_sources_or_a_teams_name(gz: Gazetteer, text: str) -> None:
    assert mentions(gz, text) == []


@pytest.mark.parametrize(
    ("text", "name", "code"),
    [
        # a place in a sports report keeps its preposition
        ("Metalist drew with Vorskla in Poltava.", "Poltava", POLTAVA),
        # a city before a noun after according to: no source's frame
        ("According to Kharkiv officials, two drones were downed.", "Kharkiv", KHARKIV),
        # beat back is no sports word
        ("Troops beat back an assault, then retook Robotyne.", "Robotyne", ROBOTYNE),
        # giving up a thing (instrumental) or ceding a city (accusative) is no match lost
        ("Україна не поступилася Кримом.", "Кримом", "UA01000000000013043"),
        ("Россия уступила Херсон.", "Херсон", "UA65100150010064384"),
    ],
)
def test_a_place_in_a_sources_or_a_sports_frame_stays(
    gz: Gazetteer, text: str, name: str, code: str
):
    assert mentions(gz, text) == [(name, code)]


OLEKSANDRIIA = "UA35080050010051027"  # the town Олександрія, Kirovohrad oblast


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a city that hosts a match is where it is played, alone or in a list
        ("Kharkiv and Odesa hosted the league matches.", [("Kharkiv", KHARKIV), ("Odesa", ODESA)]),
        ("Lviv will host the derby on Sunday.", [("Lviv", LVIV)]),
        (
            "Kharkiv, Odesa and Lviv will host the Ukrainian Premier League matches.",
            [("Kharkiv", KHARKIV), ("Odesa", ODESA), ("Lviv", LVIV)],
        ),
        ("Харків та Одеса прийняли матчі ліги.", [("Харків", KHARKIV), ("Одеса", ODESA)]),
        # a serial comma before and (had found Lviv alone)
        (
            "Kharkiv, Odesa, and Lviv hosted the league matches.",
            [("Kharkiv", KHARKIV), ("Odesa", ODESA), ("Lviv", LVIV)],
        ),
        ("Львів прийме фінал Кубка України.", [("Львів", LVIV)]),
        # a town a club is named after hosts too: the town's name is read
        ("Oleksandriia hosted the cup match.", [("Oleksandriia", OLEKSANDRIIA)]),
    ],
)
def test_a_city_that_hosts_a_match_is_a_place(
    gz: Gazetteer, text: str, expected: list[tuple[str, str]]
) -> None:
    assert mentions(gz, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a team hosts a team, or a match: Zorya, Shakhtar are villages' names (Зоря, Шахтар)
        ("Shakhtar hosted Dynamo in the league match.", []),
        ("Zorya hosted the league match in Kyiv.", [("Kyiv", "UA80000000000093317")]),
        # a club's name with its town's: the club's, which plays elsewhere (Lviv)
        ("Shakhtar Donetsk beat Dnipro-1 in Lviv.", [("Lviv", LVIV)]),
        ("Zorya Luhansk drew with Shakhtar Donetsk.", []),
        ("Shakhtar Donetsk hosted the league match in Lviv.", [("Lviv", LVIV)]),
    ],
)
def test_a_team_that_hosts_a_match_is_no_place(
    gz: Gazetteer, text: str, expected: list[tuple[str, str]]
) -> None:
    assert mentions(gz, text) == expected
