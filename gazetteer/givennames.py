"""Given names and patronymics as Ukrainians and Russians write the same name (Олександр,
Александр; Григорович, Григорьевич), with the English spellings whose letters differ
(Alexander, Nicholas): what a list of people (:mod:`gazetteer.personforms`) reads as one.

Romanisations need no row: the match key is one for ``Oleksandr`` and ``Олександр``,
``Aleksandr``, ``Alexandr`` and ``Александр`` (:func:`translit.match_key`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from translit import match_key

#: One name a row: its Cyrillic forms (Ukrainian first, then Russian), other Latin spellings,
#: and the patronymics it gives, a son's and a daughter's (Ukrainian, then Russian).
_ROWS = (
    ("Олександр Александр", "Alexander", "Олександрович Александрович",
     "Олександрівна Александровна"),
    ("Олексій Алексей", "", "Олексійович Алексеевич", "Олексіївна Алексеевна"),
    ("Анатолій Анатолий", "", "Анатолійович Анатольевич", "Анатоліївна Анатольевна"),
    ("Андрій Андрей", "Andrew", "Андрійович Андреевич", "Андріївна Андреевна"),
    ("Антон", "Anthony", "Антонович", "Антонівна Антоновна"),
    ("Артем Артём", "", "Артемович Артёмович", "Артемівна Артёмовна"),
    ("Арсеній Арсений", "", "Арсенійович Арсеньевич", "Арсеніївна Арсеньевна"),
    ("Богдан", "", "Богданович", "Богданівна Богдановна"),
    ("Борис", "", "Борисович", "Борисівна Борисовна"),
    ("Вадим", "", "Вадимович", "Вадимівна Вадимовна"),
    ("Валентин", "Valentine", "Валентинович", "Валентинівна Валентиновна"),
    ("Валерій Валерий", "", "Валерійович Валерьевич", "Валеріївна Валерьевна"),
    ("Василь Василий", "Basil", "Васильович Васильевич", "Василівна Васильевна"),
    ("Віктор Виктор", "Victor", "Вікторович Викторович", "Вікторівна Викторовна"),
    ("Віталій Виталий", "", "Віталійович Витальевич", "Віталіївна Витальевна"),
    ("Владислав", "", "Владиславович", "Владиславівна Владиславовна"),
    ("Володимир Владимир", "", "Володимирович Владимирович", "Володимирівна Владимировна"),
    ("В'ячеслав Вячеслав", "", "В'ячеславович Вячеславович", "В'ячеславівна Вячеславовна"),
    ("Геннадій Геннадий", "", "Геннадійович Геннадьевич", "Геннадіївна Геннадьевна"),
    ("Георгій Георгий", "George", "Георгійович Георгиевич", "Георгіївна Георгиевна"),
    ("Григорій Григорий", "Gregory", "Григорович Григорьевич", "Григорівна Григорьевна"),
    ("Данило Даниил", "Daniel", "Данилович Даниилович", "Данилівна Данииловна"),
    ("Денис", "", "Денисович", "Денисівна Денисовна"),
    ("Дмитро Дмитрий", "", "Дмитрович Дмитриевич", "Дмитрівна Дмитриевна"),
    ("Едуард Эдуард", "Edward", "Едуардович Эдуардович", "Едуардівна Эдуардовна"),
    ("Євген Евгений", "Eugene", "Євгенович Евгеньевич", "Євгенівна Евгеньевна"),
    ("Зиновій Зиновий", "", "Зиновійович Зиновьевич", "Зиновіївна Зиновьевна"),
    ("Іван Иван", "", "Іванович Иванович", "Іванівна Ивановна"),
    ("Ігор Игорь", "", "Ігорович Игоревич", "Ігорівна Игоревна"),
    ("Ілля Илья", "", "Ілліч Ильич", "Іллівна Ильинична"),
    ("Йосип Иосиф", "Joseph", "Йосипович Иосифович", "Йосипівна Иосифовна"),
    ("Кирило Кирилл", "Cyril", "Кирилович Кириллович", "Кирилівна Кирилловна"),
    ("Костянтин Константин", "Constantine", "Костянтинович Константинович",
     "Костянтинівна Константиновна"),
    ("Лев", "Leo", "Левович Львович", "Левівна Львовна"),
    ("Леонід Леонид", "", "Леонідович Леонидович", "Леонідівна Леонидовна"),
    ("Максим", "", "Максимович", "Максимівна Максимовна"),
    ("Микола Николай", "Nicholas", "Миколайович Николаевич", "Миколаївна Николаевна"),
    ("Михайло Михаил", "Michael", "Михайлович", "Михайлівна Михайловна"),
    ("Мирослав", "", "Мирославович", "Мирославівна Мирославовна"),
    ("Назар", "", "Назарович", "Назарівна Назаровна"),
    ("Олег", "", "Олегович", "Олегівна Олеговна"),
    ("Остап", "", "Остапович", "Остапівна Остаповна"),
    ("Павло Павел", "Paul", "Павлович", "Павлівна Павловна"),
    ("Петро Пётр Петр", "Peter", "Петрович", "Петрівна Петровна"),
    ("Роман", "", "Романович", "Романівна Романовна"),
    ("Ростислав", "", "Ростиславович", "Ростиславівна Ростиславовна"),
    ("Руслан", "", "Русланович", "Русланівна Руслановна"),
    ("Святослав", "", "Святославович", "Святославівна Святославовна"),
    ("Семен Семён", "", "Семенович Семёнович", "Семенівна Семёновна"),
    ("Сергій Сергей", "", "Сергійович Сергеевич", "Сергіївна Сергеевна"),
    ("Станіслав Станислав", "", "Станіславович Станиславович",
     "Станіславівна Станиславовна"),
    ("Степан", "Stephen", "Степанович", "Степанівна Степановна"),
    ("Тарас", "", "Тарасович", "Тарасівна Тарасовна"),
    ("Федір Фёдор Федор", "Theodore", "Федорович Фёдорович", "Федорівна Фёдоровна"),
    ("Юрій Юрий", "", "Юрійович Юрьевич", "Юріївна Юрьевна"),
    ("Яків Яков", "Jacob", "Якович Яковлевич", "Яківна Яковлевна"),
    ("Ярослав", "", "Ярославович", "Ярославівна Ярославовна"),
    ("Алла", "", "", ""),
    ("Анастасія Анастасия", "", "", ""),
    ("Ганна Анна", "", "", ""),
    ("Валентина", "", "", ""),
    ("Вікторія Виктория", "Victoria", "", ""),
    ("Віра Вера", "", "", ""),
    ("Галина", "", "", ""),
    ("Дарія Дарина Дарья", "", "", ""),
    ("Євгенія Евгения", "Eugenia", "", ""),
    ("Єлизавета Елизавета", "Elizabeth", "", ""),
    ("Ірина Ирина", "", "", ""),
    ("Катерина Екатерина", "Catherine Katherine", "", ""),
    ("Ксенія Ксения", "", "", ""),
    ("Лариса", "", "", ""),
    ("Леся", "", "", ""),
    ("Людмила", "", "", ""),
    ("Любов Любовь", "", "", ""),
    ("Марина", "", "", ""),
    ("Марія Мария", "", "", ""),
    ("Надія Надежда", "", "", ""),
    ("Наталія Наталя Наталья Наталия", "Natalie", "", ""),
    ("Ніна Нина", "", "", ""),
    ("Оксана", "", "", ""),
    ("Олександра Александра", "Alexandra", "", ""),
    ("Олена Елена", "", "", ""),
    ("Ольга", "", "", ""),
    ("Світлана Светлана", "", "", ""),
    ("Софія Софья София", "Sophia", "", ""),
    ("Тамара", "", "", ""),
    ("Тетяна Татьяна", "", "", ""),
    ("Уляна Ульяна", "", "", ""),
    ("Христина Кристина", "Christina", "", ""),
    ("Юлія Юлия", "Julia", "", ""),
)  # fmt: skip

#: A patronymic's ending, for one no row gives (Вітольдович, Vitoldivna): Ukrainian and
#: Russian, Cyrillic or romanised.
_PATRONYMIC_END = re.compile(
    r"(?:ович|евич|івна|ївна|овна|евна|ична|ovych|evych|ovich|evich|ivna|ovna|evna|ichna)$",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class GivenName:
    """One given name in the ways it is written, and the patronymics it gives."""

    names: tuple[str, ...]  #: Cyrillic forms, the Ukrainian first (Олександр, Александр)
    latin: tuple[str, ...]  #: Latin spellings another key than the Cyrillic's (Alexander)
    sons: tuple[str, ...]  #: a son's patronymics (Олександрович, Александрович)
    daughters: tuple[str, ...]  #: a daughter's (Олександрівна, Александровна)

    @property
    def spellings(self) -> tuple[str, ...]:
        """Every form of the name: Cyrillic, then Latin."""
        return self.names + self.latin


@cache
def _tables() -> tuple[dict[str, GivenName], dict[str, tuple[str, ...]]]:
    """Given names by the key of each form; the patronymics of one name and sex by the key of
    each."""
    names: dict[str, GivenName] = {}
    fathers: dict[str, tuple[str, ...]] = {}
    for cyrillic, latin, sons, daughters in _ROWS:
        row = GivenName(*(tuple(cell.split()) for cell in (cyrillic, latin, sons, daughters)))
        for form in row.spellings:
            names[match_key(form)] = row
        for forms in (row.sons, row.daughters):
            for form in forms:
                fathers[match_key(form)] = forms
    return names, fathers


def given_name(word: str) -> GivenName | None:
    """The given name ``word`` is a form of (Александр, Oleksandr, Alexander: Олександр's),
    or None when none of the table."""
    return _tables()[0].get(match_key(word))


def patronymic_forms(word: str) -> tuple[str, ...]:
    """The patronymic ``word`` in Ukrainian and Russian, the same sex (Григорович,
    Hryhorovych: Григорович, Григорьевич); ``(word,)`` when the table has no such."""
    return _tables()[1].get(match_key(word), (word,))


def is_patronymic(word: str) -> bool:
    """Whether ``word`` is a patronymic: the table's, or by its ending (-ович, -івна, -овна,
    -евич and their romanisations)."""
    return match_key(word) in _tables()[1] or _PATRONYMIC_END.search(word) is not None


def rows() -> tuple[GivenName, ...]:
    """Every given name of the table, in its order."""
    return tuple(dict.fromkeys(_tables()[0].values()))
