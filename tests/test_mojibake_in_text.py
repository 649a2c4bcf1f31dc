"""Running text misread only in part: a name pasted in mojibake into a clean sentence, or a
paragraph misread but for a dash or quotes typed afresh. Each misread run is read back, each
mention keeps its place in the text as given, and only the misread ones say so."""

from __future__ import annotations

import csv
import json

import pytest
from click.testing import CliRunner

from gazetteer import Gazetteer, find_places
from gazetteer.cli import main
from gazetteer.readback import text_read_back
from tests.conftest import ROOT
from translit import mojibake_runs

# data/katottg.tsv
KHARKIV = "UA63120270010096107"  # Харків, the city
IZIUM = "UA63040090010029555"  # Ізюм
BAKHMUT = "UA14020010010059145"  # Бахмут
KYIV = "UA80000000000093317"  # Київ, the capital


def misread(text: str, codec: str) -> str:
    """``text`` as a wrong decoding leaves it: UTF-8 read as cp1252 or cp1251 (the bytes a
    code page lacks kept as control characters), or cp1251 read as Latin-1."""
    if codec == "latin-1":
        return text.encode("cp1251").decode("latin-1")
    return "".join(bytes([b]).decode(codec, "ignore") or chr(b) for b in text.encode())


HOW = {
    "cp1252": "UTF-8 read as Windows-1252",
    "cp1251": "UTF-8 read as Windows-1251",
    "latin-1": "Windows-1251 read as Latin-1",
}


def found(gz: Gazetteer, text: str) -> list[tuple[str, str, str | None, str]]:
    """Each mention's text (checked to be the text's slice), query, code and misread."""
    mentions = find_places(gz, text)
    assert [text[m.start : m.end] for m in mentions] == [m.text for m in mentions]
    return [
        (m.text, m.query, m.resolution.best.entry.code if m.resolution.best else None,
         m.resolution.misread)
        for m in mentions
    ]  # fmt: skip


@pytest.mark.parametrize("codec", list(HOW))
def test_a_name_pasted_in_mojibake_into_a_clean_sentence(gz: Gazetteer, codec: str):
    name = misread("Харкова", codec)
    text = f"Бої біля {name} та Ізюма"
    assert find_places(gz, f"Бої біля {name}")  # had found nothing
    assert found(gz, text) == [
        (name, "біля Харкова", KHARKIV, HOW[codec]),  # read with the sentence's preposition
        ("Ізюма", "біля Ізюма", IZIUM, ""),  # clean: not marked
    ]
    assert text.index(name) == 9


@pytest.mark.parametrize("codec", list(HOW))
def test_a_paragraph_misread_but_for_a_dash_typed_afresh(gz: Gazetteer, codec: str):
    before, after = misread("Бої біля Харкова та Ізюма", codec), misread("атаки у Бахмуті", codec)
    text = f"{before} – «{after}» і біля Києва"  # the dash, quotes and last words are clean
    names = [misread(n, codec) for n in ("Харкова", "Ізюма", "Бахмуті")]
    assert [(t, c, how) for t, _, c, how in found(gz, text)] == [
        (names[0], KHARKIV, HOW[codec]),
        (names[1], IZIUM, HOW[codec]),
        (names[2], BAKHMUT, HOW[codec]),
        ("Києва", KYIV, ""),
    ]


def test_a_latin_spelling_misread_among_clean_ones(gz: Gazetteer):
    text = "Shelling near KijÃ³w and Kraków, Õàðêîâà"
    assert [(t, c, how) for t, _, c, how in found(gz, text)] == [
        ("KijÃ³w", KYIV, "UTF-8 read as Latin-1"),  # Kijów: read with its word
        ("Õàðêîâà", KHARKIV, "Windows-1251 read as Latin-1"),
    ]


def test_offsets_of_the_read_text():
    text = "Бої біля Ð¥Ð°Ñ€ÐºÐ¾Ð²Ð°, 12 атак"
    back = text_read_back(text)
    assert back is not None and back.text == "Бої біля Харкова, 12 атак"
    assert back.runs == [(9, 16, "UTF-8 read as Windows-1252")]
    assert (back.at[9], back.at[10], back.at[16], back.at[-1]) == (9, 11, 23, len(text))
    assert text[back.at[17] :] == " 12 атак"
    assert (back.misread(0, 8), back.misread(9, 16)) == ("", "UTF-8 read as Windows-1252")


def test_extract_json_marks_only_the_misread_mention():
    text = "Обстріли Ð¥Ð°Ñ€ÐºÐ¾Ð²Ð° та Ізюма"
    done = CliRunner().invoke(main, ["extract", text, "--json"])
    assert done.exit_code == 0, done.output
    kharkiv, izium = json.loads(done.output)
    assert (kharkiv["code"], kharkiv["start"], kharkiv["end"]) == (KHARKIV, 9, 23)
    assert text[9:23] == kharkiv["text"] and kharkiv["misread"] == HOW["cp1252"]
    assert izium["code"] == IZIUM and "misread" not in izium


CLEAN = [
    "Straße nach München über Köln, 3×4 m², 20 € — „schön“ Öl Ärger Übel",
    "Þórður Guðmundsson fór til Reykjavíkur; Ðakovo é à ô ü ß ÿ æ ø å",
    "L’été à Montréal: déjà vu, où est le café? Crème brûlée — Noël «très»",
    "São João, ação, coração; el niño comió en Málaga y Córdoba, ¿Qué? ¡Olé! Ñandú",
    "Kraków, Łódź, Gdańsk, Wrocław, Białystok, Świętokrzyskie, Žilina, Čačak",
    "Бої біля Харкова — 12 атак; «Київ» № 5, м’ясо, Сі Ві Рі, Сім Рівне Вінниця, В Р. С.",
    "Це — Ґалаґан, Їжакевич, Єнакієве; км² 3×4; 20 °C; ½ ± § ©",
]


def test_no_clean_text_has_a_run_read_back():
    with open(ROOT / "data" / "katottg.tsv", encoding="utf-8") as f:
        rows = [" ".join(r) for r in csv.reader(f, delimiter="\t")]
    assert len(rows) > 30_000
    assert [t for t in CLEAN + rows if mojibake_runs(t)] == []
