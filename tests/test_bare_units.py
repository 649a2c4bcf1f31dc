"""A hromada named by its bare adjective beside a place, as KATOTTG names it and tables give
a settlement's unit (gazetteer.bareunits): ``Vuzlove, Radekhivska``. Every code is a row of
data/katottg.tsv."""

from __future__ import annotations

import pytest
from resolving_asserts import assert_matched

from gazetteer import Gazetteer

#: Вузлове of Радехівська hromada (UA46120090000051307), Lviv oblast; another Вузлове is in
#: Crimea (UA01180070020082957).
VUZLOVE = "UA46120090060094296"
VUZLOVE_CRIMEA = "UA01180070020082957"
#: Любимівка of Таврійська hromada (UA23060290000024046), Zaporizhzhia oblast, the only one
#: of the twenty Любимівка in either Таврійська hromada (the other: UA65060250000073379).
LIUBYMIVKA = "UA23060290020023863"
#: Іванівка of Бериславський район (UA65020000000032929); Бериславська hromada
#: (UA65020010000060480) holds no Іванівка.
IVANIVKA_BERYSLAV = "UA65020070080047252"
#: The two Борщі of Куяльницька hromada (UA51120110000047677), Odesa oblast.
BORSHCHI = {"UA51120110030075990", "UA51120110570050042"}
#: Курганне of Poltava oblast: Полтавська is its oblast's adjective before a Crimean
#: hromada's (UA01120570000080989 holds Курганне UA01120570030032946).
KURHANNE_POLTAVA = "UA53020230240078640"
VYSHNIVETS = "UA61020050010072200"


@pytest.mark.parametrize(
    "text",
    [
        "Vuzlove, Radekhivska",  # had been ambiguous, the Crimean Вузлове first
        "Вузлове, Радехівська",
        "Радехівська, Вузлове",
        "Radekhivska, Vuzlove",
        "Вузлове (Радехівська)",
        "Lvivska, Radekhivska, Vuzlove",  # (a path from the oblast: had been unsure)
        "Вузловое, Радеховская",  # in Russian
        "Vuzlove, Radekhovskaya",
        "Vuzlove, Radekhivska gromada",  # громада romanised from Russian
    ],
)
def test_a_hromadas_bare_adjective_beside_a_place_it_holds(gz: Gazetteer, text: str) -> None:
    res = gz.resolve(text)
    assert res.status == "matched"
    assert res.best is not None and res.best.entry.code == VUZLOVE


@pytest.mark.parametrize("text", ["Liubymivka, Tavriiska", "Tavriiska, Liubymivka"])
def test_the_one_namesake_in_hromadas_so_named(gz: Gazetteer, text: str) -> None:
    # before the name, Tavriiska had capped it as a -ska word that names no unit
    res = gz.resolve(text)
    assert res.status == "matched"
    assert res.best is not None and res.best.entry.code == LIUBYMIVKA


def test_two_of_the_name_in_the_hromada_stay_ambiguous(gz: Gazetteer) -> None:
    res = gz.resolve("Borshchi, Kuialnytska")
    assert res.status == "ambiguous"
    tied = {m.entry.code for m in res.candidates if m.score >= res.candidates[0].score}
    assert tied == BORSHCHI


def test_the_raion_of_the_stem_when_no_hromada_so_named_holds_it(gz: Gazetteer) -> None:
    res = gz.resolve("Іванівка (Бериславська)")
    assert res.best is not None and res.best.entry.code == IVANIVKA_BERYSLAV
    assert res.status == "ambiguous"  # (a hromada was named: its raion is a guess)
    assert res.candidates[1].score < res.candidates[0].score  # no namesake ties
    # a raion's own adjective names it surely, as before
    assert gz.resolve("Ivanivka, Beryslavskyi").status == "matched"


def test_an_oblasts_adjective_stays_the_oblast(gz: Gazetteer) -> None:
    res = gz.resolve("Kurhanne, Poltavska")
    assert res.best is not None and res.best.entry.code == KURHANNE_POLTAVA


@pytest.mark.parametrize(
    "text", ["Vuzlove, Radekhivska", "Вузлове, Радехівська", "Vuzlove, Radekhivskyi raion"]
)
def test_the_callers_hint_comes_first_unsure_beside_a_unit_elsewhere(
    gz: Gazetteer, text: str
) -> None:
    # the Crimean Вузлове had been the answer, sure, though the cell names the Lviv hromada
    # (raion) that holds the other
    res = gz.resolve(text, oblast="Crimea")
    assert res.status == "ambiguous"
    assert [m.entry.code for m in res.candidates[:2]] == [VUZLOVE_CRIMEA, VUZLOVE]
    assert gz.resolve("Vuzlove", oblast="Crimea").status == "matched"  # no unit: the hint's


def test_the_callers_hint_comes_first(gz: Gazetteer) -> None:
    res = gz.resolve("Vuzlove, Radekhivska", oblast="Crimea")
    assert res.best is not None and res.best.entry.code == VUZLOVE_CRIMEA
    assert_matched(gz, "Vuzlove, Radekhivska", VUZLOVE, oblast="Lviv")


def test_a_sure_name_in_the_raion_of_the_stem_stays_sure(gz: Gazetteer) -> None:
    # Кременецька hromada holds no Вишнівець; Кременецький район does, and the name alone
    # is the selyshche
    assert_matched(gz, "Vyshnivets, Kremenetska", VYSHNIVETS)


#: Іванівка of Білогірський район, Crimea (UA01040000000069938), in Зуйська hromada
#: (UA01040270000034439); Crimea's Білогірська hromada (UA01040050000043618) holds no
#: Іванівка, Khmelnytskyi oblast's (UA68060030000077318) holds UA68060030250059153.
IVANIVKA_BILOHIRSKYI = "UA01040270010068326"
IVANIVKA_BILOHIRSKA_KHMELNYTSKYI = "UA68060030250059153"


def test_a_hint_reads_the_raion_of_the_stem_as_unsure_as_without(gz: Gazetteer) -> None:
    # with the hint the adjective names the Crimean raion; its reading was checked again
    # without the hint, found Khmelnytskyi's hromada, and stayed sure (matched, 100)
    res = gz.resolve("Іванівка (Білогірська)", oblast="UA-43")
    assert res.best is not None and res.best.entry.code == IVANIVKA_BILOHIRSKYI
    assert res.status == "ambiguous"
    # without it, the hromada so named that holds one
    assert_matched(gz, "Іванівка (Білогірська)", IVANIVKA_BILOHIRSKA_KHMELNYTSKYI)


def test_sure_alone_with_the_hint_stays_sure(gz: Gazetteer) -> None:
    # Степанівка is Crimea's only (UA01040710060072205, Білогірський район): sure with the
    # hint (which brings Sevastopol with Crimea), so the raion of the stem keeps it sure
    assert_matched(gz, "Степанівка (Білогірська)", "UA01040710060072205", oblast="Crimea")


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Vuzlove Radekhivska", VUZLOVE),  # as Vuzlove, Radekhivska: no comma, two cells joined
        ("Вузлове Радехівська", VUZLOVE),
        # Андросове of Великосеверинівська hromada (UA35040050000013889), Kirovohrad oblast
        ("Androsove Velykoseverynivska", "UA35040050020090740"),
    ],
)
def test_a_hromadas_adjective_after_the_name_without_a_comma(
    gz: Gazetteer, text: str, code: str
) -> None:
    assert_matched(gz, text, code)
    assert gz.resolve(text).region == gz.entry(code).oblast


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # two-word names whose last word is also a hromada's adjective: each its own village
        ("Слобідка Більшівцівська", "UA26040010130046572"),  # Більшівцівська hromada too
        ("Muksha Kytaihorodska", "UA68020230120067747"),  # Китайгородська hromada too
        ("Stantsiia Losynivska", "UA74040190130079911"),  # Лосинівська hromada too
        ("Нова Одеса", "UA48060210010099689"),  # the town of Mykolaiv oblast
    ],
)
def test_a_name_ending_in_a_hromadas_adjective_reads_as_before(
    gz: Gazetteer, text: str, code: str
) -> None:
    assert_matched(gz, text, code)
