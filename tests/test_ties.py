"""Which candidates tie with the best: each rule reaches as far behind the best as it says,
however many candidates further behind the list holds."""

from __future__ import annotations

from gazetteer.rank import Scored
from gazetteer.ties import OUTWEIGH_MARGIN, RUSSIAN_PEER_MARGIN, tied_with_best


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
