"""A file's unsure rows as evidence of its geography, below its confident places: the part
of :class:`~gazetteer.regional.RegionTally` that weighs them (:meth:`UnsureRows.add_unsure`),
lifts an oblast's rate by them (:meth:`UnsureRows._lift`), and takes one row's own weight
out while that row leans (:meth:`UnsureRows.without_unsure`).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

from .spread import SPREAD_PRIOR

#: What an unsure row of the file is worth beside a confident one, in places
#: (:meth:`UnsureRows.add_unsure`): spread over the oblasts of the places it could be.
UNSURE_WEIGHT = 0.5


class UnsureRows:
    """The unsure rows' side of a :class:`~gazetteer.regional.RegionTally`, whose fields
    (``unsure``, ``unsure_total``, the kept lifts and choices) they read and write."""

    if TYPE_CHECKING:  # (RegionTally's fields and its levels' priors)
        oblasts: Counter[str]
        places: set[str]
        sizes: Mapping[str, int]
        unsure: dict[str, float]
        unsure_total: float
        _lifts: dict[str, float]
        _chosen: dict[Any, int]

        def priors(self) -> tuple[float, float, float]: ...

    def add_unsure(self, oblasts: Mapping[str, float], step: int = 1) -> None:
        """Count an unsure row's evidence (``step`` -1: take it back): ``oblasts`` holds the
        share of the places it could be that lie in each oblast, summing to one, and it
        counts :data:`UNSURE_WEIGHT` places so spread. A name borne everywhere spreads as
        the settlements do and lifts no oblast's rate; a file of villages from one region's
        archive, each of a name borne in a few oblasts, lifts that region's.
        """
        if not oblasts:
            return
        self._lifts.clear()  # (the rates kept are the confident places' alone)
        self._chosen.clear()
        for oblast, share in oblasts.items():
            self.unsure[oblast] = self.unsure.get(oblast, 0.0) + step * UNSURE_WEIGHT * share
        self.unsure_total += step * UNSURE_WEIGHT

    @contextmanager
    def without_unsure(self, oblasts: Mapping[str, float]) -> Iterator[None]:
        """For the block, the tally without one unsure row's evidence (``oblasts``, as it
        was counted by :meth:`add_unsure`): a name's namesakes are no evidence of itself.
        After it, the tally is as it was, to the bit, with the rates and choices it had kept
        (made again for every unsure row, they had cost a remembered run of the benchmark's
        12,600 ambiguous values a tenth of a second)."""
        kept = (dict(self.unsure), self.unsure_total, self._lifts, self._chosen)
        self._lifts, self._chosen = {}, {}
        self.add_unsure(oblasts, -1)
        try:
            yield
        finally:
            self.unsure, self.unsure_total, self._lifts, self._chosen = kept

    def _in_oblast(self, oblast: str) -> float:
        """The file's places in ``oblast``: its confident ones, and the unsure rows' weight."""
        return self.oblasts.get(oblast, 0) + self.unsure.get(oblast, 0.0)

    def _lift(self, oblast: str) -> float:
        """How the unsure rows lift a rate in ``oblast`` (:meth:`RegionTally.rate`): the
        oblast's rate counting them (:meth:`_in_oblast`) over its rate without them; the
        raions and hromadas stay weighed on the confident places alone (an unsure row says
        no raion). With no confident place, the oblast's rate itself."""
        sizes, prior = self.sizes, self.priors()[0]
        whole = self.sizes.get("") or max(sum(n > 0 for n in self.oblasts.values()), 1)
        every = (len(self.places) + self.unsure_total) / whole
        if prior >= SPREAD_PRIOR or not oblast:
            return every * whole / len(self.places) if self.places else every
        size = sizes.get(oblast, 1)
        lifted = every * (self._in_oblast(oblast) + prior) / (size * every + prior)
        if not self.places:
            return lifted
        country = len(self.places) / whole
        return lifted / (country * (self.oblasts.get(oblast, 0) + prior) / (size * country + prior))
