"""Leanings kept between runs: an ambiguous value leaned once on a file's geography is not
leaned again on the same geography (:mod:`gazetteer.memo`, :mod:`gazetteer.filelean`).

When a file's pre-scanned values are stored (:func:`gazetteer.preload.preload_keys`), the
ambiguous ones lean last, each on the same state of the file's
:class:`~gazetteer.regional.RegionTally`: its confident places, how it names them and its
unsure rows' weight, all counted by then. How one leans is a function of that state and of
its own outcome alone (the leaning reads the tally, and puts it back as it was), and its
outcome is that of its query in the memo. So the leanings are kept in the memo under a
digest of the state (:func:`context_digest`), each by its query's key: a later run whose
file comes to the same state (the same file again, or one whose new values are unmatched,
or misspelt beyond certainty) takes them instead of leaning again; any other state, even
one place more or one unsure row's weight another bit, leans afresh. The benchmark's
remembered run leans 12,600 values: 0.25 s of CPU, before the first row is written.
"""

from __future__ import annotations

import hashlib
import marshal
from typing import TYPE_CHECKING, Any

from .resolving import Outcome

if TYPE_CHECKING:
    from .filelean import FileLean
    from .memo import OutcomeMemo
    from .regional import RegionTally

#: Digests of states kept in one memo, the last used (a file's state is made again only by
#: the same or a like file: few recur).
KEEP_STATES = 8


def context_digest(tally: RegionTally) -> str:
    """A digest of everything of ``tally`` that an ambiguous value's leaning reads: the set
    of confident places (whose counts by unit follow from it), the order their units were
    first met in (the order each level's sums are added up in), whether the file names its
    places over and over (:meth:`~gazetteer.spellings.Naming.repeating`), and the unsure
    rows' weights to the bit."""
    parts = [
        "\n".join(sorted(tally.places)),
        *("\n".join(parents) for parents in tally.parents_met()),
        str(tally.naming.repeating()),
        tally.unsure_total.hex(),
        "\n".join(f"{o} {w.hex()}" for o, w in sorted(tally.unsure.items())),
    ]
    return hashlib.blake2b("\x1e".join(parts).encode(), digest_size=16).hexdigest()


class Leanings:
    """The leanings of one state of a file's geography: kept ones, and new ones to keep."""

    def __init__(self, memo: OutcomeMemo, lean: FileLean) -> None:
        self.memo, self.lean = memo, lean
        self.state = f"{memo.options}\x1f{context_digest(lean.tally)}"
        #: the leanings kept, by query's key, and those made now (kept when the memo is saved)
        self.known: dict[str, Any] = memo.leanings(self.state)

    def settle(self, query: tuple[Any, ...], out: Outcome, own: Any) -> Outcome:
        """``out`` leaned as :meth:`FileLean.settle <gazetteer.filelean.FileLean.settle>`
        leans it on this state (``own``: its weight in it), kept or made anew."""
        key = self.memo.key(*query)
        if key in self.known:
            held = self.known[key]
            if held is None:
                return out
            cell, candidates, error, note, same = held
            if same:  # (the resolver's places, another first)
                return Outcome(cell, candidates, error, out.places, out.namesakes, note)
            return Outcome(cell, candidates, error, (), "", note)
        settled = self.lean.settle(out, own)
        if settled is out:
            self.known[key] = None
        else:
            same = settled.places is out.places and settled.namesakes == out.namesakes
            if not same and (settled.places or settled.namesakes):
                return settled  # (no such leaning is made: not kept, rather than kept wrong)
            held = (settled.cell, settled.candidates, settled.error, settled.note, same)
            self.known[key] = held
        return settled


def pack(leanings: dict[str, Any]) -> bytes:
    """Leanings as a payload (:mod:`marshal`: text, numbers and tuples)."""
    return marshal.dumps(leanings)


def unpack(payload: bytes) -> dict[str, Any]:
    """The leanings :func:`pack` made ``payload`` of; {} for anything else."""
    try:
        held = marshal.loads(payload)
    except (EOFError, ValueError, TypeError):
        return {}
    return held if isinstance(held, dict) else {}
