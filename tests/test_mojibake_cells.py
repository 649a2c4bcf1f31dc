"""Cells whose Cyrillic went through a wrong decoding (mojibake): read as they were written,
through resolve, lookup, resolve_many, normalize and find_places, and said so."""

from __future__ import annotations

import csv
import io
import random
import sys

import pytest

from gazetteer import Gazetteer, find_places, normalize_rows
from gazetteer.readback import kind_of, marked_kind, misread_of
from tests.conftest import ROOT
from tests.test_cli_normalize import run
from translit import read_mojibake

KHARKIV = "UA63120270010096107"  # Харків, the city (data/katottg.tsv)
RIVNE = "UA56060470010041018"  # Рівне, the city
NOVA_KAKHOVKA = "UA65060170010075325"
LVIV = "UA46060250010015970"  # Львів, the city
KYIV = "UA80000000000093317"
SUMY = "UA59080270010036634"
BAKHMUT = "UA14020010010059145"
CHASIV_YAR = "UA14020130010015598"
BILA_TSERKVA = "UA32020010010081183"


@pytest.mark.parametrize(
    ("text", "code", "misread"),
    [  # Latin spellings with marks, their UTF-8 read as Windows-1252 (ftfy: Latin-1 if alike)
        ("KijÃ³w", KYIV, "UTF-8 read as Latin-1"),
        ("CharkÃ³w", KHARKIV, "UTF-8 read as Latin-1"),
        ("BiaÅ‚a Cerkiew", BILA_TSERKVA, "UTF-8 read as Windows-1252"),
    ],
)
def test_a_latin_spelling_misread_is_read_as_written(
    gz: Gazetteer, text: str, code: str, misread: str
):
    res = gz.resolve(text)
    assert res.best is not None
    assert (res.best.entry.code, res.status, res.misread) == (code, "matched", misread)


def test_a_misread_latin_spelling_reads_as_the_spelling_does(gz: Gazetteer):
    """Crimée, French for Crimea, reads today as loose near misses: misread, the same."""
    plain, misread = gz.resolve("Crimée"), gz.resolve("CrimÃ©e")
    assert misread.misread == "UTF-8 read as Latin-1"
    assert (misread.status, misread.region) == (plain.status, plain.region)
    assert [(m.entry.code, m.score) for m in misread.candidates] == [
        (m.entry.code, m.score) for m in plain.candidates
    ]


@pytest.mark.parametrize(
    ("text", "code", "misread"),
    [
        ("Ð¥Ð°Ñ€ÐºÑ–Ð²", KHARKIV, "UTF-8 read as Windows-1252"),
        ("Ð Ñ–Ð²Ð½Ðµ", RIVNE, "UTF-8 read as Windows-1252"),  # D0 A0's space made plain
        ("Ð\x9dÐ¾Ð²Ð° ÐšÐ°Ñ…Ð¾Ð²ÐºÐ°", NOVA_KAKHOVKA, "UTF-8 read as Windows-1252"),
        ("РҐР°СЂРєС–РІ", KHARKIV, "UTF-8 read as Windows-1251"),
        ("РљРёС—РІ", KYIV, "UTF-8 read as Windows-1251"),
        ("РЎСѓРјРё", SUMY, "UTF-8 read as Windows-1251"),
        ("Õàðê³â", KHARKIV, "Windows-1251 read as Latin-1"),
        ("Ëüâ³â", LVIV, "Windows-1251 read as Latin-1"),
        ("Ð¥Ð°Ñ€ÐºÑ–Ð², Ð¥Ð°Ñ€ÐºÑ–Ð²Ñ\x81ÑŒÐºÐ° Ð¾Ð±Ð».", KHARKIV, "UTF-8 read as Windows-1252"),
    ],
)
def test_resolve_reads_the_text_as_written(gz: Gazetteer, text: str, code: str, misread: str):
    res = gz.resolve(text)
    assert res.best is not None
    assert (res.best.entry.code, res.status, res.misread) == (code, "matched", misread)
    assert res.query == text  # the query as given
    written = read_mojibake(text)
    assert written is not None
    assert res.best.explain[0] == f"the text was mojibake ({misread}): read as {written.text}"


def test_a_hint_and_no_reasons(gz: Gazetteer):
    res = gz.resolve("Ð Ñ–Ð²Ð½Ðµ", oblast="Ð Ñ–Ð²Ð½ÐµÐ½Ñ\x81ÑŒÐºÐ°", explain=False)
    assert res.best is not None and res.best.entry.code == RIVNE
    assert res.best.explain == () and res.misread == "UTF-8 read as Windows-1252"
    # an oblast column's cell too (Рівненська область in Windows-1251
    # read as Latin-1, whose Р reads as Ð)
    assert gz.hint_oblasts("Ð³âíåíñüêà îáëàñòü") == ("UA-56",)
    assert gz.resolve("Qzxwvyj", oblast="Ð³âíåíñüêà îáëàñòü").region == "UA-56"
    # a text read as given says nothing of it
    assert gz.resolve("Харків").misread == ""


def test_lookup_and_resolve_many(gz: Gazetteer):
    found = gz.lookup("Õàðê³â", limit=1)
    assert found[0].entry.code == KHARKIV
    assert found[0].explain[0].startswith("the text was mojibake (Windows-1251 read as Latin-1)")
    group = gz.resolve_many(["Ð‘Ð°Ñ…Ð¼ÑƒÑ‚", "Kharkiv", "Р§Р°СЃС–РІ РЇСЂ"])
    assert [r.best.entry.code for r in group if r.best] == [BAKHMUT, KHARKIV, CHASIV_YAR]
    assert [r.misread for r in group] == [
        "UTF-8 read as Windows-1252",
        "",
        "UTF-8 read as Windows-1251",
    ]
    assert [r.query for r in group] == ["Ð‘Ð°Ñ…Ð¼ÑƒÑ‚", "Kharkiv", "Р§Р°СЃС–РІ РЇСЂ"]


def test_normalize_rows_marks_the_match():
    rows = [{"place": "Ð¥Ð°Ñ€ÐºÑ–Ð²"}, {"place": "Kharkiv"}]
    out = list(normalize_rows(rows, column="place"))
    assert [r["place_code"] for r in out] == [KHARKIV, KHARKIV]
    assert [r["place_status"] for r in out] == ["matched", "matched"]
    assert [r["place_match"] for r in out] == [
        "exact (mojibake: UTF-8 read as Windows-1252)",
        "exact",
    ]


def test_the_command_normalizes_a_csv_of_such_cells(tmp_path):
    src = tmp_path / "places.csv"
    src.write_text("place\nÐ¥Ð°Ñ€ÐºÑ–Ð²\nÕàðê³â\nРҐР°СЂРєС–РІ\nKyiv\n", encoding="utf-8")
    done = run(str(src), "--column", "place", "--no-memo")
    assert done.returncode == 0, done.stderr
    rows = list(csv.DictReader(io.StringIO(done.stdout.decode("utf-8"))))
    assert [r["place_code"] for r in rows] == [KHARKIV, KHARKIV, KHARKIV, KYIV]
    assert [r["place_status"] for r in rows] == ["matched"] * 4
    assert [r["place_match"] for r in rows] == [
        "exact (mojibake: UTF-8 read as Windows-1252)",
        "exact (mojibake: Windows-1251 read as Latin-1)",
        "exact (mojibake: UTF-8 read as Windows-1251)",
        "exact",
    ]


@pytest.mark.parametrize(
    ("codec", "misread"),
    [("cp1252", "UTF-8 read as Windows-1252"), ("cp1251", "UTF-8 read as Windows-1251")],
)
def test_find_places_in_a_misread_text(gz: Gazetteer, codec: str, misread: str):
    story = "Бої тривають у Бахмуті та біля Часового Яру"
    lacks = b"\x81\x8d\x8f\x90\x9d" if codec == "cp1252" else b"\x98"  # kept as they are
    text = "".join(chr(b) if b in lacks else bytes([b]).decode(codec) for b in story.encode())
    found = find_places(gz, text)
    assert [m.resolution.best.entry.code for m in found if m.resolution.best] == [
        BAKHMUT,
        CHASIV_YAR,
    ]
    assert [text[m.start : m.end] for m in found] == [m.text for m in found]
    assert [read_mojibake(m.text).text for m in found] == ["Бахмуті", "Часового Яру"]  # type: ignore[union-attr]
    assert {m.resolution.misread for m in found} == {misread}


def test_find_places_in_a_cp1251_text_read_as_latin1(gz: Gazetteer):
    text = "Обстріли Харкова та Ізюма".encode("cp1251").decode("latin-1")
    found = find_places(gz, text)
    assert [m.resolution.best.entry.code for m in found if m.resolution.best] == [
        KHARKIV,
        "UA63040090010029555",  # Ізюм
    ]
    assert [m.text for m in found] == ["Õàðêîâà", "²çþìà"]


def test_the_match_field_reads_back():
    field = marked_kind("fuzzy", "UTF-8 read as Windows-1251")
    assert (kind_of(field), misread_of(field)) == ("fuzzy", "UTF-8 read as Windows-1251")
    assert (marked_kind("exact", ""), kind_of("exact"), misread_of("exact")) == ("exact",) * 2 + (
        "",
    )


def test_no_real_name_is_read_as_mojibake(gz: Gazetteer):
    """Every form the gazetteer indexes (official, Russian, former, exonyms, every standard's
    Latin spellings), the benchmark's generated values and real foreign spellings."""
    index = gz.index
    texts = {index.form(p).text for p in range(len(index))}
    sys.path.insert(0, str(ROOT / "bench"))
    try:
        from bench_normalize import distinct_values
    finally:
        sys.path.remove(str(ROOT / "bench"))
    texts |= {value for value, _ in distinct_values(3000, random.Random(7))}
    texts |= {"Crimée", "Kijów", "Charków", "Biała Cerkiew", "Âltukšìv", "Grušìvka"}
    assert len(texts) > 90_000
    assert [t for t in texts if read_mojibake(t) is not None] == []
