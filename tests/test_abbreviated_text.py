"""Place names in running text written short or met after a word that only places follow:
a village named after a person, its first name cut to the initial after a settlement word
(у селі І. Франка: Івана Франка); a name's first word cut to its letter after a verb of war
news (обстріляли Н. Михайлівку: Нова Михайлівка), as unsure as the lookup where the letter
opens several places' names (В. Писарівка: Велика or Верхня); a village after the words for
a place's outskirts (околиці Дунайця). A person's initial stays a person's. Every code is a
row of data/katottg.tsv."""

from __future__ import annotations

import pytest

from gazetteer import Gazetteer, find_places

IVANA_FRANKA = "UA23100190080066206"  # Івана Франка, Zaporizhzhia oblast: the only one
TARASA_SHEVCHENKA_KHERSON = "UA65020010070047080"  # Тараса Шевченка, Kherson oblast
TARASA_SHEVCHENKA_CHERNIHIV = "UA74100230400061190"  # Тараса Шевченка, Chernihiv oblast
NOVA_MYKHAILIVKA = "UA53080390470038743"  # Нова Михайлівка, Poltava oblast: no Нижня one
VELYKA_NOVOSILKA = "UA14040010010027148"  # Велика Новосілка, Donetsk oblast
MALA_TOKMACHKA = "UA23100130010093963"  # Мала Токмачка, Zaporizhzhia oblast
VELYKA_PYSARIVKA = "UA59040030010059554"  # Велика Писарівка, a selyshche, Sumy oblast
VERKHNIA_PYSARIVKA = "UA63140010170099105"  # Верхня Писарівка, a village, Kharkiv oblast
NYZHNII_BURLUK = "UA63080150300041347"  # Нижній Бурлук, Kharkiv oblast
NOVYI_BURLUK = "UA63140090090030053"  # Новий Бурлук, Kharkiv oblast
DUNAIETS_LVIV = "UA46100010040070211"  # Дунаєць, Lviv oblast
DUNAIETS_SUMY = "UA59100030080067934"  # Дунаєць, Sumy oblast
HORAIETS = "UA46140110200010482"  # Гораєць, Lviv oblast: the only one
KREMENETS_CITY = "UA61020070010067494"  # the city Кременець, Ternopil oblast


def _sure(gz: Gazetteer, text: str, written: str) -> str:
    """The code the one mention written ``written`` in ``text`` is sure of."""
    mentions = [m for m in find_places(gz, text) if m.text == written]
    assert len(mentions) == 1, find_places(gz, text)
    resolution = mentions[0].resolution
    assert resolution.status == "matched" and resolution.best is not None
    return resolution.best.entry.code


def _unsure(gz: Gazetteer, text: str, written: str) -> set[str]:
    """The codes the one mention written ``written`` in ``text`` hesitates between (those
    that tie with its best)."""
    mentions = [m for m in find_places(gz, text) if m.text == written]
    assert len(mentions) == 1, find_places(gz, text)
    resolution = mentions[0].resolution
    assert resolution.status == "ambiguous" and resolution.best is not None
    top = resolution.best.score
    return {c.entry.code for c in resolution.candidates if c.score == top}


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("У селі І. Франка вибухнув склад.", "І. Франка"),
        ("Вибух у с. І. Франка.", "І. Франка"),
        ("Жителі села І. Франка залишилися без світла.", "І. Франка"),
        ("An explosion hit the village of I. Franka.", "I. Franka"),
    ],
)
def test_an_initial_after_a_settlement_word_opens_the_village_name(
    gz: Gazetteer, text: str, written: str
) -> None:
    assert _sure(gz, text, written) == IVANA_FRANKA


def test_the_two_villages_of_one_initialled_name_stay_unsure(gz: Gazetteer) -> None:
    both = {TARASA_SHEVCHENKA_KHERSON, TARASA_SHEVCHENKA_CHERNIHIV}
    assert _unsure(gz, "Окупанти обстріляли с. Т. Шевченка.", "Т. Шевченка") == both


def test_the_oblast_beside_tells_the_initialled_villages_apart(gz: Gazetteer) -> None:
    text = "Shelling hit the village of T. Shevchenka in Kherson Oblast."
    assert _sure(gz, text, "T. Shevchenka") == TARASA_SHEVCHENKA_KHERSON


@pytest.mark.parametrize(
    "text",
    [
        "Мешканка села О. Петренко розповіла про обстріл.",
        "Пам'ятник Т. Шевченку відкрили у селі.",
        "Музей на вулиці І. Франка зачинено.",
        "Росіяни вбили В. Ковальчука.",
        "Журналісти зустріли В. Зеленського.",
    ],
)
def test_a_persons_initial_is_no_place(gz: Gazetteer, text: str) -> None:
    assert find_places(gz, text) == []


@pytest.mark.parametrize(
    ("text", "written", "code"),
    [
        ("Окупанти обстріляли Н. Михайлівку.", "Н. Михайлівку", NOVA_MYKHAILIVKA),
        ("Окупанти обстріляли В. Новосілку.", "В. Новосілку", VELYKA_NOVOSILKA),
        ("Росіяни атакували М. Токмачку.", "М. Токмачку", MALA_TOKMACHKA),
        ("Оккупанты обстреляли В. Новоселку.", "В. Новоселку", VELYKA_NOVOSILKA),
    ],
)
def test_a_cut_name_after_a_war_verb_is_read(
    gz: Gazetteer, text: str, written: str, code: str
) -> None:
    assert _sure(gz, text, written) == code


@pytest.mark.parametrize(
    ("text", "written", "codes"),
    [
        (
            "Окупанти обстріляли В. Писарівку.",
            "В. Писарівку",
            {VELYKA_PYSARIVKA, VERKHNIA_PYSARIVKA},
        ),
        ("Окупанти обстріляли Н. Бурлук.", "Н. Бурлук", {NYZHNII_BURLUK, NOVYI_BURLUK}),
    ],
)
def test_a_letter_that_opens_two_names_stays_unsure(
    gz: Gazetteer, text: str, written: str, codes: set[str]
) -> None:
    assert _unsure(gz, text, written) == codes


def test_a_village_after_the_outskirts_of_a_listed_town_is_read(gz: Gazetteer) -> None:
    text = "Обстріляли околиці Кременця та Дунайця."
    assert _unsure(gz, text, "Дунайця") == {DUNAIETS_LVIV, DUNAIETS_SUMY}
    assert _sure(gz, text, "Кременця") == KREMENETS_CITY


@pytest.mark.parametrize(
    ("text", "written", "code"),
    [
        ("Ворог атакував околиці Дунайця на Сумщині.", "Дунайця", DUNAIETS_SUMY),
        ("Бої тривають на околицях Горайця.", "Горайця", HORAIETS),
    ],
)
def test_a_village_after_the_words_for_outskirts_is_read(
    gz: Gazetteer, text: str, written: str, code: str
) -> None:
    assert _sure(gz, text, written) == code


@pytest.mark.parametrize(
    "text",
    [
        "На окраинах Ростова прогремел взрыв.",  # Rostov-on-Don, not the village Ростов (Sumy)
        "Він живе на околиці Парижа.",
        "Вибух у Берліні.",  # not the village Берлин, Lviv oblast
    ],
)
def test_a_foreign_city_declined_is_no_village(gz: Gazetteer, text: str) -> None:
    assert find_places(gz, text) == []
