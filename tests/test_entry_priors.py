"""The per-entry priors made per category: the values the old per-entry loop made."""

from __future__ import annotations

import math

import pytest

from gazetteer import Gazetteer
from gazetteer.priors import EntryPriors
from gazetteer.rank import CATEGORY_PRIOR, DEFAULT_IMPORTANCE, SEAT_BONUS, SETTLEMENT_CATEGORIES

KYIV = "UA80000000000093317"  # K, 2,952,301 people in data/population.tsv
HOLOSIIVSKYI = "UA80000000000126643"  # B, a district of Kyiv


@pytest.fixture(scope="module")
def gz() -> Gazetteer:
    return Gazetteer.default()


def _by_entry(category: str, people: int | None) -> tuple[float, float]:
    """An entry's weight and prior as the ranking defines them, one entry at a time."""
    if category not in SETTLEMENT_CATEGORIES:
        weight = 0.0
    elif people is None:
        weight = DEFAULT_IMPORTANCE[category]
    else:
        weight = max(math.log10(people), 1.0) if people > 0 else DEFAULT_IMPORTANCE[category]
    prior = weight / 2.0 if category in SETTLEMENT_CATEGORIES else CATEGORY_PRIOR.get(category, 0.0)
    return weight, prior


def test_every_entry_has_its_own_weight_prior_and_seat(gz: Gazetteer) -> None:
    priors = EntryPriors(gz.entries, gz.seats, gz.population)
    assert len(priors.weight) == len(priors.prior) == len(priors.seat) == len(gz.entries)
    for i, category in enumerate(priors.category):
        weight, prior = _by_entry(category, gz.population.get(i))
        assert (priors.weight[i], priors.prior[i]) == (weight, prior), i
        assert priors.seat[i] == (SEAT_BONUS if i in gz.seats else 0.0), i
    # (the scorers index them in hot loops: plain lists, of plain floats)
    assert all(type(c) is list for c in (priors.weight, priors.prior, priors.seat))


def test_kyiv_weighs_its_population_and_a_district_nothing(gz: Gazetteer) -> None:
    priors = EntryPriors(gz.entries, gz.seats, gz.population)
    codes = gz.entries.codes()  # type: ignore[attr-defined]
    kyiv, district = codes.index(KYIV), codes.index(HOLOSIIVSKYI)
    assert priors.weight[kyiv] == pytest.approx(math.log10(2952301))
    assert priors.prior[kyiv] == pytest.approx(math.log10(2952301) / 2)
    assert priors.weight[district] == 0.0
    assert priors.prior[district] == CATEGORY_PRIOR["B"]


def test_entries_without_columns_get_the_same_priors(gz: Gazetteer) -> None:
    listed = [gz.entries[i] for i in range(len(gz.entries))]
    plain = EntryPriors(listed, gz.seats, gz.population)
    packed = EntryPriors(gz.entries, gz.seats, gz.population)
    assert plain.category == packed.category and plain.oblast == packed.oblast
    assert (plain.weight, plain.prior, plain.seat) == (packed.weight, packed.prior, packed.seat)
