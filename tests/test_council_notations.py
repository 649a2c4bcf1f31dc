"""A settlement written with its council, hromada or old raion as humanitarian and government
sheets write them: slashed abbreviations (с/р, с/с, с/рада), one-word councils (сільрада,
поссовет), hromada acronyms (МТГ, СТГ), a council in the genitive after the name, a post
office (п/о), and a raion named by its seat's Russian name (Чугуев р-н). Codes from
data/katottg.tsv (KATOTTG)."""

from __future__ import annotations

import pytest

from gazetteer import Gazetteer, normalize_rows
from gazetteer.bareunits import units_beside
from gazetteer.councilnotes import council_notation

TSYRKUNY = "UA63120290010028715"  #: Циркуни, the one village so named (Kharkiv raion)
TSYRKUNIVSKA = "UA63120290000021734"  #: Циркунівська, the hromada seated there
#: Березники of Старосалтівська hromada, Chuhuiv raion; the other of Kharkiv oblast lies in
#: Kupiansk raion (Вільхуватська hromada), others in Zakarpattia, Volyn, Zhytomyr oblasts
BEREZNYKY_CHUHUIV = "UA63140130020049921"
BEREZNYKY_KUPIANSK = "UA63080030050035722"
PECHENIHY = "UA63140090010022976"  #: Печеніги, selyshche (a former смт), Chuhuiv raion
PECHENIZKA = "UA63140090000052369"  #: its hromada
#: Мартове of Печенізька hromada; another lies in Odesa oblast
MARTOVE_KHARKIV = "UA63140090080056976"
#: Малинівка, selyshche of Chuhuiv raion (a village so named lies in Izium raion)
MALYNIVKA_CHUHUIV = "UA63140050010015082"
IZIUM = "UA63040090010029555"  #: Ізюм, city
IZIUMSKA = "UA63040090000021240"  #: Ізюмська, its hromada
#: Гусарівка of Балаклійська hromada (another in Barvinkove's, Izium raion; one in Zhytomyr)
HUSARIVKA_BALAKLIIA = "UA63040010140065005"
KOCHETOK = "UA63140170020033893"  #: Кочеток, selyshche of Чугуївська hromada
CHUHUIVSKYI = "UA63140000000096278"  #: Чугуївський raion, seated at Чугуїв
IZIUMSKYI = "UA63040000000023521"  #: Ізюмський raion


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("Циркунівська с/р", "Циркунівська сільська рада"),
        ("Циркунівська сільрада", "Циркунівська сільська рада"),
        ("Циркуновский с/с", "Циркуновская сільська рада"),
        ("Печенежский поссовет", "Печенежская селищна рада"),
        ("смт Печеніги Печенізької с/р", "смт Печеніги, Печенізька сільська рада"),
        ("Березники Старосалтівської сел. ради", "Березники, Старосалтівська сільська рада"),
        ("м. Ізюм Ізюмської МТГ", "м. Ізюм, Ізюмська міська громада"),
        ("Печенізька СелТГ", "Печенізька селищна громада"),
        ("Березники, п/о Старий Салтів", "Березники, Старий Салтів"),
        ("Циркуни с/р", "Циркуни"),  # (the settlement's own council: nothing more said)
        ("с/с Циркуны", "Циркуны"),
        ("Bereznyky (Starosaltivska s/r)", "Bereznyky (Starosaltivska silska rada)"),
        ("Tsyrkunivska silrada", "Tsyrkunivska silska rada"),
        # as they were: written out already, a city's council, a name's own words
        ("Баранівка (Куропатницька сільська рада)", "Баранівка (Куропатницька сільська рада)"),
        ("Черкаська міська рада", "Черкаська міська рада"),
        ("Харьковский городской совет", "Харьковский городской совет"),
        ("Нова Водолага селищна рада", "Нова Водолага селищна рада"),
        ("Ізюм ТГ", "Ізюм ТГ"),
        ("Kharkivska/Iziumskyi/Kamianka", "Kharkivska/Iziumskyi/Kamianka"),
        ("Радехів", "Радехів"),
    ],
)
def test_a_notation_is_written_as_a_council(text: str, written: str) -> None:
    assert council_notation(text) == written


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("с. Циркуни, Циркунівська с/р", TSYRKUNY),
        ("с/с Циркуны", TSYRKUNY),
        ("Циркуни с/р", TSYRKUNY),
        ("с.Циркуни Циркунівської сільської ради", TSYRKUNY),
        ("Циркунівська сільрада", TSYRKUNIVSKA),
        ("Циркунівська с/рада", TSYRKUNIVSKA),
        ("Циркуновский с/с", TSYRKUNIVSKA),
        ("Tsyrkunivska silrada", TSYRKUNIVSKA),
        ("Березники (Старосалтівська с/р)", BEREZNYKY_CHUHUIV),
        ("Березники / Старосалтівська с/р", BEREZNYKY_CHUHUIV),
        ("Березники Старосалтівської сел. ради", BEREZNYKY_CHUHUIV),
        ("Березники, п/о Старий Салтів", BEREZNYKY_CHUHUIV),
        ("Bereznyky (Starosaltivska s/r)", BEREZNYKY_CHUHUIV),
        ("Березники (Вільхуватська с/р)", BEREZNYKY_KUPIANSK),
        ("смт Печеніги Печенізької с/р", PECHENIHY),
        ("Печеніги смт. Печенізької селищної ради", PECHENIHY),
        ("с. Мартове Печенізької с/р", MARTOVE_KHARKIV),
        ("Мартове, Печенізька с/рада", MARTOVE_KHARKIV),
        ("Печенізька СТГ", PECHENIZKA),
        ("м. Ізюм Ізюмської МТГ", IZIUM),
        ("Ізюмська МТГ", IZIUMSKA),
        ("Гусарівка (Балаклійська МТГ)", HUSARIVKA_BALAKLIIA),
        ("с. Гусарівка Балаклійської МТГ", HUSARIVKA_BALAKLIIA),
        ("Кочеток, п/о Чугуїв", KOCHETOK),
    ],
)
def test_a_settlement_with_its_council(gz: Gazetteer, text: str, code: str) -> None:
    res = gz.resolve(text)
    assert res.status == "matched", (text, res.status, res.best)
    assert res.best is not None and res.best.entry.code == code


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Чугуев р-н", CHUHUIVSKYI),
        ("Chuguev rayon", CHUHUIVSKYI),
        ("Изюм р-н", IZIUMSKYI),
        ("Березники Чугуев р-н", BEREZNYKY_CHUHUIV),
        ("Малиновка Чугуев р-н", MALYNIVKA_CHUHUIV),
        ("Malinovka Chuguev district", MALYNIVKA_CHUHUIV),
        ("Bereznyky Chuguev rayon", BEREZNYKY_CHUHUIV),
    ],
)
def test_a_raion_by_its_seats_russian_name(gz: Gazetteer, text: str, code: str) -> None:
    res = gz.resolve(text)
    assert res.status == "matched", (text, res.status, res.best)
    assert res.best is not None and res.best.entry.code == code


def test_a_council_of_a_common_name_stays_ambiguous(gz: Gazetteer) -> None:
    # six villages Заможне, and any Гракове of Kharkiv oblast's two may have had its council
    assert gz.resolve("х. Заможне").status == "ambiguous"
    assert gz.resolve("Гракове, с/р Гракове", oblast="Харківська").status == "ambiguous"


@pytest.mark.parametrize("with_oblast", [False, True])
def test_a_sheet_of_council_notations(gz: Gazetteer, with_oblast: bool) -> None:
    cells = {
        "Циркуни, Циркунівська с/р": TSYRKUNY,
        "Березники Чугуев р-н": BEREZNYKY_CHUHUIV,
        "смт Печеніги Печенізької с/р": PECHENIHY,
        "м. Ізюм Ізюмської МТГ": IZIUM,
        "Березники (Вільхуватська с/р)": BEREZNYKY_KUPIANSK,
    }
    rows = [{"place": cell, "region": "Харківська"} for cell in cells]
    out = normalize_rows(
        rows, column="place", oblast_column="region" if with_oblast else None, gazetteer=gz
    )
    assert [(r["place_status"], r["place_code"]) for r in out] == [
        ("matched", code) for code in cells.values()
    ]


def test_a_council_read_by_a_typo_says_nothing(gz: Gazetteer) -> None:
    # Піддубенська сільська рада was seated at Піддубне, which lies, as Новохатське does, in
    # Комарська hromada (Volnovakha raion); no seat rule reads Піддубне from the adjective,
    # and its likeness to Дубенська (Rivne oblast) must not count against the village
    komarska = "UA14040070000032181"
    assert units_beside(gz, "Піддубенська сільська рада", "Новохатське") == (komarska,)
