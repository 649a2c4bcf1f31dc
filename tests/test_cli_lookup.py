"""The ``gazetteer`` command through its real entry point, in a subprocess."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

KEYS = [
    "code", "name", "name_uk", "category", "oblast", "oblast_name", "raion", "hromada",
    "score", "match", "matched_name", "ambiguous", "coordinates", "status",
]  # fmt: skip


def cli(run_python, *args: str):  # type: ignore[no-untyped-def]
    return run_python("-m", "gazetteer.cli", *args)


def test_lookup_json(run_python) -> None:  # type: ignore[no-untyped-def]
    done = cli(run_python, "lookup", "Kyiv", "--json")
    assert done.returncode == 0, done.stderr
    records = json.loads(done.stdout)
    assert isinstance(records, list) and records
    for record in records:
        assert list(record) == KEYS
    best = records[0]
    assert best["code"] == "UA80000000000093317"
    assert best["status"] == "matched"
    assert (best["name"], best["name_uk"], best["category"]) == ("Kyiv", "Київ", "K")
    assert best["oblast"] == "UA-30"
    assert best["match"] == "exact"
    assert best["score"] == 100.0
    assert best["ambiguous"] is False
    assert "UA48040230080020671" in [r["code"] for r in records]  # the Mykolaiv village


def test_lookup_json_with_hint_and_limit(run_python) -> None:  # type: ignore[no-untyped-def]
    done = cli(
        run_python, "lookup", "Bilyaivka", "--oblast", "Kherson Oblast", "--limit", "1", "--json"
    )
    assert done.returncode == 0, done.stderr
    [record] = json.loads(done.stdout)
    assert record["code"] == "UA65020170020066255"
    assert record["raion"] == "Beryslavskyi"
    assert record["hromada"] == "Novooleksandrivska"


def test_lookup_no_match(run_python) -> None:  # type: ignore[no-untyped-def]
    done = cli(run_python, "lookup", "xqzzy")
    assert done.returncode == 1
    assert done.stdout == ""
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1
    assert "xqzzy" in lines[0]
    assert "Traceback" not in done.stderr
    as_json = cli(run_python, "lookup", "xqzzy", "--json")
    assert as_json.returncode == 1 and json.loads(as_json.stdout) == []  # still JSON


@pytest.mark.parametrize(
    "args",
    [
        ("lookup", "Kyiv", "--limit", "0"),
        ("lookup", "Kyiv", "--bogus"),
        ("lookup", "Kyiv", "--sources", "bogus"),
        ("lookup", "Kyiv", "--min-score", "101"),
        ("lookup",),
    ],
)
def test_usage_errors_exit_2(run_python, args: tuple[str, ...]) -> None:  # type: ignore[no-untyped-def]
    done = cli(run_python, *args)
    assert done.returncode == 2
    assert "Traceback" not in done.stderr
    assert "Error" in done.stderr


def test_lookup_table_and_explain(run_python) -> None:  # type: ignore[no-untyped-def]
    done = cli(run_python, "lookup", "Kyiv", "--explain")
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0].split()[:2] == ["code", "name"]
    assert lines[1].startswith("UA80000000000093317")
    reasons = [line for line in lines if line.startswith("    - ")]
    assert reasons
    assert any("exact text of official form 'Kyiv'" in r for r in reasons)
    assert any("population" in r for r in reasons)


def test_explain_json(run_python) -> None:  # type: ignore[no-untyped-def]
    done = cli(run_python, "lookup", "Volodymr", "--json", "--explain", "--limit", "1")
    assert done.returncode == 0, done.stderr
    [record] = json.loads(done.stdout)
    assert record["code"] == "UA07020010010041660"
    assert record["match"] == "fuzzy"
    assert list(record) == [*KEYS[:-1], "explain", "status"]
    assert any("similarity" in why for why in record["explain"])


def test_ambiguous_table_says_so(run_python) -> None:  # type: ignore[no-untyped-def]
    done = cli(run_python, "lookup", "Mala Oleksandrivka")
    assert done.returncode == 0, done.stderr
    assert "ambiguous" in done.stdout
    assert "?" in done.stdout.splitlines()[1]


def test_unsure_table_says_so(run_python) -> None:  # type: ignore[no-untyped-def]
    # Karachuny is the plural of a name, not the village Карачун with a slip: a guess
    done = cli(run_python, "lookup", "Karachuny")
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines()[-1].startswith("? unsure")
    sure = cli(run_python, "lookup", "Volodymr", "--limit", "1")
    assert "?" not in sure.stdout


@pytest.mark.parametrize("code", ["UA65020150020078280", "UA6502015002"])  # or its P-code
def test_info_chain(run_python, code: str) -> None:  # type: ignore[no-untyped-def]
    done = cli(run_python, "info", code)
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    chain = ["Херсонська", "Бериславський", "Нововоронцовська", "Любимівка"]
    for depth, (line, name) in enumerate(zip(lines, chain)):
        assert name in line
        assert line.startswith("  " * depth + "UA65")
    assert lines[0].split()[0] == "UA65000000000030969"
    assert lines[3].split()[0] == "UA65020150020078280"
    assert any(line.startswith("oblast: UA-65") for line in lines)


def test_info_json_and_unknown(run_python) -> None:  # type: ignore[no-untyped-def]
    done = cli(run_python, "info", "UA65020150000047137", "--json")
    assert done.returncode == 0, done.stderr
    record = json.loads(done.stdout)
    assert [e["code"] for e in record["hierarchy"]][-1] == "UA65020150000047137"
    assert "UA65020150020078280" in [c["code"] for c in record["children"]]
    missing = cli(run_python, "info", "UA00")
    assert missing.returncode == 1
    assert "UA00" in missing.stderr and "Traceback" not in missing.stderr
    assert "lookup" not in missing.stderr  # (a code's shape: no name to look up)


def test_info_of_a_name_points_to_lookup(run_python) -> None:  # type: ignore[no-untyped-def]
    done = cli(run_python, "info", "Kyiv")  # (a newcomer's first try; said only no entry)
    assert done.returncode == 1 and done.stdout == ""
    assert done.stderr.strip() == "no entry with code 'Kyiv'; for a name: gazetteer lookup 'Kyiv'"


def test_oblasts(run_python) -> None:  # type: ignore[no-untyped-def]
    done = cli(run_python, "oblasts")
    assert done.returncode == 0, done.stderr
    rows = [line.split() for line in done.stdout.splitlines() if line.strip()]
    assert len(rows) == 27
    iso = {row[0]: row[1] for row in rows}
    assert iso["UA44"] == "UA-09"
    assert iso["UA73"] == "UA-77"
    assert iso["UA80"] == "UA-30"
    assert iso["UA85"] == "UA-40"
    assert iso["UA01"] == "UA-43"
    assert iso["UA65"] == "UA-65"
    assert len(set(iso.values())) == 27


def test_user_gazetteer_file(run_python, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "places.csv"
    path.write_text(
        "id,name,alt_names,region\nDE-MUC,München,Munich,Bayern\nDE-KOE,Köln,Cologne,NRW\n",
        encoding="utf-8",
    )
    done = cli(run_python, "--gazetteer", str(path), "lookup", "Cologne", "--json")
    assert done.returncode == 0, done.stderr
    [record] = json.loads(done.stdout)
    assert (record["code"], record["name_uk"], record["match"]) == ("DE-KOE", "Köln", "exonym")
    bad = tmp_path / "bad.csv"
    bad.write_text("code,name\nX,Y\n", encoding="utf-8")
    failed = cli(run_python, "--gazetteer", str(bad), "lookup", "Y")
    assert failed.returncode == 2
    assert "id" in failed.stderr and "Traceback" not in failed.stderr


def test_min_score_help_states_the_real_default(run_python) -> None:  # type: ignore[no-untyped-def]
    from gazetteer import DEFAULT_MIN_SCORE

    done = cli(run_python, "lookup", "--help")
    assert done.returncode == 0
    assert f"default {DEFAULT_MIN_SCORE:g}" in " ".join(done.stdout.split())


def test_ambiguity_advice_fits_the_query(run_python) -> None:  # type: ignore[no-untyped-def]
    across = cli(run_python, "lookup", "Lyubymivka")
    assert "give an oblast hint" in across.stdout
    within = cli(run_python, "lookup", "Lyubymivka", "--oblast", "Kherson Oblast")
    assert "give an oblast hint" not in within.stdout  # it was given: they share the oblast
    assert "name its raion" in within.stdout
    two = cli(run_python, "lookup", "Pokrovsk-Myrnohrad")  # two towns, not namesakes
    assert "reads as more than one name" in two.stdout


@pytest.mark.parametrize(
    ("name", "oblast", "code"),
    [
        ("Korsun'", "Cherkasy", "UA71080170010098381"),  # Корсунь-Шевченківський, not Корсунь
        ("Skala", "Ternopil", "UA61060350010027203"),  # Скала-Подільська, not Скала
    ],
)
def test_one_name_several_places_bear_asks_for_an_oblast(run_python, name, oblast, code) -> None:  # type: ignore[no-untyped-def]
    # a village named so and a town so called: it had said the text read as more than one name
    done = cli(run_python, "lookup", name)
    assert "more than one name" not in done.stdout
    assert done.stdout.rstrip().endswith("several places bear the name; give an oblast hint")
    hinted = cli(run_python, "lookup", name, "--oblast", oblast)  # (and the hint does tell)
    assert hinted.stdout.splitlines()[1].startswith(code) and "?" not in hinted.stdout


def test_a_hint_that_names_no_oblast_is_said_to_be_unused(run_python) -> None:  # type: ignore[no-untyped-def]
    done = cli(run_python, "lookup", "Kyiv", "--oblast", "Narnia")
    assert done.returncode == 0, done.stderr
    assert "'Narnia' names no oblast" in done.stderr
    assert "UA80000000000093317" in done.stdout  # the lookup ran without it
    quiet = cli(run_python, "lookup", "Bilyaivka", "--oblast", "Kherson Oblast")
    assert "names no oblast" not in quiet.stderr


def test_a_long_query_without_a_match_is_shortened_in_the_message(run_python) -> None:  # type: ignore[no-untyped-def]
    done = cli(run_python, "lookup", "Qzxwv" * 100)
    assert done.returncode == 1
    assert done.stderr.strip() == f"no match for '{('Qzxwv' * 100)[:77]}...'"


def test_lookup_reads_names_from_standard_input_one_a_line() -> None:
    from click.testing import CliRunner

    from gazetteer.cli import main

    lines = "Kharkov\nLyubymivka\n\nQzxwv\nу Бахмуті\n"
    done = CliRunner().invoke(main, ["lookup", "-"], input=lines)
    assert done.exit_code == 0, done.output
    rows = [line.split("\t") for line in done.output.splitlines()]
    assert rows[0] == ["query", "code", "name", "name_uk", "category", "oblast", "score",
                       "status", "match"]  # fmt: skip
    body = rows[1:]
    assert [r[0] for r in body] == ["Kharkov", "Lyubymivka", "", "Qzxwv", "у Бахмуті"]
    assert body[0][1] == "UA63120270010096107" and body[0][7:] == ["matched", "exonym"]
    assert body[1][7] == "ambiguous"  # many villages: said so, not guessed
    assert body[2][7] == body[3][7] == "unmatched" and body[3][1] == ""
    assert body[4][3] == "Бахмут"
    as_json = CliRunner().invoke(main, ["lookup", "-", "--json"], input="Rovno\nQzxwv\n")
    record, nothing = map(json.loads, as_json.output.splitlines())
    assert (record["query"], record["name_uk"], record["status"]) == ("Rovno", "Рівне", "matched")
    assert isinstance(record["score"], float) and nothing["score"] is None  # as lookup --json


def test_the_country_alone_says_why_it_has_no_match(run_python) -> None:  # type: ignore[no-untyped-def]
    done = cli(run_python, "lookup", "Ukraine")
    assert done.returncode == 1
    assert done.stderr.strip() == "no match for 'Ukraine' (the country's name: give a place in it)"


def test_lookup_lists_candidates_in_the_resolutions_order(run_python) -> None:  # type: ignore[no-untyped-def]
    # a settlement word for an urban-type settlement puts the city Балаклія (Izium raion)
    # before the Cherkasy village spelled exactly Балаклея, as resolve orders them
    done = cli(run_python, "lookup", "пгт. Балаклея", "--json")
    assert done.returncode == 0, done.stderr
    codes = [r["code"] for r in json.loads(done.stdout)]
    assert codes[0] == "UA63040010010039074"
    assert "UA71080010010092649" in codes


def test_lookup_says_when_the_candidates_are_no_answer(run_python) -> None:  # type: ignore[no-untyped-def]
    # Odessa, US: the Texas city; Odesa is listed as a near miss, and the command says so
    done = cli(run_python, "lookup", "Odessa, US")
    assert done.returncode == 1
    assert "UA51100270010076757" in done.stdout
    assert "unmatched" in done.stderr


def test_lookup_json_says_an_unsure_answer(run_python) -> None:  # type: ignore[no-untyped-def]
    # Kirovograd with official names only: the oblast Кіровоградська, a guess (the city
    # Kropyvnytskyi bore the name); the table says "? unsure", the JSON its status
    done = cli(run_python, "lookup", "Kirovograd", "--sources", "official", "--json")
    assert done.returncode == 0, done.stderr
    records = json.loads(done.stdout)
    assert records[0]["code"] == "UA35000000000016081"
    assert {r["status"] for r in records} == {"ambiguous"}


def test_no_match_in_the_hinted_oblast_names_the_place_outside(run_python) -> None:  # type: ignore[no-untyped-def]
    # Хмільник is a city of Vinnytsia oblast (UA-05) and a village of Zakarpattia (UA-21);
    # none lies in Khmelnytskyi oblast (UA-68): the hint is what left nothing
    done = cli(run_python, "lookup", "Хмільник", "--oblast", "UA-68")
    assert done.returncode == 1 and done.stdout == ""
    assert "none in the hinted oblast; without the hint: Хмільник (Khmilnyk, UA-05)" in done.stderr
    nothing = cli(run_python, "lookup", "Qzxwvyj", "--oblast", "UA-68")
    assert nothing.returncode == 1 and "without the hint" not in nothing.stderr
