"""A typed apostrophe tells namesakes apart: Dar'ivka is Дар’ївка, not Дарівка.

The pairs are KATOTTG names (data/katottg.tsv) that differ only by ’ or ь, which KMU 2010
drops (both are Darivka); BGN/PCGN and ad hoc spellings write it as an apostrophe.
"""

from __future__ import annotations

import pytest

from gazetteer import Gazetteer
from gazetteer.apostrophes import marks, typed_marks
from gazetteer.letterforms import normal_form
from gazetteer.rank import TIE_MARGIN

#: Дар’ївка (Kirovohrad, Luhansk and Kherson oblasts) and Дарівка (Volyn, Kherson, Cherkasy)
DARIIVKA = {"UA35040290060087163", "UA44040010200018949", "UA65100070010084602"}
DARIVKA = {"UA07060070080041923", "UA65080150050078651", "UA71080410060031283"}
#: Лук’янівка (five villages) and Луканівка (Mykolaiv oblast)
LUKIANIVKA = {
    "UA32020190200014964",
    "UA32060010130023812",
    "UA48020170090063680",
    "UA48060190040066620",
    "UA65060150040021508",
}
LUKANIVKA = "UA48080090110016532"
#: Іваньків, villages of Cherkasy and Chernihiv oblasts; Іванків, the Kyiv oblast selyshche
IVANKIV_SOFT = {"UA71080070070055351", "UA74060050070091912"}
IVANKIV_TOWN = "UA32100050010050212"
#: Новодар’ївка, a selyshche and a village of Luhansk oblast; Новодарівка, a Zaporizhzhia
#: oblast village
NOVODARIIVKA = {"UA44040010110092013", "UA44080030180050974"}
NOVODARIVKA = "UA23100110050014083"
#: Козьова, a Lviv oblast village; Козова, the Ternopil oblast selyshche
KOZIOVA = {"UA46100090010099336"}
KOZOVA = "UA61040230010032058"
#: Полове, the Lviv oblast village, among a dozen Польове
POLOVE = "UA46120090280053087"


def _scores(gz: Gazetteer, query: str) -> dict[str, float]:
    return {m.entry.code: m.score for m in gz.lookup(query, limit=40)}


@pytest.mark.parametrize("apostrophe", ["'", "’", "ʼ", "`"])
def test_dariivka_comes_before_darivka(gz: Gazetteer, apostrophe: str) -> None:
    query = f"Dar{apostrophe}ivka"
    scores = _scores(gz, query)
    top = [m.entry.code for m in gz.lookup(query, limit=3)]
    assert set(top) == DARIIVKA
    assert max(scores[c] for c in DARIVKA) < min(scores[c] for c in DARIIVKA) - TIE_MARGIN


def test_bgn_spelling_of_dariivka(gz: Gazetteer) -> None:
    top = [m.entry.code for m in gz.lookup("Dar'yivka", limit=3)]
    assert set(top) == DARIIVKA


def test_lukianivka_comes_before_lukanivka(gz: Gazetteer) -> None:
    scores = _scores(gz, "Luk'yanivka")
    assert scores[LUKANIVKA] < min(scores[c] for c in LUKIANIVKA) - TIE_MARGIN
    top = [m.entry.code for m in gz.lookup("Luk'yanivka", limit=5)]
    assert set(top) == LUKIANIVKA


def test_soft_sign_over_a_bigger_namesake(gz: Gazetteer) -> None:
    # the selyshche Іванків is bigger, but the apostrophe stands for Іваньків's soft sign
    ranked = [m.entry.code for m in gz.lookup("Ivan'kiv", limit=3)]
    assert set(ranked[:2]) == IVANKIV_SOFT
    assert ranked[2] == IVANKIV_TOWN


@pytest.mark.parametrize(
    ("query", "bearers", "other"),
    [("Novodar'ivka", NOVODARIIVKA, NOVODARIVKA), ("Koz'ova", KOZIOVA, KOZOVA)],
)
def test_other_pairs(gz: Gazetteer, query: str, bearers: set[str], other: str) -> None:
    scores = _scores(gz, query)
    top = [m.entry.code for m in gz.lookup(query, limit=len(bearers))]
    assert set(top) == bearers
    assert scores[other] < min(scores[c] for c in bearers) - TIE_MARGIN


def test_without_the_apostrophe_both_stay_alike(gz: Gazetteer) -> None:
    # people leave apostrophes out: Darivka is KMU for both names, and both stay exact
    scores = _scores(gz, "Darivka")
    assert {scores[c] for c in DARIIVKA | DARIVKA} == {100.0}
    scores = _scores(gz, "Kozova")
    assert {scores[c] for c in KOZIOVA | {KOZOVA}} == {100.0}


def test_polove_without_the_apostrophe_is_not_pushed_down(gz: Gazetteer) -> None:
    assert _scores(gz, "Polove")[POLOVE] == 100.0
    scores = _scores(gz, "Pol'ove")
    assert scores[POLOVE] < max(scores.values()) - TIE_MARGIN


def test_a_hint_still_decides(gz: Gazetteer) -> None:
    # Volyn oblast has a Дарівка and no Дар’ївка: the hint outweighs the apostrophe
    result = gz.resolve("Dar'ivka", oblast="UA-07")
    assert result.status == "matched"
    assert result.best is not None and result.best.entry.code == "UA07060070080041923"


def test_marks_are_places_in_the_name() -> None:
    assert marks(normal_form("Дар’ївка")) == typed_marks("dar'ivka")
    assert marks(normal_form("Іваньків")) == typed_marks("ivan'kiv")
    assert marks(normal_form("Дарівка")) == frozenset()
    assert typed_marks("luk'yanivka") == marks(normal_form("Лук’янівка"))
    # BGN/PCGN: every ’ and ь of the city's name, the soft sign before s and after it
    bgn = typed_marks(normal_form("Kam'yanets'-Podil's'kyi"))
    assert len(bgn) == 4 and bgn == marks(normal_form("Кам’янець-Подільський"))


def test_what_is_no_typed_mark() -> None:
    assert typed_marks("kharkiv's") == frozenset()  # an English possessive
    assert typed_marks("o'neill") == frozenset()  # after a vowel
    assert typed_marks("дар'ївка") == frozenset()  # Cyrillic: its letters compared as written
    assert typed_marks("alchevs'k") != frozenset()


#: Гороб’ївка, the Kharkiv oblast village; Горобіївка (six villages) and Горобівка (Sumy)
HOROBIIVKA_APOSTROPHE = "UA63080050090066848"
HOROBIIVKA = "UA32020150070079340"


def test_apostrophe_survives_the_far_bigger_place_cap(gz: Gazetteer) -> None:
    # Horlivka, a far bigger place, has the same consonants: every reading is capped, and
    # the cap must not even out what the apostrophe told apart
    found = gz.lookup("Horob'ivka", limit=8)
    assert found[0].entry.code == HOROBIIVKA_APOSTROPHE
    scores = {m.entry.code: m.score for m in found}
    assert scores[HOROBIIVKA] < scores[HOROBIIVKA_APOSTROPHE] - TIE_MARGIN
