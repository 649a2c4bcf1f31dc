"""Where place names stand in running text: the runs of capitalised words that read as a
place name, each with what stands beside it (a level, a preposition, the unit it lies in), as
:class:`~gazetteer.evidence.Found` for :func:`gazetteer.extract.find_places` to resolve and
weigh. What is read and what is not: :mod:`gazetteer.extract`; whether a run of words names
a place: :mod:`gazetteer.spannames`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from translit import match_key

from .apposition import abbreviated, cued_before_quote, settled_cut, unit_before
from .apposition import cut_named as _cut_named
from .apposition import cut_nominative as _cut_nominative
from .apposition import initial_named as _initial_named
from .between import BETWEEN, person_shaped
from .bordering import borders_before
from .borne import a_road, bears_official, short_city, short_declined, short_listed
from .declension import PREPOSITIONS, nominatives, weak_cue
from .directions import direction_after
from .evidence import LATIN_INO, Found
from .facilities import facility, island_around, works_after
from .foreign import foreign_city
from .frames import (
    AGENT_WORDS,
    WHERE_WORDS,
    a_sender,
    a_source,
    a_sports_sentence,
    a_unit,
    an_english_sender,
    hosts,
)
from .gazetteer import Gazetteer
from .initials import persons_initial
from .namerun import name_sizes, run_end
from .owncases import governs, opens_name
from .personcases import office_of as _office_of
from .personcases import persons_case as _persons_case
from .personcases import with_instrumental
from .possessor import owner_query
from .rank import is_cyrillic
from .rivers import river_meant
from .spanlevels import (
    is_level,
    level_depth,
    level_end,
    names_an_oblast,
    nominative_of,
    plural_after,
)
from .spannames import names_a_place, names_a_town, unit_after, unit_at
from .textcues import bare_stem, place_cue, settlements_before
from .textlists import listed
from .unitparts import an_oblast_centre
from .warverbs import FEMININE_SURNAME as _FEMININE
from .warverbs import UKRAINIAN_SURNAME_ENDING as _UA_SURNAME
from .warverbs import english_city_word, next_word, no_person, opens_as_place, verb_before
from .warverbs import loosely_cued as _loosely_cued
from .words import (
    AGE_AFTER,
    FIRST_NAMES,
    FOREIGN,
    LOCATIVE_WORDS,
    NAME_OPENERS,
    OF_A_PLACE,
    OPENING_TOPONYMIC,
    QUOTES,
    ROLE_WORDS,
    SENTENCE_END,
    SENTENCE_WORDS,
    SETTLEMENT_AFTER,
    SPEECH_VERBS,
    TOPONYMIC_ENDING,
    a_title,
    an_acronym,
    possessive_after,
    text_words,
)

#: A word: a letter, then letters, digits, apostrophes or hyphens, ending in a letter or digit.
WORD = re.compile(r"[^\W\d_](?:[\w’'ʼ-]*[^\W_])?")
#: The most words a place name runs to (Нова Гребля Друга...).
MOST_WORDS = 4
#: A name of one word this short is not read (As, Gai): too many words look so; near Bar is.
SHORTEST = 4


def name_spans(gz: Gazetteer, text: str) -> Iterable[Found]:
    """The runs of capitalised words that read as a place name, with what stands beside."""
    words = text_words(WORD, text)
    # (the end of the last name yielded after in, at, -1 after others; of a verb's object)
    i, where_to, after_verb = 0, [-1], [(-1, "")]
    while i < len(words):
        if not words[i][2][0].isupper() and not opens_name(gz, words[i][2]):  # (თბილისი)
            i += 1
            continue
        end = run_end(text, words, i, gz.small_words)  # (Freiburg im Breisgau: one run)
        yield from _in_run(gz, text, words, i, end, where_to, after_verb)
        i = end


def _in_run(
    gz: Gazetteer,
    text: str,
    words: list[tuple[int, int, str]],
    first: int,
    stop: int,
    where_to: list[int],
    after_verb: list[tuple[int, str]],
) -> Iterable[Found]:
    i, named_to = first, -1  # (named_to: the word after the last name yielded)
    while i < stop:
        if _opens_no_name(gz, words[i][2]):  # In, Near, В, Під: no place name starts so
            i += 1
            continue
        island = island_around(text, *words[i][:2]) if gz.oblasts is not None else None
        if island is not None:  # острів Зміїний, на острові Зміїному: read with its word
            yield Found(*island, True, 2)
            i = named_to = i + 1
            where_to[0], after_verb[0] = -1, (-1, "")
            continue
        hit = None
        for size in name_sizes(words, i, stop, MOST_WORDS):
            span = text[words[i][0] : words[i + size - 1][1]]
            last = words[i + size - 1][2]
            if size > 1 and an_acronym(last) and not is_level(last) and facility(span) is None:
                continue  # (біля Харкова ЗСУ відбили: no name ends in the army's acronym)
            following = words[i + size][2] if i + size < len(words) else ""
            level_next = bool(following) and is_level(following)
            if (
                names_a_place(gz, span, adjective=level_next)
                or (level_next and names_an_oblast(gz, span))
                or (size == 1 and _cut_named(gz, text, words, i))  # в М. Токмачке
                or (
                    bool(direction := direction_after(text, words, i + size))
                    and names_a_town(gz, span, direction)
                )
            ):
                hit = size
                break
        if hit is None:
            i += 1
            continue
        while hit > 2 and all(is_level(w[2]) for w in words[i + hit - 2 : i + hit]):
            hit -= 1  # one level word ends a name: Kherson Oblast (Governor)
        start, end = words[i][0], words[i + hit - 1][1]
        span = text[start:end]
        after = i + hit
        # (a span that ends in its level already takes no second: Kherson Oblast Governor)
        level = (
            after < len(words) and is_level(words[after][2]) and not is_level(words[after - 1][2])
        )
        plural = plural_after(span, words[after][2]) if after < len(words) else ""
        if level and not text[end : words[after][0]].strip():
            end, after = level_end(text, words, after)  # (міська громада: the hromada's)
        cut, at = abbreviated(text, words, i, gz)  # (у Н. Каховці: a preposition before it)
        before = None if at < 0 else _word_before(text, words, at)
        glued_after = (
            not level  # a level word ends the name (Kherson Oblast Governor ...)
            and not is_level(words[after - 1][2])  # (... in the span: Запорізької ОВА Іван)
            and after < len(words)
            and words[after][2][0].isupper()
            and not an_acronym(words[after][2])  # (над Харковом ППО збила, Kharkiv KABs)
            and not text[end : words[after][0]].strip()
            and words[after][2].lower() not in ROLE_WORDS | NAME_OPENERS  # (Харкова Ігор ...)
            and unit_at(gz, text, words, after) is None  # Біляївка Бериславського району
            and not _office_of(words, i, text)  # Мэр Одессы Геннадий Труханов: the mayor
            and not works_after(text, end)  # (the Kharkiv Tractor Plant: a works in Kharkiv)
            # Huliaipole Zaporizhzhia, Чугуїв Харків: a town then its oblast centre's name
            # (not a club's: Zorya Luhansk, Vorskla Poltava)
            and not (an_oblast_centre(words[after][2]) and span.lower() not in NAME_OPENERS)
        )
        glued_before = i > first and (
            words[i - 1][2].lower() in NAME_OPENERS | FIRST_NAMES  # (Ганна Петрова)
            or (i == named_to and words[i][2].lower() in ROLE_WORDS)  # (Odesa Port: its port)
            or (
                # (Valentino Shevchenko: a first word glued to -enko, -chuk too; not Central Kiev)
                not _opens(text, words, i - 1, hit == 1 and bool(_UA_SURNAME.search(span)))
                # (Odesa Lviv Kharkiv: a list without commas, as glued_after reads it)
                and not (i == named_to and an_oblast_centre(span))
            )
        )  # (Dynamo Kyiv, Zorya Luhansk, Олександр Миколаїв: a club's, a person's name)
        single_short = (
            hit == 1 and len(span) < SHORTEST and not (cut and _cut_named(gz, text, words, i))
        )
        single_short &= not short_city(gz, before or "", span, next_word(text, end))
        single_short &= not short_declined(gz, before or "", span, next_word(text, end))
        # (Botar, Hut, Velyka Kopania: a list's member, a place by its list or raion only)
        short = single_short and _listed_word(text, words, i) and short_listed(gz, span)
        single_short &= not short
        titled = a_title(before)  # Mr. Lyman, пан Лиман: a person
        river = river_meant(before, text[max(0, start - 40) : start], span, text[end : end + 8])
        # «Днепр», ТОВ «Київ»: a unit's or a firm's name; Київському шосе: a road's
        quoted = (
            start > 0
            and text[start - 1] in QUOTES
            and text[end : end + 1] in QUOTES
            and not cued_before_quote(text, start - 1)  # (село «Нове»: a village so named)
        )
        road = a_road(gz, text, words, start, end, after)  # (not the Pokrovsk–Kostiantynivka road)
        # (Rudka village was shelled: an English settlement word after the name, as written)
        village = after < len(words) and words[after][2] in SETTLEMENT_AFTER
        village = village and not text[end : words[after][0]].strip()
        if not (
            glued_after
            or glued_before
            or single_short
            or titled
            or river
            or quoted
            or road
            or (gz.oblasts is not None and _foreign(span))  # (Ukraine's Berlin, біля Ростова)
            or a_unit(text, words, i, after)  # the Kholodnyi Yar brigade, бригада Холодний Яр
            or (cut and persons_initial(gz, text, words, i))  # вулиця П. Орлика: a person
        ):
            preposition = before is not None and governs(gz, before)  # (в, у; w, do: yours)
            written = f"{span} {plural}" if plural else text[start:end]
            nominative = nominative_of(gz, span, level)
            # after a preposition the resolver reads the declined name itself; without one
            # (звільнили Любимівку), the nominative is asked for
            query = f"{before} {written}" if preposition else nominative + written[len(span) :]
            if cut:  # Н. Каховка, П. Хмельницкий (an initial's: no place then), read whole
                settled = settled_cut(text, words, i)  # (у селі І. Франка: Івана Франка)
                noun = _cut_nominative(gz, cut, span, preposition, settled=settled) or nominative
                start, query = words[i - 1][0], f"{cut}. {noun}{written[len(span) :]}"
                query = _initial_named(gz, text, words, i) or query  # у К. Подільському
            if direction := direction_after(text, words, after):
                # на Покровському напрямку: Pokrovsk (the preposition kept: на Кураховому);
                # each of a list's adjectives with its plural: Bakhmutsky and Kupyansky directions
                query = f"{f'{before} ' if preposition else ''}{span} {direction}"
            unit = unit_after(gz, text, words, after) or unit_before(  # (the X Oblast town of)
                words, i, lambda j: unit_at(gz, text, words, j)
            )
            if level and unit and level_depth(words[after - 1][2]) <= level_depth(unit.split()[-1]):
                unit = ""  # Kharkivska oblast, Kupianska hromada: no oblast lies in a hromada
            if unit and possessive_after(text, end):  # Kherson's Beryslav district: its part
                if not level and query.endswith(span):
                    query = query[: len(query) - len(span)] + owner_query(gz, span, unit)
                unit = ""
            if unit:  # the raion or oblast it lies in tells its namesakes apart
                query = f"{query}, {unit}"
            source = hit == 1 and a_source(words, i)  # according to Tass: who told it
            sender = hit == 1 and a_sender(text, words, i)  # Лист від Климця: who sent it
            # (до Шевченка, з Бородіним, с Ивановым: a person's case as likely; not after a
            # word of bordering: межує з Климцем, borders Rava)
            bordering = at >= 0 and borders_before(text, words, at)
            person = not bordering and _persons_case(before, span, lambda n: bears_official(gz, n))
            shaped = person_shaped(before, span, lambda n: bears_official(gz, n))
            said = (
                level
                or bool(unit)
                or village
                or bordering
                or settlements_before(words, at)  # (в населених пунктах Ліски, Гай та Вир)
                or (
                    place_cue(before or "")
                    and not weak_cue(before or "", _word_before(text, words, i - 1) or "")
                    and (before or "").lower() not in AGENT_WORDS
                    and not source
                    and not person
                )
            )
            where = (before or "").lower() in WHERE_WORDS or (
                where_to[0] >= 0 and listed(text[where_to[0] : start])  # in Kharkiv, Odesa
            )
            teams = hit == 1 and not (level or unit or where) and a_sports_sentence(text, start)
            if teams and not hosts(text, end):  # (Kharkiv hosted the matches: a city's venue)
                i = after  # Shakhtar beat Dynamo, Zorya drew with Oleksandriia: the teams
                continue
            listed_at, kind = after_verb[0]  # (a list after a verb: its objects, struck A and B)
            # (a cut name's verb stands before its cut: обстріляли Н. Михайлівку)
            verb = verb_before(words, at if cut else i, text)
            verb = verb or (kind if listed(text[listed_at:start]) else "")
            war = not said and bool(verb)  # (hit Stara Huta: the cue a shouted name needs)
            war = war and no_person(text, words, i, end, place_verb=verb == "place")
            opening = not said and hit == 1 and _starts_sentence(text, words, i)
            opened = opens_as_place(text, words, i, end) if opening else ""  # Krynky was shelled
            war, town_only = war or bool(opened), opened == "town"  # (Макаров под обстрелом)
            toponymic = (
                (not _starts_sentence(text, words, i) or bool(OPENING_TOPONYMIC.match(span)))
                and bool(TOPONYMIC_ENDING.search(nominative))
                # (Залужного: a surname's case as well as a village's, Залужне)
                and not (_ADJECTIVE_CASE.search(span) and nominative.endswith("не"))
                # (Иваново, Kemerovo: a city abroad's name, not a village's Russian form)
                and (gz.oblasts is None or foreign_city(span) is None)
                and not english_city_word(span.lower())  # (Marine, Milky: English words' ends)
                and not person  # (с Ивановым: Иванов, not the village Іванове)
                and not shaped  # (між Петровим та Києвом: the surname Петров, not Петрове)
                and not _FEMININE.search(span)  # (Иванова, Попова: -ів's, -ово's too)
                and not bare_stem(span, nominative)  # (Кит, Лев і Вовк: no Вовки's ending)
            )
            # (the Dnipropetrovsk governor said: the oblast; біля Ізюма, повідомив: a tag)
            speaks = (
                hit == 1
                and not level
                and after < len(words)
                and words[after][2].lower() in SPEECH_VERBS
                and not text[end : words[after][0]].strip()
                # (residents of Bucha said: a place's people speak)
                and not (before is not None and before.lower() in OF_A_PLACE)
            ) or (  # Volodymyr, 54, a resident of ...: a first name with an age after it
                hit == 1 and span.lower() in NAME_OPENERS and bool(AGE_AFTER.match(text, end))
            )
            yield Found(
                start, end, query, said or war, hit, unit, toponymic=toponymic,
                ino=not _starts_sentence(text, words, i) and bool(LATIN_INO.match(span)),
                speaks=speaks or sender or (source and not next_word(text, end).islower()),
                plural_level=plural, war=war, visit=war and verb == "visit", venue=teams,
                english=not is_cyrillic(span) and english_city_word(span.lower()),
                # (to Sumo wrestling: a bare preposition, a lower-case word after the name;
                # compared Putin to Stalin: one that takes persons and things as often)
                bare=said and not (level or unit or village) and _loosely_cued(before, text, end),
                person=person, town_only=town_only,
                with_case=not bordering and with_instrumental(before, span),
                # (a letter from Klymets: its sender; from Klymets village: a place)
                sent=hit == 1 and not (level or unit or village)
                and an_english_sender(text, words, i),
                between=(before or "").lower() in BETWEEN,  # (між Равою та Жовквою)
                shaped=shaped, short=short,
            )  # fmt: skip
            named_to, where_to[0] = after, end if where else -1
            after_verb[0] = (end, verb) if verb else (-1, "")
        i = after


def _opens(
    text: str, words: list[tuple[int, int, str]], i: int, surname_after: bool = False
) -> bool:
    """Whether word ``i`` is not part of a name: it opens a sentence (unless a surname's
    shape follows: a first name then), or it is a preposition, a settlement, level or role
    word, or a small word in lower case."""
    lowered = words[i][2].lower()
    if lowered in SENTENCE_WORDS or lowered in ROLE_WORDS or place_cue(words[i][2]):
        return True
    if not words[i][2][0].isupper():  # a small word (Köln im Sommer)
        return True
    if surname_after:
        return False
    before = text[words[i - 1][1] : words[i][0]] if i else "."
    return i == 0 or bool(SENTENCE_END.search(before))


#: The oblique cases of an adjective, a surname's (Залужного) as well as a village's.
_ADJECTIVE_CASE = re.compile(r"(?:ого|ому|им|ім)$")


def _starts_sentence(text: str, words: list[tuple[int, int, str]], i: int) -> bool:
    """Whether word ``i`` opens the text or a sentence (its capital says nothing then)."""
    return i == 0 or bool(SENTENCE_END.search(text[words[i - 1][1] : words[i][0]]))


def _listed_word(text: str, words: list[tuple[int, int, str]], i: int) -> bool:
    """Whether word ``i`` stands in a list of capitalised words (Botar, Hut and Luh)."""
    for j in (i - 1, i - 2, i + 1, i + 2):  # (a list's word between: and, та)
        if 0 <= j < len(words) and words[j][2][0].isupper():
            gap = text[words[j][1] : words[i][0]] if j < i else text[words[i][1] : words[j][0]]
            if listed(gap):
                return True
    return False


def _opens_no_name(gz: Gazetteer, word: str) -> bool:
    lowered = word.lower()
    if lowered in gz.first_words:  # (North Shields, in a gazetteer of your own)
        return False
    return lowered in SENTENCE_WORDS or lowered in LOCATIVE_WORDS or lowered in PREPOSITIONS


def _word_before(text: str, words: list[tuple[int, int, str]], i: int) -> str | None:
    """The word before word ``i`` when only spaces (or a full stop after it) lie between."""
    if i == 0:
        return None
    _, end, word = words[i - 1]
    gap = text[end : words[i][0]]
    return word if gap.strip() in ("", ".") else None


def _foreign(span: str) -> bool:
    """Whether ``span``, or a nominative it may be declined from (біля Ростова, на околиці
    Парижа), is the name of a foreign place far better known than the village that shares
    it (:data:`~gazetteer.words.FOREIGN`)."""
    return match_key(span) in FOREIGN or any(match_key(n) in FOREIGN for n in nominatives(span))
