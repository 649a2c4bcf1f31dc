"""Humanitarian sheet shapes: a code pasted beside a place's name
(:mod:`gazetteer.codebeside`). Every code is a row of data/katottg.tsv."""

from __future__ import annotations

import pytest
from resolving_asserts import assert_matched

from gazetteer import Gazetteer

#: Two villages Красне of Kyiv oblast: of Броварський район, and of Білоцерківський.
KRASNE_BROVARY = "UA32060110150041623"
KRASNE_BILA_TSERKVA = "UA32020230080037584"
#: Шебелинка, a village of Kharkiv oblast (another oblast's code beside Krasne).
SHEBELYNKA = "UA63040070110064012"
#: Балаклія, a city of Kharkiv oblast.
BALAKLIIA = "UA63040010010039074"


@pytest.mark.parametrize(
    "text",
    [
        f"Krasne ({KRASNE_BROVARY})",  # had tied with every Krasne of Ukraine
        f"{KRASNE_BROVARY} Krasne",  # had been no match at all
        f"Krasne - {KRASNE_BROVARY}",
        f"Красне, {KRASNE_BROVARY}",
        "Krasne (UA3206011015)",  # the OCHA P-code
        "UA3206011 Krasne",  # its hromada's P-code: the one Krasne in it
    ],
)
def test_a_code_beside_a_name_picks_its_namesake(gz: Gazetteer, text: str) -> None:
    assert_matched(gz, text, KRASNE_BROVARY)


def test_a_raions_code_beside_a_name_keeps_the_namesakes_inside(gz: Gazetteer) -> None:
    assert_matched(gz, "UA3202 Krasne", KRASNE_BILA_TSERKVA)  # Білоцерківський район


def test_a_code_of_another_place_makes_the_name_unsure(gz: Gazetteer) -> None:
    resolution = gz.resolve(f"Krasne ({SHEBELYNKA})")
    assert resolution.status != "matched"
    assert resolution.best is None or resolution.best.score < 90


def test_a_code_that_names_nothing_leaves_the_name(gz: Gazetteer) -> None:
    assert_matched(gz, "Balakliia (UA99999999999999999)", BALAKLIIA, oblast="Kharkivska")
