"""A name as the object of a verb of war news (Shelling hit Krasne, ЗСУ звільнили
Любимівку, вдарили по Харкову): evidence that it is a place, for :mod:`gazetteer.spans`.

A first name or a surname after the verb stays a person (captured Maria, captured
Shevchenko, hit Kozak), and so does a possessive (hit Sofia's school); a name before a thing it
names is no object either (struck Druzhba pipeline, Mayak plant). In Cyrillic, an object
in the animate accusative stays a person (звільнили Івана, Залужного), which no place's
takes (звільнили Бахмут, Любимівку, Веселе). The verbs are in :data:`gazetteer.words.WAR_VERBS`.

The verb alone makes a name of Latin letters a place only when it is spelled as some
standard romanises one of the place's names (captured Rabotino: Работино, Russian BGN;
hit Kupyansk: Куп'янськ), not when only the looser match keys meet (hit Bosch: Бож;
struck Jerry: the Chinese ye er ji of Єрки; shelled Tass: Taz): a firm's, a person's or
an English word's spelling met so needs more to be a place (:func:`spelled_as_named`).
Nor does the verb alone make a place of a city abroad's name (struck Samara, hit Poznan:
not the villages Самара, Познань), which Samara in Sumy oblast still is.

Some verbs of war news take no person (shelled, stormed, обстріляли, окупували; not hit,
struck, captured, seized, encircled, звільнили, оточили: people are hit, captured, freed,
surrounded):
after one (:data:`PLACE_VERBS`) a surname or a surname's shape is a village's name
(Russian forces shelled Shevchenko: 31 villages), though a first name stays a person's.

A verb a person is as often the object of (:data:`VISIT_VERBS`: Mayor Melnyk visited Rudka,
had left Pishchane; visited Biden) makes a name a place only when it is spelled exactly as a
settlement's official name (evidence.py), and never a first name, a surname or a surname's
shape (visited Kovalenko), nor a city abroad's name (visited Poznan), nor a common English
word (visited Smile, left Step: ``data/english_words.tsv``, from English word counts) or a
name of a thing abroad (visited Nobel, left Orly); nor is "left" counting down (ten seconds
left). The names of a list after either verb are its objects too (Drones struck Povidov
and Staromishchyna): each that is no person's name by itself.

A name that opens a sentence, whose capital says nothing, is a place when war news' words
for a place follow it (Krynky saw heavy fighting, Vuhledar was abandoned, Балаклея под
обстрелом, Кринки звільнено; Кринки, на лівому березі Дніпра) and it is no first name,
surname or common English word (:func:`opens_as_place`).
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import pairwise

from translit import standards, to_latin, transliterate

from .model import Match
from .rank import is_cyrillic
from .storage import data_file, read_table
from .words import (
    LOCATIVE_WORDS,
    SENTENCE_WORDS,
    STRIKE_VERBS,
    SURNAMES,
    THING_CUES,
    WAR_VERBS,
    is_first_name,
    possessive_after,
)

#: Surnames' endings (Shevchenko, Kravchuk, Budanov; Шевченко), which few villages have.
SURNAME_ENDING = re.compile(r"(?:enko|chuk|iuk|ov|ev|енко|чук|юк)$", re.IGNORECASE)
#: The Ukrainian ones, which no city's name has; -ov, -ev end a Russian form too (Kiev,
#: Kharkov, Nikolaev): after a sentence's first word (Central Kiev) not a surname's sign.
UKRAINIAN_SURNAME_ENDING = re.compile(r"(?:enko|chuk|iuk|енко|чук|юк)$", re.IGNORECASE)
#: A Cyrillic object in the animate accusative (Івана, Олега, Шевченка, Залужного) or
#: in the accusative of a woman's name (Марію, Олену), which :func:`no_person` checks by
#: its nominative.
_ANIMATE = re.compile(r"(?:[ая]|[ое]го)$")
_FEMININE = {"у": "а", "ю": "я"}
#: A neuter name in -я, whose accusative it is whatever it names (Залісся, Заріччя, Підгір'я):
#: a doubled consonant or an apostrophe before the я, as no person's genitive has.
_NEUTER_YA = re.compile(r"(?:([^\W\d_])\1|['ʼ’])я$")
#: Things a name right before them names (struck Druzhba pipeline, hit Mayak plant): the
#: verb's object is the thing, and villages bear those names too (Дружба, Маяк, Іскра).
_NAMED_THINGS = frozenset({
    "pipeline", "plant", "factory", "refinery", "works", "shipyard", "depot", "cruiser",
    "ship", "frigate", "corvette", "submarine", "tanker", "brigade", "battalion", "regiment",
    "missile", "missiles", "system", "systems", "company", "group",
})  # fmt: skip
#: What ends the word after a name (a stop, a comma, a possessive: pipeline., plant,).
_NOT_WORD = re.compile(r"[^\w-]")


#: Verbs of war news whose object is a place, never a person (see the module docs; not
#: encircled, оточили, окружили: journalists and fans surround a person, Тимошенко).
PLACE_VERBS = frozenset({
    "shelled", "bombed", "bombarded", "stormed", "occupied", "liberated",
    "retook", "recaptured", "обстріляв", "обстріляла", "обстріляли", "обстрілюють",
    "обстрілювали", "окупували", "окупувала", "штурмують", "штурмували", "деокупували",
    "обстрелял", "обстреляла", "обстреляли", "обстреливают", "оккупировали", "штурмуют",
    "штурмовали",
})  # fmt: skip
#: Verbs whose object is a place or a person alike (visited Rudka, visited Biden): see the
#: module docs. Only as written, in lower case (the Left Bank is no verb).
VISIT_VERBS = frozenset({"visited", "left", "toured"})
#: Names after a visit verb (visited Nobel; left Orly, Pravda) that villages' official names
#: spell too (Нобель, Орли, Правда): the institute, the airport, the paper. (Flora, Trudy
#: are first names: FIRST_NAMES; common English words are :func:`english_word`'s.)
_VISITED_WORDS = frozenset({"nobel", "kodak", "orly", "pravda"})
#: Spans of time (and a match's parts) whose number "left" counts down (ten seconds left,
#: three games left): what remains, no verb of leaving.
_TIME_NOUNS = frozenset({
    "second", "seconds", "minute", "minutes", "hour", "hours", "day", "days", "week", "weeks",
    "month", "months", "year", "years", "game", "games", "match", "matches", "round", "rounds",
    "lap", "laps", "min", "mins", "secs",
})  # fmt: skip
#: How far back "there are" may stand before "left" (there are only a few games left).
_THERE_SPAN = 6
_BE = frozenset({"are", "is", "were", "was"})


def verb_before(words: list[tuple[int, int, str]], i: int, text: str) -> str:
    """``"place"`` when one of :data:`PLACE_VERBS` stands right before word ``i``, ``"war"``
    when another verb of war news does (or по behind a verb of a strike), ``"visit"`` when
    one of :data:`VISIT_VERBS` does; else ``""``."""
    if i == 0 or _gap(text, words, i):
        return ""
    verb = words[i - 1][2]
    if verb in VISIT_VERBS:
        name = words[i][2].lower()
        if name in _VISITED_WORDS or english_word(name):
            return ""  # (visited Nobel, visited Smile: the institute, a firm)
        if verb == "left" and _remaining(words, i - 1):
            return ""
        return "visit"
    verb = verb.lower()
    if verb in PLACE_VERBS:
        return "place"
    if verb in WAR_VERBS or (
        verb == "по" and i > 1 and not _gap(text, words, i - 1)
        and words[i - 2][2].lower() in STRIKE_VERBS
    ):  # fmt: skip
        return "war"
    return ""


def english_word(word: str) -> bool:
    """Whether ``word`` (in lower case) is a common English word that is a settlement's
    name (smile, step, marine) or meets one by its match key (lucky, luck: Луцьк):
    ``data/english_words.tsv``, kind common."""
    return _english_words().get(word) == "common"


def english_city_word(word: str) -> bool:
    """Whether ``word`` (in lower case) is :func:`english_word`, or a rarer English word
    that meets a city's name only by its match key, spelled as none of its names (alto:
    Ялта's Esperanto Jalto; hindi): ``data/english_words.tsv``, kind key."""
    return word in _english_words()


@lru_cache(maxsize=1)
def _english_words() -> dict[str, str]:
    """The words of ``data/english_words.tsv`` with their kinds (none when it is missing)."""
    source = data_file("english_words.tsv")
    rows = read_table(source) if source.is_file() else ()
    return {row["word"]: row.get("kind") or "common" for row in rows}


def _remaining(words: list[tuple[int, int, str]], left: int) -> bool:
    """Whether "left", word ``left``, says what remains: after a span of time (ten seconds
    left) or in "there are ... left"."""
    if left and words[left - 1][2].lower() in _TIME_NOUNS:
        return True
    before = [w[2].lower() for w in words[max(0, left - _THERE_SPAN) : left]]
    return any(a == "there" and b in _BE for a, b in pairwise(before))


def no_person(
    text: str, words: list[tuple[int, int, str]], i: int, end: int, place_verb: bool = False
) -> bool:
    """Whether word ``i``, a verb's object ending at ``end``, is no first name or surname
    (nor their shape or case; a surname may be after ``place_verb``, one of
    :data:`PLACE_VERBS`), no possessive, and names no thing after it."""
    name = words[i][2].lower()
    if _animate_object(name):
        return False
    return (
        not is_first_name(name)
        and (place_verb or not _a_surname(name))
        and not possessive_after(text, end)  # (Sofia's school: the name owns the object)
        and _NOT_WORD.split(next_word(text, end), 1)[0] not in _NAMED_THINGS
    )


def _animate_object(name: str) -> bool:
    """Whether ``name`` (in lower case), a verb's Cyrillic object, is in the animate
    accusative or the accusative of a first name in -а/-я, a woman's or a man's: a person
    (Олега, Залужного, Марію, Іллю, Миколу)."""
    nominative = name[:-1] + _FEMININE.get(name[-1], name[-1])  # (a man's too: Іллю, Миколу)
    return is_cyrillic(name) and bool(
        (_ANIMATE.search(name) and not _NEUTER_YA.search(name)) or is_first_name(nominative)
    )


def _a_surname(word: str) -> bool:
    """Whether ``word`` (in lower case) is a surname or of a surname's shape (Kovalenko)."""
    return word in SURNAMES or bool(SURNAME_ENDING.search(word))


def spelled_as_named(written: str, best: Match) -> bool:
    """Whether ``written`` (one word) spells the name ``best`` met as the gazetteer has it
    or as a standard romanises it, marks, apostrophes and case aside; Cyrillic always."""
    if best.kind == "exact" or is_cyrillic(written):
        return True
    form, plain = best.matched_name, _plain(written)
    if not is_cyrillic(form):
        return _plain(form) == plain
    return any(_plain(transliterate(form, standard)) == plain for standard in standards())


def _plain(text: str) -> str:
    """``text`` in plain Latin letters, lower case, without marks, apostrophes or spaces."""
    return "".join(c for c in to_latin(text).lower() if c.isalpha())


def next_word(text: str, end: int) -> str:
    """The word right after ``end``, past spaces only ("" after a comma, a full stop)."""
    rest = text[end:]
    return rest.split(None, 1)[0] if rest[:1] == " " and rest.strip() else ""


#: Lower-case words after a name that are no noun it qualifies (in Vladimir in 1944, near
#: Lucky was; a verb in -ed: fighting in Vladimir continued): the name stands alone there.
_NO_NOUN = frozenset({"was", "were", "is", "are", "has", "had", "have", "during"}).union(
    SENTENCE_WORDS, LOCATIVE_WORDS
)


def loosely_cued(before: str | None, text: str, end: int) -> bool:
    """Whether the preposition ``before`` a name ending at ``end`` says little: it takes
    persons and things as often (:data:`~gazetteer.words.THING_CUES`: compared Putin to
    Stalin), or a lower-case word after the name may be a noun it qualifies (to Sumo
    wrestling; not a function word: in Vladimir in 1944)."""
    after = next_word(text, end).rstrip(".,;:!?")
    return (before or "").lower() in THING_CUES or (
        after.islower() and not after.endswith("ed") and after not in _NO_NOUN
    )


def _gap(text: str, words: list[tuple[int, int, str]], i: int) -> bool:
    """Whether anything but spaces lies between word ``i - 1`` and word ``i``."""
    return bool(text[words[i - 1][1] : words[i][0]].strip())


#: After "under fire", "under attack": what the blame is for (Hromadske came under fire for
#: its coverage, over the decree), not how long (for weeks, the third day, over the weekend).
_BLAMED = (
    r"(?!\s+(?:(?:for|over)\s+(?!(?:(?:the|a|an|another|several|many|more|than|about|nearly"
    r"|\d+\w*|one|two|three|four|five|six|seven|eight|nine|ten|first|second|third|\w+th"
    r"|whole|past|last|straight|consecutive)\s+){0,3}(?:hours?|days?|nights?|weeks?"
    r"|months?|years?|times?|weekend|morning|evening|afternoon)\b)|from\s+critics\b))"
)
#: What war news says right after a place's name that opens a sentence (Krynky saw heavy
#: fighting, Vuhledar was abandoned, Балаклея под обстрелом, Кринки звільнено; Кринки, на
#: лівому березі Дніпра): the subject is a place, whose capital says nothing there.
_PLACE_PREDICATE = re.compile(
    r"\s+(?:(?:was|were|is|are|has\s+been|have\s+been|had\s+been|got|remains|remained)\s+"
    r"(?:(?:again|repeatedly|heavily|also|reportedly|partly|fully|completely|finally|now"
    r"|being)\s+){0,2}(?:shelled|bombed|bombarded|stormed|encircled|surrounded|occupied"
    r"|liberated|de-?occupied|retaken|recaptured|abandoned|evacuated|flooded|razed"
    r"|devastated|under\s+(?:heavy\s+)?(?:fire|attack|shelling|occupation|siege)" + _BLAMED + ")"
    r"|(?:came|comes|come)\s+under\s+(?:heavy\s+)?(?:fire|attack|shelling)"
    + _BLAMED
    + r"|saw\s+(?:heavy\s+|fierce\s+|intense\s+)?(?:fighting|shelling|clashes|battles)"
    r"|(?:знову\s+|вже\s+|вчергове\s+|снова\s+|уже\s+|опять\s+)?"
    r"(?:під\s+(?:обстріл\w*|ударом|ударами|вогнем|окупацією)"
    r"|под\s+(?:обстрел\w*|ударом|ударами|огн[её]м|оккупацией)"
    r"|(?:зазна|подверг|потрапил|попал|опинил|оказал)\w*\s+(?:(?:під|под)\s+)?"
    r"(?:обстріл\w*|удар\w*|атак\w*|обстрел\w*)"
    r"|обстрілян\w*|обстрел[яе]н\w*|окупован\w*|оккупирован\w*"
    r"|звільнено|освобожд[её]н\w*|знеструмлен\w*|обесточен\w*))(?!\w)"
    r"|\s*,\s+(?:on\s+the\s+(?:left|right)\s+bank|на\s+(?:лівому|правому)\s+березі"
    r"|на\s+(?:левом|правом)\s+берегу"
    # (Stepnohirsk, 30 km south of Zaporizhzhia: how far from another place it lies)
    r"|(?:about\s+|some\s+|за\s+|в\s+|у\s+|около\s+|близько\s+)?\d+(?:[.,]\d+)?\s*"
    r"(?:km|kilometres|kilometers|miles|км)\.?\s+(?:[\w-]+\s+){0,3}(?:of|from|від|от))(?!\w)",
    re.IGNORECASE,
)


#: A woman's surname, Russian or Ukrainian, in Cyrillic (Петрова, Ковальова, Кузнецова,
#: Бородіна), which the genitive of a place in -ів, -ове, -ине spells too (Петрів, Попове):
#: with nothing else beside it, no place's ending tells it.
SURNAME_STEM_END = r"(?:ов|ев|єв|ёв|ін|ин|ын)"  # (Петров-а, Бородін-ою; -ов the Russian's)
FEMININE_SURNAME = re.compile(SURNAME_STEM_END + "а$", re.IGNORECASE)
#: A Russian surname's ending in Cyrillic (Петров, Сидоров, Кузнецов: -ov, -ev in Latin).
_RUSSIAN_SURNAME_ENDING = re.compile(r"(?:ов|ев|єв|ёв)$")
#: A Ukrainian impersonal predicate (звільнено, обстріляно): the name before it is its
#: object, in the accusative (Кринки, Балаклію звільнено; Олега звільнено: a person).
_IMPERSONAL = re.compile(r"(?:но|то)$", re.IGNORECASE)


def opens_as_place(text: str, words: list[tuple[int, int, str]], i: int, end: int) -> str:
    """Whether word ``i``, a name ending at ``end`` that opens a sentence, is said to be a
    place by what follows it (:data:`_PLACE_PREDICATE`), and is no first name or surname,
    nor of a surname's shape in either script (Petrov, Петров оказался под обстрелом), nor
    a person in the accusative before an impersonal predicate (Олега звільнено з полону):
    "place"; "town" for a Russian surname's shape said to be in a town's state (Макаров под
    обстрелом: a town's name then, not a village's); "" else."""
    name = words[i][2].lower()
    said = _PLACE_PREDICATE.match(text, end)
    if said is None or (_IMPERSONAL.search(said.group()) and _animate_object(name)):
        return ""
    if english_word(name):
        return ""
    person = is_first_name(name) or _a_surname(name) or _RUSSIAN_SURNAME_ENDING.search(name)
    if not person:
        return "place"
    return "town" if _a_towns_state(name, text, end) else ""


#: What war news says of a place's state, and of no person's (под обстрелом, обесточен,
#: оккупирован); not a person's lot (оказался под обстрелом, попал под удар), nor "under
#: attack", nor fire that goes on (под ударом, под обстрелом критики: a person's,
#: figuratively), nor freedom (освобождён, звільнено: from captivity too).
_TOWNS_STATE = re.compile(
    r"\s*(?:знову\s+|вже\s+|вчергове\s+|снова\s+|уже\s+|опять\s+)?(?:(?:під|под)\s+"
    r"(?:обстріл\w*|обстрел\w*|вогнем|огн[её]м|окупацією|оккупацией)\s*(?:[.,;:!?…—–]|$)"
    r"|обстрілян|обстрел[яе]н|окупован|оккупирован|знеструмлен|обесточен)",
    re.IGNORECASE,
)


def _a_towns_state(name: str, text: str, end: int) -> bool:
    """Whether ``name``, a Russian -ов, -ев shape in Cyrillic ending at ``end`` of ``text``
    (Макаров: Макарів; Петров, a surname too), is said to be in :data:`_TOWNS_STATE`: a
    town, as a headline writes it (Макаров под обстрелом); Петров оказался под обстрелом,
    Сидоров под ударом are persons."""
    return (
        is_cyrillic(name)
        and bool(_RUSSIAN_SURNAME_ENDING.search(name))
        and not is_first_name(name)
        and _TOWNS_STATE.match(text, end) is not None
    )
