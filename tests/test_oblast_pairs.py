"""Two oblasts' bare names in one cell (two oblast centres', or a centre's and another
oblast's short name): never a sure village, selyshche or oblast; the cities named are
offered. A name beside its own oblast stays sure. Codes from data/katottg.tsv."""

from __future__ import annotations

import pytest
from resolving_asserts import assert_matched

from gazetteer import Gazetteer

KHMELNYTSKYI, KHMELNYTSKYI_LUHANSK = "UA68040470010096613", "UA44040010540021414"  # M, X
LUHANSK = "UA44060010010012753"
MYKOLAIV, MYKOLAIV_KHMELNYTSKYI = "UA48060150010035747", "UA68040490160048233"  # M, C
MYKOLAIV_LVIV, LVIV = "UA46100110010094231", "UA46060250010015970"
SUMY, VINNYTSIA = "UA59080270010036634", "UA05020030010063857"
KROPYVNYTSKYI, LUTSK = "UA35040210010019355", "UA07080170010083384"
KROPYVNYKY = "UA07060450130057790"  # a village of Volyn oblast
VOLYN = "UA07000000000024379"  # the oblast
POLTAVA, KHARKIV = "UA53080370010073240", "UA63120270010096107"
POLTAVA_VILLAGE = "UA63080150410017608"  # of Kharkiv oblast
IZIUM, BUCHA = "UA63040090010029555", "UA32080070010087821"
KAMIANKA_IZIUM = "UA63040090080095309"  # C Кам’янка of Izium raion
LVIV_VILLAGE = "UA48080110070029138"  # C Львів of Mykolaiv oblast


def offered(gz: Gazetteer, text: str) -> list[str]:
    """The candidates' codes of ``text``, which must be ambiguous."""
    resolution = gz.resolve(text)
    assert resolution.status == "ambiguous", (text, resolution.best)
    return [m.entry.code for m in resolution.candidates]


@pytest.mark.parametrize(
    ("text", "cities", "other"),
    [
        # the selyshche Хмельницький of Luhansk oblast, or two cities
        ("Khmelnytskyi, Luhansk", (KHMELNYTSKYI, LUHANSK), KHMELNYTSKYI_LUHANSK),
        ("Луганськ, Хмельницький", (KHMELNYTSKYI, LUHANSK), KHMELNYTSKYI_LUHANSK),
        ("Луганск, Хмельницкий", (KHMELNYTSKYI, LUHANSK), KHMELNYTSKYI_LUHANSK),
        # the village Миколаїв of Хмельницький район, or two cities
        ("Mykolaiv, Khmelnytskyi", (MYKOLAIV, KHMELNYTSKYI), MYKOLAIV_KHMELNYTSKYI),
        ("Khmelnytskyi, Mykolaiv", (MYKOLAIV, KHMELNYTSKYI), MYKOLAIV_KHMELNYTSKYI),
        # a slip of Kropyvnytskyi for Кропивники in Volyn oblast (Lutsk its centre)
        ("Lutsk, Kropyvnytskyi", (LUTSK, KROPYVNYTSKYI), KROPYVNYKY),
        # the village Полтава of Kharkiv oblast, in Russian too
        ("Полтава, Харьков", (POLTAVA, KHARKIV), POLTAVA_VILLAGE),
    ],
)
def test_two_centres_names_are_never_a_sure_village(
    gz: Gazetteer, text: str, cities: tuple[str, ...], other: str
) -> None:
    codes = offered(gz, text)
    assert set(codes[:2]) == set(cities), (text, codes)  # the cities first
    assert other in codes, (text, codes)


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        # Khmelnytskyi read as its raion, the other city outside it: not the city surely
        ("Khmelnytskyi, Sumy", (KHMELNYTSKYI, SUMY)),
        ("Vinnytsia, Khmelnytskyi", (VINNYTSIA, KHMELNYTSKYI)),
        # the city Миколаїв of Lviv oblast, or the village Львів of Mykolaiv oblast, as the
        # Ukrainian Миколаїв, Львів reads (the Russian centres' names are theirs)
        ("Николаев, Львов", (MYKOLAIV_LVIV, LVIV_VILLAGE)),
        # a centre and another oblast's short name: not the oblast surely
        ("Khmelnytskyi, Volyn", (KHMELNYTSKYI, VOLYN)),
        # a slash or a space between: the same
        ("Khmelnytskyi / Luhansk", (KHMELNYTSKYI, LUHANSK)),
        ("Mykolaiv Khmelnytskyi", (MYKOLAIV, KHMELNYTSKYI)),
    ],
)
def test_two_oblasts_names_are_not_sure_of_one(
    gz: Gazetteer, text: str, codes: tuple[str, ...]
) -> None:
    assert set(codes) <= set(offered(gz, text))


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Kharkiv, Kharkiv oblast", KHARKIV),  # a centre beside its own oblast
        ("Izium, Kharkiv", IZIUM),  # a town beside its oblast's centre
        ("Kharkiv, Izium", IZIUM),  # the oblast by its centre, then its town
        ("Bucha, Kyiv oblast", BUCHA),
        ("Izium Kharkiv", IZIUM),
        # a path of units from the oblast down, its centre in Russian as in Ukrainian
        ("Харків, Ізюм, Кам'янка", KAMIANKA_IZIUM),
        ("Харьков, Изюм, Каменка", KAMIANKA_IZIUM),
        ("Kharkov, Izyum, Kamenka", KAMIANKA_IZIUM),
    ],
)
def test_a_name_beside_its_own_oblast_stays_sure(gz: Gazetteer, text: str, code: str) -> None:
    assert_matched(gz, text, code)


def test_the_callers_oblast_hint_says_where(gz: Gazetteer) -> None:
    # the hint says where: the village Полтава of Kharkiv oblast, as without the pair
    assert_matched(gz, "Полтава, Харьков", POLTAVA_VILLAGE, oblast="Kharkivska")
    assert_matched(gz, "Mykolaiv, Khmelnytskyi", MYKOLAIV_KHMELNYTSKYI, oblast="Khmelnytska")
