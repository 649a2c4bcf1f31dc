"""A place as official documents and Russian reports write it: no commas, its hromada, raion
and oblast declined after its name."""

from __future__ import annotations

import pytest
from resolving_asserts import assert_matched

from gazetteer import Gazetteer

LIUBYMIVKA_BERYSLAV = "UA65020150020078280"
KAMIANKA_IZIUM = "UA63040090080095309"  # one of many Кам'янка; Izium raion, Kharkiv oblast
LIUBYMIVKA_TAVRIISKA = "UA23060290020023863"  # in Tavriiska hromada of Zaporizhzhia oblast


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("с. Кам'янка Ізюмського району", KAMIANKA_IZIUM),
        ("Кам'янка Ізюмський район", KAMIANKA_IZIUM),
        ("Kamianka Iziumskyi raion", KAMIANKA_IZIUM),
        ("село Каменка Изюмского района Харьковской области", KAMIANKA_IZIUM),
        ("Любимівка Бериславського району Херсонської області", LIUBYMIVKA_BERYSLAV),
        ("с. Любимівка Бериславського р-ну", LIUBYMIVKA_BERYSLAV),
        ("Любимівка Таврійської громади", LIUBYMIVKA_TAVRIISKA),
        ("Любимівка Таврійської сільської територіальної громади", LIUBYMIVKA_TAVRIISKA),
        # in prose, with a preposition; in English by the seat's name
        ("Кам'янка в Ізюмському районі", KAMIANKA_IZIUM),
        ("Каменка в Изюмском районе", KAMIANKA_IZIUM),
        ("Kamianka in Izium raion", KAMIANKA_IZIUM),
        ("Kamianka village in Izium district, Kharkiv region", KAMIANKA_IZIUM),
        ("the village of Kamianka in the Izium district", KAMIANKA_IZIUM),
        ("Kamianka Izium district Kharkiv oblast", KAMIANKA_IZIUM),
        ("Lyubymivka village of Beryslav district of Kherson region", LIUBYMIVKA_BERYSLAV),
    ],
)
def test_the_units_after_a_name_tell_its_namesakes_apart(
    gz: Gazetteer, text: str, code: str
) -> None:
    resolution = gz.resolve(text)
    assert resolution.best is not None and resolution.best.entry.code == code, text
    assert resolution.best.entry.category not in ("P", "H", "O")


def test_a_hromada_inside_the_raion_after_it(gz: Gazetteer) -> None:
    # two hromadas are called Таврійська (Zaporizhzhia and Kherson oblasts); the raion after
    # it says which, and that one has no Любимівка: no candidate is sure then
    resolution = gz.resolve("Любимівка Таврійської громади Каховського району")
    assert resolution.status != "matched"
    assert gz.resolve("Любимівка Таврійської громади Запорізького району").best.entry.code == (
        LIUBYMIVKA_TAVRIISKA
    )


def test_a_name_that_is_a_units_own_stays_whole(gz: Gazetteer) -> None:
    # Велика Новосілка is a settlement, and the hromada word asks for the hromada seated
    # there (as Bakhmut urban hromada does): not Велика in Новосілківська
    best = gz.resolve("Velyka Novosilka hromada").best
    assert best is not None and best.entry.code == "UA14040010000017239"  # Великоновосілківська
    best = gz.resolve("Velyka Novosilka").best
    assert best is not None and best.entry.name_uk == "Велика Новосілка"
    # a raion's name alone is the raion
    best = gz.resolve("Бериславського району").best
    assert best is not None and best.entry.code == "UA65020000000032929"


def test_a_village_named_with_a_site_word_is_read_before_a_raion(gz: Gazetteer) -> None:
    # Старий Міст (an old bridge) and Щуча Гребля (a dam) are villages' names
    best = gz.resolve("с. Старий Міст Вишгородського району Київської області").best
    assert best is not None and best.entry.code == "UA32100050650078006"
    best = gz.resolve("Щуча Гребля Ніжинського району").best
    assert best is not None and best.entry.code == "UA74040130140025702"


def test_a_council_and_a_raion_beside_a_name_are_read_together(gz: Gazetteer) -> None:
    # old addresses name the village council (its seat's adjective) and the raion: the
    # councils' names meet hromadas so called elsewhere (a city Кам'янка of Cherkasy oblast
    # among them), which must not outweigh the raion named
    assert_matched(gz, "Кам'янка, Кам'янська сільська рада, Ізюмський район", KAMIANKA_IZIUM)


@pytest.mark.parametrize(
    "text",
    [
        "Kamianka near Izium",
        "Кам'янка біля Ізюма",
        "Kamianka, 10 km south of Izium",
        "Kamianka 5 km north of Izium",
        "Kamianka, a village in Izium district",
        "Kamianka (a village in Izium district)",
    ],
)
def test_a_place_put_near_a_town_or_in_its_district_in_prose(gz: Gazetteer, text: str) -> None:
    assert_matched(gz, text, KAMIANKA_IZIUM)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # names that open or end with a settlement's word, a raion after them
        ("с. Хутір Дашківський Хмельницького району Хмельницької області", "UA68040430410089886"),
        ("Khutir Dashkivskyi village in Khmelnytskyi district", "UA68040430410089886"),
        ("Sukhyi Khutir village in Kamianskyi district", "UA12040170380040367"),
        ("Nove Selo village in Drohobytskyi district of Lvivska oblast", "UA46020030230087349"),
        ("с. Деревня Львівського району Львівської області", "UA46060130120092450"),
    ],
)
def test_a_name_with_a_settlement_word_in_it_before_its_raion(
    gz: Gazetteer, text: str, code: str
) -> None:
    resolution = gz.resolve(text)
    assert resolution.best is not None and resolution.best.entry.code == code, text


def test_a_hierarchy_of_bare_names_and_an_iso_code(gz: Gazetteer) -> None:
    for text in ("Kharkivska/Iziumskyi/Kamianka", "Харківська/Ізюмський/Кам'янка"):
        assert_matched(gz, text, KAMIANKA_IZIUM)
    # the oblast named by its centre: not the raion Iziumskyi, nor the city Kharkiv
    for text in (
        "Kharkiv/Iziumskyi/Kamianka",
        "Kharkiv, Iziumskyi, Kamianka",
        "Харків/Ізюмський/Кам'янка",
    ):
        assert_matched(gz, text, KAMIANKA_IZIUM)
    best = gz.resolve("Kharkiv > Izium > Kamianka").best  # (Izium, a city: no raion said)
    assert best is not None and best.entry.name_uk == "Кам’янка"
    best = gz.resolve("UA-63 Kamianka").best
    assert best is not None and best.entry.oblast == "UA-63"
    # an oblast's ISO code alone is its oblast (UA-09: Luhansk oblast, KATOTTG UA44)
    best = gz.resolve("UA-09").best
    assert best is not None and best.entry.code == "UA44000000000018893"
    assert best.kind == "code"


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # a hromada by its full official name, by its seat's name, in English
        ("Нововоронцовська селищна територіальна громада", "UA65020150000047137"),
        ("Нововоронцовська громада Херсонської області", "UA65020150000047137"),
        ("Novovorontsovka territorial community", "UA65020150000047137"),
        ("Bakhmut urban hromada", "UA14020010000088496"),
        ("Bakhmutska miska hromada", "UA14020010000088496"),
        # a raion by its seat's name, Буча: Бучанський (the adjective puts н after the vowel)
        ("Bucha district", "UA32080000000084076"),
        ("Kyiv oblast, Bucha district", "UA32080000000084076"),
        # a raion's own name before its oblast's
        ("Бучанський район Київської області", "UA32080000000084076"),
        # as Russian reports write a hromada (община), and as English tables abbreviate it
        ("Нововоронцовская поселковая община", "UA65020150000047137"),
        ("Novovorontsovska TG", "UA65020150000047137"),
    ],
)
def test_a_unit_by_its_full_name_or_its_seat(gz: Gazetteer, text: str, code: str) -> None:
    assert_matched(gz, text, code)


def test_a_council_named_after_a_village_in_ia_is_its_seat_hromada(gz: Gazetteer) -> None:
    # Загатянська сільська рада: the council of Загаття (Іршавська hromada, Khust raion)
    resolution = gz.resolve("Івашковиця (Загатянська сільська рада)", oblast="Zakarpatska")
    assert resolution.best is not None
    assert resolution.best.entry.code == "UA21120130080040561"
    assert resolution.best.score == 100.0  # inside the hromada the council names


@pytest.mark.parametrize(
    ("text", "oblast"),
    [
        ("Lyman Donetska", "UA-14"),
        ("Kamianka Kharkivska", "UA-63"),
        ("Каменка Харьковская", "UA-63"),
        ("Kamianka Iziumskyi Kharkivska", "UA-63"),  # and its raion's, bare too
    ],
)
def test_an_oblast_adjective_joined_to_a_name_is_its_hint(
    gz: Gazetteer, text: str, oblast: str
) -> None:
    # two cells joined without a comma: the name, then its oblast's bare adjective
    resolution = gz.resolve(text)
    assert resolution.best is not None and resolution.best.entry.oblast == oblast


@pytest.mark.parametrize("text", ["Білявка Одеська", "Bilyavka Odeska", "Bilyavka Odeska oblast"])
def test_a_misspelt_name_before_an_oblast_adjective_is_read_in_that_oblast(
    gz: Gazetteer, text: str
) -> None:
    # Біляївка, the city of Odesa oblast, one letter dropped: the whole is no name, the
    # name before the adjective a typo of one of the oblast's places
    resolution = gz.resolve(text)
    assert resolution.best is not None, text
    assert resolution.best.entry.code == "UA51100030010096432", text


@pytest.mark.parametrize("text", ["Stanytsia Luhanska", "Стансця Луганська", "Stanytsa Luhanska"])
def test_a_name_whose_last_word_is_an_oblast_adjective_stays_whole(
    gz: Gazetteer, text: str
) -> None:
    resolution = gz.resolve(text)  # Станиця Луганська, not Станиця; misspelt too
    assert resolution.best is not None, text
    assert resolution.best.entry.code == "UA44160050010037864", text


def test_a_raions_bare_adjective_joined_to_a_name_tells_its_namesakes_apart(
    gz: Gazetteer,
) -> None:
    resolution = gz.resolve("Lyubymivka Beryslavskyi")  # one of 19 villages Любимівка
    assert resolution.best is not None
    assert resolution.best.entry.code == "UA65020150020078280"
    # a typo of a name that ends like a raion's adjective is no raion (Mali Pidlisky)
    slip = gz.resolve("Mali Pidhisky")
    assert slip.best is not None and slip.best.entry.name_uk == "Малі Підліски"


@pytest.mark.parametrize(
    "text",
    [
        "Lyubymivka (Novovorontsovska settlement council)",  # a council in English
        "Bilyaivka, Novooleksandrivska silrada",
    ],
)
def test_a_council_named_in_english_or_transliterated_is_read(gz: Gazetteer, text: str) -> None:
    resolution = gz.resolve(text)
    assert resolution.status == "matched"
    assert resolution.best is not None and resolution.best.entry.raion == "Beryslavskyi"


def test_a_hromada_by_its_own_name_is_not_another_by_a_russian_form_of_its(
    gz: Gazetteer,
) -> None:
    # the rule's Russian form of Оліївська is Олевская, which reads as Олевська
    assert_matched(gz, "Кам’янка (Олевська громада)", "UA18060190200092228")


MALYNIVKA_CHUHUIV = "UA63140050010015082"  # the selyshche of Chuhuiv raion, Kharkiv oblast
INHULKA_BASHTANKA = "UA48020110010030787"  # the only Інгулка: Bashtanka raion, Mykolaiv oblast


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # a raion word in the Russian genitive, romanised (raiona, rayona, rayonu, r-na)...
        ("Kamianka Izyumskogo raiona", KAMIANKA_IZIUM),
        ("Kamianka, Izumskogo rayona", KAMIANKA_IZIUM),
        ("Kamenka Izyumskogo rayona Kharkovskoy oblasti", KAMIANKA_IZIUM),
        ("Kamianka Izyumskogo rayonu Kharkovskoi oblasti", KAMIANKA_IZIUM),
        ("v sele Lyubimovka Beryslavskogo rayona", LIUBYMIVKA_BERYSLAV),
        ("Malinovka Chuguevskogo rayona", MALYNIVKA_CHUHUIV),
        ("Ingulka Bashtanskogo r-na", INHULKA_BASHTANKA),
        # ...with j for й, as Polish, Czech and German romanise it (rajon)
        ("Kamenka Izyumskogo rajona", KAMIANKA_IZIUM),
        ("Kamianka Iziumskoho rajonu", KAMIANKA_IZIUM),
        ("Kamianka v Izyumskom rajone", KAMIANKA_IZIUM),
        # ...or in the locative, after a preposition (v Izyumskom rayone, v Iziumskomu raioni)
        ("Kamianka v Izyumskom rayone", KAMIANKA_IZIUM),
        ("Kamianka, v Iziumskomu raioni", KAMIANKA_IZIUM),
        # ...and in Cyrillic with и for й, or abbreviated
        ("Любимовка Бериславского раиона", LIUBYMIVKA_BERYSLAV),
        ("Каменка Изюмского раиону", KAMIANKA_IZIUM),
        ("Ингулка Баштанского р-на", INHULKA_BASHTANKA),
    ],
)
def test_a_raion_word_declined_as_russian_declines_it(gz: Gazetteer, text: str, code: str) -> None:
    assert_matched(gz, text, code)


@pytest.mark.parametrize(
    "text",
    [
        "selo Malinovka Chuguevskogo rayona",
        "село Малиновка Чугуевского района",
        "selo Malinovka, Chuguevskiy rayon",
    ],
)
def test_the_raion_named_outweighs_a_settlement_word_of_another_kind(
    gz: Gazetteer, text: str
) -> None:
    # Chuhuiv raion's Малинівка is a selyshche, and villages (села) so called lie in other
    # raions: the raion says which, the word село (a selyshche's too, loosely) does not
    assert_matched(gz, text, MALYNIVKA_CHUHUIV)


def test_the_settlement_word_still_chooses_within_the_raion(gz: Gazetteer) -> None:
    # Vinnytsia raion holds a village (село) and a selyshche called Оратів: the word says which
    assert_matched(gz, "село Оратов Винницкого района", "UA05020190260064051")
