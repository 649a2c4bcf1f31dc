"""Where place names stand in running text (gazetteer.spans), before any is resolved; and
find_places, which resolves them, where it always was."""

from __future__ import annotations

import pytest

import gazetteer
from gazetteer import Gazetteer
from gazetteer.extract import Mention, find_places
from gazetteer.spans import name_spans


def test_the_runs_of_words_read_as_place_names_with_what_stands_beside(gz: Gazetteer) -> None:
    text = (
        "Shelling hit Velyka Oleksandrivka in Beryslav raion. "
        "President Volodymyr Zelensky visited Kherson."
    )
    found = [(text[f.start : f.end], f.query, f.cued) for f in name_spans(gz, text)]
    assert found == [
        ("Velyka Oleksandrivka", "Velyka Oleksandrivka, Beryslav raion", True),
        ("Beryslav raion", "Beryslav raion", True),
        # (not Volodymyr: a part of a person's name; visited takes Kherson, spelled as its
        # official name)
        ("Kherson", "Kherson", True),
    ]


def test_a_declined_name_is_asked_for_in_the_nominative_with_its_unit(gz: Gazetteer) -> None:
    text = "Окупанти обстріляли Любимівку Бериславського району."
    (found,) = name_spans(gz, text)
    assert text[found.start : found.end] == "Любимівку"
    assert found.query == "Любимівка, Бериславський район"
    # Russian with и for й (раиона): asked for with the raion's word all the same
    text = "Обстреляли Любимовку Бериславского раиона."
    (found,) = name_spans(gz, text)
    assert found.query == "Любимовка, Бериславский район"


def test_find_places_is_where_it_was() -> None:
    assert gazetteer.find_places is find_places and gazetteer.Mention is Mention


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("Chuhuiv Kharkiv was shelled", "Chuhuiv"),
        ("Izium Kharkiv was shelled", "Izium"),
        ("Гуляйполе Запоріжжя обстріляли", "Гуляйполе"),
    ],
)
def test_a_town_before_its_oblast_centre_s_name_is_a_place_of_its_own(
    gz: Gazetteer, text: str, town: str
) -> None:
    # the centre's name is a place, not the rest of another name (Kyiv Post): the town had
    # been dropped as glued to it, and only the centre found (as lookup reads the pair: the
    # town, gazetteer.twoplaces)
    found = [text[m.start : m.end] for m in find_places(gz, text)]
    assert town in found


@pytest.mark.parametrize(
    ("text", "query", "code"),
    [
        # Ukrainian and Russian genitives romanised: the raion it lies in, not a name glued on
        (
            "Yesterday shells hit Kamianka Iziumskoho raionu.",
            "Kamianka, Iziumskyi raion",
            "UA63040090080095309",  # Кам'янка of Izium raion, Kharkiv oblast
        ),
        (
            "Shells hit Lyubimovka Beryslavskogo rayona overnight.",
            "Lyubimovka, Beryslavskyi rayon",
            "UA65020150020078280",  # Любимівка of Beryslav raion, Kherson oblast
        ),
        (  # j for й, as Polish, Czech and German romanise it
            "Shells hit Kamianka Izyumskogo rajona overnight.",
            "Kamianka, Izyumskyi rajon",
            "UA63040090080095309",
        ),
    ],
)
def test_a_unit_in_the_latin_genitive_after_a_name(
    gz: Gazetteer, text: str, query: str, code: str
) -> None:
    (found,) = find_places(gz, text)
    assert found.query == query
    assert found.resolution.best is not None and found.resolution.best.entry.code == code
