"""Which candidates tie with the best: each rule reaches as far behind the best as it says,
however many candidates further behind the list holds."""

from __future__ import annotations

import pytest

from gazetteer.index import NameForm
from gazetteer.rank import Scored
from gazetteer.ties import (
    OUTWEIGH_MARGIN,
    RUSSIAN_PEER_MARGIN,
    city_before_villages,
    tie_advice,
    tied_with_best,
)


def _scored(position: int, score: float, importance: float, kind: str) -> Scored:
    return Scored(position, score, score + importance / 2, importance, kind, None, (), _NoOrigin())  # type: ignore[arg-type]


class _NoOrigin:
    def form_of(self, position: int):  # pragma: no cover - never read here
        raise AssertionError

    text_of = explain_of = form_of


def _behind(best: Scored, rivals: list[Scored]) -> set[int]:
    # (a long tail of far weaker candidates, as a typo's list has)
    tail = [_scored(100 + n, 60.0 - n / 10, 2.5, "fuzzy") for n in range(40)]
    return tied_with_best([best, *rivals, *tail])


def test_a_russian_form_ties_with_a_former_name_as_far_behind_as_its_margin() -> None:
    best = _scored(0, 95.0, 2.5, "former")
    at_margin = _scored(1, 95.0 - RUSSIAN_PEER_MARGIN, 2.5, "russian")
    beyond = _scored(2, 95.0 - RUSSIAN_PEER_MARGIN - 0.1, 2.5, "russian")
    assert _behind(best, [at_margin, beyond]) == {0, 1}


def test_a_far_bigger_place_ties_as_far_behind_as_it_outweighs() -> None:
    best = _scored(0, 100.0, 2.5, "exact")
    bigger = _scored(1, 100.0 - OUTWEIGH_MARGIN, 4.0, "variant")
    too_far = _scored(2, 100.0 - OUTWEIGH_MARGIN - 0.1, 4.0, "variant")
    assert _behind(best, [bigger, too_far]) == {0, 1}
    assert _behind(best, [too_far]) == set()


@pytest.mark.parametrize(
    ("query", "codes"),
    [
        # the village Корсунь and the town Корсунь-Шевченківський; the village Скала and the
        # town Скала-Подільська: a settlement word before one name is no second name
        ("м. Корсунь", {"UA14060070040020272", "UA71080170010098381"}),
        ("smt Skala", {"UA05020190340051954", "UA61060350010027203"}),
        ("village Skala", {"UA05020190340051954", "UA61060350010027203"}),
    ],
)
def test_a_settlement_word_is_not_a_second_name_in_the_advice(gz, query, codes) -> None:  # type: ignore[no-untyped-def]
    resolution = gz.resolve(query)
    tied = [m for m in (*resolution.candidates, *resolution.also_tied) if m.ambiguous]
    assert {m.entry.code for m in tied} == codes
    assert tie_advice(tied, query) == "several places bear the name; give an oblast hint"


@pytest.mark.parametrize(
    "query", ["Pokrovsk-Myrnohrad", "Bakhmut & Soledar", "Chernihiv; Drohobych", "Kyiv, Lviv"]
)
def test_two_names_in_the_text_are_said_to_be_so(gz, query) -> None:  # type: ignore[no-untyped-def]
    resolution = gz.resolve(query)
    tied = [m for m in (*resolution.candidates, *resolution.also_tied) if m.ambiguous]
    assert tie_advice(tied, query) == "the text reads as more than one name"


# -- a city before a village of the same name -------------------------------------------------

#: Мар'їнка, the city of Donetsk oblast (KATOTTG), and the village of Dnipropetrovsk oblast
MARINKA_CITY = "UA14160130010089415"
MARINKA_VILLAGE = "UA12140110100059778"


def _categories(*letters: str):  # type: ignore[no-untyped-def]
    return lambda position: letters[position]


def _counted(*people: int):  # type: ignore[no-untyped-def]
    return lambda position: people[position]


#: a counted city's and villages' people (a city of some 9,000, villages GeoNames omits)
_COUNTED = _counted(9089, 0, 0)


def _named(position: int, score: float, importance: float, kind: str, text: str = "Marinka"):  # type: ignore[no-untyped-def]
    form = NameForm(position, text, "official")
    return Scored(position, score, score + importance / 2, importance, kind, form, ())  # type: ignore[arg-type]


def test_a_city_is_told_apart_from_a_smaller_village_met_by_its_name() -> None:
    city = _named(0, 100.0, 3.96, "exact")
    village = _named(1, 100.0, 2.5, "exact")
    ranked = [city, village]
    assert tied_with_best(ranked) == {0, 1}  # (size alone: not thirty times)
    assert city_before_villages(ranked, {0, 1}, _categories("M", "C"), _COUNTED) == set()


@pytest.mark.parametrize(
    ("categories", "best", "rival"),
    [
        (("M", "X"), (100.0, 4.0, "exact"), (100.0, 3.0, "exact")),  # a selyshche
        (("M", "M"), (100.0, 4.2, "exact"), (100.0, 4.2, "exact")),  # another city
        (("X", "C"), (100.0, 3.0, "exact"), (100.0, 2.5, "exact")),  # no city first
        (("M", "C"), (100.0, 3.0, "exact"), (100.0, 3.2, "exact")),  # a bigger village
        (("M", "C"), (99.5, 4.0, "variant"), (100.0, 2.5, "exact")),  # its own name (Brovari)
        (("M", "C"), (92.0, 4.0, "fuzzy"), (92.0, 2.5, "fuzzy")),  # a typo of either
        (("M", "C"), (98.5, 4.0, "former"), (98.5, 2.5, "exact")),  # the city's old name
    ],
)
def test_a_village_still_ties_unless_a_bigger_city_bears_its_very_name(
    categories: tuple[str, str], best: tuple[float, float, str], rival: tuple[float, float, str]
) -> None:
    ranked = [_named(0, *best), _named(1, *rival)]
    assert city_before_villages(ranked, {0, 1}, _categories(*categories), _COUNTED) == {0, 1}


def test_a_city_no_source_counts_is_not_known_to_be_the_bigger() -> None:
    # its importance a guess by category (10,000), the village's too: the tie stays
    city = _named(0, 100.0, 4.0, "exact")
    village = _named(1, 100.0, 3.06, "exact")
    ranked = [city, village]
    assert city_before_villages(ranked, {0, 1}, _categories("M", "C"), _counted(0, 1150)) == {0, 1}


@pytest.mark.parametrize(
    ("query", "city"),
    [
        # Підгайці, Ternopil oblast: a town of a few thousand people, which GeoNames does not
        # count, beside five villages, one of them a hromada's seat in Volyn oblast
        ("Pidhaitsi", "UA61040370010042063"),
        # Прип'ять: the city abandoned since 1986, and a village of Volyn oblast
        ("Прип'ять", "UA32000000010085013"),
        # Новоселиця: a town of some 7,000 in Chernivtsi oblast, and 26 villages
        ("Novoselytsia", "UA73060410010023503"),
    ],
)
def test_a_city_of_uncounted_people_still_ties_with_its_villages(gz, query: str, city: str) -> None:  # type: ignore[no-untyped-def]
    res = gz.resolve(query)
    assert res.status == "ambiguous"
    assert res.best is not None and res.best.entry.code == city
    assert gz.lookup(query)[0].ambiguous


def test_a_village_of_another_name_still_ties() -> None:
    # в Деражне: the city Деражня read through its locative, the village Деражне as written
    city = _named(0, 100.0, 3.99, "exact", "Деражня")
    village = _named(1, 100.0, 2.5, "exact", "Деражне")
    assert city_before_villages([city, village], {0, 1}, _categories("M", "C"), _COUNTED) == {0, 1}


@pytest.mark.parametrize(
    ("hromadas", "left"), [(("H1", "H1"), set()), (("H1", "H2"), {0, 1}), (("", ""), {0, 1})]
)
def test_a_selyshche_of_the_city_s_own_hromada_no_longer_ties(
    hromadas: tuple[str, str], left: set[int]
) -> None:
    # Бар: the town and the selyshche Бар lie in one hromada, which no hint tells apart; a
    # selyshche of another hromada (or of none known) still ties
    ranked = [_named(0, 100.0, 4.19, "exact", "Бар"), _named(1, 100.0, 3.0, "exact", "Бар")]
    tied = city_before_villages(
        ranked, {0, 1}, _categories("M", "X"), _COUNTED, hromadas.__getitem__
    )
    assert tied == left


def test_the_selyshche_is_found_when_a_settlement_word_asks_for_it(gz) -> None:  # type: ignore[no-untyped-def]
    res = gz.resolve("смт Бар")
    assert res.best is not None and res.best.entry.category == "X"
    assert res.best.entry.name_uk == "Бар"


def test_only_the_villages_leave_a_tie_a_selyshche_keeps() -> None:
    ranked = [
        _named(0, 100.0, 4.0, "exact"),
        _named(1, 100.0, 2.5, "exact"),
        _named(2, 100.0, 3.0, "exact"),
    ]
    assert city_before_villages(ranked, {0, 1, 2}, _categories("M", "C", "X"), _COUNTED) == {0, 2}


@pytest.mark.parametrize("query", ["Marinka", "Мар'їнка", "Maryinka", "Mariinka"])
def test_marinka_is_the_city_surely(gz, query: str) -> None:  # type: ignore[no-untyped-def]
    # the Donetsk oblast city (some 9,000 people) and a Dnipropetrovsk oblast village bear the
    # name: the category tells them apart, the city first and sure
    res = gz.resolve(query)
    assert res.status == "matched"
    assert res.best is not None and res.best.entry.code == MARINKA_CITY
    assert not any(m.ambiguous for m in res.candidates)
    assert MARINKA_VILLAGE in {m.entry.code for m in res.candidates}  # still listed
    assert not gz.lookup(query)[0].ambiguous


@pytest.mark.parametrize(
    "query", ["Marinka, Dnipropetrovsk oblast", "с. Мар'їнка Синельниківського району"]
)
def test_the_village_is_still_found_where_the_text_says_so(gz, query: str) -> None:  # type: ignore[no-untyped-def]
    res = gz.resolve(query)
    assert res.best is not None and res.best.entry.code == MARINKA_VILLAGE


@pytest.mark.parametrize(
    ("query", "status"),
    [
        ("Halych", "matched"),  # the town of Ivano-Frankivsk oblast; a village of Ternopil's
        ("Horodok", "ambiguous"),  # two cities Городок (Lviv, Khmelnytskyi oblasts)
        # the city Бар, not the selyshche Бар of its own hromada, which no hint tells apart
        ("Bar", "matched"),
        ("Бар", "matched"),
        ("near Bar", "matched"),
        ("Lypovets", "matched"),  # Липовець: the town, and a selyshche of its hromada
    ],
)
def test_a_city_s_namesakes_tie_unless_they_are_villages(gz, query: str, status: str) -> None:  # type: ignore[no-untyped-def]
    res = gz.resolve(query)
    assert res.best is not None and res.best.entry.category == "M"
    assert res.status == status


def test_lookup_marks_no_tie_for_marinka() -> None:
    from click.testing import CliRunner

    from gazetteer.cli import main

    out = CliRunner().invoke(main, ["lookup", "Marinka"])
    assert out.exit_code == 0
    first = out.output.splitlines()[1]
    assert first.startswith(MARINKA_CITY) and not first.endswith("?")
    assert "ambiguous" not in out.output


# -- the advice names the candidates' own raion or hromada ------------------------------------


#: KATOTTG: Kherson oblast's Любимівка villages lie in Kakhovskyi, Beryslavskyi and Henicheskyi
#: raions; Crimea's two Родники both lie in Bilohirskyi raion, in the Zemlianychnenska and
#: Okhotska hromadas.
@pytest.mark.parametrize(
    ("query", "oblast", "level", "units"),
    [
        ("Lyubymivka", "UA-65", "raion", {"Kakhovskyi", "Beryslavskyi", "Henicheskyi"}),
        ("Rodnyky", "UA-43", "hromada", {"Zemlianychnenska", "Okhotska"}),
    ],
)
def test_advice_inside_an_oblast_names_a_unit_that_tells_them_apart(  # type: ignore[no-untyped-def]
    gz, query, oblast, level, units
) -> None:
    resolution = gz.resolve(query, oblast=oblast)
    tied = [m for m in (*resolution.candidates, *resolution.also_tied) if m.ambiguous]
    advice = tie_advice(tied, query)
    example = advice.split("'")[1]  # name its raion after a comma ('Lyubymivka, X raion') ...
    name, unit = example.split(", ")
    assert name == query and unit.endswith(f" {level}") and unit[: -len(level) - 1] in units
    # and the query it suggests is answered, sure, by the candidate of that unit
    answer = gz.resolve(example, oblast=oblast)
    assert answer.status == "matched"
    assert getattr(answer.best.entry, level) == unit[: -len(level) - 1]
