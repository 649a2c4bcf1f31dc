"""Common words that running text once read as villages (a plural noun after a preposition in
capitals, a bare stem read as a plural's genitive), the settlement phrases that cue a list,
and дніпро after a verb of flight in small letters (gazetteer.shoutednouns,
gazetteer.textcues, gazetteer.lowercase)."""

from __future__ import annotations

import pytest

from gazetteer import Gazetteer
from gazetteer.extract import find_places
from gazetteer.textcues import bare_stem

# official codes (data/katottg.tsv)
BEREHY_KHUST = "UA21120230020029020"  # C Береги, Khustskyi raion
BEREHY = {
    BEREHY_KHUST,
    "UA46060370020099656",
    "UA46080070040044680",
    "UA56040190020036726",
}  # every C Береги
VOVKY = "UA53060150080016723"  # C Вовки, Myrhorodskyi raion
LISKY_SHEPETIVKA = "UA68060030360022510"  # C Ліски, Shepetivskyi raion
BEREZNE_SHEPETIVKA = "UA68060290020038624"  # C Березне, Shepetivskyi raion
LISKY = {
    "UA07020150110073287", "UA18040570340040587", "UA18060190250065619",
    "UA26080090050036582", "UA35060030050087650", "UA51080050040029018",
    "UA51100350060059983", "UA61040150280080966", LISKY_SHEPETIVKA,
    "UA74020030200091436", "UA74100030090029602",
}  # fmt: skip
PETRIVTSI = "UA53060230270013464"  # C Петрівці, Myrhorodskyi raion
VILSHANY = {
    "UA21120090020098039", "UA44100070040092911", "UA63120250020016357", "UA68040090080018795",
}  # fmt: skip  # every Вільшани (C, X)
DNIPRO = "UA12020010010037010"  # M Дніпро
KHARKIV = "UA63120270010096107"  # M Харків


def _codes(gz: Gazetteer, text: str) -> list[tuple[str, str]]:
    return [
        (m.text, m.resolution.best.entry.code)
        for m in find_places(gz, text)
        if m.resolution.best is not None
    ]


@pytest.mark.parametrize(
    "text",
    [
        "ДНІПРО ВИЙШОВ З БЕРЕГІВ",  # out of its banks
        "ВОДА ВИЙШЛА З БЕРЕГІВ",
        "У ЛІСКАХ ТА ГАЯХ",  # in the copses and groves
    ],
)
def test_a_plural_noun_after_a_preposition_in_capitals_is_no_place(gz, text):
    assert find_places(gz, text) == []


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        # a level, a unit, a settlement word or a war verb backs it
        ("ОБСТРІЛЯЛИ БЕРЕГИ ХУСТСЬКОГО РАЙОНУ", {BEREHY_KHUST}),
        ("ВОДА В СЕЛІ БЕРЕГИ", BEREHY),
        # a list with a city
        ("ВИБУХИ У ХАРКОВІ ТА БЕРЕГАХ", {KHARKIV} | BEREHY),
        # a plural of people's names is no common noun
        ("ВИБУХ У ПЕТРІВЦЯХ", {PETRIVTSI}),
        ("ЕВАКУАЦІЯ З ВІЛЬШАН ТРИВАЄ", VILSHANY),  # (of a place's people: -шани)
    ],
)
def test_a_backed_plural_in_capitals_stays(gz, text, codes):
    found = _codes(gz, text)
    assert found and {code for _, code in found} <= codes


def test_a_bare_stem_has_no_toponymic_ending(gz):
    assert find_places(gz, "Кит, Лев і Вовк") == []  # animals, nicknames: no Вовки
    assert _codes(gz, "Обстріляли село Вовки.") == [("Вовки", VOVKY)]
    assert _codes(gz, "Мешканців Вовків евакуювали.") == [("Вовків", VOVKY)]


def test_bare_stem():
    assert bare_stem("Вовк", "Вовки")
    assert not bare_stem("Вовків", "Вовки")  # (its ending says the plural)
    assert not bare_stem("Харків", "Харків")
    assert not bare_stem("Любимівку", "Любимівка")


@pytest.mark.parametrize(
    "text",
    [
        "Знеструмлення в населених пунктах Ліски.",
        "Знеструмлення в населеному пункті Ліски.",
        "Знеструмлення в селах Ліски.",
    ],
)
def test_a_settlement_phrase_cues_the_name(gz, text):
    found = find_places(gz, text)
    assert [m.text for m in found] == ["Ліски"]
    assert {c.entry.code for c in found[0].resolution.candidates} <= LISKY


def test_a_settlement_phrase_cues_its_list(gz):
    text = "У населених пунктах Ліски та Березне Шепетівського району немає світла."
    assert _codes(gz, text) == [("Ліски", LISKY_SHEPETIVKA), ("Березне", BEREZNE_SHEPETIVKA)]


@pytest.mark.parametrize(
    "text",
    ["ракета летить на дніпро", "шахеди летять на дніпро з півдня", "дрон прямує на дніпро"],
)
def test_dnipro_after_a_flight_is_the_city(gz, text):
    assert [code for _, code in _codes(gz, text)] == [DNIPRO]


@pytest.mark.parametrize(
    "text",
    ["над дніпром літає дрон", "колона рухається на дніпро", "впала на дніпро"],
)
def test_dnipro_elsewhere_in_small_letters_stays_the_river(gz, text):
    assert find_places(gz, text) == []
