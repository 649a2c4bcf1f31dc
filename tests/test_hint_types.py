"""An oblast hint given to the library as a number, as a table's oblast column holds it."""

from __future__ import annotations

import math
from decimal import Decimal

import numpy as np
import pytest

from gazetteer import Gazetteer

# Kherson oblast: KATOTTG UA65..., KOATUU 65..., its three places Любимівка (data/katottg.tsv)
KHERSON_LIUBYMIVKAS = {"UA65060150010078664", "UA65020150020078280", "UA65040030110034404"}


# (numpy's int64, a pandas column's; Decimal, a database's NUMERIC read so)
@pytest.mark.parametrize("hint", [65, 65.0, 6500000000, "65", np.int64(65), Decimal("65")])
def test_a_number_is_an_oblast_hint_in_resolve_lookup_and_resolve_many(
    gz: Gazetteer, hint: object
) -> None:
    res = gz.resolve("Lyubymivka", oblast=hint)  # type: ignore[arg-type]
    assert res.region == "UA-65"
    assert {m.entry.code for m in res.candidates[:3]} == KHERSON_LIUBYMIVKAS
    found = gz.lookup("Lyubymivka", oblast=hint, limit=3)  # type: ignore[arg-type]
    assert {m.entry.code for m in found} == KHERSON_LIUBYMIVKAS
    [many] = gz.resolve_many(["Lyubymivka"], oblast=hint)  # type: ignore[arg-type]
    assert many.best is not None and many.best.entry.code in KHERSON_LIUBYMIVKAS


@pytest.mark.parametrize("hint", [None, math.nan, Decimal("NaN")])
def test_a_missing_number_is_no_hint(gz: Gazetteer, hint: object) -> None:
    assert gz.resolve("Lyubymivka", oblast=hint).region == ""  # type: ignore[arg-type]


@pytest.mark.parametrize("hint", [b"UA-65", ["UA-65"], True])
def test_a_hint_neither_text_nor_number_is_a_type_error(gz: Gazetteer, hint: object) -> None:
    for call in (gz.resolve, gz.lookup):
        with pytest.raises(TypeError, match="oblast hint"):
            call("Lyubymivka", oblast=hint)  # type: ignore[operator]
    with pytest.raises(TypeError, match="oblast hint"):
        gz.resolve_many(["Lyubymivka"], oblast=hint)  # type: ignore[arg-type]
