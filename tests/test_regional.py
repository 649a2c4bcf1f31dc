"""The file's own geography as a prior for ambiguous names (gazetteer.regional)."""

from __future__ import annotations

from dataclasses import replace

from gazetteer import Gazetteer
from gazetteer.model import Entry, Match, Resolution
from gazetteer.regional import PRIOR_PLACES, SPREAD_PRIOR, Place, RegionTally


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
    # fifty places in each of two oblasts of 1,000 settlements: twelve of them among the 300
    # of a big raion (its oblast's rate predicts fifteen), eight among the 20 of a small one
    sizes = {"R-BIG": 300, "R-SMALL": 20, "O-1": 1000, "O-2": 1000, "": 27000}
    tally = RegionTally(sizes=sizes)
    for i in range(50):
        tally.add(matched(entry(f"B{i}", "C", "R-BIG" if i < 12 else "R-1", "O-1")))
        tally.add(matched(entry(f"S{i}", "C", "R-SMALL" if i < 8 else "R-2", "O-2")))
    big, small = entry("B-X", "C", "R-BIG", "O-1"), entry("S-X", "C", "R-SMALL", "O-2")
    assert tally.prefer(ambiguous(big, small)).best.entry.code == "S-X"  # type: ignore[union-attr]
    assert tally.rate(Place.of(small)) > 5 * tally.rate(Place.of(big))
    # in a file of five places, where no raion is expected to hold even one, counts decide
    few = RegionTally(sizes=sizes)
    for i in range(3):
        few.add(matched(entry(f"B{i}", "C", "R-BIG", "O-1")))
    for i in range(2):
        few.add(matched(entry(f"S{i}", "C", "R-SMALL", "O-2")))
    assert few.rate(Place.of(big)) > few.rate(Place.of(small))


def test_a_raion_is_weighed_against_what_its_oblast_predicts() -> None:
    # a country-wide file: 40 places in a big oblast, two of them in a raion of 300
    # settlements (where its oblast's rate predicts six or seven), against 30 places in a
    # small oblast, none yet in the small raion of the other namesake
    sizes = {"O-BIG": 1800, "R-A": 300, "O-SMALL": 500, "R-B": 30, "": 29000}
    tally = RegionTally(sizes=sizes)
    for i in range(40):
        tally.add(matched(entry(f"A{i}", "C", "R-A" if i < 2 else f"R-A{i % 5}", "O-BIG")))
    for i in range(30):
        tally.add(matched(entry(f"B{i}", "C", f"R-B{i % 3}", "O-SMALL")))
    a, b = entry("A-X", "C", "R-A", "O-BIG"), entry("B-X", "C", "R-B", "O-SMALL")
    assert tally.prefer(ambiguous(a, b)).best.entry.code == "B-X"  # type: ignore[union-attr]
    # as the file's places there grow, the raion's own count wins
    for i in range(8):
        tally.add(matched(entry(f"A-MORE{i}", "C", "R-A", "O-BIG")))
    assert tally.prefer(ambiguous(b, a)).best.entry.code == "A-X"  # type: ignore[union-attr]


def test_close_scores_keep_the_resolvers_guess() -> None:
    sizes = {"O-1": 1000, "O-2": 1000, "R-1": 200, "R-2": 200, "": 27000}
    tally = RegionTally(sizes=sizes)
    for i in range(10):
        tally.add(matched(entry(f"P{i}", "C", "R-1", "O-1")))
        tally.add(matched(entry(f"Q{i}", "C", "R-2", "O-2")))
    tally.add(matched(entry("Q-EXTRA", "C", "R-2", "O-2")))  # eleven against ten
    first, second = entry("X-1", "C", "R-1", "O-1"), entry("X-2", "C", "R-2", "O-2")
    resolution = ambiguous(first, second)
    assert tally.rate(Place.of(second)) > tally.rate(Place.of(first))
    assert tally.prefer(resolution) is resolution


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


def test_an_oblast_leans_only_with_two_places() -> None:
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


#: Settlements of Kherson oblast (data/katottg.tsv): four in Beryslav raion (Берислав,
#: Зміївка, Борозенське, Велика Олександрівка), ten in Henichesk, Kakhovka and Skadovsk
#: raions, none in a hromada that holds an Іванівка.
KHERSON_FILE = (
    "UA65020010010095508",
    "UA65020010020062287",
    "UA65020030010077740",
    "UA65020050010075556",
    "UA65040010010040633",
    "UA65040010420034177",
    "UA65040070020058021",
    "UA65040070420039133",
    "UA65060050210053037",
    "UA65060110040011267",
    "UA65060230020078649",
    "UA65060290140053874",
    "UA65080050070074150",
    "UA65080150030097230",
)


def test_ivanivka_leans_to_the_oblast_of_a_kherson_file_not_to_its_raions(gz: Gazetteer) -> None:
    tally = RegionTally(sizes=gz.settlement_counts())
    for code in KHERSON_FILE:
        tally.add_place(Place.of(gz.entry(code)))
    namesakes = gz.namesakes("UA65020070080047252")  # Іванівка
    assert len(namesakes) == 119
    places = [Place.of(gz.entry(c)) for c in namesakes]
    chosen = places[tally.choose(places)]
    # the file is all Kherson oblast, but spread over its raions about as their settlements
    # are (4, 4, 4 and 2 of 151, 163, 162 and 114): the oblast decides, its raions do not,
    # and the first of Kherson oblast's five Іванівка in the resolver's order is kept
    assert tally.priors()[1] == SPREAD_PRIOR
    assert chosen.code == "UA65020070080047252"
    kakhovka = Place.of(gz.entry("UA65060190020080418"))
    henichesk = Place.of(gz.entry("UA65040030010022975"))
    assert tally.rate(chosen) == tally.rate(kakhovka) == tally.rate(henichesk)
    # Izium raion's Іванівка (Kharkiv oblast holds none of the file's places) far behind
    izium = Place.of(gz.entry("UA63040090060094359"))
    assert tally.rate(izium) < tally.rate(chosen) / 10


def _spread(gz: Gazetteer) -> list[Place]:
    """Every 150th settlement of the gazetteer (198, spread as settlements are), no Іванівка."""
    every = [e for e in gz.entries if e.category in {"M", "X", "C"} and e.raion_code]
    return [Place.of(e) for e in every[::150] if e.name_uk != "Іванівка"]


IZIUM_RAION = "UA63040000000023521"


def test_a_country_wide_list_does_not_lean_on_chance_neighbours(gz: Gazetteer) -> None:
    # about a fifth of its places share a hromada with one of the 119 Іванівка: by chance,
    # as any list spread like the country's settlements would, so none is preferred
    tally = RegionTally(sizes=gz.settlement_counts())
    for place in _spread(gz):
        tally.add_place(place)
    places = [Place.of(gz.entry(c)) for c in gz.namesakes("UA65020070080047252")]
    assert sum(p.hromada in tally.hromadas for p in places) >= 20
    assert tally.choose(places) == 0
    assert tally.priors() == (SPREAD_PRIOR,) * 3


def test_the_same_list_with_a_focus_leans_to_it(gz: Gazetteer) -> None:
    # the spread list and 30 settlements of Izium raion: Izium's Іванівка is chosen
    tally = RegionTally(sizes=gz.settlement_counts())
    for place in _spread(gz):
        tally.add_place(place)
    izium = [e for e in gz.entries if e.raion_code == IZIUM_RAION and e.category in {"M", "X", "C"}]
    for e in izium[:60:2]:
        tally.add_place(Place.of(e))
    places = [Place.of(gz.entry(c)) for c in gz.namesakes("UA65020070080047252")]
    chosen = places[tally.choose(places)]
    assert chosen.raion == IZIUM_RAION  # one of its two Іванівка (UA6304003..., UA6304009...)
    assert chosen.code in ("UA63040030220081413", "UA63040090060094359")
    assert tally.priors()[1] < 2 * PRIOR_PLACES  # the raion shows the focus


def test_a_spread_list_naming_the_place_itself_leans_to_it(gz: Gazetteer) -> None:
    # a list naming one Іванівка confidently (another spelling, a code) means it where the
    # name stands bare, however spread the list is
    tally = RegionTally(sizes=gz.settlement_counts())
    for place in _spread(gz):
        tally.add_place(place)
    vinnytsia = Place.of(gz.entry("UA05040050050055501"))  # Іванівка, Vinnytsia oblast
    tally.add_place(vinnytsia)
    places = [Place.of(gz.entry(c)) for c in gz.namesakes("UA65020070080047252")]
    assert places[tally.choose(places)] == vinnytsia


def test_a_list_too_small_to_show_its_spread_leans_as_if_focused(gz: Gazetteer) -> None:
    tally = RegionTally(sizes=gz.settlement_counts())
    for code in (*KHERSON_FILE[:2], "UA63040090060094359"):
        tally.add_place(Place.of(gz.entry(code)))
    assert tally.priors() == (PRIOR_PLACES,) * 3


def test_a_country_wide_scatter_does_not_lean(gz: Gazetteer) -> None:
    # the first village of each of 20 oblasts: one place an oblast is no region
    firsts: dict[str, str] = {}
    for e in gz.entries:
        if e.category == "C" and len(firsts) < 20:
            firsts.setdefault(e.oblast, e.code)
    tally = RegionTally(sizes=gz.settlement_counts())
    for code in firsts.values():
        tally.add_place(Place.of(gz.entry(code)))
    places = [Place.of(gz.entry(c)) for c in gz.namesakes("UA65020070080047252")]
    assert tally.choose(places) == 0


def test_settlement_counts_hold_oblasts_and_the_whole(gz: Gazetteer) -> None:
    counts = gz.settlement_counts()
    assert counts["UA-65"] == 696  # Kherson oblast's cities, selyshches and villages
    assert counts["UA63040000000023521"] == 228  # Izium raion
    assert counts[""] == sum(counts[o.iso] for o in gz.oblasts.oblasts) == 29703


def test_a_lean_stays_within_the_letters_tie_margin_of_the_best() -> None:
    tally = RegionTally()
    tally.add(matched(NORTH_A))
    tally.add(matched(NORTH_B))
    south, north = SOUTH_A, entry("N-C", "C", "R-N", "O-N")
    for behind, leans in ((0.5, True), (2.0, False)):
        ms = (
            Match(south, 89.0, "former", "x", ambiguous=True),
            Match(north, 89.0 - behind, "former", "x", ambiguous=True),
        )
        best = tally.prefer(Resolution("x", "ambiguous", ms[0], ms)).best
        assert best is not None and best.entry.code == ("N-C" if leans else "S-A")
    # a best read as a typo ties with letters up to three points behind
    ms = (
        Match(south, 90.0, "fuzzy", "x", ambiguous=True),
        Match(north, 88.0, "fuzzy", "x", ambiguous=True),
    )
    best = tally.prefer(Resolution("x", "ambiguous", ms[0], ms)).best
    assert best is not None and best.entry.code == "N-C"


def test_a_file_of_many_spellings_leans_across_the_letters_margin_to_its_own_place() -> None:
    north = entry("N-C", "C", "R-N", "O-N")
    ms = (
        Match(SOUTH_A, 89.0, "former", "x", ambiguous=True),
        Match(north, 87.0, "loose", "x", ambiguous=True),
    )
    res = Resolution("x", "ambiguous", ms[0], ms)
    once, many = RegionTally(), RegionTally()
    for e in (NORTH_A, NORTH_B, north):
        once.add(matched(e))  # each place once, however often the same text is added
        once.add(matched(e))
        for spelling in ("one", "two"):  # each place in two spellings
            m = Match(e, 100.0, "exact", spelling)
            many.add(Resolution(f"{e.code} {spelling}", "matched", m, (m,)))
    assert once.naming.repeat_chance() == 0.0 and many.naming.repeat_chance() == 1.0
    assert once.prefer(res) is res  # the letters' first: a place the file may not name
    best = many.prefer(res).best  # likelier another spelling of a place the file names
    assert best is not None and best.entry.code == "N-C"
    # a candidate the file does not name stays behind the margin in either
    other = replace(ms[1], entry=entry("N-D", "C", "R-N", "O-N"))
    res = Resolution("x", "ambiguous", ms[0], (ms[0], other))
    assert many.prefer(res).best is ms[0]


def test_weighing_a_city_s_yield_counts_no_value() -> None:
    # overrule weighs the file without the city and then counts it again: as a place, not as
    # one more value naming it (the naming had gained a value each time, so a file naming
    # each place once looked like one of many spellings)
    tally = RegionTally()
    for i in range(40):
        tally.add_place(Place(f"S{i}", f"R-S{i % 4}", "O-S", "C"))
    city = Place("CITY", "R-C", "O-C", "M")
    tally.add_place(city)
    before = (dict(tally.naming.per_place), tally.naming.values, tally.naming.once)
    for _ in range(3):
        tally.overrule(city, [Place("NAMESAKE", "R-S0", "O-S", "C")])
    assert "CITY" in tally.places
    assert (dict(tally.naming.per_place), tally.naming.values, tally.naming.once) == before
    assert tally.naming.repeat_chance() == 0.0


def test_parents_met_lists_each_level_s_parents_in_the_order_first_counted() -> None:
    # leanmemo digests this order; it reads it here, not through a private field
    tally = RegionTally()
    assert tally.parents_met() == ((), (), ())
    tally.add(matched(entry("S-1", "C", "R-S", "O-S", hromada="H-S")))
    tally.add(matched(entry("N-1", "C", "R-N", "O-N", hromada="H-N")))
    tally.add(matched(entry("S-2", "C", "R-S", "O-S", hromada="H-S")))
    assert tally.parents_met() == (("",), ("O-S", "O-N"), ("R-S", "R-N"))
