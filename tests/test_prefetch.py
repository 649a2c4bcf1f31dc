"""A block's typo queries scored together give the answers each gives alone, number for number."""

from __future__ import annotations

from array import array

import pytest
from query_mix import query_mix

import gazetteer.candidates as candidates_module
from gazetteer import NAME_SOURCES, Gazetteer
from gazetteer import formarrays as formarrays_module
from gazetteer.candidates import EntryPriors, Reading, gather
from gazetteer.formarrays import (
    ARRAY_FORMS,
    KEEP,
    FormArrays,
    _unhinted,
    best_per_entry,
    prefetch_key,
    score_arrays,
)
from gazetteer.formbatch import scored_many, unhinted_many
from gazetteer.prefetch import PREFETCH_FORMS, forget_prefetched, prefetch, resolve_block
from gazetteer.rank import Prepared
from gazetteer.resolving import resolve_query
from gazetteer.workers import forget_resolutions

#: Typos of cities, each meeting dozens of forms of keys near it (so scored as arrays), and
#: the KATOTTG codes of the cities they are read as (data/katottg.tsv).
_TYPOS = {
    "Zaporizhzya": "UA23060070010069526",  # Запоріжжя
    "Chernihv": "UA74100390010054825",  # Чернігів
    "Ternopl": "UA61040490010069060",  # Тернопіль
    "Khersn": "UA65100150010064384",  # Херсон
    "Kremenchk": "UA53020110010031694",  # Кременчук
    "Konotp": "UA59020070010054283",  # Конотоп
    "Berdychv": "UA18020030010047029",  # Бердичів
}
#: ...a typo meeting a few forms (Краматорськ: fewer than ARRAY_FORMS, scored in Python
#: alone, but with the block's among them)...
_FEW_FORMS = "Kramatorks"
#: ...and one meeting fewer than PREFETCH_FORMS (Вугледар: scored in Python, not prefetched).
_FEWEST_FORMS = "Vuhledra"


def _queries(gz: Gazetteer) -> list[Prepared]:
    """Typos, swapped letters, names borne by many villages, wishes, foreign scripts."""
    names = ["Mykhailivka", "Lyubymivka", "Ivanivka", "Michajliwka", "Łubymiwka", "Charków"]
    names += ["Mykhaylivka", "Olexandrivka", "Novoselivka", *_TYPOS]
    return query_mix(gz, names, seed=5, sample=40, foreign_every=7)


def _flat(groups: list) -> tuple[array, tuple[str, ...], tuple[int, ...]]:
    flat = array("i")
    for _, positions in groups:
        flat.extend(positions)
    return flat, tuple(k for k, _ in groups), tuple(len(p) for _, p in groups)


def _facts(scored: list) -> list[tuple[int, float, float, float, str]]:
    return [(s.position, s.score, s.rank, s.importance, s.kind) for s in scored]


@pytest.mark.parametrize("sources", [NAME_SOURCES, ("official", "russian")])
def test_scored_together_as_one_by_one(
    gz: Gazetteer, sources: tuple[str, ...], monkeypatch: pytest.MonkeyPatch
) -> None:
    priors = EntryPriors(gz.entries, gz.seats, gz.population)
    arrays = FormArrays(gz.index, priors)
    items = []
    for q in _queries(gz):
        groups = gather(gz.index, q.key, frozenset(sources), q.hint, priors.oblast)
        if groups:
            items.append((q, groups, gz.index.may_have_normal(q.normal)))
    assert len(items) >= 30
    together = scored_many(arrays, items)
    unhinted_only = unhinted_many(arrays, items)
    for (q, groups, exact), (batch, batch_best), only in zip(items, together, unhinted_only):
        alone = _unhinted(arrays, q, *_flat(groups), exact)
        assert (alone is None) == (batch is None) == (only is None), q.name
        for one, other, third in zip(alone or (), batch or (), only or ()):
            assert one.dtype == other.dtype == third.dtype, q.name
            assert one.tolist() == other.tolist() == third.tolist(), q.name
        scores = score_arrays(arrays, q, groups, exact)
        assert (best_per_entry(arrays, scores) if scores else None) == batch_best, q.name
        # ...and the block's as the Python loop scores them (the block's gathered values, one
        # query's scalars and cdist are different code of the one rule in formscore)
        arrays.prefetched = {prefetch_key(q, groups, exact): (groups, batch, q.hint, batch_best)}
        monkeypatch.setattr(candidates_module, "ARRAY_FORMS", 0)  # every query as arrays
        fast = Reading(q, gz.index, gz.entries, priors, gz.population, lambda: arrays)
        fast_facts = _facts(fast.ranked(groups))
        monkeypatch.undo()
        loop = Reading(q, gz.index, gz.entries, priors, gz.population).ranked(groups)
        assert fast_facts == _facts(loop[:KEEP]), q.name


def test_resolve_block_answers_as_each_value_alone(
    gz: Gazetteer, monkeypatch: pytest.MonkeyPatch
) -> None:
    gz.warm()
    values = [*_TYPOS, _FEW_FORMS, "Kharkiw, Kharkivska oblast", "Mykhailivkka", "Харків", ""]
    values += [q.name for q in _queries(gz)]
    # (hinted: the first typo, in its oblast, and every fourth value after the typos)
    hinted = {0} | set(range(len(_TYPOS) + 1, len(values), 4))
    queries = [(v, "Zaporizka" if i in hinted else None) for i, v in enumerate(values)]
    alone = [resolve_query(gz, q, None, None) for q in queries]
    forget_resolutions(gz)
    gz._finder()._arrays.unhinted.clear()  # (the scores kept of the last queries)
    scored_alone = []
    real = formarrays_module._unhinted
    monkeypatch.setattr(
        formarrays_module, "_unhinted", lambda *a: scored_alone.append(a[1]) or real(*a)
    )
    read_off = []
    real_ranked = candidates_module.Reading._ranked_arrays
    monkeypatch.setattr(
        candidates_module.Reading,
        "_ranked_arrays",
        lambda self, *a: read_off.append(self.query.name) or real_ranked(self, *a),
    )
    together = resolve_block(gz, queries, None, None)
    forget_resolutions(gz)
    assert together == alone
    assert [out.cell[0] for out in together[: len(_TYPOS)]] == list(_TYPOS.values())
    # the typos' forms were scored with the block's, not one by one, and read off there
    # even where they are too few to be scored as arrays alone
    assert not {q.name for q in scored_alone} & {*_TYPOS, _FEW_FORMS}
    assert {*_TYPOS, _FEW_FORMS} <= set(read_off)


def test_prefetch_leaves_the_typos_forms_scored(gz: Gazetteer) -> None:
    gz.warm()
    finder = gz._finder()
    values = [*_TYPOS, _FEW_FORMS, _FEWEST_FORMS, "Kharkiv", "Київ"]
    prefetch(gz, [(v, None) for v in values], None)
    # the typos (Kharkiv has its own few forms, Київ too, and is read letter by letter)
    typos = [*_TYPOS, _FEW_FORMS, _FEWEST_FORMS]
    assert sorted(k for k, _, _ in finder.gathered) == sorted(Prepared.of(v).key for v in typos)
    assert len(finder._arrays.prefetched) == len(_TYPOS) + 1  # (not the one of fewest forms)
    for key, _, _ in finder.gathered:
        forms = sum(len(p) for _, p in finder.gathered[key, frozenset(NAME_SOURCES), ()])
        assert (forms >= PREFETCH_FORMS) == (key != Prepared.of(_FEWEST_FORMS).key)
        assert (forms >= ARRAY_FORMS) == (key in {Prepared.of(v).key for v in _TYPOS})
    forget_prefetched(gz)
    assert not finder.gathered and not finder._arrays.prefetched


@pytest.mark.parametrize(
    ("text", "foreign"),
    [
        ("दोनेत्स्क", True),  # Donetsk in Devanagari
        ("دونيتسك", True),  # ...and in Arabic
        ("sa ji", True),  # pinyin: Latin letters, but no Ukrainian spelling
        ("Київ", False),
        ("Kyiv", False),
        ("Łódź", False),  # Latin with diacritics
        ("Харків Kharkiv", False),  # both scripts of the project
    ],
)
def test_a_query_and_its_prefetch_read_one_rule_of_foreign_script(text, foreign):
    import gazetteer.finder as finder_module
    import gazetteer.prefetch as prefetch_module
    from gazetteer.rank import foreign_script

    # the reading and a worker's prefetch must take the same path, so they share one rule
    assert finder_module.foreign_script is prefetch_module.foreign_script is foreign_script
    assert foreign_script(text) is foreign


def test_reading_again_without_the_hint_finds_the_blocks_scores(
    gz: Gazetteer, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A hinted typo whose oblast holds nothing like it is read again without the hint
    (gazetteer.hintprior); its key has no forms of its own, so it meets the same forms, and
    their scores are the block's, not made again."""
    gz.warm()
    # Кривий Ріг, Старий Крим, Нова Прага: none in Kyiv oblast
    queries = [(v, "Kyivska") for v in ("Kryvyi Rhi", "Staryi Krmy", "Nova Praah")]
    alone = [resolve_query(gz, q, None, None) for q in queries]
    forget_resolutions(gz)
    gz._finder()._arrays.unhinted.clear()
    scored_alone = []
    real = formarrays_module._unhinted
    monkeypatch.setattr(
        formarrays_module, "_unhinted", lambda *a: scored_alone.append(a[1]) or real(*a)
    )
    together = resolve_block(gz, queries, None, None)
    forget_resolutions(gz)
    assert together == alone
    assert together[0].candidates[0][0] == "UA12060170010065850"  # Кривий Ріг, the city
    assert not scored_alone, [q.name for q in scored_alone]


def test_a_blocks_typos_are_prepared_once(gz: Gazetteer, monkeypatch: pytest.MonkeyPatch) -> None:
    """The prefetch's :class:`Prepared` of a typo is the one its reading scores: the name's
    forms (normal, key, Latin, script) are made once a value, not again by the reading."""
    gz.warm()
    values = [*_TYPOS, _FEW_FORMS]
    queries = [(v, "Zaporizka" if i % 2 else None) for i, v in enumerate(values)]
    alone = [resolve_query(gz, q, None, None) for q in queries]
    forget_resolutions(gz)
    made: list[str] = []
    real = Prepared.of
    monkeypatch.setattr(
        Prepared, "of", classmethod(lambda cls, name, **kw: made.append(name) or real(name, **kw))
    )
    together = resolve_block(gz, queries, None, None)
    forget_resolutions(gz)
    assert together == alone
    assert sorted(n for n in made if n in values) == sorted(values)
    # ...and what a block left is forgotten with its forms
    assert not gz._finder().prepared


def test_a_reading_with_units_is_prepared_anew(gz: Gazetteer) -> None:
    """What the prefetch made holds no raion or hromada named beside the name."""
    finder = gz._finder()
    held = Prepared.of("Kharkiw")
    finder.prepared = {("Kharkiw", "", ()): held}
    try:
        assert finder.prepared_of("Kharkiw", "", (), ()) is held
        izium_raion = ("UA63040000000023521",)  # Ізюмський район
        with_units = finder.prepared_of("Kharkiw", "", (), izium_raion)
        assert with_units is not held and with_units.units == izium_raion
        assert finder.prepared_of("Kharkiw", "", ("UA63",), ()).hint == ("UA63",)
    finally:
        forget_prefetched(gz)


def test_a_pre_scan_resolved_in_one_process_prefetches_its_typos(gz, tmp_path, monkeypatch):
    """With one process (jobs=1), the keys a file's pre-scan reads are resolved a block at a
    time as a worker's are, their typos' forms scored together first: a user on one CPU gets
    the block prefetch too, and the same answers."""
    import gazetteer.prefetch as prefetch_module
    from gazetteer.batchio import normalize_file

    seen: list[str] = []
    real = prefetch_module.prefetch
    monkeypatch.setattr(
        prefetch_module,
        "prefetch",
        lambda r, qs, s: seen.extend(q[0] for q in qs) or real(r, qs, s),
    )
    src, out = tmp_path / "in.csv", tmp_path / "out.csv"
    src.write_text("city\n" + "".join(f"{t}\n" for t in _TYPOS) * 2, encoding="utf-8")
    normalize_file(str(src), str(out), columns=["city"], gazetteer=gz, jobs=1)
    assert sorted(seen) == sorted(_TYPOS)
    rows = out.read_text(encoding="utf-8").splitlines()[1:]
    assert len(rows) == 2 * len(_TYPOS)
    for row, code in zip(rows, [*_TYPOS.values()] * 2, strict=True):
        assert code in row


def test_an_answer_does_not_depend_on_the_queries_asked_before(gz: Gazetteer) -> None:
    # A batch resolves a file's values in whatever order they come, after any others: what
    # the finder keeps between queries (the resolutions, the near keys, the scores before
    # the hint, a block's prefetch) must never move an answer.
    values = [*_TYPOS, _FEW_FORMS, "Mykhailivkka", "Lyubymivka", "Любимовка", "Kharkiw"]
    values += [q.name for q in _queries(gz)]
    hinted = set(range(len(_TYPOS) + 1, len(values), 3))  # (the typos unhinted)
    queries = [(v, "Khersonska" if i in hinted else None) for i, v in enumerate(values)]
    first = [resolve_query(gz, q, None, None) for q in queries]
    forget_resolutions(gz)
    others = [(e.name[:-1] + "y", None) for e in list(gz)[:: len(gz) // 300]]
    resolve_block(gz, others, None, None)  # (more than ARRAYS_AFTER queries, in blocks)
    again = resolve_block(gz, queries[::-1], None, None)[::-1]
    forget_resolutions(gz)
    assert again == first
    assert [out.cell[0] for out in first[: len(_TYPOS)]] == list(_TYPOS.values())
