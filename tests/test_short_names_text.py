"""A city's name cut to its first part in running text (find_places), as lookup reads it: Rava
and its cases (у Раві, біля Рави, обстріляли Раву) are Рава-Руська when a preposition or a
verb of war news says a place; the selyshche Кам'янець stays first beside Кам'янець-
Подільський, unsure; Білгород, Бєлгород and Belgorod, the Russian city in war news, are no
Ukrainian place; a surname or a word that spells the cut is none. Codes are rows of
data/katottg.tsv."""

from __future__ import annotations

from pathlib import Path

import pytest

from gazetteer import Gazetteer, find_places

RAVA_RUSKA = "UA46060390010035472"  # Рава-Руська (M), Lviv oblast
ZHOVKVA = "UA46060130010043364"  # Жовква (M), Lviv oblast
KAMIANETS_PODILSKYI = "UA68020110010097898"  # Кам’янець-Подільський (M), Khmelnytskyi oblast
KAMIANETS_SELYSHCHE = "UA35040230010012861"  # Кам’янець (X), Kirovohrad oblast
BILHOROD_DNISTROVSKYI = "UA51040010010048834"  # Білгород-Дністровський (M), Odesa oblast
NOVA_KAKHOVKA = "UA65060170010075325"  # Нова Каховка (M), Kherson oblast


def _read(gz: Gazetteer, text: str, **hint: str) -> list[tuple[str, str, str]]:
    """(text, status, best code) of each mention."""
    return [
        (m.text, m.resolution.status, m.resolution.best.entry.code if m.resolution.best else "")
        for m in find_places(gz, text, **hint)
    ]


def test_a_cut_name_after_a_preposition_is_its_city(gz: Gazetteer) -> None:
    assert _read(gz, "Shelling in Rava and Zhovkva.") == [
        ("Rava", "matched", RAVA_RUSKA),
        ("Zhovkva", "matched", ZHOVKVA),
    ]


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("Вибух у Раві вночі.", "Раві"),
        ("Бої біля Рави тривають.", "Рави"),
        ("Ворог обстріляв Раву вночі.", "Раву"),  # (no preposition: a verb of war news)
        ("Мешканців Рави евакуювали.", "Рави"),
        ("Drones struck Rava overnight.", "Rava"),
    ],
)
def test_a_cut_name_is_read_declined_in_text(gz: Gazetteer, text: str, written: str) -> None:
    assert _read(gz, text) == [(written, "matched", RAVA_RUSKA)]


def test_a_cut_name_in_a_headline_in_capitals(gz: Gazetteer) -> None:
    assert _read(gz, "SHELLING IN RAVA AND ZHOVKVA") == [
        ("RAVA", "matched", RAVA_RUSKA),
        ("ZHOVKVA", "matched", ZHOVKVA),
    ]


@pytest.mark.parametrize("text", ["Shelling in Kamianets.", "Shelling in Kamenets."])
def test_a_place_that_bears_the_cut_name_stays_first_and_unsure(gz: Gazetteer, text: str) -> None:
    (mention,) = find_places(gz, text)
    found = mention.resolution
    assert found.status == "ambiguous"
    assert found.best is not None and found.best.entry.code == KAMIANETS_SELYSHCHE
    assert KAMIANETS_PODILSKYI in [c.entry.code for c in found.candidates]


@pytest.mark.parametrize(
    "text",
    [
        "Обстріл Бєлгорода триває.",
        "У Білгороді пролунали вибухи.",
        "Дрони атакували Бєлгород.",
        "Drones struck Belgorod overnight.",
        "Explosions were heard in Bilhorod.",
    ],
)
def test_a_cut_name_a_city_abroad_bears_is_no_ukrainian_place(gz: Gazetteer, text: str) -> None:
    # Білгород, Бєлгород: Belgorod, Russia, in war news; not Білгород-Дністровський
    assert [code for _, _, code in _read(gz, text) if code == BILHOROD_DNISTROVSKYI] == []


@pytest.mark.parametrize(
    "text",
    [
        "Rava said the talks went well.",
        "Enrico Rava played in Lviv.",  # (a jazzman; Lviv's raion holds Рава-Руська too)
        "Reporters asked Rava about Lviv.",
        "Mayor Ivan Rava of Lviv visited Zhovkva.",
        "Rawa Mazowiecka lies in Poland.",
        "Rava Dosa is a dish.",
    ],
)
def test_a_person_or_a_word_spelled_as_the_cut_is_no_place(gz: Gazetteer, text: str) -> None:
    assert RAVA_RUSKA not in [code for _, _, code in _read(gz, text)]


def test_a_whole_name_is_read_whole(gz: Gazetteer) -> None:
    # Нова, Біла, Велика: a name's first word, no cut (Нова Каховка has no regional adjective)
    assert _read(gz, "Shelling in Nova Kakhovka and Rava-Ruska.") == [
        ("Nova Kakhovka", "matched", NOVA_KAKHOVKA),
        ("Rava-Ruska", "matched", RAVA_RUSKA),
    ]


def test_a_hint_leaves_out_a_city_outside_its_oblast(gz: Gazetteer) -> None:
    assert _read(gz, "Shelling in Rava.", oblast="Kharkivska") == []
    assert _read(gz, "Shelling in Rava.", oblast="Lvivska") == [("Rava", "matched", RAVA_RUSKA)]


def test_own_gazetteer_reads_a_cut_name_in_text(tmp_path: Path) -> None:
    path = tmp_path / "pl.csv"
    path.write_text(
        "id,name,region,category\n"
        "pl1,Gorzów Wielkopolski,lubuskie,city\n"
        "pl5,Chorzów,śląskie,city\n",
        encoding="utf-8",
    )
    own = Gazetteer.from_file(path)
    # (Chorzów shares Gorzów's key: the cut's letters tell them apart)
    assert _read(own, "Mieszkam w Gorzowie od lat.") == [("Gorzowie", "matched", "pl1")]
    assert _read(own, "Jechał do Chorzowa.") == [("Chorzowa", "matched", "pl5")]
