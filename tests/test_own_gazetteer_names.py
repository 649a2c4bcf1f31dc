"""Names of a gazetteer of one's own that hold small words (Freiburg im Breisgau, Rothenburg
ob der Tauber, Castellammare di Stabia) or open with a word the query cleaning drops as a
filler (Le Havre, El Paso, North Shields): looked up and read in running text whole."""

from __future__ import annotations

from pathlib import Path

import pytest

from gazetteer import Gazetteer, find_places

# Real towns (ids made up for the test).
TOWNS = (
    "id\tname\talt_names\tregion\tcategory\n"
    "de2\tFrankfurt am Main\tFrankfurt\tHessen\tcity\n"
    "de3\tFreiburg im Breisgau\tFreiburg\tBaden-Württemberg\tcity\n"
    "de4\tRothenburg ob der Tauber\t\tBayern\ttown\n"
    "de8\tBad Homburg vor der Höhe\tBad Homburg\tHessen\ttown\n"
    "de11\tWeil am Rhein\t\tBaden-Württemberg\ttown\n"
    "de9\tKöln\tCologne\tNordrhein-Westfalen\tcity\n"
    "it1\tCastellammare di Stabia\t\tCampania\ttown\n"
    "gb1\tStratford-upon-Avon\t\tEngland\ttown\n"
    "fr1\tLe Havre\t\tNormandie\tcity\n"
    "it2\tLa Spezia\t\tLiguria\tcity\n"
    "us1\tEl Paso\t\tTexas\tcity\n"
    "gb2\tNorth Shields\t\tEngland\ttown\n"
)


@pytest.fixture(scope="module")
def own(tmp_path_factory: pytest.TempPathFactory) -> Gazetteer:
    path = tmp_path_factory.mktemp("own") / "towns.tsv"
    path.write_text(TOWNS, encoding="utf-8")
    return Gazetteer.from_file(path)


def _found(gz: Gazetteer, text: str) -> list[tuple[str, str]]:
    return [
        (m.text, m.resolution.best.entry.code)
        for m in find_places(gz, text)
        if m.resolution.best is not None
    ]


def test_a_name_with_small_words_is_read_whole_in_text(own: Gazetteer) -> None:
    # The run of capitalised words stopped at "im": Freiburg and Frankfurt were found by
    # their short alternative names, Rothenburg ob der Tauber not at all.
    text = (
        "Der Zug fährt von Freiburg im Breisgau über Frankfurt am Main nach Rothenburg ob "
        "der Tauber. Bad Homburg vor der Höhe ist schön. Weil am Rhein liegt am Rhein."
    )
    assert _found(own, text) == [
        ("Freiburg im Breisgau", "de3"),
        ("Frankfurt am Main", "de2"),
        ("Rothenburg ob der Tauber", "de4"),
        ("Bad Homburg vor der Höhe", "de8"),
        ("Weil am Rhein", "de11"),
    ]
    assert _found(own, "From Castellammare di Stabia to Stratford-upon-Avon.") == [
        ("Castellammare di Stabia", "it1"),
        ("Stratford-upon-Avon", "gb1"),
    ]


def test_a_small_word_does_not_glue_what_follows_to_a_name(own: Gazetteer) -> None:
    # "im" between two capitalised words that are no one name: Köln stays a name of its own
    # ("Sommer" is no place), and a word after a small word is not read as part of Köln's
    assert _found(own, "Wir waren in Köln im Sommer.") == [("Köln", "de9")]
    assert _found(own, "Freiburg am Main gibt es nicht, Freiburg schon.") == [
        ("Freiburg", "de3"),
        ("Freiburg", "de3"),
    ]


def test_the_small_words_are_read_off_the_names(own: Gazetteer) -> None:
    assert {"im", "am", "ob", "der", "vor", "di"} <= own.small_words
    assert "upon" not in own.small_words  # (hyphened: one word already)
    assert Gazetteer.default().small_words == frozenset()


@pytest.mark.parametrize(
    ("query", "code"),
    [
        ("Le Havre", "fr1"),
        ("La Spezia", "it2"),
        ("El Paso", "us1"),
        ("North Shields", "gb2"),
        ("near Le Havre", "fr1"),
        ("in La Spezia", "it2"),
        ("Rothenburg ob der Tauber", "de4"),
        ("Freiburg im Breisgau", "de3"),
    ],
)
def test_a_name_opening_with_a_filler_word_is_looked_up_whole(
    own: Gazetteer, query: str, code: str
) -> None:
    # "Le", "El", "North" were dropped as fillers: Le Havre came out unsure (a guess at
    # Havre), El Paso and North Shields unmatched
    res = own.resolve(query)
    assert res.status == "matched"
    assert res.best is not None and res.best.entry.code == code and res.best.kind == "exact"


def test_a_name_opening_with_a_filler_word_is_read_in_text(own: Gazetteer) -> None:
    text = "Ships sail from Le Havre and El Paso is far. North Shields lies north of Leeds."
    assert _found(own, text) == [
        ("Le Havre", "fr1"),
        ("El Paso", "us1"),
        ("North Shields", "gb2"),
    ]


def test_the_embedded_gazetteer_still_drops_the_filler() -> None:
    res = Gazetteer.default().resolve("north of Izium")
    assert res.status == "matched" and res.best is not None
    assert res.best.entry.name == "Izium"


@pytest.mark.parametrize(
    ("query", "name"),
    [
        ("w Sadky", "Садки"),
        ("під Лісівка", "Лісівка"),
        ("под Камінь", "Камінь"),
        ("з Лавки", "Лавки"),
    ],
)
def test_a_filler_no_name_opens_with_is_not_kept_as_part_of_the_name(query: str, name: str) -> None:
    # a match key joins the words: kept, the filler read "w Sadky" as the village Всадки
    # (sure), "під Лісівка" as Підлісівка, "под Камінь" as Підкамінь, "з Лавки" as Славки
    res = Gazetteer.default().resolve(query)
    assert res.best is not None and res.best.entry.name_uk == name


def test_declined_forms_given_as_alternative_names_are_read_in_text(tmp_path: Path) -> None:
    # Polish declension is not read: the README's way is to give the forms in alt_names
    # (Kraków: genitive Krakowa, locative Krakowie; Warszawa: genitive Warszawy).
    path = tmp_path / "pl.tsv"
    path.write_text(
        "id\tname\talt_names\tcategory\n"
        "pl2\tKraków\tKrakowa|Krakowie\tcity\n"
        "pl1\tWarszawa\tWarszawy|Warszawie\tcity\n",
        encoding="utf-8",
    )
    own = Gazetteer.from_file(path)
    text = "Jadę z Krakowa do Warszawy. Mieszkam w Krakowie."
    assert _found(own, text) == [("Krakowa", "pl2"), ("Warszawy", "pl1"), ("Krakowie", "pl2")]
