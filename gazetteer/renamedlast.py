"""Among namesakes of equal rank, one that bears its name only since a renaming comes last.

A place renamed in 2016 or 2024 bears its new name in little of what was ever written about
it; a namesake that has borne the name for a century is named by it in all of that. So of
two candidates met by the name they bear today, alike in score and in every other prior
(population, category, seat), the one that took the name by a renaming
(``data/renamed.tsv``, a renaming known for that very place) is the less likely reading.
This is the weakest prior of all: it orders only candidates of exactly equal rank, which
otherwise stood in gazetteer order, and never one met by its former name (there it is the
place the old text means), nor one whose old name was today's in another spelling
(Чішки, Чишки since 2026: one match key), which old text names alike.
"""

from __future__ import annotations

from collections.abc import Sequence

from translit.keys import match_key

from .index import NAME_SOURCES, NameIndex
from .model import Entry, derived
from .rank import Scored
from .ties import BORNE_ONCE

_FORMER = NAME_SOURCES.index("former")


def renamed_entries(index: NameIndex, entries: Sequence[Entry]) -> frozenset[int]:
    """The entries with a former name known to be their own (rank 0: not one guessed among
    namesakes) and read otherwise than today's (another match key): each bears its name
    today since a renaming. Kept on disk with the embedded gazetteer, whose index is built
    with its entries (:func:`~gazetteer.model.derived`): made, it was ~15 ms of a process's
    first lookup (the match keys of 2,800 former names and their places' names)."""
    return derived(entries, "renamed entries", lambda: _renamed(index, entries), stored_by=__file__)


def _renamed(index: NameIndex, entries: Sequence[Entry]) -> frozenset[int]:
    entry_of, source_of, rank_of, text_of = (
        index.entry_of,
        index.source_id_of,
        index.rank_of,
        index.text_of,
    )
    return frozenset(
        entry_of[p]
        for p in range(len(entry_of))
        if source_of[p] == _FORMER
        and rank_of[p] == 0
        and match_key(text_of[p]) != match_key(entries[entry_of[p]].name_uk)
    )


def renamed_last(ranked: list[Scored], renamed: frozenset[int]) -> list[Scored]:
    """``ranked`` with, in each run of equal rank, the candidates met by a name they bear only
    since a renaming after the others (each part in its order)."""
    if len(ranked) < 2:
        return ranked
    positions = [s.position for s in ranked]
    if renamed.isdisjoint(positions):
        return ranked  # (most lists: one C-level pass)
    flagged = [
        i for i, p in enumerate(positions) if p in renamed and ranked[i].kind not in BORNE_ONCE
    ]
    if not _tied_late(ranked, flagged):
        return ranked  # (a typo's long list: its renamed places tie with none)
    # Only the runs of equal rank that hold a flagged candidate change: each is found around
    # its candidate, and the list between them copied whole (a typo's list is long).
    late = set(flagged)
    out: list[Scored] = []
    done, n = 0, len(ranked)
    for i in flagged:
        if i < done:
            continue  # (in the run moved already)
        start, end, rank = i, i + 1, ranked[i].rank
        while start > 0 and ranked[start - 1].rank == rank:
            start -= 1
        while end < n and ranked[end].rank == rank:
            end += 1
        if end - start > 1:
            out += ranked[done:start]
            out += [ranked[j] for j in range(start, end) if j not in late]
            out += [ranked[j] for j in range(start, end) if j in late]
            done = end
    out += ranked[done:]
    return out


def _tied_late(ranked: list[Scored], flagged: list[int]) -> bool:
    """Whether a candidate at one of the places ``flagged`` (to come late) has a neighbour
    of its very rank (only then does :func:`renamed_last` move one)."""
    last = len(ranked) - 1
    for i in flagged:
        rank = ranked[i].rank
        if (i > 0 and ranked[i - 1].rank == rank) or (i < last and ranked[i + 1].rank == rank):
            return True
    return False
