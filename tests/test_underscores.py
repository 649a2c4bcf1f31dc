"""Underscores for spaces, as identifiers, file names and GIS attribute tables write names
(Derhachi_Kharkivska, Kryvyi_Rih): read as word breaks."""

from __future__ import annotations

import pytest

from gazetteer import Gazetteer

DERHACHI = "UA63120070010085847"
KHARKIVSKA = "UA63000000000041885"
KRYVYI_RIH = "UA12060170010065850"


@pytest.fixture(scope="module")
def gz() -> Gazetteer:
    return Gazetteer.default()


@pytest.mark.parametrize(
    ("query", "spaced", "code"),
    [
        ("Derhachi_Kharkivska", "Derhachi Kharkivska", DERHACHI),  # (was no match)
        ("Kharkiv_oblast", "Kharkiv oblast", KHARKIVSKA),  # (was no match)
        ("Kryvyi_Rih", "Kryvyi Rih", KRYVYI_RIH),
        ("_Kryvyi__Rih_", "Kryvyi Rih", KRYVYI_RIH),
    ],
)
def test_an_underscore_is_a_space(gz: Gazetteer, query: str, spaced: str, code: str) -> None:
    read, written = gz.resolve(query), gz.resolve(spaced)
    assert read.best is not None and read.best.entry.code == code
    assert (read.status, read.best.score) == (written.status, written.best.score)  # type: ignore[union-attr]


def test_underscores_alone_are_no_name(gz: Gazetteer) -> None:
    assert gz.resolve("__").status == "unmatched"
