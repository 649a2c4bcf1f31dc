"""A person's name declined after a preposition that takes people as often as places (з
Дмитром, до Шевченка, с Ивановой, з Любов'ю, на Марію): :func:`persons_case` (any name
after "with" in the instrumental: :func:`with_instrumental`), for
:mod:`gazetteer.spans`, which then asks more of the name to be a place (a city's size, a
level word), as villages bear people's names (Дмитре, Шевченка, Любов); and the place an
office holder's title names before his name (Мэр Одессы Геннадий Труханов): :func:`office_of`."""

from __future__ import annotations

import re
from collections.abc import Callable

from .declension import ATTACK_NOUNS, nominatives
from .rank import is_cyrillic
from .warverbs import SURNAME_STEM_END
from .words import is_first_name

#: Prepositions a person is as often the object of as a place, with the endings of the case
#: they take a person in: з/із/зі "with" and Russian с/со in the instrumental (з Дмитром, з
#: Бородіним: з Ірпеня "from" is a genitive); до "to", від "from" and a noun of attack in the
#: genitive (до Шевченка: до Дубна; обстрілу Марії вдалося сховатися: a dative as often).
_PERSON_CASES = {
    **dict.fromkeys(("з", "із", "зі"), ("ом", "ем", "єм", "им", "ым", "ою", "ею", "єю")),
    **dict.fromkeys(("с", "со"), ("ом", "ем", "им", "ым", "ой", "ей", "ою", "ею")),
    **dict.fromkeys(("до", "від", *ATTACK_NOUNS), ("а", "я")),
}
#: The instrumental of a woman's name in a soft consonant, Russian -ью, Ukrainian -'ю after
#: a consonant (Любовью, Любов'ю: Любовь, Любов), after з or с: with her.
_THIRD_INSTRUMENTAL = re.compile(r"(?<=[^\W\d_аеєиіїоуюяыэё])(?:ью|['ʼ’]ю)$")
#: A woman's first name's genitive after до, від (від Олександри, до Наталки, до Марії: -ії
#: of -ія): a first name's only, as a place in -а/-я takes it too (до Любимівки).
_FEMININE_GENITIVE = ("и", "і", "ї")
#: Prepositions before a first name's accusative in -у/-ю (на Марію), which no place has.
_ACCUSATIVE_PERSON = frozenset({"на", "про", "за"})
#: A surname's stem before its case ending (Шевченк-а, Ковальчук-ом)...
_SURNAME_STEM = re.compile(r"(?:енк|чук|юк)$")
#: ...and a stem in -ц whose е or є dropped, before "with"'s instrumental (з Литвинцем, с
#: Климцом): a surname in -ець, -ец as often as a village so named (Литвинець, Климець)...
_ETS_STEM = re.compile(r"[бвгґджзклмнпрстфхчшщйь]ц$")
#: ...and one that is a surname's only when a place's name in -о declines so (Бородін-ом:
#: Бородіно, the surname Бородін), not one in -ів or -ин (до Макарова: Макарів; Жукина),
#: or in the instrumental -им, -ым, which no such place takes (з Ніжином, с Макаровом): с
#: Ивановым, з Івановим (the village Іванове's too, that a "with" seldom takes).
_NEUTER_SURNAME_STEM = re.compile(SURNAME_STEM_END + "$")


def persons_case(before: str | None, span: str, bears: Callable[[str], bool]) -> bool:
    """Whether ``span``, one Cyrillic word after the preposition ``before``, is in the case
    that preposition takes a person in and reads as a declined first name (з Дмитром:
    Дмитро) or surname (до Шевченка; з Бородіном, where ``bears`` says a place is named
    Бородіно): a person as likely as a village (Дмитре, Шевченка, Бородіно), which a city's
    size (під Мукачевом, з Мукачевом) or a level word still outweighs."""
    endings = _PERSON_CASES.get((before or "").lower())
    word = span.lower()
    if " " in span or not is_cyrillic(span):
        return False
    if (before or "").lower() in _ACCUSATIVE_PERSON:  # (на Марію, про Миколу)
        return word.endswith(("у", "ю")) and _first_name(span, feminine=True)
    if endings is None:
        return False
    if endings[0] == "ом" and (stem := _THIRD_INSTRUMENTAL.sub("", word)) != word:
        # (с Любовью, з Любов'ю: Любовь, Любов; a place so declined, с Керчью, is abroad)
        return is_first_name(stem + "ь") or is_first_name(stem)
    ending = next((e for e in endings if word.endswith(e) and len(word) > len(e) + 2), "")
    if not ending:
        return (
            endings[0] == "а"
            and word.endswith(_FEMININE_GENITIVE)
            and _first_name(span, feminine=True)  # (до Степані: the village Степань)
        )
    stem = span[: -len(ending)]
    if _SURNAME_STEM.search(stem.lower()):
        return True
    if ending in ("ом", "ем") and _ETS_STEM.search(stem.lower()):
        return True
    if ending in ("ою", "ею", "ой", "ей") and _NEUTER_SURNAME_STEM.search(stem.lower()):
        # (з Петровою, с Ивановой: a woman's surname in -ова, -іна; a place in -ове, -ино
        # takes -им, -ым), unless a place is named so (з Марковою: the village Маркова)
        return not bears(stem + "а")
    if _NEUTER_SURNAME_STEM.search(stem.lower()) and (ending in ("им", "ым") or bears(stem + "о")):
        return True
    return _first_name(span)


def with_instrumental(before: str | None, span: str) -> bool:
    """Whether ``span``, one Cyrillic word, is in the instrumental after з/із/зі or с/со
    "with" (з Равою, с Дмитром, з Любов'ю): a person's case as often as a place's, whatever
    the name (Рава is a surname too; :mod:`gazetteer.evidence` asks more of a city met there
    only by its name cut short)."""
    endings = _PERSON_CASES.get((before or "").lower())
    word = span.lower()
    if endings is None or endings[0] != "ом" or " " in span or not is_cyrillic(span):
        return False
    return word.endswith(endings) or bool(_THIRD_INSTRUMENTAL.search(word))


def _first_name(span: str, feminine: bool = False) -> bool:
    """Whether a nominative ``span`` may stand for is a first name (Олександра: Олександр),
    in -а/-я when ``feminine`` (Олександри: Олександра, not Степані: Степан)."""
    return any(
        is_first_name(n.lower()) and not (feminine and n[-1:] not in "ая")
        for n in nominatives(span)
    )


#: An office a town's or a region's name follows in the genitive, its holder's name after it
#: (Мэр Одессы Геннадий Труханов, голова Харкова Ігор Терехов, Mayor of Odesa Hennadiy ...).
_OFFICES = frozenset({
    "мэр", "мер", "глава", "голова", "губернатор", "градоначальник", "начальник", "mayor",
    "governor", "head", "мэра", "мера", "главы", "голови", "губернатора", "начальника",
    "мэру", "меру", "главе", "голові", "губернатору", "начальнику",
})  # fmt: skip


#: The genitive's endings of a town's name after an office (Одессы, Харкова, Запорожья):
#: not a first name's nominative in a consonant (мэр Владимир Кличко).
_GENITIVE = re.compile(r"[аяиыі]$", re.IGNORECASE)


def office_of(words: list[tuple[int, int, str]], i: int, text: str) -> bool:
    """Whether the name at word ``i`` is the place an office before it is of (Мэр Одессы,
    Mayor of Odesa): the capitalised words after it are then its holder's name, not the
    name's (Мэр Одессы Геннадий Труханов: Одеса)."""
    j, name = i - 1, words[i][2]
    if j >= 1 and words[j][2] == "of" and not text[words[j][1] : words[i][0]].strip():
        j -= 1  # (Mayor of Odesa)
    elif not (is_cyrillic(name) and _GENITIVE.search(name)) or is_first_name(name.lower()):
        return False  # (Mayor Ivan Kovalenko, мэр Владимир Кличко: the holder's own name)
    if j < 0 or text[words[j][1] : words[j + 1][0]].strip():
        return False
    return words[j][2].lower() in _OFFICES
