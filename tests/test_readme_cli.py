"""The README's shell examples, stated as facts: what a newcomer types and what it prints.

Codes are KATOTTG's: the three places Любимівка of Kherson oblast (a selyshche of Kakhovskyi
raion, villages of Beryslavskyi and Henicheskyi raions), Хмільник of Vinnytsia oblast.
"""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from gazetteer.cli import main as gazetteer
from translit.cli import main as translit

KHERSON_LIUBYMIVKAS = {"UA65060150010078664", "UA65020150020078280", "UA65040030110034404"}


def run(command, args: list[str], stdin: str | None = None):  # type: ignore[no-untyped-def]
    return CliRunner().invoke(command, args, input=stdin)


def test_the_quick_start_marks_the_three_namesakes_of_the_hinted_oblast() -> None:
    done = run(gazetteer, ["lookup", "Lyubymivka", "--oblast", "Kherson Oblast"])
    assert done.exit_code == 0
    lines = done.stdout.splitlines()
    assert lines[0].split() == "code name name_uk cat oblast raion score match".split()
    rows = [line.split() for line in lines[1:-1]]
    assert {r[0] for r in rows if r[-1] == "?"} == KHERSON_LIUBYMIVKAS
    inside = {float(r[-3]) for r in rows if r[-1] == "?"}
    outside = {float(r[-2]) for r in rows if r[4] != "UA-65"}
    assert len(inside) == 1 and outside == {inside.pop() - 25}  # outside the hint: 25 less
    assert lines[-1].startswith("? ambiguous: these candidates cannot be told apart; ")


@pytest.mark.parametrize("query", ["Chernihiv; Drohobych", "Kyiv, Lviv", "Ізюм; Балаклія"])
def test_two_places_listed_are_not_called_namesakes(query: str) -> None:
    # it had said "several places bear the name; give an oblast hint" (or "name its raion")
    done = run(gazetteer, ["lookup", query])
    assert done.stdout.rstrip().endswith("the text reads as more than one name")


def test_nothing_matched_and_a_bad_option_exit_1_and_2() -> None:
    none = run(gazetteer, ["lookup", "Qzxwvyj"])
    assert none.exit_code == 1 and none.stderr.strip() == "no match for 'Qzxwvyj'"
    hinted = run(gazetteer, ["lookup", "Хмільник", "--oblast", "UA-68"])
    assert hinted.exit_code == 1
    assert "none in the hinted oblast; without the hint: Хмільник (Khmilnyk, UA-05)" in (
        hinted.stderr
    )
    assert run(gazetteer, ["lookup", "Kyiv", "--oblast", ""]).exit_code == 2


def test_lookup_stdin_prints_the_documented_columns() -> None:
    done = run(gazetteer, ["lookup", "-"], stdin="Kharkov\nQzxwvyj\n")
    header, kharkiv, nothing = done.stdout.splitlines()
    assert header.split("\t") == [
        *("query", "code", "name", "name_uk", "category", "oblast", "score", "status", "match")
    ]
    assert kharkiv.split("\t")[1] == "UA63120270010096107"
    assert nothing.split("\t")[7] == "unmatched"


@pytest.mark.parametrize(
    ("args", "printed"),
    [
        (["Любимівка"], "Liubymivka"),  # KMU 2010
        (["--standard", "bgn", "Любимівка"], "Lyubymivka"),
        (["-s", "ru-bgn", "Любимівка"], "Lyubimìvka"),  # і is no Russian letter: ISO 9's ì
        (["key", "Ljubymiwka"], "lubimivka"),
        (["detect", "Харків"], "Cyrillic\tuk"),
    ],
)
def test_translit_prints_what_the_readme_says(args: list[str], printed: str) -> None:
    done = run(translit, args)
    assert done.exit_code == 0 and done.stdout == printed + "\n"
