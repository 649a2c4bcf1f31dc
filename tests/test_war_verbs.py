"""A name right after a verb of war news is a place (Shelling hit Sencha, ворог обстріляв
Новолозуватку); a person's name there stays a person (gazetteer.warverbs)."""

from __future__ import annotations

import pytest
from resolving_asserts import named_mentions

from gazetteer import Gazetteer, find_places

#: villages of one name each (data/katottg.tsv)
SENCHA = "UA53060290010082589"  # Сенча, Poltava oblast
NOVOLOZUVATKA = "UA12060190230040472"  # Новолозуватка, Dnipropetrovsk oblast


@pytest.mark.parametrize(
    ("text", "name", "code"),
    [
        ("Shelling hit Sencha on Tuesday, officials said.", "Sencha", SENCHA),
        ("Russian troops captured Sencha overnight.", "Sencha", SENCHA),
        ("Ворог обстріляв Новолозуватку вночі.", "Новолозуватку", NOVOLOZUVATKA),
        ("Росіяни вдарили по Новолозуватці.", "Новолозуватці", NOVOLOZUVATKA),
        ("Враг обстрелял Новолозуватку.", "Новолозуватку", NOVOLOZUVATKA),
    ],
)
def test_the_object_of_a_war_verb_is_a_place(gz: Gazetteer, text: str, name: str, code: str):
    assert [(m[0], m[2]) for m in named_mentions(gz, text)] == [(name, code)]


def test_the_verb_speaks_for_its_list(gz: Gazetteer):
    # Vesele: 40-odd villages; the list shares the verb's word with Sencha
    hits = named_mentions(gz, "Drones struck Sencha and Vesele overnight.")
    assert [(m[0], m[1]) for m in hits] == [("Sencha", "Сенча"), ("Vesele", "Веселе")]
    assert hits[0][2] == SENCHA


@pytest.mark.parametrize(
    "text",
    [
        # villages bear these names too (Марія, Софія, Шевченко x31, Залужне, Олег)
        "Police captured Mariia on Monday.",
        "The army struck Sofiia's school.",
        "Troops captured Shevchenko in the morning.",
        "Президент звільнив Залужного.",
        "ЗСУ звільнили Олега з полону.",
        "Окупанти захопили Марію в полон.",
        "Росіяни захопили Іллю в полон.",  # (Ілля, a man's name: the village Ілля had been)
        # a verb a person is as often the object of, and the name no official one spelled
        # exactly (a settlement's is a place after visited: tests/test_visit_verbs.py)
        "Protesters attacked Sencha.",
    ],
)
def test_a_person_after_a_war_verb_is_no_place(gz: Gazetteer, text: str):
    assert named_mentions(gz, text) == []


@pytest.mark.parametrize(
    "text",
    [
        # Дружба: 20-odd villages, and a pipeline; Маяк, Іскра: villages, and plants
        "Drones struck Druzhba pipeline overnight.",
        "Missiles hit Mayak plant in the morning.",
        "Ukraine struck Iskra factory again.",
        # the thing's word ending the sentence, or before a comma or its possessive
        "Drones struck Druzhba pipeline.",
        "Drones hit Mayak plant, officials said.",
        "Drones hit Druzhba pipeline's pumping station.",
        # after a verb a person is as often the object of, likewise
        "The delegation visited Druzhba pipeline.",
    ],
)
def test_a_name_before_a_thing_it_names_is_no_object(gz: Gazetteer, text: str):
    # the verb's object is the pipeline or the plant; the name is that thing's
    assert named_mentions(gz, text) == []


def test_a_place_before_a_plant_in_it_is_kept(gz: Gazetteer):
    # the verb says nothing here, but a city is a place on its own evidence
    assert [m[0] for m in named_mentions(gz, "Drones hit Kremenchuk refinery.")] == ["Kremenchuk"]


#: villages named as cities abroad are (data/katottg.tsv)
SAMARA = "UA59080130310069195"  # Самара, Sumy oblast: the only one
POZNAN = "UA56080010090076219"  # Познань, Rivne oblast: the only one


@pytest.mark.parametrize(
    "text",
    [
        # Samara, Poznan: cities in Russia, Poland, which the strike more likely hit
        "Drones struck Samara overnight.",
        "Drones hit Poznan.",
        "Drones struck Samara near Pokrovsk.",
    ],
)
def test_a_city_abroad_after_a_war_verb_is_no_village(gz: Gazetteer, text: str):
    assert [m[0] for m in named_mentions(gz, text)] == [n for n in ("Pokrovsk",) if n in text]


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Drones struck Samara in Sumy oblast.", SAMARA),
        ("Shelling hit the village of Samara.", SAMARA),
        ("Shelling hit Poznan, Rivne region.", POZNAN),
    ],
)
def test_the_village_a_city_abroad_names_is_kept_with_more_evidence(
    gz: Gazetteer, text: str, code: str
):
    assert code in [m[2] for m in named_mentions(gz, text)]


TYMOSHENKO = "UA01120290050080880"  # Тимошенко, Crimea: the only one
SYDORENKO = "UA12140170150086626"  # Сидоренко, Dnipropetrovsk oblast: the only one


@pytest.mark.parametrize(
    ("text", "name", "code"),
    [
        # a verb that takes no person makes a place of a surname's shape (had found nothing)
        ("Ворог обстріляв Тимошенко вночі.", "Тимошенко", TYMOSHENKO),
        ("Ворог обстріляв Сидоренко.", "Сидоренко", SYDORENKO),
        ("Russian forces shelled Sydorenko overnight.", "Sydorenko", SYDORENKO),
        ("Ukrainian troops liberated Tymoshenko.", "Tymoshenko", TYMOSHENKO),
    ],
)
def test_a_surnames_shape_after_a_verb_that_takes_no_person_is_a_place(
    gz: Gazetteer, text: str, name: str, code: str
) -> None:
    assert [(m[0], m[2]) for m in named_mentions(gz, text)] == [(name, code)]


@pytest.mark.parametrize(
    "text",
    [
        "Russian forces shelled Shevchenko overnight.",
        "Russian troops occupied Shevchenko in 2024.",
        "The enemy stormed Shevchenko again.",
        # (Aktau's name until 1991 read as a city abroad's: data/foreign_cities.tsv)
        "Росіяни обстріляли Шевченко.",
        "Ворог обстріляв Шевченко вночі.",
    ],
)
def test_shevchenko_after_a_verb_that_takes_no_person_is_one_of_its_villages(
    gz: Gazetteer, text: str
) -> None:
    # 31 villages and selyshches bear the name: found, and unsure which
    found = find_places(gz, text)
    assert [m.resolution.status for m in found] == ["ambiguous"]
    assert found[0].text in ("Shevchenko", "Шевченко")
    assert found[0].resolution.best is not None
    assert found[0].resolution.best.entry.name_uk == "Шевченко"


@pytest.mark.parametrize(
    "text",
    [
        # people are hit, captured and freed: the surname stays a person's
        "Troops captured Sydorenko in the morning.",
        "Shrapnel hit Tymoshenko.",
        "Окупанти звільнили Сидоренко з полону.",
        # a first name, or a person's case, stays a person after any verb
        "Russian forces shelled Maria.",
        "Окупанти обстріляли Сидоренка.",
        # the verb's object is the thing the name owns
        "Russian forces shelled Sydorenko's house.",
    ],
)
def test_a_person_stays_a_person_after_these_verbs(gz: Gazetteer, text: str) -> None:
    assert named_mentions(gz, text) == []


@pytest.mark.parametrize(
    "text",
    [
        # people are surrounded too: the surname stays a person's (Тимошенко read the village)
        "Журналісти оточили Тимошенко.",
        "Журналисты окружили Тимошенко.",
        "Reporters encircled Tymoshenko after the vote.",
    ],
)
def test_a_surrounded_surname_stays_a_person(gz: Gazetteer, text: str) -> None:
    assert named_mentions(gz, text) == []
