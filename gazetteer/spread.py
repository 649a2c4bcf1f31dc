"""How lumpy a file's places are: the prior, in places, of each level of the file's geography
(:meth:`gazetteer.regional.RegionTally.priors`), from how far its units' counts scatter
beyond chance around what their parents' rates predict.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping

#: How many places of evidence a unit's own count is worth against its parent's rate: a
#: unit that holds ``n`` of the file's places where its parent's rate predicts ``e`` (its
#: settlements times that rate) has the parent's rate times ``(n + PRIOR_PLACES) / (e +
#: PRIOR_PLACES)``. Files differ most in just this: a regional sheet puts all its places in
#: one oblast, a war log in a few raions of five, a country-wide list everywhere; so the prior
#: is weak (a gamma prior of shape 1, an exponential spread of the units' rates around their
#: parent's): one place already doubles a unit where none was expected, a unit expected to
#: hold ten and holding none falls to a tenth, and a raion holding two of the file's places
#: where its oblast predicts eight counts against its namesakes, not for them.
PRIOR_PLACES = 1.0
#: ...but a file leans only as far as it is lumpy: at each level (oblasts, raions in their
#: oblasts, hromadas in their raions) the units' counts are compared with what their parent's
#: rate predicts for their settlements, and the spread of rates that explains them (a
#: method-of-moments estimate of a gamma-Poisson's ``1 / shape``: the counts' variance beyond
#: chance, over the sum of squared expectations) sets the prior, never below
#: :data:`PRIOR_PLACES`. A country-wide list, spread as settlements are, scatters no more than
#: chance: its prior grows without bound and one place in a hromada says nothing (before, it
#: lifted a namesake about twofold and turned more right first guesses wrong than right).
#: A prior of this many places or more is taken as no evidence at that level at all. A
#: candidate that is itself one of the file's confident places (a list naming a place in
#: two spellings) is a unit of one settlement below its hromada, always of prior
#: :data:`PRIOR_PLACES`.
SPREAD_PRIOR = 1000.0
#: Only the excess beyond this many of its standard errors under chance counts (a Poisson
#: count's squared deviation less its mean has variance twice its mean squared): a
#: country-wide list's oblasts scatter by chance about as much as a weak focus would.
SPREAD_ERRORS = 2.0


def level_prior(excess: float, expected: float) -> float:
    """A level's prior in places from its counts' excess variance
    (:meth:`~gazetteer.regional.RegionTally._level`)."""
    error = (2 * expected) ** 0.5
    if SPREAD_ERRORS * error * PRIOR_PLACES >= expected:  # too few places to tell
        return PRIOR_PLACES
    excess -= SPREAD_ERRORS * error
    if excess * PRIOR_PLACES >= expected:
        return PRIOR_PLACES
    return min(expected / excess, SPREAD_PRIOR) if excess > 0 else SPREAD_PRIOR


_SQUARES: dict[int, tuple[Mapping[str, int], Mapping[str, float]]] = {}


def unit_squares(sizes: Mapping[str, int]) -> Mapping[str, float]:
    """The sum of squared settlement counts of the units under each parent: the oblasts under
    "", a oblast's raions under their code's first four characters, a raion's hromadas under
    its first six."""
    held = _SQUARES.get(id(sizes))
    if held is not None and held[0] is sizes:
        return held[1]
    squares: Counter[str] = Counter()
    for unit, n in sizes.items():
        if unit.startswith("UA-"):
            squares[""] += n * n
        elif len(unit) == 19 and unit.startswith("UA"):
            squares[unit[:4] if unit[6:9] == "000" else unit[:6]] += n * n
    _SQUARES[id(sizes)] = (sizes, squares)
    return squares
