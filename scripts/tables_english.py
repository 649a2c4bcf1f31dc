"""``english_words.tsv``: the settlements' official Latin names of one word that are common
English words (Step, Smile, Marine, Hut), with how often English uses them.

After a verb a person is as often the object of (visited, left, toured), a capitalised
word spelled as a settlement's official name is read as that settlement; when the word is
a common English word too (visited Smile, left Step), it is more likely a firm's, a club's
or a thing's name. So it is when the word is no official name but meets a settlement's
name by its match key (visited Lucky, visited Luck: Луцьк, whose Czech and Polish name is
Luck and whose Georgian name's key is Lucky's): the word is listed too. The counts are
pyspellchecker's English word frequency list (words counted in the OpenSubtitles2018
corpus, a floor of 50 for the words it adds by hand).

A rarer word (counted 51-499: alto, hindi, goop) is listed too, marked ``key``, when it
meets a city's name only by match key and is spelled as none of that city's names (Alto:
Ялта's Esperanto Jalto; Hindi: a lower-case GeoNames entry of Маріуполь; not Kiev, Odessa,
Yalta, which are the cities' names as written): in running text such a word is a city only
with a real cue.

So is a word English uses (counted 51-499), marked ``alias``, that a city's GeoNames name
of one word spells, capitalised, though its match key is none of the keys of the city's own
names (official, Ukrainian, their Russian forms, former names): a person's name or a word
that GeoNames lists among the city's names (Stalin: Донецьк, whose name was Сталіно;
Vladimir: Володимир; not Kiev, Kharkov, Saki, Chernobyl, whose keys are the Russian
names' Киев, Харьков, Саки, Чернобиль).
"""

from __future__ import annotations

import gzip
import json
from pathlib import Path

from sources import pyspellchecker_version
from tsvio import read_tsv, write_tsv

from translit import match_key

#: A word English uses at least this often in the list is a common English word (Nova,
#: 864; Smile, 61,421); below it are names and rare words (Sasha, 416; Kiev, 82).
MIN_COUNT = 500
#: pyspellchecker's floor: the words it adds by hand (names among them: kharkov, lviv).
FLOOR = 50
#: The cities' categories (city with special status, city): the rarer words' tier.
_CITIES = frozenset("KM")
#: The settlements' categories (city with special status, city, selyshche, village).
_SETTLEMENTS = frozenset("KMXC")


def _english_counts() -> dict[str, int]:
    """pyspellchecker's English word counts, by word in lower case."""
    import spellchecker  # build-time only

    path = Path(spellchecker.__file__).resolve().parent / "resources" / "en.json.gz"
    counts: dict[str, int] = json.loads(gzip.decompress(path.read_bytes()))
    return counts


def build_english_words(out: Path) -> list[str]:
    """Write ``english_words.tsv`` from ``katottg.tsv`` in ``out``; return report lines.
    One row a word: the settlements' name in lower case and its English count, sorted."""
    counts = _english_counts()
    _, settlements = read_tsv(out / "katottg.tsv")
    places = {row["code"]: row for row in settlements if row["category"] in _SETTLEMENTS}
    names = {row["name"].lower() for row in places.values() if row["name"].isalpha()}
    # the keys of the settlements' names of one word: official, Ukrainian, and exonyms
    _, exonyms = read_tsv(out / "exonyms.tsv")
    forms = [n for row in places.values() for n in (row["name"], row["name_uk"])]
    forms += [row["name"] for row in exonyms if row["code"] in places]
    keys = {match_key(form) for form in forms if " " not in form.strip()}
    common = {word for word, n in counts.items() if n >= MIN_COUNT and word.isalpha()}
    listed = {word for word in common if word in names or match_key(word) in keys}
    rows = sorted((word, counts[word], "common") for word in listed)
    rows += _key_words(counts, places, exonyms, names)
    rows += _alias_words(counts, places, exonyms, names, out)
    rows.sort()
    comments = [
        "The common English words (counted at least "
        f"{MIN_COUNT} times in pyspellchecker's English word frequency list) that are a "
        "settlement's official Latin (KMU 2010) name of one word or meet a settlement's "
        "name of one word (official, Ukrainian, or an exonym) by its match key; the word "
        "in lower case, its count and its kind, common; and, of kind key, the words "
        f"counted {FLOOR + 1}-{MIN_COUNT - 1} times that meet a city's (K, M) name of one "
        "word only by its match key and are spelled as none of that city's names (alto: "
        "Jalto, Ялта; not kiev, odessa); and, of kind alias, the words counted "
        f"{FLOOR + 1}-{MIN_COUNT - 1} times that a city's GeoNames name of one word spells "
        "(capitalised) while their match key is none of the keys of the city's own names "
        "(official, Ukrainian, their Russian forms, former names): stalin (Донецьк), "
        "vladimir (Володимир); not kiev, saki.",
        f"source: pyspellchecker {pyspellchecker_version()} (PyPI, MIT), file "
        "spellchecker/resources/en.json.gz (word counts of the OpenSubtitles2018 corpus, "
        "OPUS); the names from katottg.tsv and exonyms.tsv",
        "licence: MIT (pyspellchecker); word counts are facts of the corpus",
        "use: after visited, left or toured, or opening a sentence, such a word is no "
        "settlement, nor a city when only another spelling of the city's name meets it "
        "(gazetteer.warverbs, gazetteer.evidence); a word of kind key is such a city only "
        "with a real cue, not a bare preposition with a lower-case word after it (to "
        "Sumo wrestling), nor a preposition that takes persons and things as often (to, of, "
        "from: compared Putin to Stalin); a word of kind alias is such a city too "
        "(gazetteer.spans, gazetteer.evidence)",
    ]
    n = write_tsv(out / "english_words.tsv", comments, ("word", "count", "kind"), rows)
    return [f"english_words.tsv: {n} rows"]


def _key_words(
    counts: dict[str, int],
    places: dict[str, dict[str, str]],
    exonyms: tuple[dict[str, str], ...],
    names: set[str],
) -> list[tuple[str, int, str]]:
    """The rows of kind ``key``: words counted above :data:`FLOOR` and below
    :data:`MIN_COUNT`, no settlement's official name, that meet a city's name of one word by
    its match key and are spelled (capitalised) as none of that city's names."""
    spelled: dict[str, set[str]] = {}  # a key: the cities' names of one word it is met by
    for code, row in places.items():
        if row["category"] not in _CITIES:
            continue
        forms = [row["name"], row["name_uk"]]
        forms += [r["name"] for r in exonyms if r["code"] == code]
        for form in forms:
            if " " not in form.strip():
                spelled.setdefault(match_key(form), set()).add(form)
    rows = []
    for word, n in counts.items():
        if not (FLOOR < n < MIN_COUNT and word.isalpha()) or word in names:
            continue
        forms = spelled.get(match_key(word))
        if forms and word.capitalize() not in forms:
            rows.append((word, n, "key"))
    return rows


def _alias_words(
    counts: dict[str, int],
    places: dict[str, dict[str, str]],
    exonyms: tuple[dict[str, str], ...],
    names: set[str],
    out: Path,
) -> list[tuple[str, int, str]]:
    """The rows of kind ``alias``: words counted above :data:`FLOOR` and below
    :data:`MIN_COUNT`, no settlement's official name, that a city's GeoNames name of one
    word spells (capitalised) while their match key is none of the keys of that city's own
    names: official, Ukrainian, their Russian forms and its former names."""
    from translit.russian import russian_forms

    _, renamed = read_tsv(out / "renamed.tsv")
    former: dict[str, list[str]] = {}
    for row in renamed:
        former.setdefault(row["code"], []).extend(
            n for n in (row["old_name_uk"], row["old_name_ru"]) if n
        )
    rows = []
    for row in exonyms:
        city, word = places.get(row["code"]), row["name"].lower()
        if city is None or city["category"] not in _CITIES or not row["name"].isalpha():
            continue
        if not FLOOR < counts.get(word, 0) < MIN_COUNT or word in names:
            continue
        if row["name"] != word.capitalize():
            continue  # (hindi: the key tier's, a lower-case GeoNames entry)
        own = [city["name"], city["name_uk"], *former.get(row["code"], ())]
        own += [f for n in list(own) if " " not in n for f in russian_forms(n)]
        if match_key(word) not in {match_key(n) for n in own}:
            rows.append((word, counts[word], "alias"))
    return sorted(set(rows))
