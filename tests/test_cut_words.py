"""How sheets and news cut a place's words: a cut word opening its name (``Кр. Ріг``: Кривий Ріг),
read as a word of a name a place bears; a hromada's full name with об'єднана.
Codes are KATOTTG's."""

from __future__ import annotations

import pytest

from gazetteer import Gazetteer, find_places


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Кр. Ріг", "UA12060170010065850"),  # Кривий Ріг, the city
        ("Кр.Ріг", "UA12060170010065850"),
        ("Кр. Рог", "UA12060170010065850"),  # its Russian name, Кривой Рог
        ("Kr. Rih", "UA12060170010065850"),
        ("м. Кр. Ріг, Дніпропетровська обл.", "UA12060170010065850"),
        ("Б.-Дністровський", "UA51040010010048834"),  # Білгород-Дністровський
        ("К.-Подільський", "UA68020110010097898"),  # Кам'янець-Подільський
        ("Ч. Яр", "UA14020130010015598"),  # Часів Яр
    ],
)
def test_a_cut_word_stands_for_a_word_of_a_name(gz: Gazetteer, text: str, code: str) -> None:
    found = gz.lookup(text)
    assert found and found[0].entry.code == code
    assert found[0].kind in ("exact", "exonym", "russian")


def test_the_cut_is_only_letters_a_name_word_starts_with(gz: Gazetteer) -> None:
    # Ч. is not Г. though a match key writes both alike: Глибокий Яр is not Ч. Яр
    names = {m.entry.name_uk for m in gz.lookup("Ч. Яр")}
    assert "Часів Яр" in names and "Глибокий Яр" not in names


def test_a_cut_needs_its_stop(gz: Gazetteer) -> None:
    # Кр Ріг without the stop is no cut word: no reading as Кривий Ріг
    found = gz.lookup("Кр Ріг")
    assert not found or found[0].entry.name_uk != "Кривий Ріг"


def test_a_person_initial_gains_no_place(gz: Gazetteer) -> None:
    # Ч. Чаплін: no place name is Ч... Чаплін
    assert all(" " not in m.entry.name_uk for m in gz.lookup("Ч. Чаплін")[:3])


@pytest.mark.parametrize(
    "text",
    [
        "Таврійська об'єднана територіальна громада",
        "Таврийская объединенная территориальная община",
    ],
)
def test_a_united_hromada_is_a_hromada(gz: Gazetteer, text: str) -> None:
    # об'єднана (объединенная) is a hromada's word: the hromadas Таврійська of KATOTTG
    # (Kherson oblast's UA65060250000073379, Zaporizhzhia oblast's UA23060290000024046),
    # not the city Таврійськ
    codes = {m.entry.code for m in gz.lookup(text)[:2]}
    assert codes == {"UA65060250000073379", "UA23060290000024046"}


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # KATOTTG: three hromadas Черкаська; the city Черкаси seats UA-71's, the міська one
        ("Черкаська міська громада", "UA71080490000022110"),
        # two hromadas Таврійська: the city Таврійськ seats Kherson oblast's
        ("Таврійська міська територіальна громада", "UA65060250000073379"),
    ],
)
def test_the_kind_word_chooses_the_hromada_of_that_kind(
    gz: Gazetteer, text: str, code: str
) -> None:
    resolution = gz.resolve(text)
    assert resolution.status == "matched"
    assert resolution.best is not None and resolution.best.entry.code == code


def test_a_kind_word_no_tied_hromada_has_changes_nothing(gz: Gazetteer) -> None:
    # the selyshcha Черкаське seat UA-12's and UA-14's hromadas: селищна leaves them tied
    codes = {m.entry.code for m in gz.lookup("Черкаська селищна громада")[:2]}
    assert codes == {"UA12100130000095653", "UA14120230000038918"}


def test_running_text_reads_a_cut_word(gz: Gazetteer) -> None:
    # у Кр. Розі: Кривий Ріг (UA12060170010065850), declined after its preposition
    found = find_places(gz, "Бої у Кр. Розі тривають")
    assert [m.resolution.best.entry.code for m in found if m.resolution.best] == [
        "UA12060170010065850"
    ]


@pytest.mark.parametrize("text", ["Кр. Іванов сказав", "Ч. Чаплін зняв фільм"])
def test_a_person_initial_in_running_text_gains_no_place(gz: Gazetteer, text: str) -> None:
    assert find_places(gz, text) == []
