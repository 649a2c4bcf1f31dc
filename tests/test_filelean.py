"""A file's geography against a small city, and beyond the namesakes a resolution lists
(gazetteer.filelean)."""

from __future__ import annotations

import pytest

from gazetteer import Gazetteer, normalize_rows
from gazetteer.batch import Normalizer
from gazetteer.filelean import big_city
from gazetteer.regional import CITY_YIELD_PLACES, Place

# Towns of Donetsk oblast, each the only place of its name (all M or X in KATOTTG, UA14...).
DONETSK = (
    "Chasiv Yar, Velyka Novosilka, Kramatorsk, Sloviansk, Bakhmut, Pokrovsk, Druzhkivka, "
    "Myrnohrad, Toretsk, Selydove, Kurakhove, Vuhledar, Avdiivka, Mariupol, Volnovakha, "
    "Siversk, Soledar, Novohrodivka, Sviatohirsk, Horlivka, Makiivka, Yenakiieve, Shakhtarsk, "
    "Khartsyzk, Snizhne, Ilovaisk, Amvrosiivka, Dokuchaievsk, Yasynuvata, Bilozerske, "
    "Ukrainsk, Vuhlehirsk, Zhdanivka, Olhynka"
).split(", ")
DOLYNA_TOWN = "UA26060130010099427"  # M Долина, Kalush raion, Ivano-Frankivsk oblast (20k)
DOLYNA_DONETSK = "UA14120190050097749"  # C Долина, Kramatorsk raion: Donetsk oblast's only one
KAMIANSKE = "UA12040150010056523"  # M Кам’янське, Dnipropetrovsk oblast (~230k)
KHERSON = "UA65100150010064384"  # M Херсон, the oblast's centre
IVANIVKA_LVIV = "UA46060330190099530"  # C Іванівка, Lviv raion: the raion's only one
LVIV_RAION = ("Bertyshiv", "Velyki Hlibovychi", "Viliavche")  # C, Lviv raion, names unique


def normalized(names: list[str], gz: Gazetteer) -> list[dict[str, str]]:
    return list(normalize_rows([{"place": n} for n in names], column="place", gazetteer=gz))


def test_a_small_city_yields_to_a_namesake_where_the_files_places_lie(gz: Gazetteer) -> None:
    assert len(DONETSK) >= CITY_YIELD_PLACES
    assert gz.resolve("Dolyna").best.entry.code == DOLYNA_TOWN  # type: ignore[union-attr]
    out = normalized([*DONETSK, "Dolyna"], gz)
    assert {r["place_status"] for r in out[:-1]} == {"matched"}
    assert {r["place_oblast"] for r in out[:-1]} == {"UA-14"}
    assert out[-1]["place_status"] == "ambiguous"  # never a new confident answer
    assert out[-1]["place_code"] == DOLYNA_DONETSK
    assert (out[-1]["place_name_uk"], out[-1]["place_category"]) == ("Долина", "C")


def test_the_report_gives_the_namesake_the_city_and_why(gz: Gazetteer) -> None:
    norm = Normalizer(gz)
    norm.cells("place", [*DONETSK, "Dolyna"])
    (row,) = list(norm.report())
    assert row["value"] == "Dolyna" and row["status"] == "ambiguous"
    codes = [c["code"] for c in row["candidates"]]
    assert codes[:2] == [DOLYNA_DONETSK, DOLYNA_TOWN]
    assert "far from the city in UA-26" in row["note"]


def test_a_city_stays_in_a_small_file(gz: Gazetteer) -> None:
    out = normalized([*DONETSK[:20], "Dolyna"], gz)
    assert (out[-1]["place_status"], out[-1]["place_code"]) == ("matched", DOLYNA_TOWN)


def test_a_city_stays_when_its_own_oblast_is_in_the_file(gz: Gazetteer) -> None:
    # Three of 37 places in Ivano-Frankivsk oblast: more than half an even share (1/54).
    near = ["Ivano-Frankivsk", "Kalush", "Kolomyia"]
    out = normalized([*DONETSK, *near, "Dolyna"], gz)
    assert [r["place_oblast"] for r in out[-4:-1]] == ["UA-26"] * 3
    assert (out[-1]["place_status"], out[-1]["place_code"]) == ("matched", DOLYNA_TOWN)


def test_without_file_context_the_city_stays(gz: Gazetteer) -> None:
    rows = [{"place": n} for n in [*DONETSK, "Dolyna"]]
    out = list(normalize_rows(rows, column="place", gazetteer=gz, file_context=False))
    assert (out[-1]["place_status"], out[-1]["place_code"]) == ("matched", DOLYNA_TOWN)


@pytest.mark.parametrize(
    ("code", "big"),
    [
        (KAMIANSKE, True),  # by its people
        (KHERSON, True),  # its oblast's centre (GeoNames gives it only 66,000)
        ("UA80000000000093317", True),  # Kyiv, a special city
        (DOLYNA_TOWN, False),
    ],
)
def test_big_cities_never_yield(gz: Gazetteer, code: str, big: bool) -> None:
    assert big_city(gz, Place.of(gz.entry(code))) is big


def test_namesakes_are_every_entry_of_the_official_name(gz: Gazetteer) -> None:
    dolyny = gz.namesakes(DOLYNA_TOWN)
    assert len(dolyny) == 16 and DOLYNA_DONETSK in dolyny and DOLYNA_TOWN in dolyny
    assert {gz.entry(c).name_uk for c in dolyny} == {"Долина"}
    assert len(gz.namesakes(IVANIVKA_LVIV)) == 119
    assert gz.namesakes("UA14120090010038661") == ("UA14120090010038661",)  # Kramatorsk
    assert gz.namesakes("no such code") == ()


def test_namesakes_of_a_gazetteer_of_your_own(tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "mine.tsv"
    path.write_text(
        "id\tname\tregion\tcategory\n"
        "a\tЛіс\tNorth\tvillage\nb\tПоле\tNorth\tvillage\nc\tЛіс\tSouth\tvillage\n",
        encoding="utf-8",
    )
    mine = Gazetteer.from_file(path)
    assert mine.namesakes("a") == ("a", "c") == mine.namesakes("c")
    assert mine.namesakes("b") == ("b",)


def test_a_namesake_beyond_the_listed_ties_is_weighed(gz: Gazetteer) -> None:
    alone = gz.resolve("Ivanivka")
    listed = {m.entry.code for m in (*alone.candidates, *alone.also_tied)}
    assert IVANIVKA_LVIV not in listed  # 119 bear the name; 65 are listed
    out = normalized([*LVIV_RAION, "Ivanivka"], gz)
    assert [r["place_status"] for r in out] == ["matched"] * 3 + ["ambiguous"]
    assert {r["place_code"][:6] for r in out[:3]} == {"UA4606"}  # Lviv raion
    assert out[-1]["place_code"] == IVANIVKA_LVIV


# Towns and villages of Kharkiv oblast, each the only place of its name (UA63... in KATOTTG).
KHARKIV = (
    "Bohodukhiv, Havryshi, Mandrychyne, Koviahy, Staryi Merchyk, Hazove, Vidrodzhenivske, "
    "Mali Fesky, Muravske, Perovske, Krasnokutsk, Yazykove, Piatyhirske, Izium, Kehychivka, "
    "Berestyn, Sakhnovshchyna, Velykyi Burluk, Kanivtseve, Pidserednie, Sadovod, Siryi Yar, "
    "Sonino, Chervona Khvylia, Prykolotne, Dvorichna, Dvorichanske, Dvorichne, Kupiansk, "
    "Kivsharivka"
).split(", ")
LVIV_TOWNS = ["Lviv", "Drohobych", "Stryi"]  # Lviv oblast (UA-46): 1,928 settlements
ZOLOCHIV_LVIV = "UA46040070010068975"  # M Золочів, Zolochiv raion, Lviv oblast (22,600)
ZOLOCHIV_KHARKIV = "UA63020050010064235"  # X Золочів, Bohodukhiv raion, Kharkiv oblast (7,700)


def test_a_city_yields_where_its_oblast_is_ten_times_thinner(gz: Gazetteer) -> None:
    # 3 of 67 places in Lviv oblast, over an even share, but 30 in Kharkiv oblast's 1,751
    # settlements: eleven times Lviv oblast's rate, and the town under three times the
    # selyshche's people
    out = normalized([*DONETSK, *KHARKIV, *LVIV_TOWNS, "Zolochiv"], gz)
    assert [r["place_oblast"] for r in out[-4:-1]] == ["UA-46"] * 3
    assert (out[-1]["place_status"], out[-1]["place_code"]) == ("ambiguous", ZOLOCHIV_KHARKIV)
    # 20 in Kharkiv oblast: seven times, too few to tell
    out = normalized([*DONETSK, *KHARKIV[:20], *LVIV_TOWNS, "Zolochiv"], gz)
    assert out[-1]["place_code"] == ZOLOCHIV_LVIV


def test_a_town_yields_to_a_village_only_by_more_than_its_people(gz: Gazetteer) -> None:
    # Donetsk oblast's Долина has 557 people, Ivano-Frankivsk oblast's 20,417: with 2 of 66
    # places in Ivano-Frankivsk oblast's 805 settlements (over 1/54) and 34 in Donetsk
    # oblast's 1,298, a rate ten times lower is not enough
    out = normalized([*DONETSK, *KHARKIV, "Kolomyia", "Nadvirna", "Dolyna"], gz)
    assert [r["place_oblast"] for r in out[-3:-1]] == ["UA-26"] * 2
    assert (out[-1]["place_status"], out[-1]["place_code"]) == ("matched", DOLYNA_TOWN)
