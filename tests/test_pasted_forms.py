"""Queries as people paste them: a KATOTTG code without its ``UA`` or with a space after it,
stress marks, two oblasts in one hint."""

from __future__ import annotations

import pytest

from gazetteer import Gazetteer

LUHANSK_CITY = "UA44060010010012753"  # M Луганськ
KRASNE_BROVARY = "UA32060110150041623"  # C Красне, Броварський район
NOVOVORONTSOVSKA = "UA65020150000047137"  # H Нововоронцовська громада


@pytest.mark.parametrize(
    "text",
    ["44060010010012753", " UA 44060010010012753 ", "ua_44060010010012753", "ua44060010010012753"],
)
def test_a_katottg_code_as_pasted(gz: Gazetteer, text: str) -> None:
    got = gz.resolve(text)
    assert got.best is not None
    assert (got.best.entry.code, got.status, got.best.kind) == (LUHANSK_CITY, "matched", "code")


def test_a_p_code_with_a_space(gz: Gazetteer) -> None:
    got = gz.resolve("UA 6502015")
    assert got.best is not None and got.best.entry.code == NOVOVORONTSOVSKA


@pytest.mark.parametrize("text", ["4406001001", "6502015", "440600100100127530"])
def test_a_bare_number_that_may_be_another_code_is_no_code(gz: Gazetteer, text: str) -> None:
    # ten digits are KOATUU's length, fewer a P-code's digits or a postcode: not read
    assert gz.resolve(text).status == "unmatched"


@pytest.mark.parametrize("text", ["Krasne 32060110150041623", "Krasne (UA 32060110150041623)"])
def test_a_pasted_code_beside_its_name(gz: Gazetteer, text: str) -> None:
    got = gz.resolve(text)
    assert got.best is not None
    assert (got.best.entry.code, got.status) == (KRASNE_BROVARY, "matched")
