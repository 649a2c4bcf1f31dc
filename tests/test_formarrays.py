"""The array scoring path gives the Python loop's candidates, number for number."""

from __future__ import annotations

import pytest
from query_mix import query_mix

import gazetteer.candidates as candidates_module
import gazetteer.formscore as formscore_module
from gazetteer import NAME_SOURCES, Gazetteer
from gazetteer.candidates import EntryPriors, Reading, gather
from gazetteer.finder import ARRAYS_AFTER, Finder
from gazetteer.formarrays import KEEP, FormArrays
from gazetteer.rank import Prepared, Scored

# Names borne by many villages: their romanisations meet hundreds of forms.
_COMMON = ["Mykhailivka", "Lyubymivka", "Ivanivka", "Novoselivka", "Petrivka", "Oleksandrivka"]


def _queries(gz: Gazetteer) -> list[Prepared]:
    names = [*_COMMON, "Michajliwka", "Ljubymivka", "Mykhaylivka", "Kharkov", "Dnepropetrovsk"]
    names += ["Łubymiwka", "Charków", "Mychajlivka", "Olexandrivka"]  # Latin, not all ASCII
    return query_mix(gz, names, seed=11, sample=30, foreign_every=6)


def _facts(scored: list[Scored]) -> list[tuple[int, float, float, float, str]]:
    return [(s.position, s.score, s.rank, s.importance, s.kind) for s in scored]


@pytest.mark.parametrize("sources", [NAME_SOURCES, ("official", "russian")])
def test_arrays_score_as_the_loop_does(
    gz: Gazetteer, sources: tuple[str, ...], monkeypatch: pytest.MonkeyPatch
) -> None:
    priors = EntryPriors(gz.entries, gz.seats, gz.population)
    arrays = FormArrays(gz.index, priors)
    many = 0
    keep = 65  # (fewer kept than the common names have, so that the cut is tried too)
    for q in _queries(gz):
        groups = gather(gz.index, q.key, frozenset(sources), q.hint, priors.oblast)
        loop = Reading(q, gz.index, gz.entries, priors, gz.population).ranked(groups)
        monkeypatch.setattr(candidates_module, "ARRAY_FORMS", 0)  # every query as arrays
        monkeypatch.setattr(formscore_module, "KEEP", keep)
        vectored = Reading(q, gz.index, gz.entries, priors, gz.population, lambda: arrays)
        fast = vectored.ranked(groups)
        monkeypatch.undo()
        many += len(loop) > keep
        assert _facts(fast) == _facts(loop[:keep]), q.name
        # the form each candidate scored with, and its reasons, made on demand
        assert [(s.form, s.explain) for s in fast[:5]] == [(s.form, s.explain) for s in loop[:5]]
    assert many >= 2  # names with more candidates than are kept were among them


def test_arrays_are_made_once_many_queries_ask(gz: Gazetteer) -> None:
    finder = Finder(gz.entries, gz.index, gz.seats, gz.population)
    assert all(finder.form_arrays() is None for _ in range(ARRAYS_AFTER - 1))
    assert finder.form_arrays() is not None  # a one-off lookup never pays for them


def test_array_path_is_taken_for_common_names(gz: Gazetteer) -> None:
    finder = Finder(gz.entries, gz.index, gz.seats, gz.population)
    finder.warm()
    prepared = Prepared.of("Mykhailivka")
    forms = sum(len(p) for _, p in gather(gz.index, prepared.key, frozenset(NAME_SOURCES), (), []))
    assert forms >= candidates_module.ARRAY_FORMS
    found = finder.forms(prepared, frozenset(NAME_SOURCES))
    # the array path keeps every namesake context may choose among: KATOTTG's 108
    # settlements called Mykhailivka
    assert len(found) == 108 <= KEEP
    assert {s.score for s in found[:3]} == {100.0}  # the KMU name is exact
    assert all(gz.entries[s.position].name == "Mykhailivka" for s in found[:3])


def test_arrays_cost_the_hint_as_the_loop_does(gz: Gazetteer) -> None:
    """The hint's cost read from a table per hint: a form outside it loses HINT_COST, one
    inside none; a hint naming no oblast of the arrays (UA-99) costs every form."""
    priors = EntryPriors(gz.entries, gz.seats, gz.population)
    arrays = FormArrays(gz.index, priors)
    for hint in [("UA-63",), ("UA-63", "UA-99"), ("UA-99",), ("UA-65", "UA-14")]:
        q = Prepared.of("Lyubymivka", hint=hint)
        groups = gather(gz.index, q.key, frozenset(NAME_SOURCES), q.hint, priors.oblast)
        loop = Reading(q, gz.index, gz.entries, priors, gz.population).ranked(groups)
        fast = Reading(q, gz.index, gz.entries, priors, gz.population, lambda: arrays)
        assert _facts(fast.ranked(groups)) == _facts(loop[:KEEP]), hint
    outside = arrays.outside(("UA-63",))
    kharkiv = arrays.oblasts["UA-63"]
    assert not outside[kharkiv] and outside.sum() == len(arrays.oblasts) - 1
    assert arrays.outside(("UA-99",)).all()


def test_scores_kept_before_the_hint_are_the_scores_made_anew(gz: Gazetteer) -> None:
    """A query read with its hint, then without it (and with another), meets the forms
    scored before the hint's cost kept from the first reading: the same numbers as arrays
    that kept nothing, and the kept scores are not changed by the hint's cost."""
    priors = EntryPriors(gz.entries, gz.seats, gz.population)
    kept, fresh = FormArrays(gz.index, priors), FormArrays(gz.index, priors)
    allowed = frozenset(NAME_SOURCES)
    names = ["Ivanvka", "Mykhalivka", "Petrvka", "Mykhailivka"]  # typos; many namesakes
    for name in names:
        first = Prepared.of(name, hint=("UA-65",))
        groups = gather(gz.index, first.key, allowed, first.hint, priors.oblast)
        for hint in [("UA-65",), (), ("UA-63", "UA-14"), ("UA-65",)]:
            q = Prepared.of(name, hint=hint)
            fresh.unhinted.clear()
            again = Reading(q, gz.index, gz.entries, priors, gz.population, lambda: kept)
            anew = Reading(q, gz.index, gz.entries, priors, gz.population, lambda: fresh)
            assert _facts(again.ranked(groups)) == _facts(anew.ranked(groups)), (name, hint)
    assert len(kept.unhinted) == len(names)  # one a name, whatever its hint


def test_warm_makes_the_renamed_entries_too(gz: Gazetteer) -> None:
    # (made on first use otherwise: each forked worker would make its own)
    finder = Finder(gz.entries, gz.index, gz.seats, gz.population)
    finder.warm()
    assert finder._renamed is not None
    # Янохіне (data/renamed.tsv: Первомайське until 2026)
    assert gz._by_code["UA63040010240062111"] in finder._renamed
