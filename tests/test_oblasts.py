"""Oblast hints in every written form, and the four ISO codes that differ from KATOTTG."""

from __future__ import annotations

import pytest
from resolving_asserts import assert_matched

from gazetteer import Gazetteer, find_places

# KATOTTG prefix -> (code of the unit, ISO 3166-2), from data/katottg.tsv and ISO 3166-2:UA.
KHERSON = ("UA65000000000030969", "UA-65")
LUHANSK = ("UA44000000000018893", "UA-09")
CHERNIVTSI = ("UA73000000000044923", "UA-77")
KYIV_CITY = ("UA80000000000093317", "UA-30")
SEVASTOPOL = ("UA85000000000065278", "UA-40")
CRIMEA = ("UA01000000000013043", "UA-43")
KYIV_OBLAST = ("UA32000000000030281", "UA-32")
DONETSK = ("UA14000000000091971", "UA-14")
KHARKIV = ("UA63000000000041885", "UA-63")
DNIPROPETROVSK = ("UA12000000000090473", "UA-12")

HINTS = [
    ("Kherson Oblast", KHERSON),
    ("Khersonska oblast", KHERSON),
    ("Kherson region", KHERSON),
    ("Херсонська обл.", KHERSON),
    ("Херсонська область", KHERSON),
    ("Херсонская область", KHERSON),
    ("Cherson", KHERSON),
    ("Oblast Kherson", KHERSON),
    ("Kherson", KHERSON),
    ("kherson OBLAST", KHERSON),
    ("UA-65", KHERSON),
    ("UA65", KHERSON),
    ("ua-65", KHERSON),
    ("UA65100150010064384", KHERSON),  # a full code inside the oblast
    ("Luhanska oblast", LUHANSK),
    ("Luhansk Oblast", LUHANSK),
    ("Lugansk oblast", LUHANSK),
    ("Луганська область", LUHANSK),
    ("UA44", LUHANSK),
    ("UA-09", LUHANSK),
    ("Chernivtsi oblast", CHERNIVTSI),
    ("Чернівецька область", CHERNIVTSI),
    ("UA73", CHERNIVTSI),
    ("UA-77", CHERNIVTSI),
    ("Kyiv city", KYIV_CITY),
    ("UA80", KYIV_CITY),
    ("UA-30", KYIV_CITY),
    ("Sevastopol", SEVASTOPOL),
    ("UA85", SEVASTOPOL),
    ("UA-40", SEVASTOPOL),
    ("Crimea", CRIMEA),
    ("Avtonomna Respublika Krym", CRIMEA),
    ("UA01", CRIMEA),
    ("UA-43", CRIMEA),
    ("Kyiv Oblast", KYIV_OBLAST),
    ("Kyivska oblast", KYIV_OBLAST),
    ("Київська область", KYIV_OBLAST),
    ("UA32", KYIV_OBLAST),
    ("Donetsk region", DONETSK),
    ("Donetska obl.", DONETSK),
    ("Харьковская обл", KHARKIV),
    ("Kharkiv Obalst", KHARKIV),  # misspelt "oblast"
    ("Dnipropetrovsk oblast", DNIPROPETROVSK),
    ("Днепропетровская область", DNIPROPETROVSK),
    # the names the occupation authorities gave two oblasts, as Russian reports write them
    ("ДНР", DONETSK),
    ("DPR", DONETSK),
    ("Донецкой Народной Республики", DONETSK),
    ("Donetsk People's Republic", DONETSK),
    ("ЛНР", LUHANSK),
    ("LNR", LUHANSK),
    ("Луганская Народная Республика", LUHANSK),
    # the adjective in another case, as an address after a name writes it
    ("Херсонської області", KHERSON),
    ("Чернівецької області", CHERNIVTSI),
    ("Харьковской области", KHARKIV),
    ("Donetskoi oblasti", DONETSK),
    # foreign newsrooms' words for an oblast
    ("Gebiet Charkiw", KHARKIV),
    ("région de Kharkiv", KHARKIV),
]


@pytest.mark.parametrize(("text", "unit"), HINTS)
def test_parse_oblast(gz: Gazetteer, text: str, unit: tuple[str, str]) -> None:
    code, iso = unit
    entry = gz.parse_oblast(text)
    assert entry is not None, text
    assert (entry.code, entry.oblast) == (code, iso)
    assert entry.category in {"O", "K"}
    assert gz.hint_oblasts(text)[0] == iso


@pytest.mark.parametrize("text", ["nonsense", "xqzzy", "", "   ", "UA-99", "UA00", "99", "ob"])
def test_nonsense_is_no_oblast(gz: Gazetteer, text: str) -> None:
    assert gz.parse_oblast(text) is None
    assert gz.hint_oblasts(text) == ()


@pytest.mark.parametrize("word", ["done", "one", "code", "node", "ode"])
def test_a_word_cut_after_a_vowel_is_no_oblasts_stem(gz: Gazetteer, word: str) -> None:
    # Донецька's and Одеська's stems less their own consonant (done, ode), which declined
    # forms less their endings meet, had read stray English words as Donetsk and Odesa
    assert gz.hint_oblasts(word) == ()
    res = gz.resolve(f"Kharkiv, {word}")
    assert res.region == ""  # had been UA-14 beside Kharkiv (done), UA-51 (code)
    assert res.best is not None and res.best.entry.oblast == KHARKIV[1]
    assert gz.resolve(f"Zzzzz, {word}").region == ""  # no oblast for an unmatched row


@pytest.mark.parametrize(
    "word", ["sum", "tern", "doneness", "winning", "mykola", "don", "win", "wow", "dark", "sums"]
)
def test_a_short_or_longer_word_is_no_oblasts_name(gz: Gazetteer, word: str) -> None:
    # a word cut short without its dot (sum: Sumska's stem; tern: Ternopil's first half),
    # three letters a letter from a name (don, win, wow; dark: АРК), or a stem and another
    # word's end (doneness, winning) had read as Sumy, Ternopil, Donetsk, Vinnytsia, Lviv,
    # Crimea: 'Kharkiv, sum' carried region UA-59
    assert gz.parse_oblast(word) is None
    res = gz.resolve(f"Kharkiv, {word}")
    assert res.region == ""
    assert res.best is not None and res.best.entry.oblast == KHARKIV[1]
    assert gz.resolve(f"Zzzzz, {word}").region == ""  # no oblast for an unmatched row


@pytest.mark.parametrize(
    "word", ["heron", "person", "version", "knew", "proven", "harrow", "poodle", "skew"]
)
def test_an_english_word_a_letter_from_a_names_key_is_no_oblast(gz: Gazetteer, word: str) -> None:
    # heron and person are a letter from Херсон's key (herson), knew from Kiev's, proven
    # from Рівне's: near keys, but two letters or more from any spelling of the names
    assert gz.parse_oblast(word) is None
    assert gz.resolve(f"Qzxwvyj, {word}").region == ""  # proven had given UA-56


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("Kheron", "UA-65"),  # a letter dropped from Kherson
        ("Khersn", "UA-65"),
        ("Khrakiv", "UA-63"),  # two swapped
        ("Khakirv oblast", "UA-63"),  # a longer name, two letters amiss
        ("Zaphorizia Oblast", "UA-23"),
        ("Lutskyi", "UA-07"),  # a name and an ending
        ("Mykolaiw", "UA-48"),
    ],
)
def test_a_latin_typo_of_an_oblasts_name_still_reads(gz: Gazetteer, text: str, iso: str) -> None:
    reading = gz.oblasts.parse(text)
    assert reading is not None and reading.oblasts[0].iso == iso, text


def test_kiev_oblast_is_the_oblast_first(gz: Gazetteer) -> None:
    # Kiev is three letters, Київська's stem and the capital's name: still the oblast's
    reading = gz.oblasts.parse("Oblast Kiev")
    assert reading is not None and reading.oblasts[0].iso == KYIV_OBLAST[1]


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("Don.", "UA-14"),
        ("Донецької", "UA-14"),
        ("Одеської", "UA-51"),
        ("Vinn.", "UA-05"),
        ("Sum.", "UA-59"),  # an abbreviation has its dot
        ("Сум. обл.", "UA-59"),
        ("Tern.", "UA-61"),
        ("Khark.", "UA-63"),
        ("Odes", "UA-51"),  # a letter short
        ("Donets Oblast", "UA-14"),
        ("Donestk Oblast", "UA-14"),  # a stem and letters alike its own
        ("Zaporizia", "UA-23"),
        ("Kharkov", "UA-63"),  # an adjective's stem of four letters or more
        ("Kharkivs", "UA-63"),
        ("Lutskyi", "UA-07"),  # a name and an ending
        ("Сумської", "UA-59"),
    ],
)
def test_abbreviations_and_declined_forms_still_name_their_oblast(
    gz: Gazetteer, text: str, iso: str
) -> None:
    assert gz.hint_oblasts(text)[:1] == (iso,)


def test_hint_of_none_is_nothing(gz: Gazetteer) -> None:
    assert gz.hint_oblasts(None) == ()


def test_kyiv_alone_is_the_city_and_its_oblast(gz: Gazetteer) -> None:
    # "Kyiv" names the city first; the oblast around it comes along.
    assert gz.hint_oblasts("Kyiv") == ("UA-30", "UA-32")
    assert gz.hint_oblasts("Kyiv Oblast") == ("UA-32", "UA-30")


def test_a_city_as_hint_gives_its_oblast(gz: Gazetteer) -> None:
    assert gz.hint_oblasts("Mariupol") == ("UA-14",)


@pytest.mark.parametrize(
    ("prefix", "iso"),
    [("UA44", "UA-09"), ("UA73", "UA-77"), ("UA80", "UA-30"), ("UA85", "UA-40"), ("UA01", "UA-43")],
)
def test_the_codes_that_differ(gz: Gazetteer, prefix: str, iso: str) -> None:
    assert gz.oblasts is not None
    unit = gz.oblasts.get(prefix)
    assert unit is not None and unit.iso == iso
    assert gz.oblasts.get(iso) is unit
    entry = gz.entry(unit.code)
    assert entry.oblast == iso
    assert entry.code.startswith(prefix)


@pytest.mark.parametrize(
    ("number", "iso"),
    [
        ("65", "UA-65"),  # ISO and KATOTTG agree
        ("5", "UA-05"),
        ("09", "UA-09"),  # Luhansk: ISO 09, KATOTTG and KOATUU 44
        ("44", "UA-09"),
        ("77", "UA-77"),  # Chernivtsi: ISO 77, KATOTTG 73
        ("73", "UA-77"),
        ("80", "UA-30"),  # Kyiv city
        ("6510100000", "UA-65"),  # KOATUU: Kherson city
        ("0110100000", "UA-43"),  # KOATUU: Simferopol
        ("4400000000", "UA-09"),
        ("65.0", "UA-65"),  # pandas writes a number column with a blank as floats
        ("510100000", "UA-05"),  # KOATUU of Vinnytsia (0510100000), its 0 lost in a sheet
        ("110100000", "UA-43"),  # Simferopol's so
        ("6510100000.0", "UA-65"),
    ],
)
def test_an_oblast_column_of_numbers(gz: Gazetteer, number: str, iso: str) -> None:
    assert gz.hint_oblasts(number)[0] == iso


@pytest.mark.parametrize(
    "hint", ["Kyiv Oblast", "Київська область", "UA-32", "32", "3200000000", "UA32000000000030281"]
)
def test_every_way_of_writing_kyiv_oblast_reads_kyiv_as_the_capital(
    gz: Gazetteer, hint: str
) -> None:
    # Kyiv city (UA-30) is no part of Kyiv oblast, but tables file it there: the numbers and
    # codes of the oblast bring the city along, as its name does.
    assert set(gz.hint_oblasts(hint)) == {"UA-32", "UA-30"}
    found = gz.resolve("Kyiv", oblast=hint)
    assert found.best is not None and found.best.entry.code == "UA80000000000093317"
    assert found.status == "matched"


@pytest.mark.parametrize("number", ["99", "123", "65101", "65.5", "99.0", ".0"])
def test_other_numbers_name_no_oblast(gz: Gazetteer, number: str) -> None:
    assert gz.hint_oblasts(number) == ()


def test_a_number_hint_steers_a_lookup(gz: Gazetteer) -> None:
    found = gz.resolve("Ivanivka", oblast="65")
    assert found.best is not None and found.best.entry.oblast == "UA-65"


def test_twenty_seven_units(gz: Gazetteer) -> None:
    assert gz.oblasts is not None
    units = gz.oblasts.oblasts
    assert len(units) == 27
    assert len({u.iso for u in units}) == 27
    assert sum(1 for u in units if u.prefix[2:] != u.iso[3:]) == 5
    for u in units:
        assert gz.entry(u.code).category in {"O", "K"}


def test_every_place_carries_the_iso_code_of_its_unit(gz: Gazetteer) -> None:
    assert gz.entry("UA44100110010094316").oblast == "UA-09"  # Svatove
    assert gz.entry("UA44100110010094316").oblast_name == "Luhanska"
    assert gz.entry("UA14120110010088407").oblast == "UA-14"  # Lyman


@pytest.mark.parametrize("hint", ["Luhanska oblast", "UA44", "UA-09", "Луганська обл."])
def test_luhansk_hint_in_lookup(gz: Gazetteer, hint: str) -> None:
    # Сватове is a Luhansk city and a Crimean village (UA01140070030024577).
    best = gz.lookup("Svatove", oblast=hint)[0]
    assert best.entry.code == "UA44100110010094316"
    crimea = gz.lookup("Svatove", oblast="Crimea")[0]
    assert crimea.entry.code == "UA01140070030024577"


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # an abbreviation or a region's name alone, as a whole value: the unit
        ("ДНР", "UA14000000000091971"),
        ("ЛНР", "UA44000000000018893"),
        ("АРК", "UA01000000000013043"),
        ("АР Крим", "UA01000000000013043"),
        ("AR Crimea", "UA01000000000013043"),
    ],
)
def test_a_unit_s_abbreviation_alone_is_the_unit(gz: Gazetteer, text: str, code: str) -> None:
    assert_matched(gz, text, code)


@pytest.mark.parametrize(("text", "iso"), [("Izium", "UA-63"), ("Izium, Kharkiv", "UA-63")])
def test_a_city_s_name_is_no_typo_of_an_oblast_s(gz: Gazetteer, text: str, iso: str) -> None:
    # "Izium" is 85% like "Sumy" to the oblast reader; it is a city of Kharkiv oblast
    assert gz.hint_oblasts(text.split(",")[0]) == (iso,)
    assert gz.resolve("Izium, Kharkiv").status == "matched"


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # an address from the oblast down, the oblast by its centre's name (as tables write)
        ("Kharkiv, Izium", "UA63040090010029555"),
        ("Donetsk, Kramatorsk", "UA14120090010038661"),
        ("Kyiv, Bucha", "UA32080070010087821"),
        ("Kherson, Chornobaivka", "UA65100170010020440"),
        # a town whose raion bears its name: the town, not the centre outside that raion
        ("Chernihiv, Novhorod-Siverskyi", "UA74060030010060039"),
    ],
)
def test_a_place_after_its_oblasts_centre_is_the_place(gz: Gazetteer, text: str, code: str) -> None:
    assert_matched(gz, text, code)
    # the centre (or the oblast it names) stays among the candidates, unsure
    candidates = gz.resolve(text).candidates
    assert any(m.entry.category in {"K", "M", "O"} and m.score <= 89 for m in candidates[1:])


@pytest.mark.parametrize(
    "text",
    [
        "в Республике Крым",
        "у Республіці Крим",
        "в Автономной Республике Крым",
        "над Автономною Республікою Крим",
        "Республіка Крим",
        "АР Крым",
    ],
)
def test_crimea_by_its_long_name_declined(gz: Gazetteer, text: str) -> None:
    assert_matched(gz, text, "UA01000000000013043")


def test_crimea_declined_in_running_text(gz: Gazetteer) -> None:
    found = find_places(gz, "Взрывы прогремели в Республике Крым.")
    assert [(m.text, m.resolution.best.entry.code) for m in found if m.resolution.best] == [
        ("Республике Крым", "UA01000000000013043")
    ]


def test_a_reading_kept_is_the_reading_asked_for(
    gz: Gazetteer, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Readings are kept per text and per threshold, and forgotten when too many are kept:
    'Kharkivskoi oblasti' (a declined adjective) reads as Kharkiv oblast at 99, so under a
    threshold of 99.5 it is none."""
    import gazetteer.oblasts as oblasts

    assert gz.oblasts is not None
    monkeypatch.setattr(oblasts, "PARSED_KEPT", 2)
    for _ in range(2):
        for text in ("Kharkov Oblast", "Kherson oblast", "Charkow"):
            reading = gz.oblasts.parse(text)
            assert reading is not None and reading.oblasts[0].iso in ("UA-63", "UA-65")
        assert gz.oblasts.parse("Kharkivskoi oblasti", min_score=99.5) is None
        assert len(gz.oblasts._parsed) <= 2


def test_a_reading_kept_survives_a_clear_between_look_ups(
    gz: Gazetteer, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Another thread may clear a full cache at any moment: a reading is looked up once, so a
    clear just after a test for the key cannot make the read fail (a KeyError)."""

    class ClearedAfterTest(dict):
        def __contains__(self, key: object) -> bool:
            found = super().__contains__(key)
            self.clear()  # as another thread would, the cache being full
            return found

    assert gz.oblasts is not None
    monkeypatch.setattr(gz.oblasts, "_parsed", ClearedAfterTest())
    for _ in range(2):
        reading = gz.oblasts.parse("Kherson oblast")
        assert reading is not None and reading.oblasts[0].iso == "UA-65"


def test_the_loaded_table_carries_its_spellings(monkeypatch):
    # made once for the cache (OblastTable.spell_out): a process's first loose reading of a
    # Latin text must not make them again (~1 s, mostly translit's tables, in every worker)
    import gazetteer.oblasts as oblasts_module
    from gazetteer import Gazetteer

    def made_again(*args, **kwargs):
        raise AssertionError("latin_spellings called after loading")

    table = Gazetteer.default().oblasts
    monkeypatch.setattr(oblasts_module, "latin_spellings", made_again)
    assert table.parse("Khersonn qwz") is not None  # a loose reading: Kherson
    assert table.parse("heron zqx") is None  # heron, no spelling of Херсон
