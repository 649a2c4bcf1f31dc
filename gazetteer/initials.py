"""A person's initial before a surname in running text (``вулиця П. Хмельницького``,
``пам'ятник Т. Шевченку``, ``лист до М. Кропивницького``): no place, though a city, a
village or a settlement bears the surname's nominative (Хмельницьке, Кропивницьке, Тараса
Шевченка). A city's name cut to its first letter (``біля Ч. Яру``, ``у К. Подільському``)
and an abbreviated adjective a place's name opens with (``у Н. Каховці``, ``під В.
Новосілкою``) stay places, as does a name of a place's shape only (``под С. Михайлівкою``,
``у М. Сивашу``: no person is so declined)."""

from __future__ import annotations

import re

from .apposition import cut_nominative, initial_named
from .declension import PREPOSITIONS
from .gazetteer import Gazetteer
from .rank import is_cyrillic
from .words import PLACE_WORDS, STREET_WORDS

#: Words before a person's initial and surname: a street, a square or a monument named
#: after a person (вулиця П. Орлика, пам'ятник Т. Шевченку, імені І. Франка, ул. Л.
#: Толстого), in their cases; a cut city's name follows none of them.
_NAMED_AFTER = STREET_WORDS | {
    "вулицю", "вулицею", "вулиць", "вулицях", "проспекту", "проспекті", "проспектом",
    "бульвару", "бульварі", "провулку", "площі", "площу", "майдані", "набережній", "узвозу",
    "улице", "улицу", "улицы", "проспекте", "бульваре", "переулке", "площади", "просп",
    "пам'ятник", "пам'ятника", "пам'ятнику", "пам'ятником", "пам'ятники", "памятник",
    "памятника", "памятнику", "памятником", "погруддя", "бюст", "бюста", "меморіал",
    "імені", "ім", "имени", "им", "іменем", "именем", "музей", "музею", "музеї", "театр",
    "театру", "театрі", "премія", "премії", "премію", "премией", "орден", "ордена", "ордену",
}  # fmt: skip
_NAMED_AFTER |= {w.replace("'", mark) for w in _NAMED_AFTER for mark in "’ʼ"}

#: What stands before the second name of a list, whose preposition is the first's (біля
#: Ч. Яру та К. Дружківки; a comma too).
_LISTING = frozenset({"та", "і", "й", "и", "або", "чи", "ні", ","})

#: A surname's shape in its cases: an adjective's (Хмельницького, Мирного, Толстому,
#: Кобилянської), -енко's and -ук's (Шевченку, Ковальчука), a Russian -ов's or -ин's
#: (Пушкіна, Гагаріну, Петровым); no noun a place is named by ends so after an initial
#: (Михайлівкою, Сивашу).
_SURNAME = re.compile(
    r"(?:(?:ий|ій|ого|ому|им|ім|ым)"
    r"|(?:ськ|цьк|зьк|ск|цк)(?:а|ої|ій|ою|у|ая|ой|ую)"
    r"|(?:енк|єнк)(?:о|а|у|ові|ом)"
    r"|(?:чук|юк|щук)(?:а|у|ові|ом)?"
    r"|(?:ов|ев|єв|ёв|ин|ін|їн)(?:а|у|им|ым|ою|ой|ої|ій))$"
)


def persons_initial(gz: Gazetteer, text: str, words: list[tuple[int, int, str]], i: int) -> bool:
    """Whether word ``i`` is a surname after its owner's initial: a Cyrillic capital letter
    and its full stop stand before it, no city's name is cut so (:func:`initial_named`) and
    no place's written out (В. Новосілка), no settlement word stands before the letter (с.
    Т. Шевченка: the village), and either a street's, a monument's or a namesake's word does
    (вулиця, пам'ятник, імені), or no preposition (П. Орлик приїхав), or the word is shaped
    as a surname (до П. Хмельницького, біля Т. Шевченка)."""
    if i < 1 or text[words[i - 1][1] : words[i][0]].strip() != ".":
        return False
    letter, noun = words[i - 1][2], words[i][2]
    if len(letter) != 1 or not letter.isupper() or not is_cyrillic(letter):
        return False
    if initial_named(gz, text, words, i) or cut_nominative(gz, letter, noun, True):
        return False
    before = _before_initials(text, words, i - 1)
    if PLACE_WORDS.get(before) and before not in _NAMED_AFTER:
        return False  # (с. Т. Шевченка, у селі І. Франка: a village named after them)
    if before in _NAMED_AFTER or (before not in PREPOSITIONS and before not in _LISTING):
        return True  # (Заява В. Зеленського, П. Орлик приїхав: no preposition of place)
    return bool(_SURNAME.search(noun.lower()))


def _before_initials(text: str, words: list[tuple[int, int, str]], j: int) -> str:
    """The word, in lower case, before the initials that end at word ``j`` (Т. Г. Шевченка:
    both letters), ',' after a comma, or '' for none."""
    while j > 0:
        gap, word = text[words[j - 1][1] : words[j][0]].strip(), words[j - 1][2]
        if gap == "." and _an_initial(word):
            j -= 1
            continue
        return word.lower() if gap in ("", ".") else "," if "," in gap else ""
    return ""


def _an_initial(word: str) -> bool:
    return len(word) == 1 and word.isupper()
