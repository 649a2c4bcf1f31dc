"""A file's geography from its unsure rows too (gazetteer.filelean, RegionTally.add_unsure):
names each borne in a few oblasts lean where many of them may lie, below a confident row."""

from __future__ import annotations

from gazetteer import Gazetteer, normalize_rows
from gazetteer.regional import Place, RegionTally

# Villages of Rivne oblast (UA56...) whose name two or three settlements bear, the others in
# other oblasts, each of which the resolver puts first: KATOTTG code of the Rivne one.
RIVNE = {
    "Іванчиці": "UA56020070120073972",
    "Антопіль": "UA56060050020070710",
    "Балашівка": "UA56060030030041943",
    "Батьків": "UA56040290040084539",
    "Берестовець": "UA56060130030043592",
    "Богушівка": "UA56040190030036377",
    "Боратин": "UA56040150030041370",
    "Боянівка": "UA56060430020035086",
    "Бутове": "UA56020070050079075",
    "Білаші": "UA56080070050041640",
    "Більськ": "UA56080150040030633",
    "Більче": "UA56040030030011000",
}
# Towns of Donetsk oblast, each the only place of its name.
DONETSK = (
    "Kramatorsk, Sloviansk, Bakhmut, Pokrovsk, Druzhkivka, Myrnohrad, Toretsk, Selydove, "
    "Kurakhove, Avdiivka, Volnovakha, Siversk"
).split(", ")
# Стара Миколаївка: two villages, Rivne oblast's first (UA56040330110061418), Donetsk's:
STARA_MYKOLAIVKA_DONETSK = "UA14120050170055691"
# Names each borne by two villages of two oblasts, no oblast twice: an even spread.
SPREAD = (
    "Єлизаветпіль Єрки Єфремівка Іваниця Іверське Іллівка Інженерне Антонів Баківці Брустури"
).split()


def normalized(names: list[str], gz: Gazetteer) -> list[dict[str, str]]:
    return list(normalize_rows([{"place": n} for n in names], column="place", gazetteer=gz))


def test_a_file_of_unsure_villages_of_one_oblast_leans_there(gz: Gazetteer) -> None:
    for name, code in RIVNE.items():
        alone = gz.resolve(name)
        assert alone.status == "ambiguous"
        assert alone.best.entry.oblast != "UA-56"  # type: ignore[union-attr]
        assert code in {m.entry.code for m in (*alone.candidates, *alone.also_tied)}
    out = normalized(list(RIVNE), gz)
    assert [r["place_status"] for r in out] == ["ambiguous"] * len(RIVNE)  # never sure
    assert [r["place_code"] for r in out] == list(RIVNE.values())


def test_a_few_unsure_rows_do_not_lean(gz: Gazetteer) -> None:
    names = list(RIVNE)[:3]  # worth less than two confident places in Rivne oblast
    out = normalized(names, gz)
    assert [r["place_code"] for r in out] == [gz.resolve(n).best.entry.code for n in names]  # type: ignore[union-attr]


def test_unsure_rows_do_not_pull_a_file_off_its_confident_places(gz: Gazetteer) -> None:
    assert gz.resolve("Стара Миколаївка").best.entry.oblast == "UA-56"  # type: ignore[union-attr]
    out = normalized([*DONETSK, *RIVNE, "Стара Миколаївка"], gz)
    assert {r["place_status"] for r in out[: len(DONETSK)]} == {"matched"}
    assert out[-1]["place_code"] == STARA_MYKOLAIVKA_DONETSK


def test_a_file_spread_evenly_over_oblasts_does_not_lean(gz: Gazetteer) -> None:
    out = normalized(SPREAD, gz)
    oblasts = [r["place_oblast"] for r in out]
    assert len(set(oblasts)) == len(SPREAD)
    assert [r["place_code"] for r in out] == [gz.resolve(n).best.entry.code for n in SPREAD]  # type: ignore[union-attr]


def test_hinted_rows_are_no_unsure_evidence(gz: Gazetteer) -> None:
    # The same Rivne names, each with a hint of its resolver's oblast: their candidates lie
    # there by the hint, not by the file; a bare Стара Миколаївка still goes first as alone.
    rows = [{"place": n, "oblast": gz.resolve(n).best.entry.oblast} for n in RIVNE]  # type: ignore[union-attr]
    rows.append({"place": "Стара Миколаївка", "oblast": ""})
    out = list(normalize_rows(rows, column="place", oblast_column="oblast", gazetteer=gz))
    assert out[-1]["place_oblast"] == "UA-56"


def test_an_unsure_rows_weight_is_spread_and_taken_back() -> None:
    sizes = {"": 1000, "UA-56": 100, "UA-07": 100, "UA-18": 100}
    tally = RegionTally(sizes=sizes)
    assert not tally
    rivne, volyn = Place("a", "", "UA-56", "C"), Place("b", "", "UA-07", "C")
    for _ in range(10):
        tally.add_unsure({"UA-56": 0.5, "UA-07": 0.25, "UA-18": 0.25})
    assert tally and tally.choose([volyn, rivne]) == 1
    for _ in range(10):
        tally.add_unsure({"UA-56": 0.5, "UA-07": 0.25, "UA-18": 0.25}, -1)
    assert not tally and tally.choose([volyn, rivne]) == 0


def test_a_row_leaning_without_its_own_weight_leaves_the_tally_as_it_was() -> None:
    # (settle takes a row's own weight out while it leans, then puts the tally back to the
    # bit, with the choices it had kept: 0.1 - 0.07 + 0.07 is not 0.1 in floating point,
    # and choices made again for every unsure row had cost a remembered run 0.1 s)
    from gazetteer.filelean import FileLean
    from gazetteer.resolving import outcome_of

    gz = Gazetteer.default()
    lean = FileLean(gz)
    outcomes = [outcome_of(gz.resolve(n)) for n in RIVNE]
    owns = lean.weigh(outcomes)
    lean.settle(outcome_of(gz.resolve("Михайлівка")), {})  # (borne widely: no own weight)
    before = (dict(lean.tally.unsure), lean.tally.unsure_total, dict(lean.tally._chosen))
    assert before[2]
    own = next(o for o in owns if o)
    lean.settle(outcomes[owns.index(own)], own)
    assert (dict(lean.tally.unsure), lean.tally.unsure_total, lean.tally._chosen) == before


def test_a_tally_without_one_unsure_row_is_put_back_as_it_was() -> None:
    # (RegionTally.without_unsure: FileLean.settle had reached into the tally's caches)
    sizes = {"": 1000, "UA-56": 100, "UA-07": 100, "UA-18": 100}
    tally = RegionTally(sizes=sizes)
    rivne, volyn = Place("a", "", "UA-56", "C"), Place("b", "", "UA-07", "C")
    row = {"UA-56": 0.7, "UA-07": 0.1, "UA-18": 0.2}
    for _ in range(10):
        tally.add_unsure(row)
    assert tally.choose([volyn, rivne]) == 1  # ten rows of it: Rivne oblast's
    before = (dict(tally.unsure), tally.unsure_total, tally._lifts, tally._chosen)
    with tally.without_unsure(row):
        assert tally.unsure_total == 4.5  # nine rows' weight left
        assert tally._lifts is not before[2] and tally._chosen is not before[3]
    assert (tally.unsure, tally.unsure_total) == before[:2]  # to the bit
    assert tally._lifts is before[2] and tally._chosen is before[3]  # the kept choices
    try:
        with tally.without_unsure(row):
            raise KeyError("a row that fails while it leans")
    except KeyError:
        pass
    assert (tally.unsure, tally.unsure_total) == before[:2]
