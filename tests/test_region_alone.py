"""A region's name in another script or language read alone: Turkish Kırım and Crimean
Tatar Qırım (the dotless ı) as Crimea."""

from __future__ import annotations

import pytest

from gazetteer import Gazetteer

# KATOTTG codes, from data/katottg.tsv
CRIMEA = "UA01000000000013043"
YALTA = "UA01200310010053783"  # Ялта, city of Crimea
KHARKIV = "UA63120270010096107"  # Харків, the city
KYIV = "UA80000000000093317"  # Київ, the capital


@pytest.mark.parametrize("text", ["Kırım", "Qırım"])
def test_crimea_in_turkish_and_crimean_tatar(gz: Gazetteer, text: str) -> None:
    r = gz.resolve(text)
    assert r.status == "matched" and r.best is not None and r.best.entry.code == CRIMEA


@pytest.mark.parametrize("hint", ["Kırım", "Qırım"])
def test_crimea_in_turkish_as_a_hint(gz: Gazetteer, hint: str) -> None:
    best = gz.resolve("Yalta", oblast=hint).best
    assert best is not None and best.entry.code == YALTA
    oblast = gz.parse_oblast(hint)
    assert oblast is not None and oblast.code == CRIMEA


@pytest.mark.parametrize(("text", "code"), [("Harkiv", KHARKIV), ("Kiyev", KYIV)])
def test_city_exonyms_still_read(gz: Gazetteer, text: str, code: str) -> None:
    best = gz.resolve(text).best
    assert best is not None and best.entry.code == code
