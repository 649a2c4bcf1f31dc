"""Clustering a column's spellings (gazetteer.clusters, ``gazetteer cluster``).

The facts: Лисичанськ (Ukrainian), Лисичанск (Russian), Lysychansk (KMU 2010), Lisichansk
(Russian romanised) are one city; с. (село), смт and "village" are settlement words, not
names; Mala and Velyka Oleksandrivka, Petrivka and Petrivske, Ганівка and Панівка are
different villages of KATOTTG; Олена and Олег are two people's first names.
"""

from __future__ import annotations

import csv
import io

import pytest
from click.testing import CliRunner

from gazetteer.cli import main
from gazetteer.clusters import Cluster, cluster_key, cluster_values

LYSYCHANSK = ["Лисичанськ", "Лисичанск", "Lysychansk", "Lisichansk"]


def groups(clusters: list[Cluster]) -> list[set[str]]:
    return [set(c.values) for c in clusters]


def test_one_city_across_scripts_and_romanisations(gz):
    clusters = cluster_values([*LYSYCHANSK, "LYSYCHANSK", "Kramatorsk"], gazetteer=gz)
    assert groups(clusters) == [{*LYSYCHANSK, "LYSYCHANSK"}]


def test_settlement_words_are_noise(gz):
    values = ["с. Біляївка", "Біляївка", "Bilyaivka village", "смт Біляївка", "село Біляївка"]
    [one] = cluster_values(values, gazetteer=gz)
    assert set(one.values) == set(values)
    assert one.suggested == "Біляївка"  # a tie: the value the cleaning took nothing from


def test_suggested_is_the_commonest_and_counts_add_up(gz):
    values = ["Lysychansk", "Лисичанськ", ("Лисичанськ", 3), "Lysychansk"]
    [one] = cluster_values(values, gazetteer=gz)
    assert one.members == (("Лисичанськ", 4), ("Lysychansk", 2))
    assert one.suggested == "Лисичанськ" and one.count == 6


def test_what_must_not_cluster_by_key(gz):
    values = [
        "Mala Oleksandrivka", "Velyka Oleksandrivka", "Petrivka", "Petrivske",
        "Kherson", "Kherson Oblast",  # the city, the oblast
        "Ivanivka (Kherson)", "Ivanivka (Kharkiv)",  # two villages told apart by a hint
        "Novoselivka 7", "Novoselivka",  # a number tells namesakes apart
        "Нове Село", "Нове",  # село is part of this village's name
        "Олена Коваль", "Олег Коваль",
    ]  # fmt: skip
    assert cluster_values(values, gazetteer=gz) == []


def test_people_written_in_two_scripts_and_orders(gz):
    clusters = cluster_values(["Іван Петренко", "Petrenko Ivan", "Ivan Petrenko"], gazetteer=gz)
    assert groups(clusters) == [{"Іван Петренко", "Petrenko Ivan", "Ivan Petrenko"}]


def test_a_number_written_as_the_official_name_writes_it(gz):
    # Новоселівка Перша is a village of KATOTTG (Donetsk oblast)
    assert cluster_key("Новоселівка 1", gz) == cluster_key("Новоселівка Перша", gz)
    assert cluster_key("Нове Село", gz) != cluster_key("Нове", gz)


def test_near_joins_typos(gz):
    clusters = cluster_values(["Volodymr", "Volodymyr", "Volodymyyr", "Kramatorsk"], method="near")
    assert groups(clusters) == [{"Volodymr", "Volodymyr", "Volodymyyr"}]
    assert clusters[0].suggested == "Volodymyr"  # a tie: the name a place bears first
    assert cluster_values(["Volodymr", "Volodymyr"], method="key", gazetteer=gz) == []


@pytest.mark.parametrize(
    "pair",
    [
        ("Mala Oleksandrivka", "Mali Oleksandrivka"),  # a short distinguishing adjective
        ("Petrivka", "Petrivske"),  # another ending: another name
        ("Ivanivka", "Ivanivky"),
        ("Олена Коваль", "Олег Коваль"),  # two people
        ("Ганівка", "Панівка"),  # two villages' names, a letter apart: no typo
        ("Novoselivka 7", "Novoselivka 8"),
    ],
)
def test_near_keeps_apart(gz, pair):
    assert cluster_values(pair, method="near", radius=2, gazetteer=gz) == []


def test_a_typo_between_two_names_joins_one_of_them(gz):
    clusters = cluster_values(["Ганівка", "Панівка", ("Ганівкка", 1)], method="near", gazetteer=gz)
    assert groups(clusters) == [{"Ганівка", "Ганівкка"}]


def test_blank_and_letterless_values_are_left_out(gz):
    assert cluster_values(["", "  ", "...", "-", "..."], gazetteer=gz) == []


def test_bad_method_or_radius():
    with pytest.raises(ValueError, match="method"):
        cluster_values(["a"], method="fingerprint")
    with pytest.raises(ValueError, match="radius"):
        cluster_values(["a"], method="near", radius=7)


def _cluster(*args: str, input: str | None = None) -> tuple[int, str, str]:
    done = CliRunner().invoke(main, ["cluster", *args], input=input)
    return done.exit_code, done.stdout, done.stderr


def test_cli_writes_a_table_of_clusters(tmp_path):
    src = tmp_path / "places.csv"
    rows = ["id;place", *(f"{i};{v}" for i, v in enumerate([*LYSYCHANSK, "Лисичанськ", ""]))]
    src.write_bytes("\n".join([*rows, "9;Kramatorsk"]).encode("cp1251"))  # (sniffed, as normalize)
    code, out, err = _cluster(str(src), "--column", "place")
    assert code == 0, err
    table = list(csv.reader(io.StringIO(out)))
    assert table[0] == ["cluster", "value", "count", "suggested"]
    assert table[1] == ["1", "Лисичанськ", "2", "Лисичанськ"]
    assert {r[1] for r in table[1:]} == set(LYSYCHANSK)
    assert "1 cluster of 4 values among 5 distinct" in err


def test_cli_stdin_text_and_tsv_output(tmp_path):
    data = "name\nVolodymr\nVolodymyr\nVolodymyr\n"
    code, out, _ = _cluster("-", "--column", "name", "--method", "near", "--format", "text",
                            input=data)  # fmt: skip
    assert code == 0
    lines = ["1. Volodymyr  (2 values, 3 rows)", "   2  Volodymyr", "   1  Volodymr"]
    assert out.splitlines() == lines
    target = tmp_path / "out.tsv"
    code, _, _ = _cluster("-", "--column", "name", "--method", "near", "-o", str(target),
                          input=data)  # fmt: skip
    assert target.read_text(encoding="utf-8").splitlines()[1] == "1\tVolodymyr\t2\tVolodymyr"


def test_cli_unmatched_only_leaves_what_the_gazetteer_settles():
    data = "name\nLysychansk\nЛисичанськ\nQzxwvyj\nQzxwvyjj\n"
    code, out, _ = _cluster("-", "--column", "name", "--unmatched-only", input=data)
    assert code == 0
    assert {r[1] for r in list(csv.reader(io.StringIO(out)))[1:]} == {"Qzxwvyj", "Qzxwvyjj"}


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--column", "Place"], "no column 'Place' in the input (did you mean 'place'?)"),
        (["--column", "place", "-o", "{src}"], "is the input file"),
        (["--column", "place", "-o", "{dir}/no/such/out.csv"], "cannot write"),
    ],
)
def test_cli_bad_input_is_a_message(tmp_path, args, message):
    src = tmp_path / "in.csv"
    src.write_text("place\nKyiv\nKiev\n", encoding="utf-8")
    args = [a.format(src=src, dir=tmp_path) for a in args]
    code, _, err = _cluster(str(src), *args)
    assert code == 2 and message in err and "Traceback" not in err
    assert src.read_text(encoding="utf-8") == "place\nKyiv\nKiev\n"


def test_cli_missing_file_is_a_message(tmp_path):
    code, _, err = _cluster(str(tmp_path / "none.csv"), "--column", "place")
    assert code == 2 and "cannot open" in err
