"""Shapes of running text and reports: a city's district in a sentence, a settlement word
declined before the name, a region said with на, a name with its raion after it, Russian
regions. Every code is a row of data/katottg.tsv."""

from __future__ import annotations

import pytest
from resolving_asserts import assert_matched

from gazetteer import Gazetteer, find_places

KYIV = "UA80000000000093317"
DARNYTSKYI_OF_KYIV = "UA80000000000210193"
SHEVCHENKIVSKYI_OF_KYIV = "UA80000000001078669"
KYIVSKYI_OF_KHARKIV = "UA63120270010216514"
LYUBYMIVKA = "UA65020150020078280"  # Любимівка, Beryslav raion, Kherson oblast
SLOVIANSK = "UA14120210010032554"
KURAKHIVKA = "UA14160110050089070"  # the selyshche, Donetsk oblast


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # район is a raion or a city's district: not the village Дарницьке of Volyn oblast
        ("в Дарницькому районі", DARNYTSKYI_OF_KYIV),
        # declined, with the city after it (had been unmatched)
        ("у Шевченківському районі Києва", SHEVCHENKIVSKYI_OF_KYIV),
        ("в Дарницькому районі м. Києва", DARNYTSKYI_OF_KYIV),
        ("у Київському районі Харкова", KYIVSKYI_OF_KHARKIV),
    ],
)
def test_a_citys_district_said_in_the_locative(gz: Gazetteer, text: str, code: str) -> None:
    assert_matched(gz, text, code)


BERYSLAV_RAION = "UA65020000000032929"


@pytest.mark.parametrize(
    "text",
    [
        "у Бериславському районі Херсонської області",  # had been unmatched
        "у Бериславському районі Херсонщини",  # had been unmatched
        "у Бериславському районі, Херсонщина",  # had been the oblast
        "в Бериславском районе Херсонской области",
    ],
)
def test_a_raion_in_the_locative_with_its_oblast_after_it(gz: Gazetteer, text: str) -> None:
    assert_matched(gz, text, BERYSLAV_RAION)


def test_the_area_of_a_town_is_no_district(gz: Gazetteer) -> None:
    # в районі Бахмута: near Bakhmut, not a unit called в районі
    assert_matched(gz, "в районі Бахмута", "UA14020010010059145")


def test_a_district_after_its_city_in_a_sentence(gz: Gazetteer) -> None:
    found = {m.text: m.resolution for m in find_places(gz, "у Києві в Дарницькому районі")}
    assert found["Києві"].best.entry.code == KYIV
    assert found["Дарницькому районі"].best.entry.code == DARNYTSKYI_OF_KYIV


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("у селі Любимівка Бериславського району Херсонської області", LYUBYMIVKA),
        ("в селе Любимовка Бериславского района", LYUBYMIVKA),
        ("в городе Славянске", SLOVIANSK),
        ("в поселке Кураховка", KURAKHIVKA),
    ],
)
def test_a_settlement_word_declined_before_the_name(gz: Gazetteer, text: str, code: str) -> None:
    # селі, селе, городе, поселке had been read as part of the name: unmatched
    assert_matched(gz, text, code)


ZAPORIZKA = "UA23000000000064947"
ZAPORIZHZHIA = "UA23060070010069526"


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("на Запоріжжі", ZAPORIZKA),  # the region, as на Закарпатті (had been the city)
        ("на Запорожье", ZAPORIZKA),
        ("у Запоріжжі", ZAPORIZHZHIA),  # in the city
        ("в Запорожье", ZAPORIZHZHIA),
        ("на Запоріжжя", ZAPORIZHZHIA),  # (towards the city: the accusative)
        ("Запоріжжя", ZAPORIZHZHIA),
    ],
)
def test_on_zaporizhzhia_is_the_region(gz: Gazetteer, text: str, code: str) -> None:
    assert_matched(gz, text, code)


def test_on_zaporizhzhia_in_a_sentence(gz: Gazetteer) -> None:
    (found,) = find_places(gz, "Обстріли на Запоріжжі тривають.")
    assert found.resolution.best.entry.code == ZAPORIZKA


@pytest.mark.parametrize(
    "text",
    [
        "Rostov obl.",  # had been the village Ростов of Sumy oblast, sure
        "Rostov oblast",
        "Kursk Oblast",  # had been Курське of Crimea, a typo away
        "Belgorod region",
        "Ростовская область",
        "в Курской области",
        "Бєлгородська область",
    ],
)
def test_a_russian_region_by_its_city_is_no_place_of_ukraine(gz: Gazetteer, text: str) -> None:
    assert gz.resolve(text).status == "unmatched"


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Rostov", "UA59100190220074577"),  # the village itself, named alone
        ("Odessa oblast", "UA51000000000030770"),
        ("Kharkov oblast", "UA63000000000041885"),
    ],
)
def test_ukraines_own_names_beside_the_regions_abroad(gz: Gazetteer, text: str, code: str) -> None:
    assert_matched(gz, text, code)


KAMIANKA_OF_IZIUM = "UA63040090080095309"


@pytest.mark.parametrize(
    "text",
    [
        "Kamianka, a village in Izium district",
        "Kamianka village, Izium raion",
        "Кам'янка, село Ізюмського району",
        "Кам'янка, село в Ізюмському районі",
        "Shelling hit Kamianka, a village in the Izium district of Kharkiv Oblast.",
    ],
)
def test_a_raion_after_a_settlement_word_beside_the_name(gz: Gazetteer, text: str) -> None:
    # the raion had been read as a place of its own, the name left to the biggest Кам'янка
    first = find_places(gz, text)[0]
    assert first.text in ("Kamianka", "Кам'янка")
    assert first.resolution.best.entry.code == KAMIANKA_OF_IZIUM
    assert first.resolution.status == "matched"


def test_a_direction_word_after_a_name_is_no_settlement_word(gz: Gazetteer) -> None:
    # a site's word (напрямок, direction) says no settlement: the unit after is no hint
    found = find_places(gz, "Бої на Покровському напрямку, Донецька область.")
    assert found[0].resolution.best.entry.code == "UA14160210010099403"  # Покровськ


SHEVCHENKIVSKYI_OF_KHARKIV = "UA63120270010948820"


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("у Києві в Шевченківському районі", SHEVCHENKIVSKYI_OF_KYIV),
        ("Вибухи у Шевченківському районі Києва.", SHEVCHENKIVSKYI_OF_KYIV),
        ("In Kharkiv, the Shevchenkivskyi district was hit.", SHEVCHENKIVSKYI_OF_KHARKIV),
    ],
)
def test_a_district_of_a_city_the_text_names_is_that_citys(
    gz: Gazetteer, text: str, code: str
) -> None:
    # eight cities have a Шевченківський district: the one named beside it tells, surely
    (district,) = (m for m in find_places(gz, text) if m.resolution.best.entry.category == "B")
    assert district.resolution.best.entry.code == code
    assert district.resolution.status == "matched"


def test_a_district_between_two_cities_stays_unsure(gz: Gazetteer) -> None:
    text = "Kyiv and Kharkiv: blasts in Shevchenkivskyi district."
    (district,) = (m for m in find_places(gz, text) if m.text == "Shevchenkivskyi district")
    assert district.resolution.status == "ambiguous"


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("по Кривому Рогу", "UA12060170010065850"),  # had been unmatched
        ("жители Северодонецка", "UA44120110010072887"),  # had been unmatched
        ("мешканці Херсона", "UA65100150010064384"),
        ("районе Купянска", "UA63080090010026457"),  # (в районе: near Kupiansk)
    ],
)
def test_prepositions_and_peoples_words_that_decline_a_name(
    gz: Gazetteer, text: str, code: str
) -> None:
    assert_matched(gz, text, code)


@pytest.mark.parametrize(
    ("text", "name", "code"),
    [
        ("Удар по Кривому Рогу.", "Кривому Рогу", "UA12060170010065850"),
        ("Жители Северодонецка эвакуированы.", "Северодонецка", "UA44120110010072887"),
        ("Бои идут в районе Купянска.", "Купянска", "UA63080090010026457"),
    ],
)
def test_a_name_declined_after_them_in_a_sentence_is_sure(
    gz: Gazetteer, text: str, name: str, code: str
) -> None:
    # without a preposition read, the declined name had been a guess (at most 89)
    (found,) = find_places(gz, text)
    assert (found.text, found.resolution.best.entry.code) == (name, code)
    assert found.resolution.status == "matched"


AVDIIVKA = "UA14160010010073615"


@pytest.mark.parametrize(
    "text",
    [
        "Avdiivka 48°08′N 37°44′E",  # had been unmatched: the degrees read as the name's
        "Avdiivka 48°08'20\"N 37°44'31\"E",
        "Avdiivka 48.139N 37.742E",
        "Avdiivka, 48.139° N, 37.742° E",
    ],
)
def test_coordinates_beside_a_name_are_no_part_of_it(gz: Gazetteer, text: str) -> None:
    assert_matched(gz, text, AVDIIVKA)


def test_a_shipyard_is_the_city_it_stands_in(gz: Gazetteer) -> None:
    # had been unmatched; Mykolaiv of Mykolaiv oblast, the bigger of two cities so named
    assert_matched(gz, "Mykolaiv shipyard", "UA48060150010035747")


def test_a_hyphened_name_alone_in_a_sentence_is_kept(gz: Gazetteer) -> None:
    # one word, no cue: had been dropped as if it were a person's name
    (found,) = find_places(gz, "Kupiansk-Vuzlovyi came under fire.")
    assert found.resolution.best.entry.code == "UA63080090030044417"


def test_hyphened_first_names_stay_people(gz: Gazetteer) -> None:
    assert find_places(gz, "Anna-Maria said hello. Jean-Pierre arrived.") == []


@pytest.mark.parametrize(
    ("text", "name", "code"),
    [
        ("Унаслідок обстрілу Херсона поранено двох людей.", "Херсона", "UA65100150010064384"),
        ("Війська РФ просуваються в напрямку Покровська.", "Покровська", "UA14160210010099403"),
        ("Враг продвигается в сторону Покровска.", "Покровска", "UA14160210010099403"),
        # a first name after the city opens the mayor's name: not glued to it
        ("Мер Харкова Ігор Терехов заявив.", "Харкова", "UA63120270010096107"),
    ],
)
def test_a_name_in_the_genitive_after_a_noun_of_a_place(
    gz: Gazetteer, text: str, name: str, code: str
) -> None:
    (found,) = find_places(gz, text)
    assert (found.text, found.resolution.best.entry.code) == (name, code)
    assert found.resolution.status == "matched"


def test_a_direction_keeps_its_preposition_in_a_sentence(gz: Gazetteer) -> None:
    # without на, Кураховому напрямку had been a guess between Курахове and its namesakes
    (found,) = find_places(gz, "Росіяни атакували на Кураховому напрямку.")
    assert found.resolution.best.entry.code == "UA14160110010020758"
    assert found.resolution.status == "matched"


@pytest.mark.parametrize(
    "text",
    [
        "In Beryslav district, Russians shelled Lyubymivka.",
        "У Бериславському районі обстріляли Любимівку.",
    ],
)
def test_the_raion_a_sentence_names_places_its_villages(gz: Gazetteer, text: str) -> None:
    # the raion stood apart from the name, which went to the biggest Любимівка, unsure
    village = find_places(gz, text)[-1]
    assert village.resolution.best.entry.code == LYUBYMIVKA
    assert village.resolution.status == "matched"


def test_two_raions_named_leave_their_namesakes_unsure(gz: Gazetteer) -> None:
    text = "Kakhovka district and Beryslav district, shelling of Lyubymivka."
    village = find_places(gz, text)[-1].resolution
    assert village.status == "ambiguous"
    assert village.best.entry.code[:6] in ("UA6502", "UA6506")  # one of the two raions'


def test_the_oblast_a_sentence_names_places_its_villages(gz: Gazetteer) -> None:
    # Краснопілля: the selyshche of Sumy oblast, and villages elsewhere (had been unsure)
    village = find_places(gz, "В Сумской области обстреляли Краснополье.")[-1]
    assert village.resolution.best.entry.code == "UA59080090010070278"
    assert village.resolution.status == "matched"


def test_namesakes_all_in_the_oblast_named_are_put_first_unsure(gz: Gazetteer) -> None:
    # several Антонівка in Kherson oblast: one of them first (had been Rivne's), none sure
    village = find_places(gz, "У Херсонській області обстріляли Антонівку.")[-1]
    assert village.resolution.best.entry.oblast == "UA-65"
    assert village.resolution.status == "ambiguous"


@pytest.mark.parametrize(
    "text", ["Любимівка на Херсонщині", "Любимівка Херсонщини", "Любимовка Херсонщины"]
)
def test_a_region_declined_after_the_name_is_its_hint(gz: Gazetteer, text: str) -> None:
    # had been unmatched; now the villages of Kherson oblast, as Любимівка, Херсонщина
    r = gz.resolve(text)
    assert r.best is not None and r.best.entry.oblast == "UA-65"
    assert {c.entry.oblast for c in r.candidates if c.ambiguous} == {"UA-65"}


#: Нова Галещина, the Poltava oblast selyshche
NOVA_HALESHCHYNA = "UA53020130010069005"


@pytest.mark.parametrize("text", ["біля Нової Галещини", "у Новій Галещині", "в Новой Галещине"])
def test_a_name_in_shchyna_after_its_adjective_is_no_region(gz: Gazetteer, text: str) -> None:
    # had been the village Нова, sure: Галещини taken for a region named after the name
    assert_matched(gz, text, NOVA_HALESHCHYNA)


def test_a_region_alone_after_на_is_left_whole(gz: Gazetteer) -> None:
    assert_matched(gz, "на Харківщині", "UA63000000000041885")


@pytest.mark.parametrize("text", ["Kamianka, Izium distr.", "Kamianka, Kharkiv obl., Izium dist."])
def test_district_abbreviated_is_a_raion(gz: Gazetteer, text: str) -> None:
    # distr. had been read as no level: Kamianka went to the biggest namesake, unsure
    assert_matched(gz, text, KAMIANKA_OF_IZIUM)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("из Алешек", "UA65100110010019482"),  # Олешки, Russian Алешки (had been unsure)
        ("у Липцов", "UA63120090010039403"),  # Липці, Russian Липцы (had been Липове, fuzzy)
    ],
)
def test_russian_plural_genitives(gz: Gazetteer, text: str, code: str) -> None:
    assert_matched(gz, text, code)


BILOZERKA = "UA65100010010090594"  # the selyshche of Kherson oblast


@pytest.mark.parametrize(
    ("text", "name", "code"),
    [
        (
            "In the Izium district village of Kamianka, a man was injured.",
            "Kamianka",
            KAMIANKA_OF_IZIUM,
        ),
        ("The Kherson Oblast village of Bilozerka was shelled.", "Bilozerka", BILOZERKA),
    ],
)
def test_the_unit_before_a_settlement_word_and_of(
    gz: Gazetteer, text: str, name: str, code: str
) -> None:
    # the X district village of Y: the unit had stood apart, Y a guess among namesakes
    (found,) = (m for m in find_places(gz, text) if m.text == name)
    assert found.resolution.best.entry.code == code
    assert found.resolution.status == "matched"


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("у Києві в Дарницькому районі", DARNYTSKYI_OF_KYIV),  # had been unmatched
        ("у Харкові в Київському районі", KYIVSKYI_OF_KHARKIV),
    ],
)
def test_a_district_after_its_city_in_a_lookup(gz: Gazetteer, text: str, code: str) -> None:
    assert_matched(gz, text, code)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("в Часовом Яре", "UA14020130010015598"),  # Russian possessive in -ов, declined
        ("у Часова Яра", "UA14020130010015598"),
        ("к Херсону", "UA65100150010064384"),  # Russian к (had been unmatched)
        ("ко Львову", "UA46060250010015970"),
    ],
)
def test_russian_possessives_and_k(gz: Gazetteer, text: str, code: str) -> None:
    assert_matched(gz, text, code)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Салтовский район", "UA63120270010315719"),  # a city's district in Russian
        ("в Салтовском районе Харькова", "UA63120270010315719"),
        ("в Дарницком районе Киева", DARNYTSKYI_OF_KYIV),
        ("в Киевском районе Одессы", "UA51100270010196805"),
    ],
)
def test_a_citys_district_in_russian(gz: Gazetteer, text: str, code: str) -> None:
    # districts had no Russian forms: в Салтовском районе Харькова had been Харків
    assert_matched(gz, text, code)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("из Одессы", "UA51100270010076757"),  # had been a guess at 87.5
        ("у Винницы", "UA05020030010063857"),  # had been the village Вінинці, a typo away
    ],
)
def test_russian_genitive_of_feminine_names(gz: Gazetteer, text: str, code: str) -> None:
    assert_matched(gz, text, code)


KHERSON = "UA65100150010064384"


@pytest.mark.parametrize("text", ["Kherson —", "— Kherson", "Kherson –"])
def test_a_headings_dash_is_no_part_of_the_name(gz: Gazetteer, text: str) -> None:
    # had been the oblast, unsure
    assert_matched(gz, text, KHERSON)


def test_two_towns_joined_by_a_dash_are_both_given(gz: Gazetteer) -> None:
    # Pokrovsk–Myrnohrad, an en dash typed for the hyphen: had been unmatched
    r = gz.resolve("Pokrovsk–Myrnohrad")
    assert [c.entry.code for c in r.candidates[:2]] == [
        "UA14160210010099403",
        "UA14160150010065527",
    ]


@pytest.mark.parametrize(
    ("text", "code"),
    [("Avdiivka sector", AVDIIVKA), ("Lyman front", "UA14120110010088407")],
)
def test_a_fronts_sector_is_its_town(gz: Gazetteer, text: str, code: str) -> None:
    assert_matched(gz, text, code)


@pytest.mark.parametrize(
    "text",
    ["Він перейшов на сторону Олега.", "Звернення по Марії.", "Він подзвонив по Скайпу Олені."],
)
def test_a_person_after_a_weak_cue_is_no_village(gz: Gazetteer, text: str) -> None:
    # Олег and Марія are villages too; по, сторону decline a name but say no place follows
    assert find_places(gz, text) == []
