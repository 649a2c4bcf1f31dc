"""An old raion's or council's adjective whose seat's last consonant it turns (Печеніги:
Печенізький, Russian Печенеги: Печенежский), read back to its seat. Codes from
data/katottg.tsv (KATOTTG)."""

from __future__ import annotations

import pytest

from gazetteer import Gazetteer
from translit.russian import russian_forms

CHUHUIVSKYI = "UA63140000000096278"  #: Чугуївський raion: Печеніги lies in it since 2020
KOLOMYISKYI = "UA26080000000050130"  #: Коломийський raion: Печеніжин, never Печенізький's
KRYVORIZKYI = "UA12060000000022633"  #: Криворізький raion, seated at Кривий Ріг
KOROSTENSKYI = "UA18060000000021754"  #: Коростенський raion: Овруч lies in it since 2020
NIZHYNSKYI = "UA74040000000028062"  #: Ніжинський raion: Бахмач lies in it since 2020
PECHENIHY = "UA63140090010022976"  #: Печеніги, selyshche
PECHENIZKA = "UA63140090000052369"  #: its hromada (Печенізька селищна рада before 2020)
MARTOVE_KHARKIV = "UA63140090080056976"  #: Мартове of Печенізька hromada (another: Odesa)


@pytest.mark.parametrize(
    ("adjective", "raion"),
    [
        ("Печенізький район", CHUHUIVSKYI),  # Печеніги: г to з
        ("Печенежский район", CHUHUIVSKYI),  # Russian Печенеги: г to ж
        ("Криворожский район", KRYVORIZKYI),  # Кривой Рог: г to ж
        ("Овруцький район", KOROSTENSKYI),  # Овруч: ч to ц
        ("Бахмацький район", NIZHYNSKYI),  # Бахмач: ч to ц
        ("Бахмачский район", NIZHYNSKYI),  # (Russian keeps it)
    ],
)
def test_an_old_raion_whose_adjective_turns_its_seat_s_consonant(
    gz: Gazetteer, adjective: str, raion: str
) -> None:
    assert gz._units_named(adjective) == (raion,)


def test_an_adjective_keeps_a_seat_s_ending_in_a_vowel_and_consonant(gz: Gazetteer) -> None:
    # Печеніжин's adjective is Печеніжинський: Печенізький, less -жин, is not it
    assert KOLOMYISKYI not in gz._units_named("Печенізький район")
    assert KOLOMYISKYI not in gz._units_named("Печенежский район")


def test_a_hromada_s_russian_name_turns_ukrainian_z_to_zh() -> None:
    # Печенізька громада is Печенежская in Russian, as Печеніги is Печенеги
    assert "Печенежская" in russian_forms("Печенізька")
    assert "Волжский" in russian_forms("Волзький")


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("Печенежский поссовет", (PECHENIZKA, PECHENIHY)),
        ("Мартовое (Печенежский р-н)", (MARTOVE_KHARKIV,)),
        ("Мартовое, Печенежский р-н", (MARTOVE_KHARKIV,)),
    ],
)
def test_a_sheet_s_russian_council_or_raion(gz: Gazetteer, text: str, codes: tuple[str]) -> None:
    result = gz.resolve(text)
    assert result.status == "matched" and result.best is not None
    assert result.best.entry.code in codes
