"""How well names written in the shapes of real tables and reports are read.

Each set takes random settlements of ``data/katottg.tsv`` (seeded) and writes their names
the way reports, spreadsheets and Russian-language sources do: the Russian name (Cyrillic,
BGN), an address from the oblast down, as documents write it (its hromada, raion and
oblast declined after it, no commas; in English prose: Kamianka village in Iziumskyi district
of Kharkivska oblast), the name beside its raion or hromada, an
abbreviated first word (Н. Каховка), a number for an ordinal (Новоселівка 1), a site after
the name (airport), the name declined after a preposition (у Бахмуті), one slip of the
pen with the oblast given, the raion as a column gives it (its bare name), the place put
near the biggest town of its raion, the oblast by its region's name (Херсонщина), the OCHA
P-code, a town's front direction by its hromada's adjective, and a village after its
oblast's centre and its raion's seat with commas (Kharkiv, Izium, Kamianka). For each set
it prints how often the first answer is the right place (the right name for sets that
give no oblast; the right code for those that do), how often the answer is sure, and how
many sure answers are wrong, beside the naive baseline's first answer (KMU names and
``rapidfuzz`` ``extractOne``, on a sample).

No third-party data is read: the right answers are the settlements the names were made
from. A name borne by several places is right in any of them when the set gives no oblast.

    python bench/bench_shapes.py              # 1,000 names a set
    python bench/bench_shapes.py --n 300 --seed 7
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from baseline import SETTLEMENTS, Baseline, katottg_rows  # noqa: E402
from bench_lookup import one_edit  # noqa: E402

from gazetteer import Entry, Gazetteer, Resolution  # noqa: E402
from gazetteer.beside import raions_seated_at  # noqa: E402
from translit import match_key, transliterate  # noqa: E402
from translit.russian import russian_forms  # noqa: E402

#: How the first word of a name is abbreviated in tables.
ABBREVIATED = {"Нов": "Н.", "Велик": "В.", "Мал": "М.", "Стар": "Ст."}
#: The Ukrainian ordinals that end names, by the digit tables write for them.
ORDINAL_DIGITS = {"Перша": "1", "Перший": "1", "Перше": "1", "Друга": "2", "Другий": "2",
                  "Друге": "2"}  # fmt: skip
#: Prepositions and the locative (or genitive) ending they ask of a masculine city name.
DECLINED = (("у", "і"), ("біля", "а"), ("з", "а"))

Query = tuple[str, str, str, str]  # (text, oblast hint, right name_uk, right code)
Maker = Callable[[dict[str, str], Gazetteer], Query | None]


def russian_cyrillic(row: dict[str, str], gz: Gazetteer) -> Query | None:
    forms = russian_forms(row["name_uk"])
    return (forms[0], "", row["name_uk"], row["code"]) if forms else None


def russian_bgn(row: dict[str, str], gz: Gazetteer) -> Query | None:
    forms = russian_forms(row["name_uk"])
    if not forms:
        return None
    return (transliterate(forms[0], "ru-bgn"), "", row["name_uk"], row["code"])


#: The word a Ukrainian address puts before a settlement of each category.
KIND_UK = {"M": "м.", "X": "смт", "C": "с."}


def units_of(row: dict[str, str], gz: Gazetteer) -> tuple[Entry, Entry, Entry] | None:
    """The settlement of ``row``, its raion and its oblast; None when it has no raion."""
    entry = gz.entry(row["code"])
    if not entry.raion_code:
        return None
    oblast = next(e for e in gz.hierarchy(entry.code) if e.category == "O")
    return entry, gz.entry(entry.raion_code), oblast


def address(row: dict[str, str], gz: Gazetteer) -> Query | None:
    units = units_of(row, gz)
    if units is None:
        return None
    entry, raion, oblast = units
    text = f"{oblast.name_uk} обл., {raion.name_uk} р-н, {KIND_UK[entry.category]} {entry.name_uk}"
    return text, "", entry.name_uk, entry.code


def document(row: dict[str, str], gz: Gazetteer) -> Query | None:
    """As official documents write a place, with no commas: its hromada (every other one)
    and raion and oblast declined after it (с. Любимівка Бериславського району Херсонської
    області)."""
    units = units_of(row, gz)
    if units is None or not units[0].hromada_code or row["code"].startswith("UA01"):
        return None
    entry, raion, oblast = units
    hromada = gz.entry(entry.hromada_code)
    if not (raion.name_uk.endswith("ий") and oblast.name_uk.endswith("а")):
        return None
    parts = [f"{KIND_UK[entry.category]} {entry.name_uk}"]
    if int(entry.code[-3:]) % 2 and hromada.name_uk.endswith("а"):
        parts.append(f"{hromada.name_uk[:-1]}ої територіальної громади")
    parts += [f"{raion.name_uk[:-2]}ого району", f"{oblast.name_uk[:-1]}ої області"]
    return " ".join(parts), "", entry.name_uk, entry.code


def in_english_prose(row: dict[str, str], gz: Gazetteer) -> Query | None:
    """As English reports write a place: its kind, raion and oblast after it, no commas
    but one (Kamianka village in Iziumskyi district of Kharkivska oblast)."""
    units = units_of(row, gz)
    if units is None or row["code"].startswith("UA01"):
        return None
    entry, raion, oblast = units
    kind = {"M": "city", "X": "settlement", "C": "village"}[entry.category]
    text = f"{entry.name} {kind} in {raion.name} district of {oblast.name} oblast"
    return text, "", entry.name_uk, entry.code


#: Streets, as addresses name them (the commonest names of Ukrainian streets).
STREETS = ("Шевченка", "Центральна", "Миру", "Незалежності", "Садова", "Набережна")


def postal_address(row: dict[str, str], gz: Gazetteer) -> Query | None:
    """A postal address, the street and house first and the postcode last (вул. Садова, 12,
    с. Кам'янка, Ізюмський р-н, Харківська обл., 64300); every other one in English
    (12 Sadova St, Kamianka, Iziumskyi raion, Kharkivska oblast)."""
    units = units_of(row, gz)
    if units is None:
        return None
    entry, raion, oblast = units
    rng = random.Random(row["code"])
    street, house, postcode = rng.choice(STREETS), rng.randint(1, 120), rng.randint(1, 99) * 1000
    if int(entry.code[-3:]) % 2:
        text = (
            f"вул. {street}, {house}, {KIND_UK[entry.category]} {entry.name_uk}, "
            f"{raion.name_uk} р-н, {oblast.name_uk} обл., {postcode:05d}"
        )
    else:
        latin = transliterate(street, "kmu2010")
        text = f"{house} {latin} St, {entry.name}, {raion.name} raion, {oblast.name} oblast"
    return text, "", entry.name_uk, entry.code


def centre_then_town(row: dict[str, str], gz: Gazetteer) -> Query | None:
    """A town after its oblast, named by the oblast's centre (Kharkiv, Izium), as tables of
    two columns joined write it."""
    units = units_of(row, gz)
    if units is None or not gz.oblasts:
        return None
    entry, _, oblast = units
    unit = gz.oblasts.get(oblast.oblast)
    if unit is None or unit.center_uk == entry.name_uk or unit.prefix in ("UA80", "UA85"):
        return None
    return f"{unit.name_en}, {entry.name}", "", entry.name_uk, entry.code


def comma_path(row: dict[str, str], gz: Gazetteer) -> Query | None:
    """A village after its oblast's centre and its raion's seat, with commas, as a path of
    units from the top (Kharkiv, Izium, Kamianka), which a list of towns looks like too."""
    units = units_of(row, gz)
    if units is None or not gz.oblasts or units[0].category != "C":
        return None
    entry, raion, oblast = units
    unit = gz.oblasts.get(oblast.oblast)
    if not _SEATS:
        seated = {code: key for key, raions in raions_seated_at(gz.entries).items()
                  for code in raions}  # fmt: skip
        for e in gz.entries:
            key = seated.get(e.raion_code or "")
            if e.category in ("M", "X") and key == match_key(e.name_uk).replace(" ", ""):
                _SEATS[e.raion_code or ""] = e
    seat = _SEATS.get(raion.code)
    if unit is None or seat is None or unit.prefix in ("UA01", "UA80", "UA85"):
        return None
    if seat.name_uk == unit.center_uk:
        return None
    return f"{unit.name_en}, {seat.name}, {entry.name}", "", entry.name_uk, entry.code


_SEATS: dict[str, Entry] = {}  #: raion code -> its seat


#: The adjective of a hromada's full name, by its seat's category.
HROMADA_KIND = {"M": "міська", "X": "селищна", "C": "сільська"}


def hromada_full_name(row: dict[str, str], gz: Gazetteer) -> Query | None:
    """A hromada by its full official name (Нововоронцовська селищна територіальна громада),
    drawn through the seat of each: the right answer is the hromada."""
    entry = gz.entry(row["code"])
    if not entry.hromada_code:
        return None
    hromada = gz.entry(entry.hromada_code)
    seats = [e for e in gz.children(hromada.code) if e.category in HROMADA_KIND]
    if not seats or seats[0].code != entry.code:  # once a hromada: through its first place
        return None
    kind = HROMADA_KIND[entry.category]
    text = f"{hromada.name_uk} {kind} територіальна громада"
    return text, "", hromada.name_uk, hromada.code


def with_raion(row: dict[str, str], gz: Gazetteer) -> Query | None:
    entry = gz.entry(row["code"])
    return (
        (f"{entry.name}, {entry.raion} raion", "", entry.name_uk, entry.code)
        if entry.raion
        else None
    )


def with_hromada(row: dict[str, str], gz: Gazetteer) -> Query | None:
    entry = gz.entry(row["code"])
    if not entry.hromada_code:
        return None
    hromada = gz.entry(entry.hromada_code)
    return f"{entry.name_uk} ({hromada.name_uk} громада)", "", entry.name_uk, entry.code


def abbreviated(row: dict[str, str], gz: Gazetteer) -> Query | None:
    first, _, rest = row["name_uk"].partition(" ")
    for stem, short in ABBREVIATED.items():
        if first.startswith(stem) and rest:
            return f"{short} {rest}", "", row["name_uk"], row["code"]
    return None


def numbered(row: dict[str, str], gz: Gazetteer) -> Query | None:
    head, _, last = row["name_uk"].rpartition(" ")
    digit = ORDINAL_DIGITS.get(last)
    return (f"{head} {digit}", "", row["name_uk"], row["code"]) if head and digit else None


def at_a_site(row: dict[str, str], gz: Gazetteer) -> Query | None:
    return f"{row['name']} railway station", "", row["name_uk"], row["code"]


def declined(row: dict[str, str], gz: Gazetteer) -> Query | None:
    name = row["name_uk"]
    if " " in name or name[-1] not in "бвгджзклмнпрстфхцчшщ":  # a masculine noun in a consonant
        return None
    preposition, ending = DECLINED[len(name) % len(DECLINED)]
    return f"{preposition} {name}{ending}", "", name, row["code"]


def with_raion_column(row: dict[str, str], gz: Gazetteer) -> Query | None:
    """The raion as a table's column gives it: its bare name (Ivanivka, Beryslavskyi)."""
    entry = gz.entry(row["code"])
    return (f"{entry.name}, {entry.raion}", "", entry.name_uk, entry.code) if entry.raion else None


#: Words a report puts a place by a town with, chosen by the place's code.
NEAR = ("near", "north of", "southwest of", "east of")
_TOWNS: dict[str, list[tuple[int, str]]] = {}


def near_a_town(row: dict[str, str], gz: Gazetteer) -> Query | None:
    """A village placed by the biggest town of its raion (Bohdanivka, northwest of Bakhmut)."""
    if not _TOWNS:
        people = gz._finder().population
        for i, e in enumerate(gz.entries):
            if e.category == "M" and e.raion_code:
                _TOWNS.setdefault(e.raion_code, []).append((people.get(i, 0), e.name))
    entry = gz.entry(row["code"])
    towns = sorted(_TOWNS.get(entry.raion_code, []), reverse=True)
    if entry.category == "M" or not towns:
        return None
    word = NEAR[sum(map(ord, entry.code)) % len(NEAR)]
    return f"{entry.name} ({word} {towns[0][1]})", "", entry.name_uk, entry.code


def region_named(row: dict[str, str], gz: Gazetteer) -> Query | None:
    """The oblast as news names it, by its region (Любимівка, Херсонщина)."""
    unit = gz.oblasts.get(row["code"][:4]) if gz.oblasts is not None else None
    names = [n for n in getattr(unit, "region_names", "").split("|") if n]
    return (f"{row['name_uk']}, {names[0]}", "", row["name_uk"], row["code"]) if names else None


def direction(row: dict[str, str], gz: Gazetteer) -> Query | None:
    """A town's front direction, by its hromada's adjective (на Покровському напрямку)."""
    entry = gz.entry(row["code"])
    if entry.category != "M" or not entry.hromada_code:
        return None
    hromada = gz.entry(entry.hromada_code).name_uk
    for ending, declined in (("ська", "ському"), ("цька", "цькому"), ("зька", "зькому")):
        stem = hromada[: -len(ending)]
        # the town the hromada is named after (Покровськ, Покровська), not another of it
        if hromada.endswith(ending) and entry.name_uk.startswith(stem[: max(len(stem) - 1, 3)]):
            return f"на {stem}{declined} напрямку", "", entry.name_uk, entry.code
    return None


def p_code(row: dict[str, str], gz: Gazetteer) -> Query | None:
    """An OCHA P-code: the first 12 characters of the KATOTTG code."""
    return row["code"][:12], "", row["name_uk"], row["code"]


def slip_with_oblast(row: dict[str, str], gz: Gazetteer) -> Query | None:
    rng = random.Random(row["code"])
    return one_edit(row["name"], rng), row["code"][:4], row["name_uk"], row["code"]


SETS: dict[str, tuple[Maker, tuple[str, ...]]] = {
    "russian, Cyrillic": (russian_cyrillic, SETTLEMENTS),
    "russian, BGN": (russian_bgn, SETTLEMENTS),
    "address, oblast first": (address, SETTLEMENTS),
    "в документі (no commas)": (document, SETTLEMENTS),
    "in English prose": (in_english_prose, SETTLEMENTS),
    "name, raion": (with_raion, SETTLEMENTS),
    "name (hromada)": (with_hromada, SETTLEMENTS),
    "Н. Каховка": (abbreviated, SETTLEMENTS),
    "Новоселівка 1": (numbered, SETTLEMENTS),
    "name + site word": (at_a_site, ("M",)),
    "у Бахмуті": (declined, ("M",)),
    "one slip, oblast given": (slip_with_oblast, SETTLEMENTS),
    "name, raion's bare name": (with_raion_column, SETTLEMENTS),
    "name (near a town)": (near_a_town, SETTLEMENTS),
    "name, region's name": (region_named, SETTLEMENTS),
    "OCHA P-code": (p_code, SETTLEMENTS),
    "на Покровському напрямку": (direction, ("M",)),
    "вул. ..., postal address": (postal_address, SETTLEMENTS),
    "Kharkiv, Izium (towns)": (centre_then_town, ("M",)),
    "Kharkiv, Izium, Kamianka": (comma_path, ("C",)),
    "... територіальна громада": (hromada_full_name, SETTLEMENTS),
}


def queries(
    maker: Maker, categories: tuple[str, ...], n: int, seed: int, gz: Gazetteer
) -> list[Query]:
    """Up to ``n`` queries of one set, from settlements in a seeded order."""
    rows = katottg_rows(categories)
    random.Random(seed).shuffle(rows)
    out: list[Query] = []
    for row in rows:
        made = maker(row, gz)
        if made is not None:
            out.append(made)
            if len(out) >= n:
                break
    return out


def right(answer_code: str | None, answer_name: str | None, query: Query) -> bool:
    """Whether an answer is right: its code when the query can tell namesakes apart (a hint,
    a raion, a hromada or an oblast beside the name), else its name."""
    text, hint, name_uk, code = query
    tells_place = bool(hint) or "," in text or "(" in text or " району " in text
    tells_place = tells_place or " district " in text
    return answer_code == code if tells_place else answer_name == name_uk


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=1000, help="names a set (default 1000)")
    parser.add_argument("--seed", type=int, default=20261126)
    parser.add_argument("--baseline", type=int, default=200, help="names a set for the baseline")
    parser.add_argument(
        "--sets", help="only the sets whose name holds one of these, comma-separated"
    )
    parser.add_argument(
        "--misses", action="store_true", help="print each query whose first answer is wrong"
    )
    args = parser.parse_args()
    gz = Gazetteer.default()
    baseline = Baseline()
    print(f"names in the shapes of tables and reports: {args.n} a set, seed {args.seed}")
    print("right: the first answer is the right place (its code where the text tells namesakes")
    print("apart, else its name); sure: status matched; wrong sure: matched and not right\n")
    print(f"{'':52} {'right on the sample':>23}")
    columns = ("right", "sure", "wrong sure", "ours", "baseline")
    widths = (7, 7, 11, 14, 9)
    print(f"{'set':24} {'n':>5} " + " ".join(f"{c:>{w}}" for c, w in zip(columns, widths)))
    wanted = [w.strip() for w in args.sets.split(",")] if args.sets else None
    for name, (maker, categories) in SETS.items():
        if wanted and not any(w in name for w in wanted):
            continue
        start = time.perf_counter()
        made = queries(maker, categories, args.n, args.seed, gz)
        hits = sure = wrong_sure = sample_hits = 0
        sample = made[: args.baseline]
        for i, query in enumerate(made):
            res = gz.resolve(query[0], oblast=query[1] or None, explain=False)
            best = res.best
            ok = best is not None and right(best.entry.code, best.entry.name_uk, query)
            hits += ok
            sample_hits += ok and i < len(sample)
            sure += res.status == "matched"
            wrong_sure += res.status == "matched" and not ok
            if args.misses and not ok:
                print(_miss(query, res))
        base_hits = 0
        by_code = {r["code"]: r["name_uk"] for r in katottg_rows(categories)}
        for query in sample:
            pick = baseline.best(query[0], oblast=_iso(gz, query[1]))
            base_hits += pick is not None and right(pick.code, by_code.get(pick.code), query)
        n = max(len(made), 1)
        per_sample = 100 / max(len(sample), 1)
        print(
            f"{name:24} {len(made):>5} {100 * hits / n:>6.1f}% {100 * sure / n:>6.1f}% "
            f"{wrong_sure:>11} {sample_hits * per_sample:>13.1f}% {base_hits * per_sample:>8.1f}%"
            f"   ({time.perf_counter() - start:.1f} s)"
        )


def _miss(query: Query, res: Resolution) -> str:
    """One wrong first answer: the query, the right place, the status and the top candidates
    (the right one starred)."""
    text, hint, name_uk, code = query
    shown = [
        f"{'*' if m.entry.code == code else ''}{m.entry.name_uk} {m.entry.code[:12]} "
        f"{m.entry.raion or '-'} {m.score:g}"
        for m in res.candidates[:4]
    ]
    return f"  miss {text!r} [{hint}] -> {name_uk} {code[:12]}: {res.status}; " + "; ".join(shown)


def _iso(gz: Gazetteer, prefix: str) -> str:
    """The ISO code of a KATOTTG oblast prefix (the baseline's hint), or ""."""
    codes = gz.hint_oblasts(prefix) if prefix else ()
    return codes[0] if len(codes) == 1 else ""


if __name__ == "__main__":
    main()
