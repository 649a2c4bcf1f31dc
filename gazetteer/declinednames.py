"""People's names declined in running text, read against a list of people (``# kind:
people``, :mod:`gazetteer.namelist`).

Ukrainian declines a surname where Russian leaves some alone (Вірші Шевченка, зустріч з
Усиком, інтерв'ю Кличкові, про Зеленського, у Ковальської), and the given name and the
patronymic with it (Тараса Григоровича Шевченка, Юлії Тимошенко). :func:`declined_readings`
reads a run of such words back into the nominative (Шевченко, Тарас Шевченко) by the endings
of the common declensions, and keeps a reading only when a form of the list has it, word by
word and whole: a surname alone is then sure as an undeclined one is, when one person bears
it. A woman's surname in a consonant or in -о is not declined (Юлія Тимошенко, Лариса
Косач): ``Тимошенка`` is no such woman. A reading is left out where the word is more likely
a place's or a common word's: after a place's or a street's word (село Шевченка, вулиця
Франка, імені Шевченка) or before a level word (Хмельницького району), in the locative after
у, в, на, по (у Хмельницькому), after a preposition of place where a city bears the name (до
Хмельницького), and a surname alone opening a sentence unless it ends as surnames do
(-енко, -ський, -чук: not Морозом, Вовка).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache
from itertools import islice, product
from typing import TYPE_CHECKING
from weakref import WeakKeyDictionary

from translit import match_key

from .givennames import given_name
from .personforms import PersonName, read_person
from .words import FIRST_NAMES, LEVEL_WORDS, PLACE_WORDS, SENTENCE_MARKS, STREET_WORDS

if TYPE_CHECKING:
    from .gazetteer import Gazetteer
    from .model import Resolution

#: (ending of a declined name, the nominative endings it may come from): surnames, given
#: names and patronymics, Ukrainian (longest endings are tried as readily as the short).
_ENDINGS: tuple[tuple[str, tuple[str, ...]], ...] = (
    # adjectives: Зеленського, Зеленському, Зеленським, (на) Зеленськім; Ковальської,
    # Ковальській, Ковальську, Ковальською (and Клочкової: -ова declines so)
    ("ого", ("ий",)), ("ому", ("ий",)), ("им", ("ий", "")), ("ім", ("ий",)),
    ("ої", ("а",)), ("ій", ("а", "ий")), ("ою", ("а",)),
    # -ія: Юлії, Юлію, Юлією
    ("ії", ("ія",)), ("ію", ("ія",)), ("ією", ("ія",)),
    # nouns in -а: Бандери, Бандері, Бандеру; Миколи; Бубці, Ользі, Стусі
    # and in -я: Лесі, Лесю, Лесею
    ("и", ("а",)), ("і", ("а", "я")), ("у", ("а", "о", "")), ("ею", ("я",)),
    ("ці", ("ка",)), ("зі", ("га",)), ("сі", ("ха",)),
    # in -о and a consonant: Шевченка, Шевченкові, Шевченку, Шевченком; Усика, Усиком;
    # Дмитра; Будановим (above); Григоровича, Григоровичу
    ("а", ("о", "")), ("ові", ("о", "")), ("ом", ("о", "")),
    # a soft or hushing consonant: Шмигаля, Шмигалю, Шмигалеві, Шмигалем; Малевичем;
    # Ігоря; Сергія, Сергієві, Сергієм
    ("я", ("ь", "й", "")), ("ю", ("ь", "й", "", "я")), ("еві", ("ь", "")), ("ем", ("ь", "")),
    ("єві", ("й",)), ("єм", ("й",)),
)  # fmt: skip
#: The most words a declined name runs to (Тараса Григоровича Шевченка, Т. Г. Шевченка).
MOST_WORDS = 3
#: Words after which a name is a place's or a thing's named after a person: the place and
#: street words, and "named after" (університет імені Шевченка).
_PLACE_BEFORE = frozenset({*PLACE_WORDS, *STREET_WORDS, "імені", "ім", "имени", "им"})
#: Prepositions of the locative (у Хмельницькому, на Шевченкові: a place, or a thing).
_LOCATIVE_AFTER = frozenset({"у", "в", "уві", "на", "по"})
_LOCATIVE = re.compile(r"(?:ові|еві|єві|ому|ім|ій|і|у|ю)$")
#: Prepositions a place follows in the genitive (до Хмельницького, з Хмельницького).
_FROM_TO = frozenset({"з", "із", "зі", "до", "від", "біля", "під", "поблизу", "коло",
                      "неподалік", "навколо", "довкола", "через", "поза"})  # fmt: skip
#: The endings of surnames, which no common word has: such a surname alone is read at a
#: sentence's opening too (Шевченка читали всі; not Морозом, Вовка).
_SURNAME_SHAPE = re.compile(r"(?:енко|чук|щук|юк|ський|цький|зький|ська|цька|зька|ович|евич)$")
#: A woman's patronymic's ending (Петрівна, Petrivna; Ивановна).
_DAUGHTER = re.compile(r"(?:івна|ївна|овна|евна|ична|ivna|ovna|evna|ichna)$", re.IGNORECASE)
#: Every word of a list's forms, by its key (what a word read back must be), as written.
_WORDS: WeakKeyDictionary[Gazetteer, dict[str, str]] = WeakKeyDictionary()
#: The most nominatives a run of words is read as (their words' readings multiply).
_MOST_READINGS = 64
#: A word of a name: letters, apostrophes and hyphens within.
_WORD = re.compile(r"[^\W\d_]+(?:['’ʼ-][^\W\d_]+)*")


def declined_readings(
    gz: Gazetteer, text: str, words: list[tuple[int, int]], i: int, last: int, end: int
) -> Iterator[str]:
    """The nominatives the words ``i`` to ``last`` of ``text`` (a span ending at ``end``) may
    stand for, declined, that a form of the people of ``gz`` has the key of, the most words
    read back first, when nothing around says a place or a common word (module docs)."""
    if last - i >= MOST_WORDS or _placed(text, words, i, last):
        return
    span = text[words[i][0] : end]
    if not re.search("[а-яіїєґ]", span, re.IGNORECASE) or any(
        not text[words[k][0]].isupper() for k in range(i, last + 1)
    ):
        return  # (Франка і Шевченка: і is no initial)
    alone = last == i
    for reading in islice(_readings(gz, text, words, i, last, end), _MOST_READINGS):
        if reading == span or not gz.index.entries_keyed(match_key(reading)):
            continue
        if alone and _opens_sentence(text, words[i][0]) and not _SURNAME_SHAPE.search(reading):
            continue  # (Морозом скувало річку: the common word's capital)
        yield reading


def declined_fits(resolution: Resolution, span: str) -> bool:
    """Whether the person ``resolution`` read a declined ``span`` as may be so declined:
    met by a form of the name, not a typo, and not a woman whose surname in a consonant or
    in -о stays as it is (Тимошенко, Косач) while ``span`` writes it otherwise (her pen
    name declines: Лесі Українки)."""
    best = resolution.best
    if best is None or best.kind == "fuzzy":
        return False
    person = read_person(best.entry.name_uk)
    surname = match_key(person.surname)
    declined = surname in _keys(best.matched_name) and surname not in _keys(span)
    return not (declined and _female(person) and not person.surname.endswith(("а", "я")))


def _keys(text: str) -> set[str]:
    """The keys of the words of ``text``."""
    return {match_key(w) for w in _WORD.findall(text)}


def _readings(
    gz: Gazetteer, text: str, words: list[tuple[int, int]], i: int, last: int, end: int
) -> Iterator[str]:
    """The span's words, each as written or as a nominative a word of the list's forms has,
    put back between the span's own spaces and full stops."""
    known = _words(gz)
    choices: list[tuple[str, ...]] = []
    gaps: list[str] = []
    for k in range(i, last + 1):
        word = text[words[k][0] : words[k][1]]
        found = [known[key] for n in _nominatives(word) if (key := match_key(n)) in known]
        choices.append((*dict.fromkeys(found), word))
        after = words[k + 1][0] if k < last else end
        gaps.append(text[words[k][1] : after])
    for chosen in product(*choices):
        yield "".join(w + gap for w, gap in zip(chosen, gaps))


@cache
def _nominatives(word: str) -> tuple[str, ...]:
    """The nominatives a declined ``word`` may come from by :data:`_ENDINGS`, capitalised
    as it is."""
    lowered = word.lower()
    found = []
    for ending, nominatives in _ENDINGS:
        if lowered.endswith(ending) and len(word) > len(ending) + 1:
            found += [word[: -len(ending)] + n for n in nominatives]
    return tuple(dict.fromkeys(found))


def _words(gz: Gazetteer) -> dict[str, str]:
    """Every word of the forms of ``gz`` by its key, as a Cyrillic form writes it where one
    does (Андрій for Андріь, Andrii): made at the first declined word."""
    if gz not in _WORDS:
        words: dict[str, str] = {}
        for text in dict.fromkeys(w.rstrip(".,") for t in gz.index.text_of for w in t.split()):
            key = match_key(text)
            if key not in words or (words[key].isascii() and not text.isascii()):
                words[key] = text
        _WORDS[gz] = words
    return _WORDS[gz]


def _placed(text: str, words: list[tuple[int, int]], i: int, last: int) -> bool:
    """Whether the words around the span say it names a place or a thing: a place's or a
    street's word before it, a level word after it, the locative after у, в, на, по, or a
    preposition of place before a name a city bears."""
    before = _word_before(text, words, i)
    after = text[words[last + 1][0] : words[last + 1][1]].lower() if last + 1 < len(words) else ""
    if before in _PLACE_BEFORE or after in LEVEL_WORDS:
        return True
    word = text[words[last][0] : words[last][1]].lower()
    if before in _LOCATIVE_AFTER and _LOCATIVE.search(word):
        return True
    return before in _FROM_TO and last == i and _a_city(word)


def _word_before(text: str, words: list[tuple[int, int]], i: int) -> str:
    """The word right before word ``i`` (its full stop, if any, between), lower-cased; ""
    when none, or a mark that ends a clause stands between."""
    if i == 0 or text[words[i - 1][1] : words[i][0]].strip(" .") != "":
        return ""
    return text[words[i - 1][0] : words[i - 1][1]].lower()


def _opens_sentence(text: str, start: int) -> bool:
    """Whether the word at ``start`` opens the text or a sentence."""
    before = text[:start].rstrip(" \t\"'«„“(—–-")
    return not before or before[-1] in SENTENCE_MARKS


def _female(person: PersonName) -> bool:
    """Whether the person is a woman by the patronymic, else by the given name (the table's
    rows of women's names give no patronymic; another in -а, -я)."""
    if person.patronymic:
        return bool(_DAUGHTER.search(person.patronymic))
    row = given_name(person.given) if person.given else None
    if row is not None:
        return not row.sons
    return person.given.endswith(("а", "я"))  # (Соломія; a man's Сава, Хома: unread)


def a_given_name(word: str) -> bool:
    """Whether ``word`` is a given name, or one declined (Тараса, Сергія, Юлії)."""
    return any(
        given_name(n) is not None or n.lower() in FIRST_NAMES for n in (word, *_nominatives(word))
    )


def _a_city(word: str) -> bool:
    """Whether a city of KATOTTG bears a nominative of ``word`` (Хмельницького: Хмельницький)."""
    cities = _city_keys()
    return any(match_key(n) in cities for n in _nominatives(word))


@cache
def _city_keys() -> frozenset[str]:
    """The keys of the official names of KATOTTG's cities, read from its table once."""
    from .storage import data_file, read_table

    return frozenset(
        match_key(row["name_uk"])
        for row in read_table(data_file("katottg.tsv"))
        if row.get("category") in ("M", "K")
    )
