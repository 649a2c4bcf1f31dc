"""The ways a person's name is written, as forms of a list of people (``# kind: people``).

A name is read as given name, patronymic and surname (:func:`read_person`), then written in
both orders (Тарас Шевченко, Шевченко Тарас), with and without the patronymic (Шевченко
Тарас Григорович), with the given name and the patronymic in Ukrainian, Russian and English
(Олександр, Александр, Alexander: :mod:`gazetteer.givennames`), as initials (Т. Шевченко,
Shevchenko T. H., Т. Г. Шевченко) and as the surname alone. Romanisations need no form of
their own: the match key is one for all of them (Oleksandr, Aleksandr; Shevchenko).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import astuple, dataclass
from functools import cache

from translit import match_key, to_latin

from .givennames import given_name, is_patronymic, patronymic_forms
from .index import NameForm
from .model import Entry
from .words import FIRST_NAMES

#: The note of every form written here, and of the surname's alone.
PERSON_NOTE = "person's name written another way"
SURNAME_NOTE = "person's surname alone"
#: A word of a name, its apostrophes and hyphens within it (В'ячеслав, Римський-Корсаков),
#: with the full stop after it (an initial's: Т.).
_WORD = re.compile(r"[^\W\d_]+(?:['’ʼ-][^\W\d_]+)*\.?")
#: Latin initials of two letters (Yu., Zh.): one sound, written so for a Cyrillic letter.
_DIGRAPHS = frozenset(
    {"yu", "ya", "ye", "yi", "yo", "iu", "ia", "ie", "zh", "kh", "ts", "ch", "sh"}
)
#: Latin initials Russian writers give a Cyrillic letter besides the Ukrainian romanisation
#: (Г: H, and G for Григорий; Е: E, and Ye for Евгений; Ю: Yu, and Iu).
_OTHER_LATIN = {
    "Г": ("G",), "Е": ("Ye",), "Ё": ("Yo", "E"), "И": ("I",), "Ю": ("Iu",), "Я": ("Ia",),
    "Є": ("E",), "Х": ("H",), "Й": ("I",),
}  # fmt: skip


#: What the match key reads by the other letters of the text (a French tch, a German sch:
#: :func:`translit.match_key`): a Latin name that writes one may key otherwise than its
#: Cyrillic (Hnatchuk Oleh: Гнатчук Олег), as a romanised Russian letter may (Fedorovna:
#: Фёдоровна) in a word.
_READ_BY_CONTEXT = ("tch", "sch")


@dataclass(frozen=True)
class PersonName:
    """A person's name in its parts; ``given`` and ``patronymic`` empty when not written."""

    surname: str
    given: str = ""
    patronymic: str = ""


def read_person(name: str) -> PersonName:
    """The parts of a person's ``name`` as a list writes it: ``Шевченко, Тарас Григорович``
    (the surname before a comma); ``Шевченко Тарас Григорович`` and ``Тарас Григорович
    Шевченко`` (the patronymic after the given name); ``Шевченко Тарас`` when the last word
    alone is a given name; else the given name first (``Taras Shevchenko``). One word is a
    surname."""
    if "," in name:
        surname, rest = (part.strip() for part in name.split(",", 1))
        given, _, patronymic = rest.partition(" ")
        return PersonName(surname, given, patronymic.strip())
    words = name.split()
    if len(words) < 2:
        return PersonName(name.strip())
    if len(words) > 2 and is_patronymic(words[1]):  # Тарас Григорович Шевченко
        return PersonName(" ".join(words[2:]), words[0], words[1])
    if len(words) > 2 and is_patronymic(words[-1]):  # Шевченко Тарас Григорович
        return PersonName(" ".join(words[:-2]), words[-2], words[-1])
    if _is_given(words[-1]) and not _is_given(words[0]):  # Шевченко Тарас
        return PersonName(" ".join(words[:-1]), words[-1])
    return PersonName(" ".join(words[1:]), words[0])


def _is_given(word: str) -> bool:
    return given_name(word) is not None or word.lower() in FIRST_NAMES


def initials(text: str) -> tuple[str, ...]:
    """The initials written in ``text``, lower-cased: a letter alone, or one or two with a
    full stop (``Т. Г. Шевченко``, ``Shevchenko T.H.``, ``Yu. Tymoshenko``)."""
    found = []
    for m in _WORD.finditer(text):
        word = m.group()
        letters = word.rstrip(".").lower()
        if len(letters) == 1 or (word.endswith(".") and letters in _DIGRAPHS):
            found.append(letters)
    return tuple(found)


def person_forms(position: int, name: str, source: str) -> list[NameForm]:
    """The other ways the person ``name`` (of the entry at ``position``, from the name table
    ``source``) is written (module docs); none for a name of one word."""
    person = read_person(name)
    surname = person.surname
    if not person.given or not surname:
        return []
    given, fathers = _spellings(person.given), _fathers(person)
    # (a Latin given name or initial beside the surname in Latin letters: one key, the
    # form as shown: Shevchenko T. H., not Шевченко T. H.)
    in_latin = surname if surname.isascii() else to_latin(surname)
    texts = [surname]
    for first in given:
        last = in_latin if first.isascii() else surname
        texts += [f"{first} {last}", f"{last} {first}"]
        for father in fathers:
            texts += [f"{first} {father} {last}", f"{last} {first} {father}"]
    father_letters = _initials_of(fathers)
    for letter in _initials_of(given):
        last = in_latin if letter.isascii() else surname
        texts += [f"{letter}. {last}", f"{last} {letter}."]
        for second in father_letters:
            if second.isascii() == letter.isascii():
                texts += [f"{letter}. {second}. {last}", f"{last} {letter}. {second}."]
    for first in given:  # (Taras H. Shevchenko)
        last = in_latin if first.isascii() else surname
        for second in father_letters:
            if second.isascii() == first.isascii():
                texts += [f"{first} {second}. {last}", f"{last} {first} {second}."]
    return [
        NameForm(position, text, source, note=SURNAME_NOTE if text == surname else PERSON_NOTE)
        for text in dict.fromkeys(texts)
        if text != name
    ]


def _initials_of(names: tuple[str, ...]) -> tuple[str, ...]:
    """The initials the ``names`` are written with, Cyrillic and Latin (Юрій: Ю, Yu, Y, Iu)."""
    found: list[str] = []
    for name in names:
        first = name[0].upper()
        if first.isascii():
            found += [name[:2].capitalize()] if name[:2].lower() in _DIGRAPHS else [first]
            continue
        latin = _latin_letter(first)
        found += [first, latin, *_OTHER_LATIN.get(first, ())]
        if len(latin) == 2 and latin.startswith("Y"):  # (Yu.; Y. Tymoshenko for Юлія)
            found.append("Y")
    return tuple(dict.fromkeys(found))


@cache
def _latin_letter(letter: str) -> str:
    """The Latin of one Cyrillic capital (Ю: Yu), made once."""
    return to_latin(letter)


def people_forms(entries: Sequence[Entry], forms: Sequence[NameForm]) -> list[NameForm]:
    """The other ways each person of a list is written (:func:`person_forms`): its name, its
    Latin name (:func:`latin_forms`) and its alternative names (``forms`` of the
    ``exonyms`` table)."""
    made: list[NameForm] = []
    for i, entry in enumerate(entries):
        made += person_forms(i, entry.name_uk, "official")
        if entry.name != entry.name_uk:
            made += latin_forms(i, entry.name_uk, entry.name)
    for form in forms:
        if form.source == "exonyms":
            made += person_forms(form.entry, form.text, "exonyms")
    return made


def latin_forms(position: int, name: str, latin: str) -> list[NameForm]:
    """The ways the Latin name ``latin`` of the person ``name`` is written that
    :func:`person_forms` of ``name`` does not write. When ``latin`` romanises ``name`` word
    for word (the file's own romanisation: Shevchenko Taras Hryhorovych), each of its forms
    has the key and the initials of one written from ``name`` (Taras Shevchenko, T.
    Shevchenko) but its given name beside a Latin initial (Taras H. Shevchenko): those, its
    surname alone (a typo is read against it) and its given name first (a first word of the
    list's names), not its 70 forms again (a list of 5,000 people had loaded in 14 s).
    Another Latin name (Alexander Usyk), or one read otherwise, is written every way."""
    person, written = read_person(name), read_person(latin)
    if not _romanises(written, person, latin):
        return person_forms(position, latin, "official")
    if not written.given:
        return []
    seconds = [x for x in _initials_of(_fathers(written)) if x.isascii()]
    first, last = written.given, written.surname
    texts = [last, f"{first} {last}"]
    for second in seconds:
        texts += [f"{first} {second}. {last}", f"{last} {first} {second}."]
    return [
        NameForm(position, text, "official", note=SURNAME_NOTE if text == last else PERSON_NOTE)
        for text in dict.fromkeys(texts)
        if text != latin
    ]


def _romanises(written: PersonName, person: PersonName, latin: str) -> bool:
    """Whether ``latin``, read as ``written``, writes ``person`` word for word in KMU's
    letters, each word of its Cyrillic's key (not Fedorovna: Фёдоровна), with no letters the
    key reads by context, and its given name and patronymic with no other initials: then
    every form written from it keys as one written from the Cyrillic, its initials alike."""
    parts = astuple(person)
    if written != PersonName(*map(to_latin, parts)):
        return False
    if any(spelling in latin.lower() for spelling in _READ_BY_CONTEXT):
        return False
    if any(match_key(ours) != match_key(theirs) for ours, theirs in zip(parts, astuple(written))):
        return False
    return not person.given or _same_letters(person, written)


def _same_letters(person: PersonName, latin: PersonName) -> bool:
    """Whether the given names of ``person`` and of its romanisation ``latin`` are one of the
    table (or neither is), and the initials of theirs and their patronymics' are among
    ``person``'s (Savych: S of С, Савич; not Shchasnyi: Sh, where Щасний has Щ, Shch)."""
    if given_name(person.given) != given_name(latin.given):
        return False
    return all(
        set(_initials_of(theirs)) <= set(_initials_of(ours))
        for ours, theirs in (
            (_spellings(person.given), _spellings(latin.given)),
            (_fathers(person), _fathers(latin)),
        )
    )


def _spellings(given: str) -> tuple[str, ...]:
    """``given`` and the other forms of its name (Олександр: Александр, Alexander)."""
    row = given_name(given)
    return tuple(dict.fromkeys((given, *(row.spellings if row else ()))))


def _fathers(person: PersonName) -> tuple[str, ...]:
    """The person's patronymic in the ways it is written (Григорович, Григорьевич)."""
    if not person.patronymic:
        return ()
    return tuple(dict.fromkeys((person.patronymic, *patronymic_forms(person.patronymic))))
