"""Sure candidates read from the text beside a name rather than from its letters: a power
plant's town, a raion or hromada asked for by its seat's name, a unit named beside its
oblast's centre. One maker (:func:`gazetteer.beside.sure_candidate`) makes them all; each
says what met it. Every code is a row of data/katottg.tsv."""

from __future__ import annotations

import pytest

from gazetteer import Gazetteer
from gazetteer.rank import VARIANT_FLOOR


@pytest.mark.parametrize(
    ("text", "code", "kind", "met_by"),
    [
        # Енергодар, met by the plant's name as the query wrote it
        ("Zaporizhzhia NPP", "UA23040110010044100", "facility", "Zaporizhzhia NPP"),
        # Бериславський район and Бахмутська громада, met by their own official names
        ("Beryslav raion", "UA65020000000032929", "variant", "Beryslavskyi"),
        ("Bakhmut urban hromada", "UA14020010000088496", "variant", "Bakhmutska"),
        # Куп’янський район: Kharkiv beside it names its oblast
        ("Kupianskyi raion, Kharkiv", "UA63080000000032022", "variant", "Kupianskyi"),
    ],
)
def test_a_sure_candidate_from_beside_says_what_met_it(
    gz: Gazetteer, text: str, code: str, kind: str, met_by: str
) -> None:
    best = gz.resolve(text).best
    assert best is not None and best.entry.code == code
    assert (best.kind, best.matched_name, best.score) == (kind, met_by, VARIANT_FLOOR)
    assert best.explain
