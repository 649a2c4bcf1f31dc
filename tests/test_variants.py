"""Other shapes of archival names (gazetteer.variants) and what the gazetteer makes of them."""

from __future__ import annotations

import pytest

from gazetteer import Gazetteer
from gazetteer.variants import ending_variants, name_variants

# KATOTTG facts: Rivne oblast villages split into numbered parts or renamed in part.
HILCHA_PERSHA = "UA56060230040056970"  # C Гільча Перша
NOVA_MOSHCHANYTSIA = "UA56060410150032595"  # C Нова Мощаниця


def texts(raw: str, name: str | None = None) -> list[str]:
    return [text for text, _ in name_variants(raw, name or raw)]


def test_a_bracketed_alternative_gives_both_readings() -> None:
    found = texts("Велика (Нова) Мощаниця", "Велика Мощаниця")
    assert found[:2] == ["Велика Мощаниця", "Нова Мощаниця"]


def test_a_qualifier_can_be_dropped() -> None:
    assert "Ситне" in texts("Мале Ситне")
    assert "Долина" in texts("Панська Долина")


def test_a_double_name_gives_each_half() -> None:
    found = texts("Русино-Берестечко")
    assert "Русино" in found and "Берестечко" in found


def test_a_single_word_may_have_been_split_into_parts() -> None:
    found = texts("Гільча")
    assert found.index("Гільча Перша") < found.index("Гільча Друга")


def test_prefixes_come_and_go() -> None:
    assert "Підбрусин" in texts("Брусин")
    assert "Брусин" in texts("Підбрусин")


def test_latin_names_get_only_the_bracket_rule() -> None:
    assert texts("Mala Vilshanka") == []
    assert texts("Velyka (Nova) Moshchanytsia", "Velyka Moshchanytsia") == [
        "Velyka Moshchanytsia",
        "Nova Moshchanytsia",
    ]


@pytest.mark.parametrize(("query", "code"), [("Гільча", HILCHA_PERSHA)])
def test_a_village_split_into_parts_is_found_but_not_sure(
    gz: Gazetteer, query: str, code: str
) -> None:
    resolution = gz.resolve(query, oblast="Рівненська область")
    assert resolution.best is not None and resolution.best.entry.code == code
    assert resolution.status == "ambiguous"
    assert "split since into parts" in resolution.best.explain[-1]


def test_a_bracketed_alternative_finds_the_village(gz: Gazetteer) -> None:
    resolution = gz.resolve("Велика (Нова) Мощаниця", oblast="Рівненська область")
    assert resolution.best is not None
    assert resolution.best.entry.code == NOVA_MOSHCHANYTSIA
    assert resolution.status == "ambiguous"


def test_a_name_that_matches_is_not_read_otherwise(gz: Gazetteer) -> None:
    # Гільча Перша itself is an exact match: no reading can displace it.
    resolution = gz.resolve("Гільча Перша")
    assert resolution.status == "matched"
    assert all("split since" not in line for line in resolution.best.explain)  # type: ignore[union-attr]


# KATOTTG facts for the ending habits of archives (gazetteer.variants.ending_variants).
ZARICHNE_KHERSON = ("UA65020070070019701", "UA65100070030042746")  # C Зарічне (x2)
SOSNOVE_RIVNE = "UA56060490010035207"  # X Соснове, Рівненська область
CHORNYKIV = "UA07020210260077245"  # C Чорників, Волинська область
MENKIVKA = "UA18040450280017352"  # C Меньківка, Житомирська область
NOVI_PIDTSAREVYCHI = "UA07040050240091970"  # C Нові Підцаревичі (no settlement is Підцаревичі)
VEDMEZHKA = ("UA07040050040056549", "UA07040050200073071")  # C Велика, Мала Ведмежка


def endings(name: str) -> list[str]:
    return [text for _, text, _ in ending_variants(name)]


def test_an_ending_may_be_another_gender_or_vowel() -> None:
    assert "Зарічне" in endings("Зарічний")
    assert "Соснове" in endings("Сосновий")
    # a name whose vowel changed, since split into parts agreeing with the new ending
    assert "Шевченко Перше" in endings("Шевченка")
    # the halves of a double name get the endings too
    assert "Зарічне" in endings("Погост-Зарічний")


def test_plurals_possessives_and_hamlets() -> None:
    assert "Чорників" in endings("Чорники")
    assert "Сусли" in endings("Суслів")
    assert "Старі Сусли" in endings("Старі Суслів")  # (the words before stay)
    assert "Меньківка" in endings("Меньківщина")
    assert endings("Mala Vilshanka") == []


def test_a_qualifier_may_have_been_gained_in_the_names_gender() -> None:
    assert "Нові Підцаревичі" in endings("Підцаревичі")
    assert "Велика Ведмежка" in endings("Ведмежка")
    assert "Нове Ведмежка" not in endings("Ведмежка")
    assert not any(text.startswith("Велика Велика") for text in endings("Велика Глуша"))


@pytest.mark.parametrize(
    ("query", "hint", "codes"),
    [
        ("Зарічний", "Херсонська область", ZARICHNE_KHERSON),
        ("Сосновий", "Рівненська область", (SOSNOVE_RIVNE,)),
        ("Чорники", None, (CHORNYKIV,)),
        ("Меньківщина", None, (MENKIVKA,)),
        ("Підцаревичі", None, (NOVI_PIDTSAREVYCHI,)),
        ("Ведмежка", None, VEDMEZHKA),
    ],
)
def test_another_ending_finds_the_village_but_not_sure(
    gz: Gazetteer, query: str, hint: str | None, codes: tuple[str, ...]
) -> None:
    resolution = gz.resolve(query, oblast=hint)
    assert resolution.best is not None and resolution.best.entry.code in codes
    assert resolution.status == "ambiguous" and resolution.best.score <= 86


def test_an_ending_is_changed_only_when_the_shape_finds_nothing(gz: Gazetteer) -> None:
    # Рудня is a village's name: its half is not read as Рудне as well
    resolution = gz.resolve("Рудня-Почаївська")
    assert all(c.entry.name_uk == "Рудня" for c in resolution.candidates[:5])


def test_a_towns_name_joined_to_another_is_a_village(gz: Gazetteer) -> None:
    # Городок is a town (M) in Khmelnytskyi and Lviv oblasts and a village elsewhere
    resolution = gz.resolve("Липовець-Городок")
    assert resolution.status == "ambiguous"
    assert all(c.entry.category != "M" for c in resolution.candidates[:3])
