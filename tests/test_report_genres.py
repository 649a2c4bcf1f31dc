"""Humanitarian flash updates, ISW-style assessments and Telegram war reporting audited:
the shapes these genres write places in (a list of raions' adjectives before one plural
level word, ...). Facts are KATOTTG's: Ізюмський, Куп'янський, Чугуївський raions lie in
Kharkiv oblast (UA-63); Білозерська and Станіславська hromadas in Kherson oblast (UA-65)."""

from __future__ import annotations

import pytest

from gazetteer import Gazetteer, find_places


def _found(text: str) -> list[tuple[str, str, str, str]]:
    """(name_uk, category, oblast, status) of each mention, in order."""
    return [
        (b.entry.name_uk.replace("’", "'"), b.entry.category, b.entry.oblast, m.resolution.status)
        for m in find_places(Gazetteer.default(), text)
        if (b := m.resolution.best)
    ]


KHARKIV_RAIONS = [
    ("Куп'янський", "P", "UA-63", "matched"),
    ("Ізюмський", "P", "UA-63", "matched"),
    ("Чугуївський", "P", "UA-63", "matched"),
]


@pytest.mark.parametrize(
    "text",
    [
        # the locative plural: Ізюмському had been the village Ізюмське, sure, and the
        # last name, with the plural word, lost
        "Евакуація триває в Куп'янському, Ізюмському та Чугуївському районах.",
        "Эвакуация идет в Купянском, Изюмском и Чугуевском районах.",
        "Обстріли Куп'янського, Ізюмського та Чугуївського районів.",
        "Куп'янський, Ізюмський та Чугуївський райони під обстрілом.",
    ],
)
def test_raions_listed_before_one_plural_level_word_are_each_that_raion(text: str) -> None:
    assert _found(text) == KHARKIV_RAIONS


@pytest.mark.parametrize(
    "text",
    [
        # громади after nominative adjectives is the plural: Білозерська had been
        # Donetsk oblast's city Білозерське
        "Білозерська та Станіславська громади отримали гуманітарну допомогу.",
        "Жителі Білозерської та Станіславської громад отримали допомогу.",
        "У Білозерській та Станіславській громадах відновили водопостачання.",
        # in the accusative (the plural's громади after -ську)
        "Окупанти обстріляли Білозерську та Станіславську громади.",
    ],
)
def test_hromadas_listed_before_a_plural_are_the_hromadas(text: str) -> None:
    assert _found(text) == [
        ("Білозерська", "H", "UA-65", "matched"),
        ("Станіславська", "H", "UA-65", "matched"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "У Херсонській та Миколаївській областях оголошено тривогу.",
        "Херсонська та Миколаївська області під обстрілами.",
        "В Херсонской и Николаевской областях объявлена тревога.",
    ],
)
def test_oblasts_listed_before_a_plural_are_the_oblasts(text: str) -> None:
    assert _found(text) == [
        ("Херсонська", "O", "UA-65", "matched"),
        ("Миколаївська", "O", "UA-48", "matched"),
    ]


def test_a_singular_genitive_level_word_stays_one_unit() -> None:
    # громади after a genitive adjective is the singular's case: one hromada
    assert _found("Жителі Станіславської громади отримали допомогу.") == [
        ("Станіславська", "H", "UA-65", "matched")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # TOT (temporarily occupied territory) after a name had been read as a word of it
        ("Shelling was reported in Nova Kakhovka TOT.", [("Нова Каховка", "M", "UA-65")]),
        ("Residents of the Melitopol TOT lack water.", [("Мелітополь", "M", "UA-23")]),
        # ТОТ before a region's name had been read as the first word of a firm's name
        ("На ТОТ Херсонщини тривають репресії.", [("Херсонська", "O", "UA-65")]),
        ("Жителі ТОТ Мелітополя без води.", [("Мелітополь", "M", "UA-23")]),
    ],
)
def test_the_occupation_tag_beside_a_name_is_no_word_of_it(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert [f[:3] for f in _found(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the second of two towns a dash joins before road / highway had been read as a
        # street named after it (Kharkiv Road) and dropped
        (
            "The Kostiantynivka–Druzhkivka road remains under fire.",
            [("Костянтинівка", "M", "UA-14"), ("Дружківка", "M", "UA-14")],
        ),
        (
            "Drones struck vehicles on the Pokrovsk – Kostiantynivka highway.",
            [("Покровськ", "M", "UA-14"), ("Костянтинівка", "M", "UA-14")],
        ),
        ("Kyiv — Odesa highway was repaired.", [("Київ", "K", "UA-30"), ("Одеса", "M", "UA-51")]),
        # a street named after a city is still no place
        ("Shops on Kharkiv Road were closed.", []),
    ],
)
def test_a_road_between_two_towns_names_both(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert [f[:3] for f in _found(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 'the Dnipro' is the river, but in 'the Dnipro-based hub' the article is the hub's
        ("The Dnipro-based hub supplies Nikopol.", ["Дніпро", "Нікополь"]),
        ("The Dnipro-bound train left Lviv.", ["Дніпро", "Львів"]),
        ("Fighting along the Dnipro continued.", []),
    ],
)
def test_the_city_of_the_river_s_name_before_based_is_the_city(
    text: str, expected: list[str]
) -> None:
    assert [f[0] for f in _found(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a name opening a sentence, how far it lies from another after it: Stepnohirsk had
        # been dropped as a word that might be a person's
        (
            "Stepnohirsk, 30 km south of Zaporizhzhia, was shelled overnight.",
            ["Степногірськ", "Запоріжжя"],
        ),
        ("Orikhiv, about 6 km north of the front, came under fire.", ["Оріхів"]),
        # a first name or a surname so placed stays a person
        ("Petrov, 30 km from home, was arrested.", []),
        ("Sofia, 20 km north of Kyiv, is quiet.", ["Київ"]),
    ],
)
def test_a_name_opening_a_sentence_with_its_distance_from_another_is_a_place(
    text: str, expected: list[str]
) -> None:
    assert [f[0] for f in _found(text)] == expected


def test_two_towns_a_hyphen_joins_are_both_even_when_a_guess_meets_the_whole() -> None:
    # a loose guess at the whole (Корюківка, Chernihiv oblast) had hidden the pair
    res = Gazetteer.default().resolve("Kharkiv-Chuhuiv")
    assert [c.entry.name_uk for c in res.candidates[:2]] == ["Харків", "Чугуїв"]
    assert res.status == "ambiguous"
    assert _found("Traffic on the Kharkiv-Chuhuiv highway was suspended.") == [
        ("Харків", "M", "UA-63", "ambiguous")
    ]


#: KATOTTG: Гуляйполе, the city of Polohy raion, Zaporizhzhia oblast
HULIAIPOLE = "UA23100070010036682"


@pytest.mark.parametrize(
    "text",
    [
        # a neuter noun in -поле declined: Гуляйполя, Гуляйполі had met nothing sure
        "Біля Гуляйполя, у Запорізькій області, загинули двоє.",
        "Бої біля Гуляйполя.",
        "У Гуляйполі зруйновано школу.",
        "Под Гуляйполем идут бои.",
    ],
)
def test_a_neuter_name_in_pole_declined_is_found(text: str) -> None:
    [mention] = [m for m in find_places(Gazetteer.default(), text) if m.text[0] == "Г"]
    assert mention.resolution.best is not None
    assert mention.resolution.best.entry.code == HULIAIPOLE
    assert mention.resolution.status == "matched"


def test_a_neuter_name_in_yshche_declined_reads_as_its_nominative() -> None:
    from gazetteer.declension import nominatives

    assert "Городище" in nominatives("Городища")
    assert "Городище" in nominatives("Городищі")
    assert "Гуляйполе" in nominatives("Гуляйполем")


@pytest.mark.parametrize(
    "text",
    [
        # a heading's oblast had not reached the names after its colon or line: Білогорівка
        # of Luhansk oblast (Sievierodonetsk raion) stayed unsure beside Donetsk oblast's
        "LUHANSK OBLAST: Fighting continues near Bilohorivka.",
        "Луганська область: бої біля Білогорівки.",
        "LUHANSK OBLAST\n- Bilohorivka: fighting continues",
    ],
)
def test_a_heading_s_oblast_tells_the_names_under_it_apart(text: str) -> None:
    assert _found(text) == [
        ("Луганська", "O", "UA-09", "matched"),
        ("Білогорівка", "X", "UA-09", "matched"),
    ]


def test_a_heading_s_section_ends_at_a_blank_line() -> None:
    text = "LUHANSK OBLAST\n- Sievierodonetsk: no power\n\nBilohorivka was shelled."
    assert _found(text)[-1][:2] == ("Білогорівка", "X")
    assert _found(text)[-1][3] == "ambiguous"  # Donetsk oblast's too, nothing says which


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a city's name before the rest of a works' name had been read as a word of a
        # name that is no place: the works stands in the city
        ("Strikes hit the Kharkiv Tractor Plant.", [("Харків", "M", "UA-63", "matched")]),
        ("Drones hit the Avdiivka Coke Plant.", [("Авдіївка", "M", "UA-14", "matched")]),
        # a plant named after a city that stands elsewhere (the table's) still answers there
        ("The Odesa Port Plant resumed work.", [("Південне", "M", "UA-51", "matched")]),
        # a newspaper named after a city is none
        ("Kyiv Post reported.", []),
    ],
)
def test_a_works_named_after_its_city_names_the_city(
    text: str, expected: list[tuple[str, str, str, str]]
) -> None:
    assert _found(text) == expected


def test_a_near_spelling_of_one_name_with_a_hyphen_stays_that_name() -> None:
    # Novo-Kakhovka: Нова Каховка misspelled, not the two places Нове and Каховка
    res = Gazetteer.default().resolve("Novo-Kakhovka")
    assert res.best is not None
    assert res.best.entry.name_uk == "Нова Каховка"
