"""The hot functions that leave early for most values (no city's cut, no area's name, no
code, no preposition, no unit beside the name...) still read the values that go past their
early exits, on the workers' path (:func:`gazetteer.prefetch.resolve_block`) as in a lookup.

Some of them keep their guard and call their body apart (so as not to make the body's
closure cells on every call, as Python 3.11 does); these values each take a function's body,
and pin its answer whichever way it is written.
"""

from __future__ import annotations

import pytest

from gazetteer import Gazetteer
from gazetteer.prefetch import resolve_block
from gazetteer.resolving import FIELDS

CODE, STATUS, MATCH = FIELDS.index("code"), FIELDS.index("status"), FIELDS.index("match")

#: (value, oblast hint, its place's KATOTTG code, status, how it was met); codes of
#: data/katottg.tsv
PAST_THE_EXIT = [
    # with_short: a city's name cut to its first part (M Кам’янець-Подільський)
    ("Kamianets", "Khmelnytska", "UA68020110010097898", "matched", "short"),
    # with_area: an area's name (-щина) is its raion's
    ("Ізюмщина", None, "UA63040000000023521", "matched", "area"),  # P Ізюмський
    # code_beside: a code beside the name
    ("Krasne (UA32060110150041623)", None, "UA32060110150041623", "matched", "code"),  # C Красне
    # with_declined: a preposition declines the name
    ("у Бахмуті", None, "UA14020010010059145", "matched", "exact"),  # M Бахмут
    # council_seat, split_trailing_unit: a village council beside its raion (C Таранівка)
    (
        "Таранівська сільська рада, Зміївський район",
        None,
        "UA63140030510094161",
        "matched",
        "variant",
    ),
    # of_kind: a city's hromada, not the villages' hromadas of the name
    ("Черкаська міська громада", None, "UA71080490000022110", "matched", "exact"),  # H Черкаська
    # direction_town: a direction named after its town
    ("на Покровському напрямку", None, "UA14160210010099403", "matched", "variant"),  # M Покровськ
    # past_the_hint: an oblast beside the name where no place bears it; the city, unsure
    ("Kharkiv Sumy oblast", None, "UA63120270010096107", "ambiguous", "exact"),  # M Харків
    ("Kharkiv", "Sumska", "UA63120270010096107", "ambiguous", "exact"),
]


@pytest.mark.parametrize(("value", "hint", "code", "status", "kind"), PAST_THE_EXIT)
def test_values_past_the_early_exits_keep_their_answer(
    gz: Gazetteer, value: str, hint: str | None, code: str, status: str, kind: str
) -> None:
    (out,) = resolve_block(gz, [(value, hint)], None, None)
    assert (out.cell[CODE], out.cell[STATUS], out.cell[MATCH]) == (code, status, kind)
    best = gz.resolve(value, oblast=hint).best  # (the lookup, with its reasons, agrees)
    assert best is not None and best.entry.code == code
