"""Nominatives a declined Ukrainian or Russian place name may stand for.

Text about places declines their names: у Бахмуті, біля Херсона, під Києвом, з Маріуполя,
в Новій Каховці, в Харькове. A name in another case than the nominative meets no form, or a
typo of another name. :func:`nominatives` gives the nominatives such a name may stand for,
by the endings of the common declensions of place names (masculine names in a consonant,
in -ів and in -ь, and those whose о or є drops: Городок, у Городку; Дунаєць, біля Дунайця;
Russian Кременец, в Кременце; feminine names in -а and -ія; neuter nouns in -о and
adjectives in -е; Russian masculine names), word by word; the caller keeps those a place
bears.
"""

from __future__ import annotations

import re
from itertools import product

from translit.lazyre import lazy_compile

from .agreement import chosen_readings
from .declensiontables import ADJECTIVE_ENDINGS, NOUN_ENDINGS
from .wordforms import word_forms as _word_forms

_CYRILLIC_WORD = lazy_compile(r"^[а-яёіїєґ’'-]+$", re.IGNORECASE)
#: At most this many readings of one name (words multiply).
MOST = 24


def nominatives(name: str, adjective: bool = False) -> list[str]:
    """The nominatives a declined Cyrillic ``name`` may stand for, best guesses first (the
    name itself not among them); [] for a name not in Cyrillic letters. ``adjective``: the
    name is a unit's adjective, its level word gone (в Измаильском районе: Измаильский).

    >>> "Бахмут" in nominatives("Бахмуті") and "Херсон" in nominatives("Херсона")
    True
    >>> "Нова Каховка" in nominatives("Новій Каховці")
    True
    """
    words = name.split(" ")
    if not all(_CYRILLIC_WORD.match(w) for w in words):
        return []
    options = [_word_forms(w, ADJECTIVE_ENDINGS) for w in words[:-1]]
    last = _word_forms(words[-1], NOUN_ENDINGS)
    if len(words) > 1 and neuter_plural_genitive(words[-1]):
        last.append(words[-1] + "а")  # (Новых Стрелищ: Новые Стрелища)
    hyphened = None if adjective else _hyphened(words[-1])
    if adjective:
        last = list(dict.fromkeys(_word_forms(words[-1], ADJECTIVE_ENDINGS) + last))
    elif hyphened is not None:
        last = list(dict.fromkeys(last + hyphened))
    options.append(last)
    most = MOST * 2 if hyphened else MOST  # (each part read: Хуторі-Будилові)
    found: list[str] = []
    _add_readings(found, name, options, most, len(words) - 1)
    # an adjective after its noun, declined (Калинівці Другій: Калинівка Друга), and after an
    # adjective and its noun (Верхньому Токмаку Другому: Верхній Токмак Другий)
    declined_last = _word_forms(words[-1], ADJECTIVE_ENDINGS)[1:]
    if len(words) > 1 and not adjective and declined_last:
        before = [_word_forms(w, ADJECTIVE_ENDINGS) for w in words[:-2]]
        noun = _word_forms(words[-2], NOUN_ENDINGS)
        _add_readings(found, name, [*before, noun, declined_last], MOST, len(words) - 2)
    return found


def _add_readings(
    found: list[str], name: str, options: list[list[str]], most: int, noun_at: int
) -> None:
    """Add to ``found`` the readings of ``name`` its words' ``options`` make (its noun's at
    ``noun_at``), but ``name``, until ``most`` are added: those whose words agree first
    when there are more (:mod:`gazetteer.agreement`)."""
    added = 0
    for combination in chosen_readings(options, noun_at, most):
        reading = " ".join(combination)
        if reading != name and reading not in found:
            found.append(reading)
            added += 1
        if added >= most:
            break


#: The endings of a unit's adjective (raion, hromada, oblast) in a case other than the
#: nominative, romanised from Ukrainian or Russian, after its -sk/-tsk/-zk: genitive
#: (Iziumskoho, Izyumskogo and its spoken Izyumskovo; Kharkivskoi, Kharkovskoy, Kharkovskoj)
#: and dative (Iziumskomu). One table for those that tell a unit named obliquely
#: (:mod:`gazetteer.unitgenitive`) and those that read its nominative
#: (:func:`latin_nominatives`).
LATIN_UNIT_OBLIQUE = r"(?<=[stz]k)(?:oho|ogo|ovo|omu|oi|oy|oj)$"
_LATIN_OBLIQUE = lazy_compile(LATIN_UNIT_OBLIQUE, re.IGNORECASE)


def latin_nominatives(span: str) -> list[str]:
    """The nominatives a Latin unit adjective in an oblique case may stand for (Izyumskogo:
    Izyumskyi, Izyumskiy; Kharkovskoy: Kharkovska); [] for a word not in such a case.

    >>> latin_nominatives("Iziumskomu"), latin_nominatives("Kharkovskoy")
    (['Iziumskyi', 'Iziumskiy'], ['Kharkovska'])
    """
    if not _LATIN_OBLIQUE.search(span):
        return []
    stem = _LATIN_OBLIQUE.sub("", span)
    feminine = span[-1].lower() in "iyj" and span[-2].lower() == "o"
    return [stem + "a"] if feminine else [stem + "yi", stem + "iy"]


def read_nominatives(name: str, unit: bool, raw: str = "") -> list[str]:
    """:func:`nominatives`, and for a ``unit``'s adjective in Latin letters (Volodarskoho
    raionu, Izyumskovo rayona) :func:`latin_nominatives`. After a preposition of the
    locative opening ``raw`` (в, на), a name in -ом is an adjective's (в Покровском:
    Покровское, Покровский; в Вербовом: Вербовое), never a noun's, whose locative ends
    otherwise (в Покровске, у Вербові) and whose instrumental only is -ом (под Покровском,
    під Вербовом); after any other preposition, a noun's (под Покровском: Покровск, not
    Покровское, whose instrumental is Покровским). After з, із, зі an adjective's
    instrumental is a companion's, no place's (розмова з Хмельницьким: з Хмельницького is
    the city's): not read."""
    found = nominatives(name, unit) or (latin_nominatives(name) if unit else [])
    last = _WORDS.split(name)[-1]
    if (before_genitive(raw) or _russian_u(raw)) and neuter_plural_genitive(last) and not unit:
        # a neuter plural's genitive (біля Мостиськ: Мостиська; до Великих Селищ; Russian у
        # Новых Стрелищ, which no Ukrainian locative ends so)
        found += [n + "а" for n in [name, *found] if n.endswith(last)]
        found = list(dict.fromkeys(found))
    if last.lower().endswith("им") and preposition_of(raw) in _WITH:
        return []
    if not last.lower().endswith("ом"):
        return found
    if before_locative(raw):
        unlike = {form.lower() for form in _word_forms(last, _INSTRUMENTAL)[1:]}
    elif after_preposition(raw):  # (под Покровском: Покровск; not Покровское)
        unlike = {last[:-2].lower() + ending for ending in _ADJECTIVE_NOMINATIVES}
    else:
        return found
    return [n for n in found if _WORDS.split(n)[-1].lower() not in unlike]


_WORDS = lazy_compile(r"[ -]")


def _russian_u(raw: str) -> bool:
    """Whether ``raw`` opens with у, Russian's preposition of the genitive too (у Бахмута)."""
    return preposition_of(raw) == "у"


#: The stems of neuter plural names, their genitive of no ending (Мостиська: біля Мостиськ;
#: Великі Селища: до Великих Селищ), not a feminine's (Шумина: біля Шумини).
_NEUTER_PLURAL_STEMS = ("иськ", "ищ")


def neuter_plural_genitive(word: str) -> bool:
    """Whether ``word`` may be a neuter plural's genitive of no ending (Мостиськ, Селищ),
    whose nominative adds -а."""
    return word.lower().endswith(_NEUTER_PLURAL_STEMS)


#: Prepositions of "with" before the instrumental, or "from" before the genitive.
_WITH = frozenset({"з", "із", "зі"})
#: The nominatives a noun's instrumental in -ом comes from (Херсоном, Мукачевом).
_INSTRUMENTAL = (("ом", ("", "о")),)
#: The nominative endings a Russian adjective's locative in -ом comes from (Покровском:
#: Покровское, Покровский), a reading no other preposition allows: its instrumental is -им.
_ADJECTIVE_NOMINATIVES = ("ое", "ий", "ый", "ой")


def _hyphened(word: str) -> list[str] | None:
    """The nominatives of a noun and an adjective or another noun joined by a hyphen, each
    declined (у Білгороді-Дністровському: Білгород-Дністровський; у Хуторі-Будилові:
    Хутір-Будилів), the likelier first (each part's earlier readings); None for a word of
    no hyphen."""
    head, hyphen, tail = word.partition("-")
    if not hyphen or "-" in tail or len(head) < 3 or len(tail) < 3:
        return None
    # (a plural of no ending last: Хуторі-Будилові's Хутір before a Хутором-и)
    bare = {head + ending for ending in ("и", "і", "ы")}
    heads = sorted(_word_forms(head, NOUN_ENDINGS), key=lambda h: h in bare)[:8]
    tails = _word_forms(tail, ADJECTIVE_ENDINGS)[:6]
    tails = list(dict.fromkeys(tails + _word_forms(tail, NOUN_ENDINGS)[:6]))
    pairs = sorted(product(enumerate(heads), enumerate(tails)), key=lambda p: p[0][0] + p[1][0])
    return [f"{h}-{t}" for (_, h), (_, t) in pairs if f"{h}-{t}" != word]


#: The words for a place's outskirts, in every case, a name after them in the genitive
#: (околиці Бахмута, на околицю Харкова, окраину Покровска, к окрестностям Харькова): no
#: person has them, so a place follows, as after a noun of attack.
OUTSKIRTS = frozenset({
    "околиця", "околиці", "околицю", "околицею", "околиць", "околицям", "околицями",
    "околицях",
    "окраина", "окраины", "окраине", "окраину", "окраиной", "окраин", "окраинам",
    "окраинами", "окраинах",
    "окрестности", "окрестностей", "окрестностям", "окрестностями", "окрестностях",
})  # fmt: skip
#: The people of a place, before its name in the genitive as a preposition would have it
#: (жителі Бахмута, жители Северодонецка, мешканці Херсона)...
OF_PEOPLE = frozenset({
    "жителі", "жителів", "мешканці", "мешканців", "жителька", "мешканка", "житель",
    "мешканець", "жители", "жителей", "жительница", "жительницы",
    # ...and the words for its outskirts, its mayor, its shelling or the way towards it
    # (околиці Бахмута, мер Харкова, обстрілу Херсона, в напрямку Покровська, в сторону
    # Покровска)
    *OUTSKIRTS,
    "мер", "мера", "мэр", "мэра", "напрямку", "направлении", "бік", "сторону",
})  # fmt: skip
#: Nouns of an attack on a place, before its name in the genitive (обстріл Сум, обстрел
#: Херсона, бомбардування Харкова, штурм Бахмута): a place follows, no person.
ATTACK_NOUNS = frozenset({
    "обстріл", "обстрілу", "обстріли", "обстрілів", "обстрілом", "обстрілі", "обстрел",
    "обстрела", "обстрелы", "обстрелов", "обстрелом", "обстреле", "бомбардування",
    "бомбардуванням", "бомбардировка", "бомбардировки", "бомбардировку", "бомбардировкой",
    "штурм", "штурму", "штурма", "штурмом", "облога", "облоги", "облогу", "осада", "осады",
    "осаду",
})  # fmt: skip
OF_PEOPLE |= ATTACK_NOUNS
#: Prepositions that govern a declined place name (у Бахмуті, біля Херсона, під Києвом, по
#: Кривому Рогу, вблизи Авдеевки; в районі Бахмута, in the area of), and the people's words
#: that do as they do.
PREPOSITIONS = frozenset({
    "у", "в", "з", "із", "зі", "до", "від", "біля", "поблизу", "під", "на", "за", "над",
    "неподалік", "коло", "во", "из", "от", "под", "возле", "около", "близ", "по", "вблизи",
    "к", "ко",
    "районі", "районе",
}) | OF_PEOPLE  # fmt: skip


def after_preposition(text: str) -> bool:
    """Whether ``text`` opens with a preposition that declines the name after it."""
    words = text.split()
    return len(words) > 1 and words[0].lower() in PREPOSITIONS


def nominative_twins(name: str, *, genitive: bool = False) -> frozenset[str]:
    """The nominatives a Russian locative in -е (в Ялте: Ялта) or a plural genitive in -ів
    (до Броварів: Бровари) would give ``name``, which a Ukrainian nominative also ends so;
    after a preposition that takes the genitive, not the plural's."""
    if name.endswith("е"):
        return frozenset({name[:-1] + "а"})
    if name.endswith("ів") and not genitive:
        return frozenset({name[:-2] + "и", name[:-2] + "і"})
    return frozenset()


#: Words that decline a name but say no place follows: a person may (на сторону Олега, к
#: Владимиру, по Марії); a name after them needs other evidence to be read in text.
WEAK_CUES = (OF_PEOPLE - ATTACK_NOUNS - OUTSKIRTS) | {"по", "к", "ко"}
#: Nouns of an attack before по or на (удар по Сумах, удари по Харкову, атака на Суми).
_ATTACKS_ON = lazy_compile(r"(?:удар|атак|наступ|обстріл|обстрел)\w*$", re.IGNORECASE)


def weak_cue(word: str, previous: str) -> bool:
    """Whether ``word`` before a name (``previous`` the word before it) declines it but says
    no place follows (:data:`WEAK_CUES`); по after a noun of attack does (удар по Сумах).
    As written: a sentence's capitalised first word is no weak cue (Мешканців Любарки)."""
    return word in WEAK_CUES and not (word == "по" and bool(_ATTACKS_ON.match(previous)))


#: Prepositions after which a name is in the genitive (біля Бродів: Броди).
_GENITIVE_PREPOSITIONS = frozenset({
    "біля", "до", "з", "із", "зі", "від", "поблизу", "неподалік", "коло", "возле", "около",
    "от", "из", "близ", "вблизи", "районі", "районе",
}) | OF_PEOPLE  # fmt: skip


#: Prepositions after which a name is in the locative (в Покровском, у Бахмуті, на Сумщині).
_LOCATIVE_PREPOSITIONS = frozenset({"в", "во", "у", "на", "при", "о", "об"})


def preposition_of(raw: str) -> str:
    """The word that opens ``raw``, lower-cased: its preposition, when one opens it."""
    return raw.split(" ", 1)[0].lower()


def on_a_land(raw: str) -> bool:
    """Whether ``raw`` opens with на (romanised na), as a land or an area is spoken of (на
    Буковині, на Покровщині; a village is у Буковині)."""
    return raw.strip().lower().startswith(("на ", "na "))


def before_locative(raw: str) -> bool:
    """Whether ``raw`` opens with a preposition that takes the locative (в, на, при...)."""
    words = raw.split()
    return len(words) > 1 and words[0].lower() in _LOCATIVE_PREPOSITIONS


def before_genitive(raw: str) -> bool:
    """Whether ``raw`` opens with a preposition that takes the genitive (біля, до, з...)."""
    words = raw.split()
    return len(words) > 1 and words[0].lower() in _GENITIVE_PREPOSITIONS
