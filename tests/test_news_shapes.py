"""Names as news reports and analysts' tables write them: a unit beside its oblast's bare
adjective, declined city names, a raion named after its seat. Every code is a row of
data/katottg.tsv."""

from __future__ import annotations

import pytest
from resolving_asserts import assert_matched, mentions

from gazetteer import Gazetteer

IZIUM_RAION = "UA63040000000023521"
IZIUM_HROMADA = "UA63040090000021240"
BAKHMUT_HROMADA = "UA14020010000088496"


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Ізюмський район, Харківська", IZIUM_RAION),
        ("Iziumskyi raion, Kharkivska", IZIUM_RAION),
        ("Харківська, Ізюмський район", IZIUM_RAION),  # the oblast first, as addresses run
        ("Iziumska hromada, Kharkivska", IZIUM_HROMADA),
        ("Бахмутська громада, Донецька", BAKHMUT_HROMADA),
    ],
)
def test_a_unit_beside_its_oblasts_bare_adjective_is_the_unit(
    gz: Gazetteer, text: str, code: str
) -> None:
    # the adjective alone had been read as the name: the oblast, sure at 94
    assert_matched(gz, text, code)


def test_a_town_in_ska_beside_a_raion_stays_the_town(gz: Gazetteer) -> None:
    # Долинська is a town of Kirovohrad oblast, not an oblast's adjective
    assert_matched(gz, "Dolynska, Kropyvnytskyi raion", "UA35040110010034377")


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Kryvyi Rih raion", "UA12060000000022633"),  # Криворізький
        ("Bila Tserkva district", "UA32020000000057002"),  # Білоцерківський
        ("Shostka raion", "UA59100000000036457"),  # Шосткинський
        ("Mukachevo raion", "UA21040000000077329"),  # Мукачівський
        ("Lubny raion", "UA53040000000081308"),  # Лубенський
        ("Кривий Ріг район", "UA12060000000022633"),
        # had been Роменський of Sumy oblast, sure: a raion far off, a typo away
        ("Rovenky raion", "UA44080000000045512"),
    ],
)
def test_a_raion_by_its_seats_name_where_its_adjective_is_irregular(
    gz: Gazetteer, text: str, code: str
) -> None:
    # the adjective is not made from the seat's name by rule (Кривий Ріг: Криворізький), so
    # the raion's seat is read from the data: the city of the raion its name is like
    assert_matched(gz, text, code)


def test_every_raion_but_one_knows_its_seat(gz: Gazetteer) -> None:
    from gazetteer.beside import raions_seated_at

    seated = {code for codes in raions_seated_at(gz.entries).values() for code in codes}
    raions = {e.code for e in gz if e.category == "P"}
    # Перекопський: its seat Армянськ was renamed (Яни Капу), no name like the raion's
    assert len(raions) == 136 and raions - seated == {"UA01140000000010124"}


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("в Сумах", "UA59080270010036634"),  # plural names: had been the village Смяч
        ("у Чернівцях", "UA73060610010033137"),  # had been the village Черниця
        ("з Чернівців", "UA73060610010033137"),
        ("до Броварів", "UA32060050010081797"),
        ("над Сумами", "UA59080270010036634"),
        ("у Жовтих Водах", "UA12040110010051141"),
        ("в Жёлтых Водах", "UA12040110010051141"),
        ("у Кривому Розі", "UA12060170010065850"),  # Ріг: Розі
        ("в Ялте", "UA01200310010053783"),  # Russian feminine in -а
        ("в Виннице", "UA05020030010063857"),  # had been the village Вінницьке
        ("в Хмельницком", "UA68040470010096613"),  # had been the village Хмельницьке
        ("у Білгороді-Дністровському", "UA51040010010048834"),  # both halves declined
    ],
)
def test_declined_names_of_cities_as_news_write_them(gz: Gazetteer, text: str, code: str) -> None:
    assert_matched(gz, text, code)


def test_declined_plural_names_are_found_in_a_sentence(gz: Gazetteer) -> None:
    from gazetteer import find_places

    found = find_places(gz, "Вибухи пролунали в Сумах та Черкасах.")  # had found nothing
    assert [m.resolution.best.entry.name_uk for m in found if m.resolution.best] == [
        "Суми",
        "Черкаси",
    ]


@pytest.mark.parametrize(
    ("text", "city"),
    [
        ("Nikolayev", "UA48060150010035747"),  # had been the town Миколаїв of Lviv oblast
        ("Kamenskoye", "UA12040150010056523"),  # had been a Crimean village Кам'янське
        ("Aleksandriya", "UA35080050010051027"),
    ],
)
def test_a_city_tied_with_small_namesakes_comes_first_unsure(
    gz: Gazetteer, text: str, city: str
) -> None:
    found = gz.resolve(text)
    assert found.best is not None and found.best.entry.code == city
    assert found.status == "ambiguous"  # the namesakes bear the name too: still said so


def test_a_name_borne_once_by_a_city_does_not_put_it_before_todays_bearers(
    gz: Gazetteer,
) -> None:
    # Donetsk was Олександрівка in the 1860s; the villages so called today come first
    found = gz.resolve("Oleksandrivka")
    assert found.best is not None and found.best.entry.name_uk == "Олександрівка"


@pytest.mark.parametrize(
    "text",
    [
        "Paris",  # the village Веселий Кут bore it (a German colony): GeoNames lists it
        "Novorossiysk",  # the village Сябри, the same
        "Voronezh",  # the selyshche Вороніж, in Russian Воронеж
        "Воронеж",
    ],
)
def test_a_foreign_citys_name_is_no_sure_village(gz: Gazetteer, text: str) -> None:
    found = gz.resolve(text)
    assert found.best is not None and found.status == "ambiguous"
    assert any("larger: not sure" in why for why in found.best.explain)


@pytest.mark.parametrize(
    ("text", "near"),
    [
        ("Krasnodar", "Краснодарка"),  # a typo away from the village
        ("Hrodna", "Городня"),  # Grodno, Belarus: a typo away from the town, had been matched
        ("Minsk", "Малинськ"),
        ("Lublin", "Люблине"),
        ("Москва", "Моськівка"),
    ],
)
def test_a_foreign_citys_own_name_a_typo_away_is_no_answer(
    gz: Gazetteer, text: str, near: str
) -> None:
    """Only a typo reads these names here: they are the cities abroad's, and no value of
    a Ukrainian column gets a village's code for them; the near miss is still shown."""
    found = gz.resolve(text)
    assert found.status == "unmatched" and found.best is None
    assert found.candidates[0].entry.name_uk == near
    assert any(why.startswith("the name of ") for why in found.candidates[0].explain)


def test_a_foreign_citys_name_with_an_oblast_given_is_the_village(gz: Gazetteer) -> None:
    assert_matched(gz, "Paris", "UA51060190020067816", oblast="Odeska")  # Веселий Кут
    # a Ukrainian city keeps its own name, and its Russian and former ones
    assert_matched(gz, "Sverdlovsk", "UA44040010010080356")  # Довжанськ
    assert_matched(gz, "Odessa", "UA51100270010076757")


@pytest.mark.parametrize("junk", ["#REF!", "#N/A", "#VALUE!", "Kyiv " + "x" * 2000])
def test_a_spreadsheets_error_value_or_a_page_of_text_is_no_place(gz: Gazetteer, junk: str) -> None:
    # #REF! had been Львів through the consonants of its letters, with a code filled in
    found = gz.resolve(junk)
    assert found.status == "unmatched" and not found.candidates


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("Zaporizhzhia NPP", "UA23040110010044100"),  # Енергодар: had been Zaporizhzhia
        ("ЗАЕС", "UA23040110010044100"),
        ("the Zaporizhzhia nuclear power plant", "UA23040110010044100"),
        ("Запорізька АЕС", "UA23040110010044100"),  # had been the oblast
        ("Rivne NPP", "UA56020030010034121"),  # Вараш
        ("Khmelnytskyi NPP", "UA68060170010043609"),  # Нетішин
        ("Kakhovka dam", "UA65060170010075325"),  # Нова Каховка
        ("Burshtyn TPP", "UA26040070010092973"),  # Бурштин, its namesake
    ],
)
def test_a_power_plant_is_the_town_it_stands_in(gz: Gazetteer, text: str, town: str) -> None:
    match = assert_matched(gz, text, town)
    assert match.kind == "facility"


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("Antonov Airport", "UA32080110010033149"),  # Гостомель: had been the village Антонів
        ("near the Hostomel airfield", "UA32080110010033149"),
        ("Zhuliany airport", "UA80000000000093317"),  # Київ
        ("Kulbakino airfield", "UA48060150010035747"),  # Миколаїв: had been Кулябкине
        ("Saky airbase", "UA01080530010014181"),  # Новофедорівка, not the town Саки
    ],
)
def test_an_airfield_is_the_settlement_it_lies_at(gz: Gazetteer, text: str, town: str) -> None:
    match = assert_matched(gz, text, town)
    assert match.kind == "facility"


def test_every_plant_stands_in_a_settlement_of_the_codifier(gz: Gazetteer) -> None:
    from gazetteer.facilities import _table

    towns = {code for code, _ in _table()[0].values()}
    assert len(towns) >= 20
    assert all(gz.entry(code).category in ("K", "M", "X", "C") for code in towns)


def test_a_power_plant_in_a_sentence_is_the_town_it_stands_in(gz: Gazetteer) -> None:
    from gazetteer import find_places

    text = "The Zaporizhzhia nuclear power plant in Enerhodar was shelled"
    found = [(m.text, m.resolution.best.entry.name_uk) for m in find_places(gz, text)]
    # had been the city of Zaporizhzhia, sure, beside Enerhodar
    assert found == [("Zaporizhzhia nuclear power plant", "Енергодар"), ("Enerhodar", "Енергодар")]


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("Обстріл біля Запорізької АЕС.", "Енергодар"),  # had been the oblast, sure
        ("Удар по Бурштинській ТЕС.", "Бурштин"),
        ("атакували Трипільську ТЕС", "Українка"),
        ("ДніпроГЕС пошкоджено.", "Запоріжжя"),
    ],
)
def test_a_power_plant_declined_in_a_sentence(gz: Gazetteer, text: str, town: str) -> None:
    from gazetteer import find_places

    found = find_places(gz, text)
    assert [m.resolution.best.entry.name_uk for m in found if m.resolution.best] == [town]


def test_a_power_plant_with_an_oblast_hint_elsewhere_is_read_as_a_name(gz: Gazetteer) -> None:
    found = gz.resolve("Zaporizhzhia NPP", oblast="Lvivska")
    assert found.best is None or found.best.kind != "facility"
    assert_matched(gz, "біля Запорізької АЕС", "UA23040110010044100", oblast="Zaporizka")


@pytest.mark.parametrize("text", ["Россия", "России", "Russia", "Belarus", "в России"])
def test_another_country_is_no_place(gz: Gazetteer, text: str) -> None:
    # Россия had met the village Красна Коса by its Romanian name Roșia, sure
    found = gz.resolve(text)
    assert found.status == "unmatched" and found.best is None


@pytest.mark.parametrize(
    "text",
    ["Valuyki, Russia", "Valuyki, Belgorod region", "Lgov, Kursk oblast", "Льгов, Курской области"],
)
def test_a_place_said_to_be_abroad_is_no_ukrainian_place(gz: Gazetteer, text: str) -> None:
    # the villages Валуйки (Luhansk oblast) and Льгів (Chernihiv oblast) had answered, sure
    assert gz.resolve(text).status == "unmatched"
    assert gz.resolve("Valuyki").status == "matched"  # (alone, the village)


def test_a_russian_city_declined_is_no_sure_village(gz: Gazetteer) -> None:
    # в Брянске, в Курске: Russian locatives of Брянск and Курск, and Crimean villages'
    # names (Брянське, Курське) in another spelling
    for text in ("в Брянске", "в Курске"):
        assert gz.resolve(text).status == "ambiguous"


@pytest.mark.parametrize(
    ("text", "name_uk"),
    [
        ("Residents of Bucha said the town was liberated", "Буча"),  # had found nothing
        ("People in Izium said they had no heating", "Ізюм"),
    ],
)
def test_a_place_before_said_is_a_place_after_of_or_in(
    gz: Gazetteer, text: str, name_uk: str
) -> None:
    from gazetteer import find_places

    assert [m.resolution.best.entry.name_uk for m in find_places(gz, text)] == [name_uk]
    assert find_places(gz, "Volodymyr said the town was calm") == []  # a person speaks


@pytest.mark.parametrize("text", ["5 km SE of Avdiivka", "SE of Avdiivka", "10 km NW of Bakhmut"])
def test_a_compass_point_as_event_logs_abbreviate_it(gz: Gazetteer, text: str) -> None:
    # had been Шепетівка by its consonants, or nothing
    found = gz.resolve(text)
    assert found.best is not None and found.best.entry.name_uk in ("Авдіївка", "Бахмут")
    assert found.status == "matched"


def test_a_hromada_in_the_accusative_in_a_sentence(gz: Gazetteer) -> None:
    from gazetteer import find_places

    found = find_places(gz, "Ворог атакував Сумську громаду")  # had found nothing
    assert [(m.resolution.best.entry.name_uk, m.resolution.best.entry.category) for m in found] == [
        ("Сумська", "H")
    ]


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # a village's own name after на/у/в, where the accusative is the nominative, is
        # not read as another's Russian locative (Роздільна) or plural genitive (Сарни)
        ("на Роздільне", "UA46080110280086679"),
        ("на Сарнів", "UA68040030190015840"),
    ],
)
def test_a_villages_own_name_after_na_is_the_village(gz: Gazetteer, text: str, code: str) -> None:
    assert_matched(gz, text, code)


def test_after_a_genitive_preposition_a_plural_name_is_read(gz: Gazetteer) -> None:
    # біля Бродів is Броди's genitive (the village Бродів would be біля Бродова)
    for text in ("біля Бродів", "до Бродів"):
        found = gz.resolve(text)
        assert found.best is not None and found.best.entry.name_uk == "Броди"
    assert gz.resolve("біля Олешків").best.entry.name_uk == "Олешки"  # type: ignore[union-attr]


#: Затока, the Odesa oblast selyshche (Bilhorod-Dnistrovskyi raion)
ZATOKA_ODESA = "UA51040050020033880"


def test_a_russian_locative_in_e_is_read_though_another_ending_reads_the_name(
    gz: Gazetteer,
) -> None:
    # в Затоке is Затока's Russian locative; a reading of Затоке with -а for -е (unsure)
    # met Затока too, and was taken for the place's own name, which hid the locative
    assert_matched(gz, "в Затоке Одесской области", ZATOKA_ODESA)
    found = gz.resolve("в Затоке")
    assert found.best is not None and found.best.entry.name_uk == "Затока"
    assert found.best.score == 100.0


#: Джанкой, the Crimean city (Dzhankoiskyi raion)
DZHANKOI = "UA01060050010078305"
#: Кам’янка, the Cherkasy oblast city
KAMIANKA_CHERKASY = "UA71080130010022318"


@pytest.mark.parametrize(
    "text", ["в Джанкое", "под Джанкоем", "біля Джанкоя", "під Джанкоєм", "у Джанкої"]
)
def test_a_masculine_name_in_oi_declined(gz: Gazetteer, text: str) -> None:
    assert_matched(gz, text, DZHANKOI)


def test_a_masculine_name_in_oi_declined_in_running_text(gz: Gazetteer) -> None:
    assert mentions(gz, "Ночью прогремели взрывы в Джанкое.") == [("Джанкое", DZHANKOI)]


def test_a_locative_reads_the_nominative_its_ending_names_not_a_twin_of_its_key(
    gz: Gazetteer,
) -> None:
    # в Каменке: Каменка (the Cherkasy oblast city first, as for Каменка itself), not
    # Каменкя, a reading with the same key that no place bears and that met the cut name
    # of Кам’янка-Дніпровська
    for text in ("в Каменке", "Каменка"):
        found = gz.resolve(text)
        assert found.best is not None and found.best.entry.code == KAMIANKA_CHERKASY


#: Сміла, the Cherkasy oblast city; Хрустальний, the Luhansk oblast city (Krasnyi Luch)
SMILA = "UA71080390010069946"
KHRUSTALNYI = "UA44080050010029178"


@pytest.mark.parametrize("text", ["в Смеле", "под Смелой"])
def test_a_russian_locative_in_e_keeps_the_stems_e(gz: Gazetteer, text: str) -> None:
    # not Сміл (as Ukrainian closes a syllable), a name GeoNames gives Izmail
    assert_matched(gz, text, SMILA)


def test_a_russian_adjectives_locative_may_be_masculine(gz: Gazetteer) -> None:
    # в Хрустальном: Хрустальный (the city) as well as Хрустальное (the selyshche)
    found = gz.resolve("в Хрустальном")
    assert found.best is not None and found.best.entry.code == KHRUSTALNYI
    assert any(m.entry.name_uk == "Хрустальне" for m in gz.lookup("в Хрустальном", limit=5))


@pytest.mark.parametrize(("text", "village"), [("Runya", "Руня"), ("Rikovo", "Рикове")])
def test_a_city_met_by_a_form_unlike_the_query_stays_behind(
    gz: Gazetteer, text: str, village: str
) -> None:
    # Рівне (met as Rouna) and Єнакієве (Rykovo, its 1930s name) are bigger, but their
    # forms are not the letters asked for
    found = gz.resolve(text)
    assert found.best is not None and found.best.entry.name_uk == village


@pytest.mark.parametrize(("text", "code"), [("Бруски", "UA59020110030063954")])
def test_a_village_met_by_its_very_name_keeps_it_though_a_city_abroad_bears_it(
    gz: Gazetteer, text: str, code: str
) -> None:
    assert_matched(gz, text, code)  # (Bruski, a Brazilian city's Cyrillic name)


def test_a_power_plant_after_an_english_preposition(gz: Gazetteer) -> None:
    for text in ("near the Zaporizhzhia NPP", "at the Zaporizhzhia NPP"):
        assert_matched(gz, text, "UA23040110010044100")


@pytest.mark.parametrize(
    "text",
    [
        "Dynamo Kyiv beat Shakhtar Donetsk",  # clubs: each city had been a mention
        "Zorya Luhansk won",
        "Олександр Миколаїв виграв турнір",  # a person: had been Миколаїв, sure
        "Юрій Харків, депутат",
    ],
)
def test_a_clubs_or_a_persons_name_is_no_place(gz: Gazetteer, text: str) -> None:
    from gazetteer import find_places

    assert find_places(gz, text) == []


def test_a_name_with_an_age_after_it_is_a_person(gz: Gazetteer) -> None:
    from gazetteer import find_places

    found = find_places(gz, "Volodymyr, 54, a resident of Bucha, said the town was calm")
    assert [m.resolution.best.entry.name_uk for m in found] == ["Буча"]


def test_a_lists_preposition_declines_its_other_names(gz: Gazetteer) -> None:
    from gazetteer import find_places

    found = find_places(gz, "Пункти працюють в Лубнах, Миргороді та Гадячі")
    # Миргороді had been the village Миргороди, sure (a key's spelling of it)
    assert [m.resolution.best.entry.name_uk for m in found] == ["Лубни", "Миргород", "Гадяч"]
    assert all(m.resolution.status == "matched" for m in found)


def test_russian_yo_is_read_as_ye(gz: Gazetteer) -> None:
    # GeoNames spells one village Семенівка Семёновка: with ё it had been that one, sure,
    # of thirty; Снигиревка, as texts write Снигирёвка, had met nothing
    assert gz.resolve("Семёновка").status == "ambiguous"
    assert_matched(gz, "Снигиревка", "UA48020190010089719")


@pytest.mark.parametrize(
    "text",
    [
        "Подразделения «Днепр» нанесли поражение",  # an army group, not the city
        "ТОВ «Київ» отримало ліцензію",  # a firm
        "ДТП на Київському шосе",  # a road (had been the village Київське)
    ],
)
def test_a_quoted_name_or_a_roads_name_is_no_place(gz: Gazetteer, text: str) -> None:
    from gazetteer import find_places

    assert find_places(gz, text) == []


@pytest.mark.parametrize(
    ("text", "oblast"),
    [
        ("населенный пункт Андреевка в ДНР", "UA-14"),  # had been Odesa oblast's
        ("Белогоровка в ЛНР", "UA-09"),  # had been Donetsk oblast's
        ("Білогорівка на Луганщині", "UA-09"),
    ],
)
def test_a_region_after_v_or_na_is_the_hint_of_the_name_before(
    gz: Gazetteer, text: str, oblast: str
) -> None:
    from gazetteer import find_places

    first = find_places(gz, text)[0].resolution.best
    assert first is not None and first.entry.oblast == oblast


def test_a_settlement_word_between_a_name_and_its_unit(gz: Gazetteer) -> None:
    from gazetteer import find_places

    found = find_places(gz, "Russian troops shelled Kamianka village in Izium district")
    # Kamianka had been the Cherkasy oblast city, unsure: the district was not its hint
    assert found[0].resolution.best.entry.code == "UA63040090080095309"
    assert found[0].resolution.status == "matched"


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # a street that opens after the city leaves the city (вул. Хрещатик)
        ("Адреса: м. Київ, вул. Хрещатик, 22.", ["Київ"]),
        # a city district after в is no hint of the city before it
        ("Вибух стався у Києві в Дарницькому районі.", ["Київ"]),
        # a region after на is the last name's, not the list's
        ("Ворог обстріляв Херсонщину та Нікополь на Дніпропетровщині", ["Херсонська", "Нікополь"]),
        # numbers after names are counts, not ages
        ("Casualties by city: Kharkiv, 5, Kherson, 3, Dnipro, 2.", ["Харків", "Херсон", "Дніпро"]),
        # a settlement word before the quotation mark: a village so named
        ("Окупанти захопили село «Нове».", ["Нове"]),
    ],
)
def test_the_text_rules_keep_the_places_they_are_not_about(
    gz: Gazetteer, text: str, names: list[str]
) -> None:
    from gazetteer import find_places

    found = [m.resolution.best.entry.name_uk for m in find_places(gz, text) if m.resolution.best]
    assert found[: len(names)] == names


def test_a_region_after_na_is_read_in_the_nominative(gz: Gazetteer) -> None:
    from gazetteer import find_places

    first = find_places(gz, "Новгород-Сіверський на Чернігівщині.")[0]
    assert first.resolution.best.entry.name_uk == "Новгород-Сіверський"  # not the oblast
    assert first.resolution.status == "matched"


def test_an_occupied_city_labelled_russia_is_the_city(gz: Gazetteer) -> None:
    assert_matched(gz, "Mariupol, Russia", "UA14140050010029262")
    assert_matched(gz, "с. Придністров'я", "UA26040090200055901")  # a village's own name


def test_yo_read_as_ye_stays_below_the_letters_as_written(gz: Gazetteer) -> None:
    assert gz.resolve("Велика Скелёва").status == "matched"  # (had become unmatched)
