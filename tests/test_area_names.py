"""Running text as Ukrainian news writes it: an area named after its town with -щина (на
Нікопольщині: the raion, areanames.py), a city cut to its first letter after a preposition of
place (біля Ч. Яру: Часів Яр, apposition.py), and a ranking of cities a team of researchers
compiled (the cities stay places, frames.py). Codes are rows of data/katottg.tsv."""

from __future__ import annotations

import pytest
from resolving_asserts import sure_mentions

from gazetteer import Gazetteer

NIKOPOL_RAION = "UA12080000000023578"  # Нікопольський район, Dnipropetrovsk oblast
IZIUM_RAION = "UA63040000000023521"  # Ізюмський район, Kharkiv oblast
BAKHMUT_RAION = "UA14020000000013572"  # Бахмутський район, Donetsk oblast
KUPIANSK_RAION = "UA63080000000032022"  # Куп’янський район, Kharkiv oblast
POKROVSK_RAION = "UA14160000000061982"  # Покровський район, Donetsk oblast
PRYLUKY_RAION = "UA74080000000030554"  # Прилуцький район, Chernihiv oblast
ORIKHIV_HROMADA = "UA23100170000031289"  # Оріхівська громада (Оріхів, no raion's seat)
IVANIVKA_NIKOPOL = "UA12080070150046360"  # Іванівка, Мозолевська громада, Nikopol raion
POKROVSHCHYNA = "UA53040010280040931"  # Покровщина, a village of Poltava oblast
KHARKIV_OBLAST = "UA63000000000041885"
DONETSK_OBLAST = "UA14000000000091971"
CHASIV_YAR = "UA14020130010015598"  # Часів Яр, a city
KAMIANETS = "UA68020110010097898"  # Кам’янець-Подільський, a city
BILHOROD = "UA51040010010048834"  # Білгород-Дністровський, a city
KYIV = "UA80000000000093317"
LVIV = "UA46060250010015970"
KHARKIV = "UA63120270010096107"


_found = sure_mentions


@pytest.mark.parametrize(
    ("text", "name", "code"),
    [
        (
            "Вночі окупанти обстріляли Нікопольщину з важкої артилерії.",
            "Нікопольщину",
            NIKOPOL_RAION,
        ),
        ("На Нікопольщині пошкоджено лінію електропередачі.", "Нікопольщині", NIKOPOL_RAION),
        ("Росіяни вдарили по Ізюмщині, поранено чоловіка.", "Ізюмщині", IZIUM_RAION),
        ("Бої тривають на Бахмутщині, повідомили в ЗСУ.", "Бахмутщині", BAKHMUT_RAION),
        ("Обстріл Куп'янщини триває третій день.", "Куп'янщини", KUPIANSK_RAION),
        ("На Прилуччині відкрили новий пункт незламності.", "Прилуччині", PRYLUKY_RAION),
        ("Ночью россияне обстреляли Никопольщину из артиллерии.", "Никопольщину", NIKOPOL_RAION),
        ("На Изюмщине восстановили электроснабжение.", "Изюмщине", IZIUM_RAION),
        # romanised, as Ukrainian media write them in English
        ("Russian drones struck Nikopolshchyna overnight.", "Nikopolshchyna", NIKOPOL_RAION),
        ("Two people were injured in Iziumshchyna.", "Iziumshchyna", IZIUM_RAION),
        ("Shelling of Kupianshchyna went on.", "Kupianshchyna", KUPIANSK_RAION),
    ],
)
def test_an_area_in_news_is_its_towns_raion(gz: Gazetteer, text: str, name: str, code: str) -> None:
    assert _found(gz, text) == [(name, code, "matched")]


def test_a_region_in_shchyna_stays_the_oblast(gz: Gazetteer) -> None:
    found = _found(gz, "На Донеччині за добу загинули двоє людей, на Харківщині один.")
    assert [(name, code) for name, code, _ in found] == [
        ("Донеччині", DONETSK_OBLAST),
        ("Харківщині", KHARKIV_OBLAST),
    ]


def test_an_area_looked_up(gz: Gazetteer) -> None:
    best = gz.resolve("Нікопольщина").best
    assert best is not None and best.entry.code == NIKOPOL_RAION and best.kind == "area"
    hromada = gz.resolve("на Оріхівщині").best  # no raion is Оріхів's: its hromada
    assert hromada is not None and hromada.entry.code == ORIKHIV_HROMADA
    for query in ("Nikopolshchyna", "na Nikopolshchyni"):  # (KMU: щ shch, ь dropped)
        latin = gz.resolve(query).best
        assert latin is not None and (latin.entry.code, latin.kind) == (NIKOPOL_RAION, "area")
    # a hint for another oblast: no area there
    assert gz.resolve("Нікопольщина", oblast="Kharkivska").best is None


@pytest.mark.parametrize(
    "query", ["Іванівка на Нікопольщині", "Іванівка, Нікопольщина", "Іванівка Нікопольщини"]
)
def test_an_area_beside_a_name_is_where_it_lies(gz: Gazetteer, query: str) -> None:
    # Іванівка: villages of Dnipropetrovsk oblast in three raions; one in the Nikopol raion
    best = gz.resolve(query).best
    assert best is not None and best.entry.code == IVANIVKA_NIKOPOL


def test_a_village_so_named_stays_unless_na_says_an_area(gz: Gazetteer) -> None:
    alone = gz.resolve("Покровщина")  # a column of villages: the village Покровщина
    assert alone.status == "matched" and alone.best is not None
    assert alone.best.entry.code == POKROVSHCHYNA
    area = gz.resolve("на Покровщині")  # a region's preposition: the raion first, unsure
    assert area.status == "ambiguous" and area.best is not None
    assert area.best.entry.code == POKROVSK_RAION
    assert POKROVSHCHYNA in [m.entry.code for m in area.candidates]


@pytest.mark.parametrize(
    "word",
    ["Слобожанщина", "Батьківщина", "Угорщина", "Наддніпрянщина", "Подільщина", "Сіверщина"],
)
def test_a_land_or_a_country_in_shchyna_is_no_towns_area(gz: Gazetteer, word: str) -> None:
    assert all(m.kind != "area" for m in gz.resolve(word).candidates)


@pytest.mark.parametrize(
    ("text", "name", "code"),
    [
        ("Бої точаться біля Ч. Яру, повідомили в Генштабі.", "Ч. Яру", CHASIV_YAR),
        ("Вибухи пролунали у К. Подільському вночі.", "К. Подільському", KAMIANETS),
        ("Ночью взрывы прогремели в К. Подольском.", "К. Подольском", KAMIANETS),
        ("Під Б. Дністровським знешкодили ворожий дрон.", "Б. Дністровським", BILHOROD),
    ],
)
def test_a_city_cut_to_its_first_letter(gz: Gazetteer, text: str, name: str, code: str) -> None:
    assert _found(gz, text) == [(name, code, "matched")]


@pytest.mark.parametrize(
    "text",
    [
        "Депутат К. Подільський заявив про відставку.",  # a person: no preposition of place
        "Лист передали від К. Подільського.",  # від: a person's initial as often
    ],
)
def test_an_initial_without_a_place_preposition_is_no_city(gz: Gazetteer, text: str) -> None:
    assert all(code != KAMIANETS for _, code, _ in _found(gz, text))


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        (
            "Київ поступився Львову в рейтингу найзеленіших міст, склала команда дослідників.",
            [KYIV, LVIV],
        ),
        ("Kyiv beat Lviv in the city ranking compiled by a research team.", [KYIV, LVIV]),
        ("Харків поступився Львову в рейтингу міст, який склала команда.", [KHARKIV, LVIV]),
    ],
)
def test_a_team_that_ranks_cities_leaves_them_places(gz: Gazetteer, text: str, codes: list) -> None:
    assert [code for _, code, _ in _found(gz, text)] == codes


@pytest.mark.parametrize(
    "text",
    [
        "Полтава поступилася Львову в рейтингу, команда опустилася на п'яте місце.",
        "Lviv beat Kyiv in the team ranking.",
    ],
)
def test_a_teams_ranking_still_names_teams(gz: Gazetteer, text: str) -> None:
    assert _found(gz, text) == []
