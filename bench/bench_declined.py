"""Declined place names in running text, declined by an independent morphological analyser.

Every settlement of KATOTTG of categories K, M and X, and a seeded sample of villages (C), by
its official Ukrainian name and by each Russian name GeoNames attests for it
(``data/exonyms.tsv``, language ru), is declined word by word with pymorphy3 in agreement
(Нова Каховка: у Новій Каховці, біля Нової Каховки, під Новою Каховкою; Кривой Рог: в Кривом
Роге), a hyphened name part by part (Білгород-Дністровський: у Білгороді-Дністровському),
and put into a sentence after a preposition that governs the case (у/в + locative; біля, з,
до + genitive; під, над + instrumental; на, за + accusative, only where it is not the
nominative; Russian в + locative; из, у, возле + genitive; под + instrumental). Each sentence
goes through ``find_places``; the mention over the name is scored:

- right: its best is the place, or it is ambiguous with the place among the tied;
- namesake: sure of another place of the very same name (the larger, as the rules want),
  or of a city whose name in this case is the very form (у Хмельницькому: the city
  Хмельницький, not the village Хмельницьке; a reader takes the city);
- wrong sure: sure of a place of another name (a confident wrong answer);
- unsure: ambiguous or unmatched without the place among the tied;
- missed: no mention over the name.

A name pymorphy3 has no nominative noun or adjective for (or only a surname's or a verb's
reading) is skipped and counted. pymorphy3 is an optional dependency of this bench
(``pip install -e '.[bench]'``); without it the script says so and exits. No evaluation data
is read.

    python bench/bench_declined.py [--villages 800] [--seed 7] [--show 10]
"""

from __future__ import annotations

import argparse
import csv
import random
import re
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from gazetteer import Gazetteer, find_places  # noqa: E402
from gazetteer.model import Entry, Resolution  # noqa: E402

CASES = ("loct", "gent", "ablt", "accs")
#: Sentences per language and case; {X} the declined name, {в} у or в, {з} з or із.
TEMPLATES: dict[str, dict[str, tuple[str, ...]]] = {
    "uk": {
        "loct": (
            "Минулої ночі {в} {X} пролунали вибухи.",
            "Вчора {в} {X} відновили електропостачання.",
        ),
        "gent": (
            "Бої тривають біля {X}.",
            "Евакуаційний потяг вирушив {з} {X} зранку.",
            "Гуманітарний вантаж доставили до {X}.",
        ),
        "ablt": ("Ворог зосередив сили під {X}.", "Вночі над {X} збили ворожий дрон."),
        "accs": ("Ворог наступає на {X} з трьох боків.", "Бої за {X} тривають."),
    },
    "ru": {
        "loct": ("Вчера в {X} прогремели взрывы.", "Ночью в {X} восстановили свет."),
        "gent": (
            "Жителей эвакуировали из {X} утром.",
            "Бои идут у {X}.",
            "Колонна стоит возле {X}.",
        ),
        "ablt": ("Под {X} сбили беспилотник.",),
    },
}
_APOSTROPHES = "’ʼ'"
#: Forms a word's lexeme has that news rarely writes: superlatives, comparatives, the
#: Russian -ою, -ей variants (Каховкою), and Ukrainian long or old adjectives' endings.
_VARIANTS = frozenset({"Supr", "COMP", "Cmp2", "V-oy", "V-ej", "V-ey"})
_RARE = ("ім", "ую", "юю", "еє", "єє", "ії")
#: A Russian name as Russian writes it (GeoNames's "ru" has Belarusian and Tatar ones too).
_RUSSIAN = re.compile(r"^[А-ЯЁа-яё -]+$")
_SLOT = re.compile(r"\{(\w+)\}")


@dataclass(frozen=True)
class Place:
    code: str
    category: str
    name_uk: str


def places(villages: int, rng: random.Random) -> list[Place]:
    """Every K, M and X of KATOTTG and ``villages`` villages drawn with ``rng``."""
    with open(ROOT / "data" / "katottg.tsv", encoding="utf-8") as f:
        rows = list(csv.DictReader((ln for ln in f if not ln.startswith("#")), delimiter="\t"))
    towns = [Place(r["code"], r["category"], r["name_uk"]) for r in rows if r["category"] in "KMX"]
    pool = [Place(r["code"], "C", r["name_uk"]) for r in rows if r["category"] == "C"]
    return towns + rng.sample(pool, min(villages, len(pool)))


def russian_names() -> dict[str, list[str]]:
    """The Russian names GeoNames attests, by KATOTTG code."""
    found: dict[str, list[str]] = defaultdict(list)
    with open(ROOT / "data" / "exonyms.tsv", encoding="utf-8") as f:
        for row in csv.DictReader((ln for ln in f if not ln.startswith("#")), delimiter="\t"):
            name = row["name"]
            if row["lang"] == "ru" and _RUSSIAN.match(name) and name not in found[row["code"]]:
                found[row["code"]].append(name)
    return found


class Decliner:
    """A name declined word by word by pymorphy3, adjectives agreeing with the noun."""

    def __init__(self, morph: Any, rng: random.Random) -> None:
        self.morph, self.rng = morph, rng

    def decline(self, name: str, case: str) -> str | None:
        """``name`` in ``case``, of a word's forms one drawn (у Гаї, у Гаєві); None where a
        word has no reading to decline."""
        tokens = re.split(r"([ -])", name)
        words = tokens[::2]
        chosen = self._readings(words)
        if chosen is None:
            return None
        head = next((p for p in chosen if p.tag.POS == "NOUN"), chosen[-1])
        out = []
        for word, parse in zip(words, chosen):
            form = self._inflect(word, parse, head, case)
            if form is None:
                return None
            out.append(form)
        tokens[::2] = out
        return "".join(tokens)

    def _readings(self, words: list[str]) -> list[Any] | None:
        """A nominative reading of each word: a noun where only a noun reads it, and the
        others adjectives where an adjective does (Кривий Ріг); with no word a noun only,
        the last that may be one is the noun (a word alone: Сміла, Оріхове)."""
        options = []
        for word in words:
            parses = [
                p
                for p in self.morph.parse(_plain(word))
                if p.tag.case in ("nomn", None)
                and p.tag.POS in ("NOUN", "ADJF")
                and not {"Surn", "Patr"} & set(p.tag.grammemes)
            ]
            if not parses:
                return None
            options.append(parses)
        nouns_only = [all(p.tag.POS == "NOUN" for p in ps) for ps in options]
        noun_at = {i for i, only in enumerate(nouns_only) if only}
        if not noun_at:
            may = [i for i, ps in enumerate(options) if any(p.tag.POS == "NOUN" for p in ps)]
            noun_at = set(may[-1:])
        chosen = []
        for i, parses in enumerate(options):
            nouns = sorted(
                (p for p in parses if p.tag.POS == "NOUN"),
                key=lambda p: ("Geox" not in p.tag, "anim" in p.tag, p.tag.case is None),
            )
            adjectives = [p for p in parses if p.tag.POS == "ADJF"]
            chosen.append(nouns[0] if i in noun_at or not adjectives else adjectives[0])
        return chosen

    def forms(self, name: str, case: str) -> set[str]:
        """Every form of ``name`` in ``case`` (each word's every form; no draw)."""
        tokens = re.split(r"([ -])", name)
        words = tokens[::2]
        chosen = self._readings(words)
        if chosen is None:
            return set()
        head = next((p for p in chosen if p.tag.POS == "NOUN"), chosen[-1])
        found = [""]
        for k, (word, parse) in enumerate(zip(words, chosen)):
            options = self._options(word, parse, head, case)
            if not options:
                return set()
            joint = tokens[2 * k - 1] if k else ""
            found = [f + joint + _cased(word, o) for f in found for o in options]
        return set(found)

    def _inflect(self, word: str, parse: Any, head: Any, case: str) -> str | None:
        if self._as_nominative(head, case):
            return word  # (an inanimate accusative is the nominative)
        forms = self._options(word, parse, head, case)
        return _cased(word, self.rng.choice(forms)) if forms else None

    @staticmethod
    def _as_nominative(head: Any, case: str) -> bool:
        tag = head.tag
        plural = tag.number == "plur" or "Pltm" in tag
        return case == "accs" and (plural or tag.gender in ("masc", "neut")) and "anim" not in tag

    def _options(self, word: str, parse: Any, head: Any, case: str) -> list[str]:
        """The forms of ``word`` in ``case`` one is drawn from, sorted; [] for none."""
        if self._as_nominative(head, case):
            return [word.lower()]
        tag = head.tag
        plural = tag.number == "plur" or "Pltm" in tag
        gender = "plur" if plural else tag.gender
        wanted = {case} if parse.tag.POS == "NOUN" else {case, gender or "masc"}
        if parse.tag.POS == "NOUN" and plural:
            wanted.add("plur")
        forms = [
            f.word
            for f in parse.lexeme
            if wanted <= set(f.tag.grammemes)
            and not _VARIANTS & set(f.tag.grammemes)
            and (parse.tag.POS != "NOUN" or f.tag.number == parse.tag.number or plural)
        ]
        # (у Новому, на Стару: not the rarer or poetic Новім, Старую)
        forms = [f for f in forms if not f.endswith(_RARE)] or forms
        return sorted(set(forms))


def _plain(word: str) -> str:
    return re.sub(f"[{_APOSTROPHES}]", "'", word.lower())


def _cased(word: str, form: str) -> str:
    """``form`` written as ``word`` is: its capital, its apostrophe, е for ё."""
    apostrophe = next((c for c in word if c in _APOSTROPHES), "'")
    form = form.replace("'", apostrophe)
    if "ё" not in word.lower():
        form = form.replace("ё", "е")
    return form[:1].upper() + form[1:] if word[:1].isupper() else form


def sentence(lang: str, case: str, name: str, rng: random.Random) -> tuple[str, int, int]:
    """A sentence with ``name`` after a preposition of ``case``, and where the name stands."""
    template = rng.choice(TEMPLATES[lang][case])
    first = name[:1].lower()
    fills = {
        "в": "в" if first in "аеєиіїоуюя" else rng.choice("ув") if first not in "вф" else "у",
        "з": "із" if first in "зсшжчщц" else "з",
    }
    text, at = "", 0
    for m in _SLOT.finditer(template):
        text += template[at : m.start()]
        if m.group(1) == "X":
            start = len(text)
            text += name
        else:
            text += fills[m.group(1)]
        at = m.end()
    return text + template[at:], start, start + len(name)


def verdict(
    gz: Gazetteer, text: str, start: int, end: int, place: Place, city_so: Callable[[Entry], bool]
) -> str:
    """What ``find_places`` made of the name at ``start:end`` of ``text`` (module docs);
    ``city_so``: whether a place is a city whose name in this case is the very form."""
    over = [m for m in find_places(gz, text) if m.start < end and start < m.end]
    kinds = [judged(m.resolution, place, city_so) for m in over]
    return min(kinds, key=KINDS.index) if kinds else "missed"


def judged(
    res: Resolution, place: Place, city_so: Callable[[Entry], bool] = lambda _: False
) -> str:
    """The kind of ``res`` for a name of ``place``, by :data:`KINDS` (not missed)."""
    best = res.best
    if best is None:
        return "unsure"
    tied = [c for c in res.candidates if c.score == best.score] + list(res.also_tied)
    if best.entry.code == place.code or (
        res.status == "ambiguous" and any(c.entry.code == place.code for c in tied)
    ):
        return "right"
    if best.entry.name_uk == place.name_uk or (
        res.status == "matched" and best.entry.category in "KM" and city_so(best.entry)
    ):
        return "namesake"
    return "wrong sure" if res.status == "matched" else "unsure"


def spelled_so(
    decliner: Decliner, russian: dict[str, list[str]] | None, case: str, form: str
) -> Callable[[Entry], bool]:
    """Whether a place's name (its Ukrainian one; with ``russian``, the Russian names it has)
    in ``case`` is ``form``."""

    def so(entry: Entry) -> bool:
        names = [entry.name_uk] if russian is None else russian.get(entry.code, [])
        return any(form in decliner.forms(n, case) for n in names)

    return so


def nominative_read(gz: Gazetteer, name: str, place: Place) -> bool:
    """Whether ``name`` in the nominative, looked up alone, names ``place`` or a namesake,
    not by a typo's reading: what its declined forms are measured against."""
    res = gz.resolve(name)
    return res.best is not None and res.best.kind != "fuzzy" and judged(res, place) in KINDS[:2]


KINDS = ("right", "namesake", "wrong sure", "unsure", "missed")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--villages", type=int, default=800, help="villages drawn (800)")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--show", type=int, default=0, help="print N misses per row")
    args = parser.parse_args()
    rng = random.Random(args.seed)
    try:
        import pymorphy3

        morphs = {lang: pymorphy3.MorphAnalyzer(lang=lang) for lang in TEMPLATES}
    except (ImportError, ValueError, OSError):  # (no package, or no dictionary of a language)
        print("bench_declined needs pymorphy3 and its dictionaries, an optional dependency:")
        print("  pip install pymorphy3 pymorphy3-dicts-uk pymorphy3-dicts-ru  (or '.[bench]')")
        return
    chosen = places(args.villages, rng)
    russian = russian_names()
    decliners = {lang: Decliner(morph, rng) for lang, morph in morphs.items()}
    gz = Gazetteer.default()
    tally: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    shown: dict[tuple[str, str], list[str]] = defaultdict(list)
    skipped: Counter[str] = Counter()
    unread: Counter[str] = Counter()
    names = 0
    started = time.perf_counter()
    for place in chosen:
        for lang, names_of in (("uk", [place.name_uk]), ("ru", russian.get(place.code, []))):
            for name in names_of:
                names += 1
                if decliners[lang].decline(name, "gent") is None:
                    skipped[lang] += 1
                    continue
                if not nominative_read(gz, name, place):
                    unread[lang] += 1
                    continue
                for case in TEMPLATES[lang]:
                    form = decliners[lang].decline(name, case)
                    if form is None or (case == "accs" and form == name):
                        continue
                    text, start, end = sentence(lang, case, form, rng)
                    so = spelled_so(decliners[lang], russian if lang == "ru" else None, case, form)
                    kind = verdict(gz, text, start, end, place, so)
                    tally[lang, case][kind] += 1
                    if kind != "right" and kind != "namesake":
                        line = f"  {kind:10} {place.category} {place.name_uk} ({name}): {text}"
                        shown[lang, case].append(line)
    seconds = time.perf_counter() - started
    print(
        f"{len(chosen)} places (K, M, X and {args.villages} villages, seed {args.seed}), "
        f"{names} names; skipped (pymorphy3 cannot decline): uk {skipped['uk']}, "
        f"ru {skipped['ru']}; not read in the nominative: uk {unread['uk']}, ru {unread['ru']}"
        f"  ({seconds:.0f} s)"
    )
    print(f"{'':8} {'sentences':>9} " + " ".join(f"{k:>10}" for k in KINDS))
    for (lang, case), counts in sorted(tally.items(), key=lambda kv: _order(kv[0])):
        total = sum(counts.values())
        cells = f"{100 * counts['right'] / total:>9.1f}% "
        cells += " ".join(f"{counts[k]:>10}" for k in KINDS[1:])
        print(f"{lang} {case:5} {total:>9} {cells}")
        for line in shown[lang, case][: args.show]:
            print(line)


def _order(key: tuple[str, str]) -> tuple[int, int]:
    return (list(TEMPLATES).index(key[0]), CASES.index(key[1]))


if __name__ == "__main__":
    main()
