"""``clean_query``: the bare name, what stood beside it, and the category asked for."""

from __future__ import annotations

import pytest

from gazetteer.letterforms import fix_lookalikes, normal_form
from gazetteer.query import CleanQuery, clean_query

CASES: list[tuple[str, str, tuple[str, ...], str]] = [
    # raw, name, beside, wants
    ("Біляївка", "Біляївка", (), ""),
    ("с. Біляївка", "Біляївка", (), "C"),
    # a place put near another, without a comma, or at a distance from it
    ("Kamianka near Izium", "Kamianka", ("near Izium",), ""),
    ("Кам'янка біля Ізюма", "Кам'янка", ("біля Ізюма",), ""),
    ("Kamianka, 10 km south of Izium", "Kamianka", ("south of Izium",), ""),
    ("Kamianka, a village in Izium district", "Kamianka", ("village in Izium district",), ""),
    ("near Bakhmut", "Bakhmut", (), ""),  # nothing before the word: the place itself
    # a hierarchy of bare names, from the oblast down; an oblast's ISO code beside a name
    ("Kharkivska/Iziumskyi/Kamianka", "Kamianka", ("Kharkivska", "Iziumskyi"), ""),
    ("Kharkivska > Iziumskyi > Kamianka", "Kamianka", ("Kharkivska", "Iziumskyi"), ""),
    # the oblast named by its centre at the top of a path; arrows run down whatever the words
    ("Kharkiv/Iziumskyi/Kamianka", "Kamianka", ("Kharkiv", "Iziumskyi"), ""),
    ("Kharkiv > Izium > Kamianka", "Kamianka", ("Kharkiv", "Izium"), ""),
    ("Kharkiv oblast > Izium > Kamianka", "Kamianka", ("Kharkiv oblast", "Izium"), ""),
    ("Kharkiv/Izium/Kamianka", "Kamianka", ("Kharkiv", "Izium"), ""),  # slashes from the oblast
    ("Izium/Balakliia/Kupiansk", "Izium", ("Balakliia", "Kupiansk"), ""),  # towns: a list
    ("Kharkiv/Izium", "Kharkiv", ("Izium",), ""),  # two places, no path
    ("Dolynska, Kirovohradska", "Dolynska", ("Kirovohradska",), ""),  # a town in -ska first
    ("UA-63 Kamianka", "Kamianka", ("UA-63",), ""),
    # a date beside the name is no part of it
    ("Kherson 11.11.2022", "Kherson", (), ""),
    ("11/11/2022 Kherson", "Kherson", (), ""),
    ("Izium 2022-09-10", "Izium", (), ""),
    ("с.Біляївка", "Біляївка", (), "C"),
    ("село Біляївка", "Біляївка", (), "C"),
    ("village of Bilyaivka", "Bilyaivka", (), "V"),  # English "village": a село or a селище
    ("Bilyaivka village", "Bilyaivka", (), "V"),
    ("смт Велика Олександрівка", "Велика Олександрівка", (), "X"),
    ("пгт Белозерка", "Белозерка", (), "X"),
    ("с.м.т. Покотилівка", "Покотилівка", (), "X"),  # the kind spelt with dots
    ("п. г. т. Белозерка", "Белозерка", (), "X"),
    ("м. Херсон", "Херсон", (), "M"),
    ("город Харьков", "Харьков", (), "M"),
    ("Kyiv city", "Kyiv", (), "M"),
    ("Kherson oblast", "Kherson", (), "O"),
    ("Херсонська обл.", "Херсонська", (), "O"),
    ("Kyiv reg.", "Kyiv", (), "O"),
    ("хутор Дашковский", "Дашковский", (), "C"),
    # "populated place", as Russian and Ukrainian reports write it
    ("н.п. Красногоровка", "Красногоровка", (), ""),
    ("н. п. Красногоровка", "Красногоровка", (), ""),
    ("населённый пункт Работино", "Работино", (), ""),
    ("населений пункт Роботине", "Роботине", (), ""),
    ("Андреевка (ДНР)", "Андреевка", ("ДНР",), ""),
    # "in the area of": a raion word in the locative before a name names no raion
    ("в районі Бахмута", "Бахмута", (), ""),
    ("в районе Авдеевки", "Авдеевки", (), ""),
    ("в районі населених пунктів Кліщіївка", "Кліщіївка", (), ""),
    ("у Бахмутському районі", "Бахмутському", (), "P"),
    ("Kherson Obalst", "Kherson", (), "O"),
    ("Beryslav raion", "Beryslav", (), "P"),
    ("Lyman, Donetsk oblast", "Lyman", ("Donetsk oblast",), ""),
    ("Lyman; Donetsk", "Lyman", ("Donetsk",), ""),
    ("Lyman / Donetska", "Lyman", ("Donetska",), ""),
    ("Bilyaivka, Kherson, Ukraine", "Bilyaivka", ("Kherson",), ""),  # the country: nothing
    (
        "Баранівка (Куропатницька сільська рада)",
        "Баранівка",
        ("Куропатницька сільська рада",),
        "",
    ),
    ("Lyman [Donetsk]", "Lyman", ("Donetsk",), ""),
    ("Lyman, (Donetsk)", "Lyman", ("Donetsk",), ""),
    ("Lyman {Donetsk}", "Lyman", ("Donetsk",), ""),  # braces too
    ("(Kherson)", "Kherson", (), ""),
    (", Kherson", "Kherson", (), ""),
    ("  Bila   Tserkva  ", "Bila Tserkva", (), ""),
    ("Bila\tTserkva\n", "Bila Tserkva", (), ""),
    ("Davydiv - Brid", "Davydiv", ("Brid",), ""),  # the hyphenated reading kept aside
    ("Мар’їнка", "Мар'їнка", (), ""),
    ("Марʼїнка", "Мар'їнка", (), ""),
    ("Мар`їнка", "Мар'їнка", (), ""),
    ("Любимiвка", "Любимівка", (), ""),  # Latin i in a Cyrillic word
    ("\u200bKherson\u00ad", "Kherson", (), ""),  # invisible characters
    ("Bila\u00a0Tserkva\u200e", "Bila Tserkva", (), ""),  # no-break space, direction mark
    ("\u2066Kherson\u2069, Kherson oblast", "Kherson", ("Kherson oblast",), ""),  # isolates
    # marks and hedges of posts and notes, a coordinate beside the name
    ("#Бахмут", "Бахмут", (), ""),
    ("KHARKIV!!!", "KHARKIV", (), ""),
    ("Kharkiv?", "Kharkiv", (), ""),
    ("*Izium*", "Izium", (), ""),
    ("probably Kharkiv", "Kharkiv", (), ""),
    ("Izium unconfirmed", "Izium", (), ""),
    ("Bakhmut 48.595 38.000", "Bakhmut", (), ""),
    ("vill. Kamianka", "Kamianka", (), "V"),  # English abbreviations of settlement words
    ("settl. Buky", "Buky", (), "X"),
    ("Бахмут 48°30′ пн. ш. 37°58′ сх. д.", "Бахмут", (), ""),  # as Ukrainian writes them
    ("Бахмут 48°30′ півд. ш.", "Бахмут", (), ""),
    ("Бахмут 48°30' с.ш. 37°58' в.д.", "Бахмут", (), ""),  # as Russian does
    ("Бахмут 48°35′ північної широти 38°00′ східної довготи", "Бахмут", (), ""),
    ("", "", (), ""),
    ("village", "village", (), ""),  # a noise word alone is the name
    ("oblast", "oblast", (), ""),
]


@pytest.mark.parametrize(("raw", "name", "beside", "wants"), CASES)
def test_clean_query(raw: str, name: str, beside: tuple[str, ...], wants: str) -> None:
    cleaned = clean_query(raw)
    assert isinstance(cleaned, CleanQuery)
    assert cleaned.raw == raw
    assert (cleaned.name, cleaned.beside, cleaned.wants) == (name, beside, wants)


@pytest.mark.parametrize(
    ("text", "fixed"),
    [
        ("Любимiвка", "Любимівка"),
        ("Xерсон", "Херсон"),  # Latin X in Cyrillic
        ("Kyiv", "Kyiv"),
        ("Київ", "Київ"),
        ("Біла Церква", "Біла Церква"),
    ],
)
def test_fix_lookalikes(text: str, fixed: str) -> None:
    assert fix_lookalikes(text) == fixed


def test_fix_lookalikes_is_per_word() -> None:
    # "Kyiv" stays Latin while the Cyrillic word beside it gets its і back.
    assert fix_lookalikes("Kyiv Любимiвка") == "Kyiv Любимівка"


@pytest.mark.parametrize(
    ("text", "normal"),
    [
        ("Bila-Tserkva", "bila tserkva"),
        ("  BILA   Tserkva ", "bila tserkva"),
        ("Мар’їнка", "мар'їнка"),
        ("Марʼїнка", "мар'їнка"),
        ("Kyi\u0308v", "kyïv"),  # NFC
    ],
)
def test_normal_form(text: str, normal: str) -> None:
    assert normal_form(text) == normal


def test_clean_query_is_idempotent_on_the_name() -> None:
    for raw, *_ in CASES:
        name = clean_query(raw).name
        if name:
            assert clean_query(name).name == name, raw


@pytest.mark.parametrize(
    ("raw", "name", "fuller"),
    [
        # a settlement word after the name may be part of it (the villages Нове Село)
        ("Нове Село", "Нове", ("Нове Село", "")),
        ("Stare Selo, Lviv oblast", "Stare", ("Stare Selo", "")),
        ("село Нове Село", "Нове", ("Нове Село", "C")),
        ("Nove Selo village", "Nove", ("Nove Selo", "V")),
        ("Krasne selo", "Krasne", ("Krasne selo", "")),
        # an abbreviated settlement word before the name is written out (Хутір Дашківський)
        ("хут. Дашківський", "Дашківський", ("Хутір Дашківський", "")),
        ("khut. Dashkivskyi", "Dashkivskyi", ("Khutir Dashkivskyi", "")),
        # no settlement word next after the name: nothing to keep
        ("с. Біляївка", "Біляївка", None),
        ("Kherson Oblast", "Kherson", None),
        ("Selo", "Selo", None),
    ],
)
def test_the_settlement_word_after_a_name_is_kept_aside(
    raw: str, name: str, fuller: tuple[str, str] | None
) -> None:
    cleaned = clean_query(raw)
    assert cleaned.name == name
    if fuller is None:
        assert cleaned.fuller == ()
    else:
        assert cleaned.fuller[0] == fuller


@pytest.mark.parametrize(
    ("raw", "name", "first", "count"),
    [
        # an abbreviated first word, written out in each gender (Н.: Нова or Нижня), in
        # Ukrainian first, then in Russian (Новая, Нижняя) when the name is Cyrillic
        ("Н. Каховка", "Н Каховка", ("Нова Каховка", ""), 16),
        ("Н.Водолага", "Н Водолага", ("Нова Водолага", ""), 16),
        ("Ст. Салтів", "Ст Салтів", ("Стара Салтів", ""), 8),
        ("с. Вел. Новосілка", "Вел Новосілка", ("Велика Новосілка", "C"), 8),
        ("V. Novosilka", "Novosilka", ("Velyka Novosilka", ""), 8),
        # М. is also м. (місто): the name without it stays the first reading
        ("М. Олександрівка", "Олександрівка", ("Мала Олександрівка", ""), 8),
    ],
)
def test_an_abbreviated_first_word_is_written_out_aside(
    raw: str, name: str, first: tuple[str, str], count: int
) -> None:
    cleaned = clean_query(raw)
    assert cleaned.name == name
    assert cleaned.written_out[0] == first
    assert len(cleaned.written_out) == count


@pytest.mark.parametrize(
    ("raw", "russian"),
    [
        ("В. Новоселка", "Великая Новоселка"),  # Велика Новосілка's Russian name
        ("Н. Серогозы", "Нижние Серогозы"),  # Нижні Сірогози's
        ("Ст. Салтов", "Старый Салтов"),  # Старий Салтів's
        ("Б. Александровка", "Большая Александровка"),  # Russian Б. is Большая, Велика
    ],
)
def test_a_russian_abbreviation_is_written_out_in_russian_too(raw: str, russian: str) -> None:
    assert russian in [n for n, _ in clean_query(raw).written_out]


@pytest.mark.parametrize("raw", ["м. Київ", "Нова Каховка", "Lyman, Donetsk oblast", "A.B."])
def test_no_abbreviation_no_alternative(raw: str) -> None:
    assert clean_query(raw).written_out == clean_query(raw).fuller == ()


@pytest.mark.parametrize(
    ("raw", "name", "first"),
    [
        # a number apart is dropped from the name as a count (Харків 25), kept written out
        ("Новоселівка 1", "Новоселівка", "Новоселівка Перша"),
        ("Новоселівка-2", "Новоселівка-2", "Новоселівка Друга"),
        ("Гільча 2-а", "Гільча 2-а", "Гільча Друга"),
        ("Molodavo I", "Molodavo I", "Molodavo Persha"),
        ("Novoselivka 3", "Novoselivka", "Novoselivka Tretia"),
    ],
)
def test_a_number_ending_a_name_is_written_out_aside(raw: str, name: str, first: str) -> None:
    assert clean_query(raw).name == name
    assert clean_query(raw).written_out[0] == (first, "")


@pytest.mark.parametrize(
    ("raw", "name", "beside"),
    [
        # an address runs from the oblast down; the country before it is dropped
        ("Херсонська обл., Бериславський р-н, с. Любимівка", "Любимівка",
         ("Херсонська обл.", "Бериславський р-н")),
        ("Україна, Херсонська обл., м. Берислав", "Берислав", ("Херсонська обл.",)),
        ("Kherson oblast, Biliaivka", "Biliaivka", ("Kherson oblast",)),
        # every part a unit: the smallest
        ("Kherson oblast, Beryslav raion", "Beryslav", ("Kherson oblast",)),
        # the name first, as before
        ("Lyman, Donetsk oblast", "Lyman", ("Donetsk oblast",)),
        # a street, a house number and a postcode name no place, nor a hint
        ("вул. Шевченка 12, м. Київ", "Київ", ()),
        ("Україна, 61000, м. Харків, вул. Пушкінська, 5", "Харків", ()),
        ("вулиця Незалежності, 5, с. Любимівка, Бериславський р-н", "Любимівка",
         ("Бериславський р-н",)),
        ("ул. Ленина 5, г. Мелитополь", "Мелитополь", ()),
        ("Kyiv, Khreshchatyk Street 22", "Kyiv", ()),
        ("вул.Сумська, Харків", "Харків", ()),
        ("86 Tsentralna St, Druzhba, Dubenskyi raion", "Druzhba", ("Dubenskyi raion",)),
        # a village's adjectival name before a raion that says its level: the village
        ("Ruda-Siletska, Lvivskyi raion", "Ruda-Siletska", ("Lvivskyi raion",)),
    ],
)  # fmt: skip
def test_the_name_is_found_among_an_addresss_parts(
    raw: str, name: str, beside: tuple[str, ...]
) -> None:
    cleaned = clean_query(raw)
    assert cleaned.name == name
    assert cleaned.beside == beside


def test_nominatives_of_declined_place_names() -> None:
    from gazetteer.declension import after_preposition, nominatives

    assert "Харків" in nominatives("Харкова")
    assert "Київ" in nominatives("Києві")
    assert "Маріуполь" in nominatives("Маріуполя")
    assert "Каховка" in nominatives("Каховці")
    assert "Оріхове" in nominatives("Оріхового")
    assert "Суми" in nominatives("Сум")
    assert "Нова Каховка" in nominatives("Нової Каховки")
    assert "Любимівка" in nominatives("Любимівку")  # the accusative (звільнили Любимівку)
    assert "Нова Каховка" in nominatives("Нову Каховку")
    assert "Олександрія" in nominatives("Олександрію")
    assert "Часів Яр" in nominatives("Часового Яру")
    assert "Ріг" in nominatives("Рогом") and "Миргород" in nominatives("Миргородом")
    assert nominatives("Kherson") == []  # Cyrillic names only
    assert after_preposition("у Бахмуті") and not after_preposition("Бахмуті")


def test_a_spaced_dash_keeps_the_hyphenated_name_aside() -> None:
    assert clean_query("Davydiv - Brid").fuller[0] == ("Davydiv-Brid", "")


def test_stray_cyrillic_letters_in_a_latin_word_are_also_read_by_their_sound() -> None:
    from gazetteer.letterforms import sound_lookalikes

    assert clean_query("Kherсon").sounded == "Kherson"  # the shape would give Khercon
    assert clean_query("Kherсon").name == "Khercon"
    assert sound_lookalikes("Kherson") == sound_lookalikes("Херсон") == ""  # one script


def test_a_list_from_the_place_up_is_read_from_its_first_part() -> None:
    # a town whose name ends as a unit's adjective does, before its raion and oblast
    cleaned = clean_query("Dolynska, Kropyvnytskyi, Kirovohradska")
    assert cleaned.name == "Dolynska"
    assert cleaned.beside == ("Kropyvnytskyi", "Kirovohradska")
