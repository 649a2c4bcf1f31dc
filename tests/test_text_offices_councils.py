"""Running text, session 23's second round: a Russian abbreviation before a name is written
out in Russian too (у В. Новоселки: Великая Новоселка, Велика Новосілка; в М. Токмачке),
though no place bears the noun alone; a town's genitive after an office is the town, its
holder's name after it no part of it (Мэр Одессы Геннадий Труханов); a city's council is
the city its adjective is made of (Черкаська міська рада: Черкаси, not Черкаське), an
oblast's council or administration the oblast. Codes are rows of data/katottg.tsv."""

from __future__ import annotations

import pytest

from gazetteer import Gazetteer, find_places

VELYKA_NOVOSILKA = "UA14040010010027148"  # Велика Новосілка, Donetsk oblast's selyshche
MALA_TOKMACHKA = "UA23100130010093963"  # Мала Токмачка, a village of Zaporizhzhia oblast
VERKHNII_ROHACHYK = "UA65060050010099394"  # Верхній Рогачик, Kherson oblast's selyshche
STARYI_SALTIV = "UA63140130010025719"  # Старий Салтів, Kharkiv oblast's selyshche
NYZHNI_SIROHOZY = "UA65040050010011350"  # Нижні Сірогози, Kherson oblast's selyshche
ODESA = "UA51100270010076757"  # Одеса, a city
KHARKIV = "UA63120270010096107"  # Харків, a city
KHERSON = "UA65100150010064384"  # Херсон, a city
CHERKASY = "UA71080490010015879"  # Черкаси, a city (Черкаське: villages and selyshches)
ZHYTOMYR = "UA18040190010057814"  # Житомир, a city
KRYVYI_RIH = "UA12060170010065850"  # Кривий Ріг, a city (its adjective Криворізька)
KYIV = "UA80000000000093317"  # Київ, the capital, in no hromada
KHARKIV_OBLAST = "UA63000000000041885"  # Харківська область
BILA_TSERKVA = "UA32020010010081183"  # Біла Церква, the city of Kyiv oblast
VELYKA_LEPETYKHA = "UA65060030010012132"  # Велика Лепетиха (Russian: Большая Лепетиха)
KHERSON_OBLAST = "UA65000000000030969"  # Херсонська область


def _codes(gz: Gazetteer, text: str) -> list[str]:
    return [m.resolution.best.entry.code for m in find_places(gz, text) if m.resolution.best]


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Бои идут у В. Новоселки.", VELYKA_NOVOSILKA),  # not Новосілки, Великі Новосілки
        ("Наступление под В. Новоселкой остановлено.", VELYKA_NOVOSILKA),
        ("Бої точаться біля В. Новосілки.", VELYKA_NOVOSILKA),  # Ukrainian: Велика
        ("Разрушения в М. Токмачке огромны.", MALA_TOKMACHKA),  # no Токмачка alone
        ("Жители В. Рогачика эвакуированы.", VERKHNII_ROHACHYK),  # В. is Верхний too
        ("Обстрел Ст. Салтова продолжается.", STARYI_SALTIV),
        ("В Н. Серогозах отключили свет.", NYZHNI_SIROHOZY),  # not Сірогози
        ("Вибух пролунав у Б. Церкві.", BILA_TSERKVA),  # Б. is Біла in Ukrainian
        ("Бои у Б. Лепетихи.", VELYKA_LEPETYKHA),  # and Большая in Russian
    ],
)
def test_a_russian_abbreviation_is_read_with_its_name(gz: Gazetteer, text: str, code: str) -> None:
    assert _codes(gz, text) == [code]


@pytest.mark.parametrize(
    ("query", "code"),
    [
        ("В. Новоселка", VELYKA_NOVOSILKA),
        ("Н. Серогозы", NYZHNI_SIROHOZY),
        ("Ст. Салтов", STARYI_SALTIV),
        ("Б. Церква", BILA_TSERKVA),  # as sheets cut Біла Церква short
        ("Б.Церква", BILA_TSERKVA),
        ("B. Tserkva", BILA_TSERKVA),
        ("Бел. Церковь", BILA_TSERKVA),
    ],
)
def test_a_russian_abbreviation_is_looked_up(gz: Gazetteer, query: str, code: str) -> None:
    found = gz.lookup(query)
    assert found and found[0].entry.code == code


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Мэр Одессы Геннадий Труханов заявил о восстановлении света.", ODESA),
        ("Мер Одеси Геннадій Труханов повідомив про наслідки атаки.", ODESA),
        ("Губернатор Херсона Роман Мрочко сообщил об обстреле.", KHERSON),
        ("Mayor of Odesa Hennadiy Trukhanov said the port was hit.", ODESA),
    ],
)
def test_a_town_after_an_office_is_read_before_its_holder(
    gz: Gazetteer, text: str, code: str
) -> None:
    assert _codes(gz, text) == [code]


@pytest.mark.parametrize(
    "text",
    [
        "Mayor Ivan Kovalenko of Dnipro spoke.",  # Ivan: the mayor's name, Dnipro his city
        "Мэр Владимир Кличко заявил.",  # Владимир: a first name, not the city Володимир
    ],
)
def test_an_office_before_a_first_name_reads_no_place(gz: Gazetteer, text: str) -> None:
    names = [m.text for m in find_places(gz, text)]
    assert "Ivan" not in names and "Владимир" not in names


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Черкаська міська рада повідомила про обстріл.", CHERKASY),
        ("Депутати Житомирської міської ради проголосували.", ZHYTOMYR),
        ("Харьковский городской совет сообщил об отключениях.", KHARKIV),
        ("Криворізька міська рада повідомила про загиблих.", KRYVYI_RIH),
        ("Харківська обласна рада ухвалила рішення.", KHARKIV_OBLAST),
        ("Херсонська обласна військова адміністрація повідомила.", KHERSON_OBLAST),
    ],
)
def test_a_council_in_text_is_its_city_or_oblast(gz: Gazetteer, text: str, code: str) -> None:
    assert _codes(gz, text) == [code]


@pytest.mark.parametrize(
    ("query", "code"),
    [
        ("Черкаська міська рада", CHERKASY),
        ("Київська міська рада", KYIV),
        ("Черниговский городской голова", "UA74100390010054825"),  # Чернігів
        ("Харьковский областной совет", KHARKIV_OBLAST),
        ("Харківська облрада", KHARKIV_OBLAST),
    ],
)
def test_a_council_looked_up_is_its_city_or_oblast(gz: Gazetteer, query: str, code: str) -> None:
    resolution = gz.resolve(query)
    assert resolution.best is not None and resolution.best.entry.code == code
    assert resolution.status == "matched"


@pytest.mark.parametrize(
    "query",
    [
        "Таврійська міська громада",
        # as data sheets name a hromada: its acronym (об'єднана територіальна громада)
        "Таврійська міська ОТГ",
        "Таврійська міська ТГ",
        "Таврийская городская ОТГ",
    ],
)
def test_a_city_hromada_is_still_a_hromada(gz: Gazetteer, query: str) -> None:
    # міська громада names the hromada, not its city: the council's reading stays out
    found = gz.lookup(query)
    assert found and found[0].entry.category == "H"


SUMSKA_HROMADA = "UA59080270000073662"  # Сумська міська громада, the city Суми's hromada


@pytest.mark.parametrize(
    "text",
    [
        "Сумська міська територіальна громада отримала кошти.",
        "Сумська міська громада отримала кошти.",
        "Кошти отримала Сумська міська ОТГ.",
        "Голова Сумської міської громади сказав.",
    ],
)
def test_a_city_hromada_in_text_is_the_hromada(gz: Gazetteer, text: str) -> None:
    # the hromada's words after міська say the hromada, not the city's council
    assert _codes(gz, text) == [SUMSKA_HROMADA]
