"""How a file names its places (gazetteer.spellings): each once, or in many spellings."""

from __future__ import annotations

from gazetteer.spellings import REPEAT_SHARE, Naming

# Kharkiv oblast's cities, from data/katottg.tsv
CHUHUIV = "UA63140170010036104"
IZIUM = "UA63040090010029555"
KUPIANSK = "UA63080090010026457"


def naming(*codes: str) -> Naming:
    n = Naming()
    for code in codes:
        n.count(code)
    return n


def test_a_list_naming_each_place_once_never_repeats() -> None:
    once = naming(CHUHUIV, IZIUM, KUPIANSK)
    assert once.repeat_chance() == 0.0 and not once.repeating()
    assert not Naming().repeating()  # no values: nothing to go on


def test_every_place_in_several_spellings_repeats() -> None:
    # Chuhuiv, Чугуїв, Chuguev; Izium, Ізюм, Izyum: no place named by one value alone
    every = naming(CHUHUIV, CHUHUIV, CHUHUIV, IZIUM, IZIUM, IZIUM)
    assert every.repeat_chance() == 1.0 and every.repeating()


def test_the_chance_is_good_and_turings() -> None:
    # four values, two of them of places no other value names: the next is new half the
    # time, and at even odds the letters keep their first
    even = naming(CHUHUIV, CHUHUIV, IZIUM, KUPIANSK)
    assert even.once == 2 and even.repeat_chance() == REPEAT_SHARE and not even.repeating()
    # once the file names Izium twice too, one value in four is of a place named once
    even.count(IZIUM)
    assert even.once == 1 and even.repeat_chance() == 0.8 and even.repeating()
