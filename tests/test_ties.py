"""Which candidates tie with the best: each rule reaches as far behind the best as it says,
however many candidates further behind the list holds."""

from __future__ import annotations

import pytest

from gazetteer.rank import Scored
from gazetteer.ties import OUTWEIGH_MARGIN, RUSSIAN_PEER_MARGIN, tie_advice, tied_with_best


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


@pytest.mark.parametrize("query", ["Pokrovsk-Myrnohrad", "Bakhmut & Soledar"])
def test_two_names_in_the_text_are_said_to_be_so(gz, query) -> None:  # type: ignore[no-untyped-def]
    resolution = gz.resolve(query)
    tied = [m for m in (*resolution.candidates, *resolution.also_tied) if m.ambiguous]
    assert tie_advice(tied, query) == "the text reads as more than one name"
