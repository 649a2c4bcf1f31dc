"""A hint that names a city and its oblast by the same name (``Київ/Київська``, as a table
files the capital with the oblast) names what either names alone. Every code is a row of
data/katottg.tsv."""

from __future__ import annotations

import pytest

from gazetteer import Gazetteer

KYIV_CITY, KYIV_OBLAST = "UA-30", "UA-32"
VYSHNEVE = "UA32080090010037585"  # M Вишневе, Бучанський район, Kyiv oblast


@pytest.mark.parametrize(
    "hint",
    ["Київ/Київська", "Kyiv/Kyivska", "Київська/Київ", "Kyiv / Kyiv Oblast", "Київ, Київська"],
)
def test_the_capital_beside_its_oblast_names_both(gz: Gazetteer, hint: str) -> None:
    # had been the city alone (UA-30): the whole read as a path to the city Київ
    assert set(gz.hint_oblasts(hint)) == {KYIV_CITY, KYIV_OBLAST}
    assert set(gz.hint_oblasts(hint)) == set(gz.hint_oblasts("Київ"))
    # the town of Kyiv oblast, which that hint had left unmatched
    res = gz.resolve("Вишневе", oblast=hint)
    assert res.best is not None and res.best.entry.code == VYSHNEVE


@pytest.mark.parametrize(
    ("hint", "regions"),
    [
        ("Харків/Харківська", ("UA-63",)),  # a city's hint is its oblast anyway
        ("Херсон/Херсонська", ("UA-65",)),
        ("Lyman, Donetsk oblast", ("UA-14",)),  # parts that name other regions: the whole
    ],
)
def test_other_cities_beside_their_oblast_name_the_oblast(
    gz: Gazetteer, hint: str, regions: tuple[str, ...]
) -> None:
    assert gz.hint_oblasts(hint) == regions


OLEKSANDRIIA_RIVNE = "UA56060430010051905"  # C Олександрія, Рівненський район, Rivne oblast


@pytest.mark.parametrize(
    ("hint", "regions"),
    [
        # the city Олександрія is Kirovohrad oblast's (UA-35), the village Rivne oblast's
        ("Oleksandriia, Rivne oblast", {"UA-56"}),
        ("Olexandriya / Rivnenska", {"UA-56"}),
        # the town Тернівка is Dnipropetrovsk oblast's (UA-12), the village Mykolaiv's
        ("Ternivka, Mykolaiv oblast", {"UA-48"}),
        # listed regions still name their union
        ("Луганська і Донецька", {"UA-09", "UA-14"}),
        ("Київська обл. / м. Київ", {"UA-32", "UA-30"}),
        ("Odesa or Mykolaiv", {"UA-51", "UA-48"}),
    ],
)
def test_a_place_beside_its_oblast_names_that_oblast_not_its_namesakes(
    gz: Gazetteer, hint: str, regions: set[str]
) -> None:
    # h9's union of the parts (merged with h10) read the place part as its best-known
    # namesake, a city of another oblast, and added that oblast to the one the hint names
    assert set(gz.hint_oblasts(hint)) == regions


def test_a_village_under_a_place_and_oblast_hint_is_the_oblasts(gz: Gazetteer) -> None:
    res = gz.resolve("Олександрія", oblast="Oleksandriia, Rivne oblast")
    assert res.best is not None and res.best.entry.code == OLEKSANDRIIA_RIVNE
    assert res.status == "matched"
