"""An oblast hint given to the library as a number, as a table's oblast column holds it."""

from __future__ import annotations

import math
from decimal import Decimal

import numpy as np
import pytest

from gazetteer import Gazetteer, find_places
from gazetteer.hints import OblastHint

# Kherson oblast: KATOTTG UA65..., KOATUU 65..., its three places Любимівка (data/katottg.tsv)
KHERSON_LIUBYMIVKAS = {"UA65060150010078664", "UA65020150020078280", "UA65040030110034404"}


# (numpy's int64, a pandas column's; Decimal, a database's NUMERIC read so)
@pytest.mark.parametrize("hint", [65, 65.0, 6500000000, "65", np.int64(65), Decimal("65")])
def test_a_number_is_an_oblast_hint_in_resolve_lookup_and_resolve_many(
    gz: Gazetteer, hint: OblastHint
) -> None:
    res = gz.resolve("Lyubymivka", oblast=hint)
    assert res.region == "UA-65"
    assert {m.entry.code for m in res.candidates[:3]} == KHERSON_LIUBYMIVKAS
    found = gz.lookup("Lyubymivka", oblast=hint, limit=3)
    assert {m.entry.code for m in found} == KHERSON_LIUBYMIVKAS
    [many] = gz.resolve_many(["Lyubymivka"], oblast=hint)
    assert many.best is not None and many.best.entry.code in KHERSON_LIUBYMIVKAS
    # find_places took only text (its signature said str): the number is read as well
    [mention] = find_places(gz, "Бої біля Любимівки.", oblast=hint)
    assert mention.resolution.region == "UA-65"
    assert mention.resolution.best is not None
    assert mention.resolution.best.entry.code in KHERSON_LIUBYMIVKAS


@pytest.mark.parametrize("hint", [None, math.nan, Decimal("NaN")])
def test_a_missing_number_is_no_hint(gz: Gazetteer, hint: OblastHint) -> None:
    assert gz.resolve("Lyubymivka", oblast=hint).region == ""


@pytest.mark.parametrize("hint", [b"UA-65", ["UA-65"], True])
def test_a_hint_neither_text_nor_number_is_a_type_error(gz: Gazetteer, hint: object) -> None:
    for call in (gz.resolve, gz.lookup):
        with pytest.raises(TypeError, match=rf"^{call.__name__}\(\) expects an oblast hint"):
            call("Lyubymivka", oblast=hint)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match=r"^resolve_many\(\) expects an oblast hint"):
        gz.resolve_many(["Lyubymivka"], oblast=hint)  # type: ignore[arg-type]
    # the message names the call the user made, not the one it makes (resolve_many)
    with pytest.raises(TypeError, match=r"^find_places\(\) expects an oblast hint"):
        find_places(gz, "Бої біля Любимівки.", oblast=hint)  # type: ignore[arg-type]
