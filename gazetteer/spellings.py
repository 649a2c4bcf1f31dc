"""How a file names its places: each once, or over and over in many spellings.

A country-wide list, a register or a decree names each place once; a file of GeoNames'
names, a merge of several sources or an event log written by many hands names one place
as ``Luhansk``, ``Lugansk``, ``Луганськ`` and ``Luhansko``. In the second kind a value the
resolver cannot tell apart is likely another spelling of a place the file already names,
evidence that outweighs a point or two of letters (:meth:`gazetteer.regional.RegionTally.reaches`).
:class:`Naming` counts the distinct confident values that name each place, and estimates
the chance that the next value names one of them.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

#: A file is taken as one of many spellings when its next value is likelier than this to
#: name a place its confident values already name: odds over one to one that it is another
#: spelling of one of them, so a tied candidate that is one of them is likelier than the
#: letters' first, a place the file has not named.
REPEAT_SHARE = 0.5


@dataclass
class Naming:
    """How many distinct confident values of a file name each place."""

    #: values per place code
    per_place: Counter[str] = field(default_factory=Counter)
    values: int = 0  #: distinct confident values counted
    once: int = 0  #: places that one value alone names

    def count(self, code: str) -> None:
        """Count one more distinct value naming the place ``code``."""
        n = self.per_place[code]
        self.per_place[code] = n + 1
        self.values += 1
        self.once += 1 if n == 0 else -1 if n == 1 else 0

    def repeat_chance(self) -> float:
        """The chance that the file's next value names a place already named: Good and
        Turing's estimate, one less the share of values whose place no other value names
        (a list naming each place once: 0; every spelling of a few hundred cities: 0.99)."""
        return 1.0 - self.once / self.values if self.values else 0.0

    def repeating(self) -> bool:
        """Whether the next value is likelier than :data:`REPEAT_SHARE` to name a place
        already named: a file of many spellings of its places."""
        return self.repeat_chance() > REPEAT_SHARE
