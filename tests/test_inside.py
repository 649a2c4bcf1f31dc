"""A place named inside a few words that name no place as a whole (gazetteer.inside)."""

from __future__ import annotations

from pathlib import Path

import pytest

from gazetteer import Gazetteer, normalize_rows

KYIV, KHARKIV, LVIV = "UA80000000000093317", "UA63120270010096107", "UA46060250010015970"
MARIUPOL, KHERSON_OBLAST = "UA14140050010029262", "UA65000000000030969"


@pytest.mark.parametrize(
    ("text", "code", "named"),
    [
        ("downtown Kharkiv", KHARKIV, "Kharkiv"),
        ("Kyiv centre", KYIV, "Kyiv"),
        ("Großraum Charkiw", KHARKIV, "Charkiw"),  # (German exonym)
        ("okolice Lwowa", LVIV, "Lwowa"),  # (Polish, declined: the outskirts of Lviv)
        ("Mariupol drama theatre", MARIUPOL, "Mariupol"),
        ("Kherson region left bank", KHERSON_OBLAST, "Kherson region"),
    ],
)
def test_the_place_inside_is_the_answer_unsure(
    gz: Gazetteer, text: str, code: str, named: str
) -> None:
    # each had been unmatched, or a loose guess by its consonants (okolice Lwowa: Krasyliv)
    res = gz.resolve(text)
    assert res.status == "ambiguous"
    assert res.best is not None and res.best.entry.code == code
    assert res.best.kind == "beside" and res.best.score <= 89
    assert f"{named!r} in the text names it" in res.best.explain[-1]


def test_the_place_inside_comes_with_its_hint_and_its_sources(gz: Gazetteer) -> None:
    res = gz.resolve("downtown Kharkiv", oblast="Kharkivska")
    assert res.best is not None and res.best.entry.code == KHARKIV
    # Lemberg is an exonym of Lviv: without the exonyms, nothing inside
    assert gz.resolve("Großraum Lemberg").best.entry.code == LVIV  # type: ignore[union-attr]
    assert gz.resolve("Großraum Lemberg", sources=["official"]).status == "unmatched"


@pytest.mark.parametrize(
    "text", ["Paris France", "Vulytsya Yunatsʹka", "Black Sea", "Bryansk Oblast"]
)
def test_no_place_inside_stays_unmatched(gz: Gazetteer, text: str) -> None:
    assert gz.resolve(text).status == "unmatched"


def test_a_name_read_as_a_whole_is_not_read_again(gz: Gazetteer) -> None:
    # the reading inside is for what fails as a whole: a place's own name, a place with a
    # word the cleaner knows, keep their answers (Voznesensk airbase: Voznesensk, sure)
    assert gz.resolve("Voznesensk airbase").status == "matched"
    res = gz.resolve("Kyiv, Lviv")
    assert res.best is not None and res.best.kind != "beside"


def test_a_batch_writes_the_place_inside(gz: Gazetteer) -> None:
    rows = list(normalize_rows([{"place": "central Kharkiv"}], column="place", gazetteer=gz))
    assert rows[0]["place_code"] == KHARKIV
    assert (rows[0]["place_status"], rows[0]["place_match"]) == ("ambiguous", "beside")


@pytest.mark.parametrize("text", ["Odessa, US", "Odessa Texas"])
def test_a_place_the_text_puts_abroad_is_not_read_inside(gz: Gazetteer, text: str) -> None:
    # Odessa, Texas: unmatched for the city abroad, not Odesa found inside the words
    assert gz.resolve(text).status == "unmatched"


def test_names_read_together_read_inside_alike(gz: Gazetteer) -> None:
    found = gz.resolve_many(["downtown Kharkiv", "Izium", "Odessa, US"])
    assert [r.status for r in found] == ["ambiguous", "matched", "unmatched"]
    assert found[0].best is not None and found[0].best.entry.code == KHARKIV
    assert found[0].best.kind == "beside"


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Odesa Opera House", "UA51100270010076757"),  # capitalised words: one proper name
        ("Kharkiv Saltivka", KHARKIV),  # a district beside its city
        ("Mariupol Azovstal", MARIUPOL),
        ("Kyiv TV tower", KYIV),
    ],
)
def test_a_place_among_capitalised_words_is_read_by_its_run(
    gz: Gazetteer, text: str, code: str
) -> None:
    # running text takes such words for one name (an institution's); a cell does not
    res = gz.resolve(text)
    assert res.best is not None and res.best.entry.code == code
    assert (res.status, res.best.kind) == ("ambiguous", "beside")


@pytest.mark.parametrize("text", ["Los Angeles", "Rostov on Don", "Bryansk oblast Klimovo"])
def test_a_city_or_a_region_abroad_leaves_the_text_unread(gz: Gazetteer, text: str) -> None:
    # (had been the villages Ліс, Ростов, Климове: found inside the words)
    assert gz.resolve(text).status == "unmatched"


def test_a_loose_reading_of_syllables_is_not_read_by_runs(gz: Gazetteer) -> None:
    # pinyin for Krasnodon (today Сорокине): its consonants are the reading; the syllables
    # ke la are the key of no name to read (they had given Кілія, a city, by a run)
    res = gz.resolve("ke la si nuo dun", sources=["official", "russian", "former"])
    assert res.best is not None and res.best.entry.code == "UA44040030010012509"
    assert res.best.kind == "loose"


def test_a_gazetteer_of_your_own_reads_inside_whatever_its_country(tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "us.csv"
    path.write_text("id,name,category\n1,Los Angeles,city\n2,Springfield,town\n")
    own = Gazetteer.from_file(path)
    # Texas and Los Angeles are abroad only for Ukraine's gazetteer
    assert own.resolve("downtown Los Angeles").best.entry.code == "1"  # type: ignore[union-attr]
    assert own.resolve("Springfield Texas").best.entry.code == "2"  # type: ignore[union-attr]


def test_the_place_inside_is_held_to_min_score(gz: Gazetteer) -> None:
    # an unsure place scores at most 89: under min_score=95 it is no answer, as for any
    # other query (it had come back ambiguous, 89, whatever min_score asked)
    assert gz.resolve("downtown Kharkiv", min_score=95).status == "unmatched"
    assert gz.resolve_many(["downtown Kharkiv"], min_score=95)[0].status == "unmatched"
    res = gz.resolve("downtown Kharkiv", min_score=89)
    assert res.best is not None and res.best.entry.code == KHARKIV


def test_the_place_inside_a_misread_text_says_it_was_misread(gz: Gazetteer) -> None:
    # UTF-8 bytes read as Windows-1252: the answer says so, as a name alone's does
    misread = "центр Харкова".encode().decode("cp1252", errors="replace")
    res = gz.resolve(misread)
    assert res.best is not None and res.best.entry.code == KHARKIV
    assert (res.query, res.misread) == (misread, "UTF-8 read as Windows-1252")


def test_a_gazetteer_of_your_own_has_no_abroad(tmp_path: Path) -> None:
    # its Moscow is Moscow, Idaho: the words around it are read as around any of its names
    # (it had been left unmatched, Moscow being a city abroad of Ukraine's)
    path = tmp_path / "places.csv"
    path.write_text(
        "id,name,category,region\n1,Moscow,town,ID\n2,Springfield,city,IL\n", encoding="utf-8"
    )
    own = Gazetteer.from_file(path)
    for text in ("downtown Moscow", "Moscow Idaho"):
        res = own.resolve(text)
        assert res.best is not None and res.best.entry.code == "1", text
        assert (res.status, res.best.kind) == ("ambiguous", "beside")
    assert own.resolve("downtown Springfield").best.entry.code == "2"  # type: ignore[union-attr]


def test_a_text_met_again_in_a_batch_is_read_once(
    gz: Gazetteer, monkeypatch: pytest.MonkeyPatch
) -> None:
    # each reading inside runs find_places (~0.6 ms): 200 rows of one value had cost 200
    from gazetteer import inside

    calls = []
    read = inside.named_inside
    monkeypatch.setattr(
        inside, "named_inside", lambda *args: calls.append(args[1].query) or read(*args)
    )
    found = gz.resolve_many(["downtown Kharkiv", "Izium", "downtown Kharkiv", "Kyiv centre"])
    assert sorted(calls) == ["Kyiv centre", "downtown Kharkiv"]
    assert found[0] == found[2] and found[0].best is not None
    assert (found[2].best.entry.code, found[3].best.entry.code) == (KHARKIV, KYIV)  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("Kyiv Lviv", [KYIV, LVIV]),  # had been the village Кийлів, a typo reading, 82
        ("Kharkiv Kyiv", [KHARKIV, KYIV]),  # had been Харківка, 80
        ("Kyiv Lviv Odesa", [KYIV, LVIV, "UA51100270010076757"]),
        # unmatched as a whole, they had been only the last (running text reads a
        # capitalised word before a name as part of it): a Russian or other form too
        ("Lviv Odesa", [LVIV, "UA51100270010076757"]),
        ("Kyiv Lvov", [KYIV, LVIV]),
        ("Kharkov Odessa", [KHARKIV, "UA51100270010076757"]),
        ("Kyiv Kyiv", [KYIV]),  # had been given twice
    ],
)
def test_cities_named_side_by_side_are_all_given_neither_sure(
    gz: Gazetteer, text: str, codes: list[str]
) -> None:
    res = gz.resolve(text)
    assert res.status == "ambiguous"
    assert [m.entry.code for m in res.candidates] == codes
    assert {m.kind for m in res.candidates} == {"beside"}


@pytest.mark.parametrize(
    ("text", "name"),
    [("Novaa Kakhovka", "Нова Каховка"), ("Velyka Oleksandrivkaa", "Велика Олександрівка")],
)
def test_a_typo_of_one_name_is_not_read_as_names(gz: Gazetteer, text: str, name: str) -> None:
    # (Kakhovka is a city's name, Nova none: the words are one name, misspelt)
    res = gz.resolve(text)
    assert res.best is not None and res.best.entry.name_uk == name
    assert res.best.kind != "beside"
