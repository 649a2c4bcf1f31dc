"""A settlement written with its council, hromada or old raion as humanitarian and government
sheets write them: slashed abbreviations (с/р, с/с, с/рада), one-word councils (сільрада,
поссовет), hromada acronyms (МТГ, СТГ), a council in the genitive after the name, a post
office (п/о), and a raion named by its seat's Russian name (Чугуев р-н). Codes from
data/katottg.tsv (KATOTTG)."""

from __future__ import annotations

import pytest

from gazetteer import Gazetteer

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
