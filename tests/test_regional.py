"""The file's own geography as a prior for ambiguous names (gazetteer.regional)."""

from __future__ import annotations

from dataclasses import replace

from gazetteer import Gazetteer
from gazetteer.model import Entry, Match, Resolution
from gazetteer.regional import Place, RegionTally


def entry(code: str, category: str, raion: str, oblast: str, hromada: str = "") -> Entry:
    return Entry(code, code, code, category, oblast=oblast, raion_code=raion, hromada_code=hromada)


def matched(e: Entry) -> Resolution:
    m = Match(e, 100.0, "exact", e.name)
    return Resolution(e.name, "matched", m, (m,))


def ambiguous(*entries: Entry) -> Resolution:
    ms = tuple(Match(e, 100.0, "exact", e.name, ambiguous=True) for e in entries)
    return Resolution("x", "ambiguous", ms[0], ms)


NORTH_A = entry("N-A", "C", "R-N", "O-N")
NORTH_B = entry("N-B", "C", "R-N", "O-N")
SOUTH_A = entry("S-A", "C", "R-S", "O-S")
SOUTH_CITY = entry("S-CITY", "M", "R-S", "O-S")


def test_an_ambiguous_name_leans_to_the_raion_of_the_sure_ones() -> None:
    tally = RegionTally()
    tally.add(matched(NORTH_A))
    tally.add(matched(NORTH_B))
    leaned = tally.prefer(ambiguous(SOUTH_A, entry("N-C", "C", "R-N", "O-N")))
    assert leaned.best is not None and leaned.best.entry.code == "N-C"
    assert leaned.status == "ambiguous"
    assert [m.entry.code for m in leaned.candidates] == ["N-C", "S-A"]
    assert "raion" in leaned.best.explain[-1]


def test_within_one_raion_the_hromada_of_the_sure_ones_decides() -> None:
    # two namesakes in one raion: the file's sure places lie in one hromada of it
    tally = RegionTally()
    tally.add(matched(entry("H-1", "C", "R-N", "O-N", hromada="H-EAST")))
    tally.add(matched(entry("H-2", "C", "R-N", "O-N", hromada="H-EAST")))
    west = entry("W", "C", "R-N", "O-N", hromada="H-WEST")
    east = entry("E", "C", "R-N", "O-N", hromada="H-EAST")
    leaned = tally.prefer(ambiguous(west, east))
    assert leaned.best is not None and leaned.best.entry.code == "E"
    # one sure place in a hromada is chance: the resolver's order stands
    single = RegionTally()
    single.add(matched(entry("H-1", "C", "R-N", "O-N", hromada="H-EAST")))
    assert single.prefer(ambiguous(west, east)).best.entry.code == "W"  # type: ignore[union-attr]


def test_the_denser_raion_wins_over_the_one_with_more_places() -> None:
    # three of the file's places among 300 settlements, against two among 20
    sizes = {"R-BIG": 300, "R-SMALL": 20}
    tally = RegionTally(sizes=sizes)
    for i in range(3):
        tally.add(matched(entry(f"B{i}", "C", "R-BIG", "O-1")))
    for i in range(2):
        tally.add(matched(entry(f"S{i}", "C", "R-SMALL", "O-2")))
    big, small = entry("B-X", "C", "R-BIG", "O-1"), entry("S-X", "C", "R-SMALL", "O-2")
    assert tally.prefer(ambiguous(big, small)).best.entry.code == "S-X"  # type: ignore[union-attr]
    # without the sizes, each unit counts as one settlement: more places, denser
    counts_only = RegionTally(places=set(tally.places), raions=tally.raions.copy())
    assert counts_only.prefer(ambiguous(small, big)).best.entry.code == "B-X"  # type: ignore[union-attr]
    assert tally.density(Place.of(small)) > tally.density(Place.of(big))


def test_a_place_counts_once_however_often_it_is_named() -> None:
    tally = RegionTally()
    for _ in range(5):
        tally.add(matched(SOUTH_A))
    tally.add(matched(NORTH_A))
    tally.add(matched(NORTH_B))
    assert tally.raions["R-S"] == 1 and tally.raions["R-N"] == 2


def test_unsure_answers_are_not_counted() -> None:
    tally = RegionTally()
    tally.add(ambiguous(NORTH_A, SOUTH_A))
    tally.add(Resolution("y", "unmatched", None))
    assert not tally
    resolution = ambiguous(SOUTH_A, NORTH_A)
    assert tally.prefer(resolution) is resolution


def test_a_city_is_not_displaced_by_a_village() -> None:
    tally = RegionTally()
    tally.add(matched(NORTH_A))
    tally.add(matched(NORTH_B))
    resolution = ambiguous(SOUTH_CITY, entry("N-C", "C", "R-N", "O-N"))
    assert tally.prefer(resolution) is resolution


def test_matched_answers_never_change() -> None:
    tally = RegionTally()
    tally.add(matched(NORTH_A))
    resolution = matched(SOUTH_A)
    assert tally.prefer(resolution) is resolution


def test_an_oblast_leans_only_with_a_clear_share() -> None:
    spread = RegionTally()
    for i in range(20):  # twenty places in twenty oblasts, one of them O-N
        spread.add(matched(entry(f"P{i}", "C", f"R{i}", "O-N" if i == 0 else f"O{i}")))
    resolution = ambiguous(SOUTH_A, entry("N-C", "C", "R-other", "O-N"))
    assert spread.prefer(resolution) is resolution
    clustered = RegionTally()
    for i in range(4):
        clustered.add(matched(entry(f"P{i}", "C", f"R{i}", "O-N")))
    assert clustered.prefer(resolution).best.entry.code == "N-C"  # type: ignore[union-attr]


def test_ivanivka_leans_to_the_raion_of_a_kherson_report(gz: Gazetteer) -> None:
    # Villages of Beryslav raion (UA6502), each unique in Kherson oblast.
    tally = RegionTally()
    for name in ("Khreshchenivka", "Zolota Balka", "Novovorontsovka"):
        tally.add(gz.resolve(name, oblast="Kherson Oblast"))
    resolution = gz.resolve("Ivanivka", oblast="Kherson Oblast")
    assert resolution.status == "ambiguous"
    leaned = tally.prefer(resolution)
    assert leaned.best is not None
    assert leaned.best.entry.code == "UA65020070080047252"  # Іванівка, Beryslav raion
    assert leaned.best.entry.raion_code == "UA65020000000032929"


def test_a_namesake_beyond_the_five_shown_can_be_chosen() -> None:
    shown = [entry(f"W{i}", "C", f"R-W{i}", "O-W") for i in range(5)]
    further = Match(entry("E-1", "C", "R-E", "O-E"), 100.0, "exact", "x", ambiguous=True)
    resolution = replace(ambiguous(*shown), also_tied=(further,))
    tally = RegionTally()
    tally.add(matched(entry("E-SURE-1", "C", "R-E", "O-E")))
    tally.add(matched(entry("E-SURE-2", "C", "R-E", "O-E")))
    leaned = tally.prefer(resolution)
    assert leaned.best is not None and leaned.best.entry.code == "E-1"
    assert [m.entry.code for m in leaned.candidates[1:]] == [f"W{i}" for i in range(5)]
    assert leaned.also_tied == ()
