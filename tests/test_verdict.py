"""The verdict (gazetteer.judging) and its rules (gazetteer.verdict): how many candidates a
resolution shows and how many more tied ones it lists.
data/katottg.tsv has 119 villages Іванівка."""

from __future__ import annotations

from gazetteer import DEFAULT_MIN_SCORE, Gazetteer
from gazetteer.gazetteer import CONFIDENT_SCORE
from gazetteer.index import chosen_sources
from gazetteer.judging import verdict
from gazetteer.verdict import ALSO_TIED_LIMIT, SHOWN, spelled_like


def test_a_common_name_shows_a_few_and_lists_the_tied_rest_up_to_a_limit(gz: Gazetteer) -> None:
    found = gz.resolve("Ivanivka")
    assert found.status == "ambiguous"
    assert len(found.candidates) == SHOWN == 5
    # (of the 114 beyond those shown: up to the limit; fewer once the query path scores as
    # arrays, which keep 64 candidates a query)
    assert 50 <= len(found.also_tied) <= ALSO_TIED_LIMIT == 60
    tied = found.candidates + found.also_tied
    assert {m.entry.name_uk for m in tied} == {"Іванівка"} and all(m.ambiguous for m in tied)
    assert len({m.entry.code for m in tied}) == len(tied)


def test_the_package_still_names_its_thresholds() -> None:
    assert DEFAULT_MIN_SCORE < CONFIDENT_SCORE <= 100


def test_a_common_name_lists_the_same_namesakes_however_it_is_scored(gz: Gazetteer) -> None:
    fresh = Gazetteer(
        gz.entries,
        (),
        seats=gz.seats,
        oblasts=gz.oblasts,
        index=gz.index,
        population=gz.population,
    )
    by_loop = fresh.resolve("Ivanivka")
    fresh.warm()  # (as after the first ARRAYS_AFTER queries: scored as arrays from now on)
    fresh.clear_cache()
    as_arrays = fresh.resolve("Ivanivka")
    assert [m.entry.code for m in as_arrays.also_tied] == [m.entry.code for m in by_loop.also_tied]


def test_each_namesake_names_the_form_it_met_however_it_is_scored(gz: Gazetteer) -> None:
    # (the form's text is read off the arrays' entries without the form's key: candidates.py)
    fresh = Gazetteer(
        gz.entries, (), seats=gz.seats, oblasts=gz.oblasts, index=gz.index, population=gz.population
    )
    by_loop = fresh.resolve("Ivanivkka", explain=False)  # a typo of Іванівка's Latin name
    fresh.warm()
    fresh.clear_cache()
    as_arrays = fresh.resolve("Ivanivkka", explain=False)
    for found in (by_loop, as_arrays):
        tied = found.candidates + found.also_tied
        assert len(found.also_tied) == ALSO_TIED_LIMIT
        assert {m.matched_name for m in tied} == {"Іванівка"} == {m.entry.name_uk for m in tied}
        assert all(m.ambiguous and not m.explain for m in tied)
    assert as_arrays.also_tied == by_loop.also_tied


def test_the_verdict_of_a_sure_name_lists_no_namesakes(gz: Gazetteer) -> None:
    scored = gz._candidates("Kharkiv", None, chosen_sources(None))
    found = verdict(gz, "Kharkiv", scored, DEFAULT_MIN_SCORE)
    assert (found.status, found.best and found.best.entry.code) == (
        "matched",
        "UA63120270010096107",
    )
    assert found.also_tied == () and found == gz.resolve("Kharkiv")
    # below the threshold: unmatched, its best three shown, none of them a match
    found = verdict(gz, "Kharkiv", scored, 101.0)
    assert found.status == "unmatched" and found.best is None
    assert [m.entry.code for m in found.candidates] == [
        gz.entries[s.position].code for s in scored[:3]
    ]
    assert not any(m.ambiguous for m in found.candidates)


def test_a_form_is_spelled_like_the_query_by_its_latin_letters() -> None:
    # (verdict.LIKE_SPELLING: Nikolaev for Nikolayev, 94; Rouna for Runya, 60)
    assert spelled_like("Nikolayev")("Nikolaev")
    assert spelled_like("Nikolayev")("Николаев")  # (its Latin letters: Nikolaev)
    runya = spelled_like("Runya")
    assert not runya("Rouna") and runya("Runya") and not runya("Rouna")
