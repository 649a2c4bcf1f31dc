"""A capital initial before a surname in running text is a person's (вулиця П. Хмельницького,
пам'ятник Т. Шевченку, імені І. Франка), though a city, a village or a selyshche bears the
surname's nominative (Хмельницьке, Кропивницьке, Орлик, Тараса Шевченка); a city's name cut
to its first letter (біля Ч. Яру, у К. Подільському) and an abbreviated adjective (у Н.
Каховці) stay places, as does a name only a place bears declined so (под С. Михайлівкою).
Codes are rows of data/katottg.tsv."""

from __future__ import annotations

import pytest

from gazetteer import Gazetteer, find_places

KYIV = "UA80000000000093317"  # Київ, the capital
POLTAVA = "UA53080370010073240"  # Полтава (Орлик, a village, lies in its raion)
KHARKIV = "UA63120270010096107"  # Харків
CHERKASY = "UA71080490010015879"  # Черкаси
KREMENCHUK = "UA53020110010031694"  # Кременчук
CHASIV_YAR = "UA14020130010015598"  # Часів Яр, a city
KAMIANETS = "UA68020110010097898"  # Кам’янець-Подільський, a city
NOVA_KAKHOVKA = "UA65060170010075325"  # Нова Каховка, a city
VELYKA_NOVOSILKA = "UA14040010010027148"  # Велика Новосілка, a selyshche
BILA_TSERKVA = "UA32020010010081183"  # Біла Церква, a city
VELYKYI_BURLUK = "UA63080010010090750"  # Великий Бурлук, a selyshche
PEREIASLAV = "UA32040110010043320"  # Переяслав, Переяслав-Хмельницький until 2019
SYVASH = "UA65040010670092048"  # Сиваш, a selyshche, the only place so named
TARASA_SHEVCHENKA = {"UA65020010070047080", "UA74100230400061190"}  # two villages


def _codes(gz: Gazetteer, text: str) -> list[str]:
    return [m.resolution.best.entry.code for m in find_places(gz, text) if m.resolution.best]


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("Пробка на вулиці П. Хмельницького у Києві.", [KYIV]),
        ("Квіти поклали до пам'ятника Т. Шевченку.", []),
        ("Школа імені Т. Шевченка відкрилась після ремонту.", []),
        ("Університет імені І. Франка оголосив набір.", []),
        # Орлик, a village of Poltava raion: a street named after Пилип Орлик is no village
        ("Ремонт на вул. П. Орлика в Полтаві.", [POLTAVA]),
        ("Ремонт на вулиці П. Орлика в Полтаві.", [POLTAVA]),
        ("У Полтаві на вулиці П. Орлика вимкнули світло.", [POLTAVA]),
        ("П. Орлик приїхав до Полтави.", [POLTAVA]),
        # Хмельницьке, Кропивницьке, Грушівське: villages a surname's genitive meets
        ("Лист до П. Хмельницького.", []),
        ("У П. Хмельницького немає світла.", []),
        ("Лист до М. Кропивницького.", []),
        ("Мітинг біля М. Кропивницького.", []),
        ("До М. Грушевського приїхав гість.", []),
        ("Книга про М. Кропивницького вийшла у Києві.", [KYIV]),
        # the villages Тараса Шевченка: a person's initial and surname, no settlement word
        ("Біля Т. Шевченка зібралися люди.", []),
        ("У Т. Шевченка є вірш про весну.", []),
        ("Вулиця Т. Г. Шевченка закрита на ремонт.", []),
        ("Аварія сталася на проспекті Б. Хмельницького у Черкасах.", [CHERKASY]),
        ("Улица Б. Хмельницкого перекрыта.", []),
        ("Памятник Т. Шевченко в Харькове.", [KHARKIV]),
        ("У Кременчуці на вул. Т. Шевченка вибух.", [KREMENCHUK]),
    ],
)
def test_an_initial_before_a_surname_is_a_person(gz: Gazetteer, text: str, codes: list) -> None:
    assert _codes(gz, text) == codes


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("Бої біля Ч. Яру.", [CHASIV_YAR]),
        ("Бои под Ч. Яром.", [CHASIV_YAR]),
        ("Обстріл Ч. Яру.", [CHASIV_YAR]),  # a noun of attack, as a preposition of place
        ("Вибухи у К. Подільському.", [KAMIANETS]),
        ("Бомбардування К. Подільського.", [KAMIANETS]),  # not the village Подільське
        ("Обстріл Н. Каховки.", [NOVA_KAKHOVKA]),
        ("Евакуація з Н. Каховки.", [NOVA_KAKHOVKA]),
        ("Бої точаться під В. Новосілкою.", [VELYKA_NOVOSILKA]),
        ("Вибухи у Б. Церкві.", [BILA_TSERKVA]),
        ("Обстріл В. Бурлука.", [VELYKYI_BURLUK]),
        ("Вибух у П. Хмельницькому.", [PEREIASLAV]),  # Переяслав-Хмельницький cut short
        ("Бої у М. Сивашу.", [SYVASH]),  # a locative: a place's case, no person's
        # a cut city and a person's initial in one sentence
        ("У К. Подільському відкрили пам'ятник Т. Шевченку.", [KAMIANETS]),
    ],
)
def test_a_cut_name_stays_a_place(gz: Gazetteer, text: str, codes: list) -> None:
    assert _codes(gz, text) == codes


def test_a_settlement_word_before_the_initial_names_the_village(gz: Gazetteer) -> None:
    found = find_places(gz, "Жителі с. Т. Шевченка отримали допомогу.")
    assert [m.text for m in found] == ["Т. Шевченка"]
    best = found[0].resolution.best
    assert best is not None and best.entry.code in TARASA_SHEVCHENKA
    assert found[0].resolution.status == "ambiguous"  # two villages so named


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # С.: село, or Стара (Стара Михайлівка, Poltava oblast); many villages Михайлівка
        ("Вибухи под С. Михайлівкою.", "С. Михайлівкою"),
        ("Біля С. Михайлівки тривають бої.", "С. Михайлівки"),
        ("Бои под С. Михайловкой.", "С. Михайловкой"),
        # no place is Велика Новоселівка; dozens of villages are Новоселівка
        ("Обстріл у В. Новоселівці.", "В. Новоселівці"),
    ],
)
def test_a_place_declined_after_an_unknown_letter_is_unsure(
    gz: Gazetteer, text: str, name: str
) -> None:
    found = find_places(gz, text)
    assert [m.text for m in found] == [name]
    assert found[0].resolution.status == "ambiguous"
