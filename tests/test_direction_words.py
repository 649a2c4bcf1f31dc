"""A front's direction romanised (Pokrovskogo napravleniya, na Pokrovskomu napriamku) or in
the Russian neuter its noun asks (Покровское направление) is its town, as the Cyrillic
forms are. Every code is a row of data/katottg.tsv."""

from __future__ import annotations

import pytest
from resolving_asserts import assert_matched

from gazetteer import Gazetteer, find_places

POKROVSK = "UA14160210010099403"  # Покровськ
KUPIANSK = "UA63080090010026457"  # Куп’янськ
ZAPORIZHZHIA = "UA23060070010069526"  # Запоріжжя
DOBROPILLIA = "UA14160070010040544"  # Добропілля (Russian Доброполье)
BAKHMUT = "UA14020010010059145"  # Бахмут
KURAKHOVE = "UA14160110010020758"  # Курахове
POKROVSKYI_RAION = "UA14160000000061982"  # Покровський район


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # had no match at all: the romanised direction word was read as a name
        ("Pokrovskogo napravleniya", POKROVSK),
        ("na Kupyanskom napravlenii", KUPIANSK),
        ("Zaporozhskoye napravleniye", ZAPORIZHZHIA),
        ("na Pokrovskomu napriamku", POKROVSK),
        ("na Pokrovskomu napryamku", POKROVSK),
        # the Russian neuter: had been the villages Покровське (ambiguous)
        ("Покровское направление", POKROVSK),
        ("Покровского направления", POKROVSK),
        # a town in -ье, whose hromada (Запорізька) the Russian stem does not give
        ("на Запорожском направлении", ZAPORIZHZHIA),
        ("Dobropolskoye napravleniye", DOBROPILLIA),
        # the adjective in -y, as English news writes it: had been a loose guess (Pokrovsk,
        # ambiguous) or the raion (Bakhmutskyi), while -yi and -iy were read
        ("Pokrovsky direction", POKROVSK),
        ("Bakhmutsky direction", BAKHMUT),
        ("Kupyansky direction", KUPIANSK),
        ("Kurakhovsky direction", KURAKHOVE),
        ("Zaporozhsky direction", ZAPORIZHZHIA),
    ],
)
def test_a_romanised_or_russian_direction_is_its_town(gz: Gazetteer, text: str, code: str) -> None:
    assert_matched(gz, text, code)


def test_a_romanised_direction_in_text(gz: Gazetteer) -> None:
    found = find_places(gz, "Boi na Kupyanskom napravlenii prodolzhayutsya.")
    assert [p.resolution.best.entry.code for p in found if p.resolution.best] == [KUPIANSK]


def test_the_neuter_without_a_direction_word_is_a_name(gz: Gazetteer) -> None:
    # Zaporozhskoye names no direction: the villages Запорізьке, not the city
    best = gz.resolve("Zaporozhskoye").best
    assert best is not None and best.entry.name_uk == "Запорізьке"


def test_an_english_y_adjective_direction_in_text(gz: Gazetteer) -> None:
    found = find_places(gz, "Russian forces advanced on the Pokrovsky direction overnight.")
    assert [p.resolution.best.entry.code for p in found if p.resolution.best] == [POKROVSK]


def test_a_y_adjective_beside_a_raion_word_stays_the_raion(gz: Gazetteer) -> None:
    assert_matched(gz, "Pokrovsky district", POKROVSKYI_RAION)


LYMAN = "UA14120110010088407"  # Лиман, Donetsk oblast (city)


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        # a list of adjectives before one plural direction word: each is its town (the first
        # had been dropped, or read as the villages Бахмутське, the raion Куп'янський)
        ("Fighting continues on the Bakhmutsky and Kupyansky directions.", [BAKHMUT, KUPIANSK]),
        (
            "Russian attacks on the Kupyansky, Lymansky, and Pokrovsky directions failed.",
            [KUPIANSK, LYMAN, POKROVSK],
        ),
        ("Бої тривають на Бахмутському та Куп'янському напрямках.", [BAKHMUT, KUPIANSK]),
        (
            "Бої тривають на Бахмутському, Куп'янському і Покровському напрямках.",
            [BAKHMUT, KUPIANSK, POKROVSK],
        ),
        ("Бои идут на Бахмутском и Купянском направлениях.", [BAKHMUT, KUPIANSK]),
    ],
)
def test_a_list_of_directions_is_each_its_town(gz: Gazetteer, text: str, codes: list[str]) -> None:
    found = find_places(gz, text)
    assert [p.resolution.best.entry.code for p in found if p.resolution.best] == codes
    assert all(p.resolution.status == "matched" for p in found)


def test_a_plural_direction_word_in_a_query(gz: Gazetteer) -> None:
    assert_matched(gz, "Bakhmutsky directions", BAKHMUT)


def test_a_towns_adjective_without_a_direction_word_is_no_sure_town(gz: Gazetteer) -> None:
    # Pokrovsky is a surname too: alone it is at best a loose guess at Pokrovsk, which
    # text does not keep
    assert find_places(gz, "Fighting continued near Pokrovsky.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Бої тривають на Бахмутському та на Куп'янському напрямках.",
        "Бои идут на Бахмутском и на Купянском направлениях.",
    ],
)
def test_a_listed_direction_with_its_preposition_again_is_its_town(
    gz: Gazetteer, text: str
) -> None:
    # the preposition said again after та/и had cut the list: the village Бахмутське, sure
    found = [
        (m.text, m.resolution.best.entry.code) for m in find_places(gz, text) if m.resolution.best
    ]
    assert [code for _, code in found] == [BAKHMUT, KUPIANSK]


VREMIVKA = "UA14040010040083406"  # Времівка, Donetsk oblast (a village: no hromada of its name)


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        # the direction word in the singular after a list whose preposition is said again:
        # the first had been the village Бахмутське, sure
        ("Бої тривають на Бахмутському та на Куп'янському напрямку.", [BAKHMUT, KUPIANSK]),
        ("Бои идут на Бахмутском и на Купянском направлении.", [BAKHMUT, KUPIANSK]),
        # "and on the": the article after the preposition said again had cut the list
        (
            "Fighting continues on the Bakhmutsky and on the Kupyansky directions.",
            [BAKHMUT, KUPIANSK],
        ),
        ("Russia attacked on the Bakhmutsky and the Kupyansky directions.", [BAKHMUT, KUPIANSK]),
        # a direction named after a village, not a town or a hromada: it had been lost
        (
            "Бої тривають на Покровському, Курахівському та Времівському напрямках.",
            [POKROVSK, KURAKHOVE, VREMIVKA],
        ),
        ("Ворог наступає на Времівському напрямку.", [VREMIVKA]),
    ],
)
def test_more_shapes_of_a_list_of_directions(gz: Gazetteer, text: str, codes: list[str]) -> None:
    found = find_places(gz, text)
    assert [p.resolution.best.entry.code for p in found if p.resolution.best] == codes
    assert all(p.resolution.status == "matched" for p in found)


@pytest.mark.parametrize(
    "text",
    [
        "Ворог атакував на Покровському, на Курахівському та на Лиманському напрямках.",
        "Бои идут на Покровском, на Кураховском и на Лиманском направлениях.",
    ],
)
def test_a_direction_listed_after_a_comma_with_its_preposition_is_its_town(
    gz: Gazetteer, text: str
) -> None:
    # the preposition said again after a comma had cut the list: Покровське, unsure
    found = [m.resolution.best.entry.code for m in find_places(gz, text) if m.resolution.best]
    assert found == [POKROVSK, KURAKHOVE, LYMAN]


def test_a_town_after_a_comma_and_a_preposition_is_no_listed_direction(gz: Gazetteer) -> None:
    # в Курахові is a town, not a direction of the list: Покровському, its direction
    # word singular and after the list, stays no sure town
    text = "Бої на Покровському, в Курахові та на Лиманському напрямку."
    found = {m.text: m.resolution.status for m in find_places(gz, text)}
    assert found["Покровському"] != "matched"
    assert found["Курахові"] == "matched"


@pytest.mark.parametrize(
    "text",
    [
        # 47 villages Григорівка and 18 Новомихайлівка (KATOTTG), none a hromada's name:
        # the biggest of them had been given as the direction's sure town
        "Ворог наступає на Григорівському напрямку.",
        "Ворог наступає на Новомихайлівському напрямку.",
    ],
)
def test_a_direction_after_a_village_of_many_namesakes_is_no_sure_answer(
    gz: Gazetteer, text: str
) -> None:
    found = find_places(gz, text)
    assert [m.resolution.status for m in found] != ["matched"]


KLISHCHIIVKA = "UA14020010120064151"  # Кліщіївка, Bakhmut raion (the only one)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # a village in -ївка, and the Russian adjectives of villages in -евка: no answer before
        ("Ворог наступає на Кліщіївському напрямку.", KLISHCHIIVKA),
        ("Противник наступает на Клещеевском направлении.", KLISHCHIIVKA),
        ("Противник наступает на Времевском направлении.", VREMIVKA),
    ],
)
def test_a_direction_after_the_only_village_so_named_in_any_spelling(
    gz: Gazetteer, text: str, code: str
) -> None:
    found = find_places(gz, text)
    assert [m.resolution.best.entry.code for m in found if m.resolution.best] == [code]
    assert [m.resolution.status for m in found] == ["matched"]


def test_a_long_list_of_directions_as_the_general_staff_writes_it(gz: Gazetteer) -> None:
    # eleven directions: past the fifth the list had been cut, and its first adjectives read
    # as villages (Харківське, Сіверське: sure, and wrong)
    text = (
        "Ворог атакував на Харківському, Куп'янському, Лиманському, Сіверському, "
        "Краматорському, Торецькому, Покровському, Курахівському, Времівському, "
        "Оріхівському та Бахмутському напрямках."
    )
    found = find_places(gz, text)
    codes = [m.resolution.best.entry.code for m in found if m.resolution.best]
    assert codes == [
        "UA63120270010096107",  # Харків
        KUPIANSK,
        LYMAN,
        "UA14020070010064896",  # Сіверськ
        "UA14120090010038661",  # Краматорськ
        "UA14020110010025394",  # Торецьк
        POKROVSK,
        KURAKHOVE,
        VREMIVKA,
        "UA23100170010023304",  # Оріхів
        BAKHMUT,
    ]
    assert all(m.resolution.status == "matched" for m in found)


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        # напрям, the other Ukrainian noun for a direction (на напрямі, на напрямах): the
        # list had kept only Покровському, read as the villages Покровське (ambiguous)
        ("На Покровському та Курахівському напрямі тривають бої.", [POKROVSK, KURAKHOVE]),
        ("Бої на Покровському та Курахівському напрямах.", [POKROVSK, KURAKHOVE]),
        ("Ситуація на Курахівському напрямі складна.", [KURAKHOVE]),
        # Russian news's short adjective of Курахово (Курахское): had found nothing
        ("Бои на Курахском направлении продолжаются.", [KURAKHOVE]),
    ],
)
def test_napriam_and_the_short_russian_adjective_are_directions(
    gz: Gazetteer, text: str, codes: list[str]
) -> None:
    found = find_places(gz, text)
    assert [m.resolution.best.entry.code for m in found if m.resolution.best] == codes
    assert all(m.resolution.status == "matched" for m in found)
