"""The nominatives one declined word may come from, by its ending (the tables of
:mod:`gazetteer.declensiontables`), with the vowels Ukrainian and Russian drop or change as a
word declines put back (Городка: Городок; Кременца: Кременец; Любня: Любень; Рогом: Ріг):
what :mod:`gazetteer.declension` combines word by word."""

from __future__ import annotations

import re
from collections.abc import Container

from .declensiontables import NOUN_ENDINGS

Endings = tuple[tuple[str, tuple[str, ...]], ...]

_VOWELS = "аеєиіїоуюяы"
#: Consonants after which Russian writes a plural's -и, not -ы (Кошары, but Борщи, Луки).
_NOT_Y = "жшщчкгхй"


def word_forms(word: str, endings: Endings) -> list[str]:
    """``word`` as it is, then as each nominative its ending may come from."""
    forms = [word]
    lowered = word.lower()
    # a plural noun with no ending: Сум (Суми), Черкас (an adjective has one: Жовтих Вод),
    # Russian Кошар (Старых Кошар: Старые Кошары)
    if endings is NOUN_ENDINGS and lowered[-1:] not in "аеєиіїоуюяь'’":
        forms += [word + "и", word + "і"]
        if lowered[-1:] not in _NOT_Y:
            forms.append(word + "ы")
        if lowered[-2:-1] == "і" and len(word) > 2:  # (з Білоголів, до Гір: Білоголови, Гори)
            forms.append(word[:-2] + "о" + word[-1] + "и")
    for ending, nominative_endings in endings:
        # (a stem of one letter only before a long ending: Р-озі, the Ріг of Кривий Ріг;
        # or before the vowel of -ай: Г-ае, the Гай of Зелений Гай)
        short = len(ending) < 3 and nominative_endings[0] != "ай"
        # (an ending that is a whole word: Поля, Полі, Полем: Поле, of Зелене Поле)
        whole = lowered == ending and len(ending) > 3
        if not lowered.endswith(ending) or not (len(word) > len(ending) + short or whole):
            continue
        stem = word[: len(word) - len(ending)]
        if not stem:  # (the word is its ending, a noun of its own: Полі, Поле; read first)
            forms[1:1] = [_capital(word, nominative) for nominative in nominative_endings]
            continue
        barred = _barred(stem, ending)
        forms.extend(
            stem + nominative
            for nominative in nominative_endings
            if nominative not in barred and not _double_soft(stem, nominative)
        )
        if (
            "" in nominative_endings
            and (closed := _closed_syllable(stem))
            and (ending not in _RUSSIAN_ONLY or stem[-2] in "оО")
        ):
            forms.append(closed)  # під Кривим Рогом: Ріг; в Харькове: Харьків
        soft_case = "ь" in nominative_endings and "ь" not in barred and ending in _SOFT_CASES
        if soft_case and (closed_soft := _closed_syllable(stem)):
            forms.append(closed_soft + "ь")  # до Тернополя: Тернопіль
        if "" in nominative_endings:
            forms.extend(
                opened
                for opened in _fleeting_o(stem) or _fleeting_e(stem)
                # (в Острові is Острів's, not Остер's: в Острі; у Степкові is Степок's)
                if ending != "ові" or opened.endswith("ок")
            )  # біля Городка: Городок; в Кременце: Кременец; у Бугра: Бугор
        if "ь" in nominative_endings and (soft := _fleeting_en(stem)):
            forms.append(soft)  # у Любня, в Любне, под Любнем: Любень
        if "ець" in nominative_endings and (opened_o := _opened_o(stem)):
            forms.append(opened_o)  # біля Шандрівця, у Шандрівці: Шандровець
    return list(dict.fromkeys(forms))


def _barred(stem: str, ending: str) -> Container[str]:
    """The nominative endings a word of ``stem`` + ``ending`` may not come from."""
    lowered = stem.lower()
    last = lowered[-1:]
    if ending == "ек" and last in _VOWELS:
        # (the е of a plural's genitive follows a consonant: Малиек is Малийки's, not Малики's)
        return _ALL
    barred: list[str] = []
    # (not a surname in -енко, declined as a noun in -а: з Шевченком, до Шевченка; no Russian
    # neuter in -ско, -цко: в Беловодске, из Беловодска are Беловодск's, not a Беловодско's,
    # a Russian form by rule of Біловодське, Беловодское)
    if lowered.endswith(("нк", "ск", "цк")):
        barred.append("о")
    if last not in _VOWELS:  # (й after a vowel only: Стрия, Гаю; Липівця is no Липівцй)
        barred.append("й")
    # (a soft sign before an ending is a neuter's in -ье, no other's: в Затишье, под Затишьем
    # are Затишье's, not a Затишь's or Затиша's; and after к, г, х none: Крюки is no Крюкь)
    if last == "ь":
        barred += ["", "ь", "а", "о"]
    elif last in "кгх":
        barred.append("ь")
    return barred


_ALL = frozenset().union(*(n for _, n in NOUN_ENDINGS))


def _double_soft(stem: str, nominative: str) -> bool:
    """Whether ``stem`` + ``nominative`` ends in a double consonant and a soft sign, as no
    word does (Каменни is no Каменнь)."""
    if not nominative.endswith("ь"):
        return False
    form = (stem + nominative).lower()
    return len(form) > 2 and form[-2] == form[-3] and form[-2] in CONSONANTS


def _capital(word: str, nominative: str) -> str:
    """``nominative`` for a ``word`` that was all its ending, with its capital (Поля: Поле)."""
    return nominative[:1].upper() + nominative[1:] if word[:1].isupper() else nominative


#: Endings only a Russian noun takes (в Харькове), whose stem's е stays in the Ukrainian
#: nominative, as its о turns to і as Ukrainian closes the syllable (Харьков: Харків): в Смеле
#: is Смела (Сміла) or Смел, not Сміл (Izmail's old name).
_RUSSIAN_ONLY = frozenset({"е"})


#: The endings of a Ukrainian masculine in -ь, whose і is о when declined (Тернопіль:
#: Тернополя, Тернополю, у Тернополі, Тернополем, Тернополеві); not Russian -и (Керчи).
_SOFT_CASES = frozenset({"я", "ю", "і", "ем", "еві"})


def _closed_syllable(stem: str) -> str:
    """``stem`` with the о or е of its last syllable turned to і, as a Ukrainian nominative
    closes it (Рогом: Ріг, Миргорода: Миргород stays; before -ст too: Мосту, Міст); ""
    when it has none there."""
    tail = 2 if stem.lower().endswith("ст") else 1
    vowel = stem[-tail - 1 : -tail]
    if len(stem) < 3 or vowel not in ("о", "е", "О", "Е") or stem[-1].lower() not in CONSONANTS:
        return ""
    return stem[: -tail - 1] + ("і" if vowel.islower() else "І") + stem[-tail:]


def _fleeting_o(stem: str) -> tuple[str, ...]:
    """``stem`` with the о a masculine noun in -ок drops when declined put back (Городка,
    Городку, Городком: Городок; Гайка: Гайок; Russian Перелеска: Перелесок), or the е or о
    of one in -ер, -ор (Остра, в Острі: Остер; Russian Бугра, в Бугре: Бугор); () when it
    ends in no consonant and к or р, or in the -ськ, -цьк, -зьк (Russian -цк, -зк) of a
    town that keeps it (Луцька: Луцьк; Донецка: Донецк). (Not -ел: біля Орла is Russia's
    Орёл as often as the village Орел.)"""
    lowered = stem.lower()
    if len(stem) < 3 or lowered[-2] not in CONSONANTS | {"й", "ь"}:
        return ()
    if lowered[-1] == "р" and lowered[-2] in CONSONANTS:
        return (stem[:-1] + "е" + stem[-1], stem[:-1] + "о" + stem[-1])
    if lowered[-1] != "к" or re.search(r"(?:[сцз]ь|[цз])к$", lowered):
        return ()
    return (stem[:-1] + "ок",)


def _fleeting_e(stem: str) -> tuple[str, ...]:
    """``stem`` with the е a Russian masculine noun in -ец drops when declined put back
    (Кременца, в Кременце, Кременцом: Кременец), the й or ь it leaves after a vowel or л
    gone (Дунайца: Дунаец; Сельца: Селец); () for a stem not in a consonant, й or ь and ц.
    (The Ukrainian -ець has endings of its own: Кременця, у Кременці.)"""
    lowered = stem.lower()
    if len(stem) < 3 or lowered[-1] != "ц" or lowered[-2] not in CONSONANTS | {"й", "ь"}:
        return ()
    head = stem[:-2] if lowered[-2] in "йь" else stem[:-1]
    return (head + "ец",)


def _opened_o(stem: str) -> str:
    """``stem`` + ець with the і of its last syllable turned back to о, as a masculine in
    -овець closes that syllable when its е drops (Шандровець: Шандрівця, у Шандрівці,
    Шандрівцем; Бродець: Брідця); "" for a stem not in і and a consonant."""
    lowered = stem.lower()
    if len(stem) < 3 or lowered[-2] != "і" or lowered[-1] not in CONSONANTS:
        return ""
    return stem[:-2] + "о" + stem[-1] + "ець"


def _fleeting_en(stem: str) -> str:
    """``stem`` with the е a Russian masculine noun in -ень drops when declined put back
    (Любня, в Любне, Любнем: Любень; Студня: Студень; Камня: Камень); "" for a stem not
    in a consonant and н."""
    lowered = stem.lower()
    if len(stem) < 3 or lowered[-1] != "н" or lowered[-2] not in CONSONANTS - {"н"}:
        return ""
    return stem[:-1] + "ень"


#: The consonant letters of Ukrainian and Russian, й aside.
CONSONANTS = frozenset("бвгґджзклмнпрстфхцчшщ")
