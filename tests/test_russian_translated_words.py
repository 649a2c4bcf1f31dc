"""Russian sources write some words of Ukrainian names with Russia's own word (сонячний:
солнечный, залізничний: железнодорожный, сонце: солнце, хутір: хутор): such a name is
found under it, and a Ukrainian place whose own name reads so still comes first. Every
code below is a row of data/katottg.tsv."""

from __future__ import annotations

import pytest

from gazetteer import Gazetteer

ZALIZNYCHNE_ZP = "UA23100070020021796"  # X Залізничне, Polohivskyi raion, Zaporizhzhia oblast
SONTSEVE_DN = "UA14100050280086993"  # C Сонцеве, Kalmiuskyi raion, Donetsk oblast
KHUTIR_SUMY = "UA59080130250029333"  # C Хутір, Sumskyi raion, Sumy oblast
STEPOVE_ZP = "UA23020150320097705"  # C Степове, Berdianskyi raion (two Степне in the oblast too)


@pytest.mark.parametrize(
    ("text", "oblast", "code"),
    [
        ("Железнодорожное", "UA-23", ZALIZNYCHNE_ZP),
        ("Солнцево", "UA-14", SONTSEVE_DN),
        ("Хутор", "UA-59", KHUTIR_SUMY),
    ],
)
def test_a_name_under_russian_s_own_word(gz: Gazetteer, text: str, oblast: str, code: str) -> None:
    best = gz.resolve(text, oblast=oblast).best
    assert best is not None and best.entry.code == code


def test_solnechnoe_is_one_of_the_soniachnes(gz: Gazetteer) -> None:
    # (it had been Словечне, a typo away, before any Сонячне)
    candidates = gz.resolve("Солнечное").candidates
    assert candidates and candidates[0].entry.name_uk == "Сонячне"
    assert candidates[0].score >= 90


def test_a_village_whose_own_name_reads_so_comes_first(gz: Gazetteer) -> None:
    # Степне is Степное by the letters; Степове (степовий) only by translation
    best = gz.resolve("Степное", oblast="UA-23").best
    assert best is not None and best.entry.name_uk == "Степне"
    assert best.entry.code != STEPOVE_ZP
