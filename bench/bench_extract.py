"""How well place names are found in running text (``find_places``), beside a naive reader.

Sentences are made from templates of news prose with KATOTTG settlements in the place slots
(their KMU names in English sentences; in Ukrainian ones, names in -ка declined as the
sentence needs: у Любимівці, з Любимівки, звільнили Любимівку) and, in other slots, people
named with first names and surnames that are also villages' names (Sofia, Ivan, Shevchenko)
and organisations named after cities (Kyiv Post); a city after "Mayor ... of" is a place
slot. No evaluation data is read.

- found: a place slot is covered by a mention that resolves to a place of that name;
- false: a mention that covers no place slot (a person, an organisation);
- the naive reader takes every capitalised word, or pair of words, that is some settlement's
  official name (Latin or Ukrainian), as a place.

With ``--capitals`` every sentence is put in capitals (a headline's ``KHARKIV, IZIUM AND
BAKHMUT WERE SHELLED``), the same length, so every slot stands: read by
:mod:`gazetteer.capitals`. The naive reader, which wants a capital letter, is read on the text
as it was made.

With ``--lower`` every sentence is put in small letters, as chats and posts write them
(``explosions in kharkiv and sumy``, ``вибухи у харкові``), the same length: read by
:mod:`gazetteer.lowercase`, which reads cities' and regions' names only, so most villages'
slots are missed by design; what counts there is the false mentions.

    python bench/bench_extract.py [--n 500] [--seed 7] [--capitals | --lower]
"""

from __future__ import annotations

import argparse
import csv
import random
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from gazetteer import Gazetteer, find_places  # noqa: E402

ENGLISH = (
    "Shelling hit {P} on Tuesday, officials said.",
    "Residents of {P} were evacuated as fighting continued near {P}.",
    "{F} {S} said the situation in {P} was calm.",
    "The {C} Post reported that {F} {S} had left {P}.",
    "Drones struck {P} and {P} overnight, according to {F} {S}.",
    "{F} said power was restored in {P} by Friday.",
    "Mayor {F} {S} of {K} visited {P}.",
)
UKRAINIAN = (
    "Ворог обстріляв {acc} вночі.",
    "Мешканців {gen} евакуювали, повідомив {FU} {SU}.",
    "У {loc} відновили електропостачання.",
    "{FU} {SU} розповів про бої біля {gen}.",
    "ЗСУ звільнили {acc} та {acc}.",
)
FIRST = ("Volodymyr", "Ivan", "Maria", "Oleh", "Sofia", "Bohdan", "Stepan", "Nadia", "Olena")
SURNAMES = ("Shevchenko", "Kovalenko", "Bondarenko", "Melnyk", "Boyko", "Lysenko", "Tkachenko")
FIRST_UK = ("Володимир", "Іван", "Олег", "Богдан", "Степан", "Дмитро")
SURNAMES_UK = ("Шевченко", "Коваленко", "Бондаренко", "Мельник", "Бойко", "Лисенко")
CITIES = ("Kyiv", "Kharkiv", "Odesa", "Lviv", "Dnipro")
CITIES_UK = ("Київ", "Харків", "Одеса", "Львів", "Дніпро")
_SLOT = re.compile(r"\{(\w+)\}")


def settlements() -> list[dict[str, str]]:
    with open(ROOT / "data" / "katottg.tsv", encoding="utf-8") as f:
        rows = csv.DictReader((line for line in f if not line.startswith("#")), delimiter="\t")
        return [r for r in rows if r["category"] in "MXC"]


def declined(name_uk: str, case: str) -> str | None:
    """A name in -ка in the case a Ukrainian template needs (Любимівка: у Любимівці)."""
    if not name_uk.endswith("ка") or " " in name_uk:
        return None
    stem = name_uk[:-2]
    return stem + {"acc": "ку", "gen": "ки", "loc": "ці"}[case]


def sentences(rows: list[dict[str, str]], n: int, rng: random.Random) -> list[tuple[str, list]]:
    """``n`` sentences, each with its place slots as (start, end, name_uk)."""
    out: list[tuple[str, list]] = []
    feminine = [r for r in rows if declined(r["name_uk"], "acc")]
    while len(out) < n:
        ukrainian = rng.random() < 0.4
        template = rng.choice(UKRAINIAN if ukrainian else ENGLISH)
        text, places, at = "", [], 0
        for m in _SLOT.finditer(template):
            text += template[at : m.start()]
            slot, city = m.group(1), False
            if slot == "P":
                row = rng.choice(rows)
                value, name_uk, city = row["name"], row["name_uk"], row["category"] == "M"
            elif slot == "K":  # a city named as a place (Mayor ... of Kharkiv)
                value = rng.choice(CITIES)
                name_uk, city = CITIES_UK[CITIES.index(value)], True
            elif slot in ("acc", "gen", "loc"):
                row = rng.choice(feminine)
                value, name_uk = declined(row["name_uk"], slot) or "", row["name_uk"]
            else:
                pool = {"F": FIRST, "S": SURNAMES, "C": CITIES, "FU": FIRST_UK, "SU": SURNAMES_UK}
                value, name_uk = rng.choice(pool[slot]), None
            if name_uk is not None:
                places.append((len(text), len(text) + len(value), name_uk, city))
            text += value
            at = m.end()
        out.append((text + template[at:], places))
    return out


class Naive:
    """Every capitalised word, or pair of words, that is some settlement's official name."""

    def __init__(self, rows: list[dict[str, str]]) -> None:
        self.names = {r["name"].lower() for r in rows} | {r["name_uk"].lower() for r in rows}

    def find(self, text: str) -> list[tuple[int, int]]:
        words = [(m.start(), m.end()) for m in re.finditer(r"[^\W\d_][\w'’-]*", text)]
        found, i = [], 0
        while i < len(words):
            pair = i + 1 < len(words) and text[words[i][0] : words[i + 1][1]].lower()
            if pair and pair in self.names and text[words[i][0]].isupper():
                found.append((words[i][0], words[i + 1][1]))
                i += 2
                continue
            if text[words[i][0]].isupper() and text[slice(*words[i])].lower() in self.names:
                found.append(words[i])
            i += 1
        return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=500, help="sentences (default 500)")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--capitals", action="store_true", help="sentences in capitals")
    parser.add_argument("--lower", action="store_true", help="sentences in small letters")
    parser.add_argument("--show-false", type=int, default=0, help="print N false mentions")
    args = parser.parse_args()
    rows = settlements()
    made = sentences(rows, args.n, random.Random(args.seed))
    shown = [
        text.upper() if args.capitals else text.lower() if args.lower else text for text, _ in made
    ]
    assert all(len(a) == len(b) for a, (b, _) in zip(shown, made))  # (every offset stands)
    gz = Gazetteer.default()
    naive = Naive(rows)
    slots = sum(len(places) for _, places in made)
    found = false = naive_found = naive_false = cities_found = 0
    cities = sum(p[3] for _, places in made for p in places)  # (a city's name in its slot)
    start = time.perf_counter()
    falses: list[str] = []
    for read, (_, places) in zip(shown, made):
        mentions = find_places(gz, read)
        for m in mentions:
            covered = [p for p in places if m.start < p[1] and p[0] < m.end]
            best = m.resolution.best
            if not covered:
                false += 1
                falses.append(f"  {m.text!r} in {read!r}")
            elif best is not None and best.entry.name_uk == covered[0][2]:
                found += 1
                cities_found += covered[0][3]
    seconds = time.perf_counter() - start
    latin_of: dict[str, str] = {}  # Ukrainian name -> its KMU name, read once
    for r in rows:
        latin_of.setdefault(r["name_uk"], r["name"].lower())
    for text, places in made:
        for s, e in naive.find(text):
            covered = [p for p in places if s < p[1] and p[0] < e]
            naive_false += not covered
            naive_found += bool(covered) and text[s:e].lower() in (
                covered[0][2].lower(),
                latin_of.get(covered[0][2], ""),
            )
    print(f"{len(made)} sentences, {slots} place names in them (seed {args.seed})")
    print(
        f"{'':12} {'found':>8} {'false mentions':>15}"
        + ("   (in capitals)" * args.capitals)
        + ("   (in small letters)" * args.lower)
    )
    print(f"{'find_places':12} {100 * found / slots:>7.1f}% {false:>15}   ({seconds:.1f} s)")
    print(f"{'naive':12} {100 * naive_found / slots:>7.1f}% {naive_false:>15}")
    if args.lower:  # (what is read in small letters: cities' names)
        print(f"{'  of cities':12} {100 * cities_found / max(cities, 1):>7.1f}%   ({cities} slots)")
    for line in falses[: args.show_false]:
        print(line)


if __name__ == "__main__":
    main()
