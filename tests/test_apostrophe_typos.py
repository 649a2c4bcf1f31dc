"""A typo with a typed apostrophe: its forms are all of near keys, none of its own.

The finder holds a candidate without the typed apostrophe below one of the query's own key
that bears it (:func:`gazetteer.apostrophes.apostrophes_first`); a typo's key has no forms,
so there is none to hold below, and the finder skips the rule for it. Краковець
(UA46140110020048621, Lviv oblast; Krakovets' in BGN/PCGN) is the place of data/katottg.tsv.
"""

from __future__ import annotations

from gazetteer import Gazetteer
from gazetteer.apostrophes import apostrophes_first
from gazetteer.candidates import gather
from gazetteer.index import NAME_SOURCES
from gazetteer.rank import Prepared, foreign_script

KRAKOVETS = "UA46140110020048621"


def _prepared(name: str) -> Prepared:
    return Prepared.of(name, wants="", hint=(), foreign=foreign_script(name))


def test_a_typo_with_an_apostrophe_finds_the_place() -> None:
    gz = Gazetteer.default()
    assert gz.resolve("Krakovets'").best.entry.code == KRAKOVETS  # type: ignore[union-attr]
    res = gz.resolve("Krakovtes'")  # two letters swapped
    assert res.best is not None and res.best.entry.code == KRAKOVETS
    assert res.best.kind == "fuzzy"


def test_a_typo_key_gathers_no_form_of_its_own() -> None:
    gz = Gazetteer.default()
    finder = gz._finder()
    query = _prepared("Krakovtes'")
    assert not gz.index.has_forms(query.key)
    groups = gather(gz.index, query.key, frozenset(NAME_SOURCES), (), finder.priors.oblast)
    assert groups and all(key != query.key for key, _ in groups)


def test_the_rule_changes_nothing_without_forms_of_the_query_key() -> None:
    gz = Gazetteer.default()
    finder = gz._finder()
    for name in ("Krakovtes'", "Kul'čykny", "Stamys'ke"):
        query = _prepared(name)
        ranked = finder.forms(query, frozenset(NAME_SOURCES))
        assert len(ranked) >= 2
        assert apostrophes_first(query, ranked, finder.priors, finder.entries) is ranked


def test_the_rule_still_reads_a_query_of_its_own_key() -> None:
    gz = Gazetteer.default()
    best = gz.resolve("Krakovets'").best
    assert best is not None and best.kind == "exact" and best.score == 100.0
