"""Sentences in capitals: ``KHARKIV, IZIUM AND BAKHMUT WERE SHELLED``, ``ХАРКІВ, ІЗЮМ І
БАХМУТ ПІД ОБСТРІЛОМ``.

Running text is read by its capitals (:mod:`gazetteer.spans`): a capitalised word inside a
sentence is a proper name's. A headline, a caption or a shouted line written all in capitals
voids that evidence (every word has one, so the words run together and no name stands
apart), so such a sentence is read as its writer would have cased it: its first word
capitalised, the rest in small letters, except the runs of words that name a place as they
stand (Izium, Бахмут, Нова Каховка; a declined form too: Бахмута; no run across a list's
word or a verb: СЕВЕРИНІВКУ ТА МАР'ЇВКУ). A word in capitals inside a sentence that has small
letters is an acronym (NATO, ЗСУ, HIMARS) and stays as it is; an administration's acronym
(ОВА, РДА) keeps its capitals in a sentence of capitals too, as it is read so.

The capitals given so are the reader's guess, not the writer's word: a name found by them
stands only when it is sure or something beside it says it is a place (a preposition, a
level, a war verb: :func:`gazetteer.extract.find_places`), not a common word that some
village's declined name looks like (ПЕРЕМОГА БУДЕ ЗА НАМИ: not Буда).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .councils import ACRONYM_LEVELS
from .spans import MOST_WORDS, SHORTEST, WORD
from .warverbs import SURNAME_ENDING
from .words import FIRST_NAMES, LOCATIVE_WORDS, NAME_OPENERS, SENTENCE_END, SURNAMES

#: Two words in capitals one after the other (of two letters or more): a sentence may be
#: written in capitals (the cheap test before the sentences are looked at).
_CAPITALS = re.compile(r"[^\W\d_a-zа-яіїєґё]{2,}[\W\d_]+[^\W\d_a-zа-яіїєґё]{2,}")

#: The words a newspaper's, an agency's or a broadcaster's name ends in after a city's
#: (THE KYIV POST, KYIV INDEPENDENT, KHARKIV TIMES): prose capitalises them, and a city's
#: name glued to a capitalised word is another thing's name (:mod:`gazetteer.spans`), so
#: in capitals they are given theirs. Not words a sentence puts after a place as often
#: (daily, today, news: SHELLED KHARKIV DAILY).
_MEDIA_HEADS = frozenset({
    "post", "independent", "times", "herald", "tribune", "gazette", "telegraph", "journal",
    "observer", "courier", "pravda", "vesti", "visti", "правда", "вісті", "вести",
})  # fmt: skip
#: Words a head word is a common noun before (KHARKIV POST OFFICE, KHARKIV TIMES OF
#: SHELLING): no newspaper's name then, and the city keeps its reading.
_NOUN_AFTER_HEAD = frozenset({"office", "offices", "box", "boxes", "code", "codes", "of"})

#: Words that are no part of a place's name of several words, nor of a person's or a club's
#: after its first word, in Ukrainian, Russian or English: a list's words, English
#: prepositions and articles, and the verbs a sentence has right after a name (ТА МАР'ЇВКУ
#: is no Тамарівка, BERDYKHIV WAS no Berdyčivas, the key that spaces aside meets). None is
#: a word of a settlement's name of several words in KATOTTG.
_NO_NAME_WORDS = LOCATIVE_WORDS | frozenset({
    "та", "і", "й", "и", "and", "or", "або", "или", "чи", "the", "an", "was", "were", "is",
    "are", "be", "been", "has", "had", "have", "will", "would", "said", "says", "що", "не",
    "це", "что", "это",
})  # fmt: skip

#: Common Ukrainian surnames with no surname's ending, in Cyrillic (СТЕПАН БОЙКО, as
#: :data:`~gazetteer.words.SURNAMES` has them in Latin letters).
_SURNAMES_UK = frozenset({
    "козак", "мельник", "бойко", "олійник", "коваль", "бондар", "мороз", "кравець", "кушнір",
    "гончар", "ковтун", "мазур", "колесник", "литвин", "ткач", "швець",
})  # fmt: skip
#: A surname's ending after a first name (-enko, -chuk, -ov: SURNAME_ENDING; Франко, Бойко,
#: Петрович, Грушевський, Boiko, Petrovych, Hrushevskyi too).
_SURNAME_SHAPE = re.compile(
    rf"{SURNAME_ENDING.pattern}|(?:ко|ич|[сц]ький|ko|ych|[st]skyi)$", re.IGNORECASE
)

#: The first letter of a word and of each part of it after a hyphen (Покровськ-Мирноград).
_HYPHENED = re.compile(r"(?:^|(?<=-))[^\W\d_]")


def _capital(letter: re.Match[str]) -> str:
    upper = letter.group().upper()
    return upper if len(upper) == 1 else letter.group()


def titled(word: str) -> str:
    """``word`` with its first letter and each part's after a hyphen capitalised (a letter
    whose capital is two, ß, is kept): покровськ-мирноград, Покровськ-Мирноград."""
    return _HYPHENED.sub(_capital, word)


def recased(text: str, names_a_place: Callable[[str], bool]) -> tuple[str, list[tuple[int, int]]]:
    """``text`` with each sentence written in capitals (two words or more, no small letter)
    cased as prose: its first word capitalised, the rest in small letters but for the runs
    of words that ``names_a_place`` (a text in title case) says name a place, capitalised;
    and where those sentences stand. The same length as ``text``, so every offset stands."""
    if not _CAPITALS.search(text):
        return text, []
    parts: list[str] = []
    shouted: list[tuple[int, int]] = []
    done = 0
    for start, end in sentences(text):
        sentence = text[start:end]
        if sentence.isupper() and len(WORD.findall(sentence)) >= 2:
            parts += [text[done:start], _cased(sentence, names_a_place)]
            shouted.append((start, end))
            done = end
    return ("".join(parts) + text[done:], shouted) if parts else (text, [])


def within(at: int, shouted: list[tuple[int, int]]) -> bool:
    """Whether offset ``at`` lies in one of the sentences :func:`recased` cased."""
    return any(start <= at < end for start, end in shouted)


def sentences(text: str) -> list[tuple[int, int]]:
    """Where each sentence (or clause: :data:`~gazetteer.words.SENTENCE_END`) begins and ends."""
    ends = [m.start() for m in SENTENCE_END.finditer(text)]
    starts = [0, *(e + 1 for e in ends)]
    return list(zip(starts, [*ends, len(text)]))


def _lower(text: str) -> str:
    """``text`` in small letters, letter for letter (a letter whose small form is two, İ,
    is kept)."""
    return "".join(c if len(low := c.lower()) != 1 else low for c in text)


def _cased(sentence: str, names_a_place: Callable[[str], bool]) -> str:
    """A sentence in capitals, cased as prose (see :func:`recased`)."""
    out = list(_lower(sentence))
    words = list(WORD.finditer("".join(out)))
    cased = [titled(m.group()) for m in words]
    if words:  # (its first word capitalised, as prose opens a sentence: Мешканців Любарки)
        out[words[0].start() : words[0].end()] = cased[0]
    i = 0
    while i < len(words):
        if sentence[words[i].start() : words[i].end()] in ACRONYM_LEVELS:
            out[words[i].start() : words[i].end()] = words[i].group().upper()
            i += 1
            continue
        if _a_person(sentence, words, i):  # (as prose writes them: the reader tells)
            for j in (i, i + 1):
                out[words[j].start() : words[j].end()] = cased[j]
            i += 2
            continue
        for size in range(min(MOST_WORDS, len(words) - i), 0, -1):
            gaps = (sentence[words[j].end() : words[j + 1].start()] for j in range(i, i + size - 1))
            if any(gap.strip() for gap in gaps):
                continue  # (a name runs across spaces only)
            if size == 1 and len(cased[i]) < SHORTEST:
                continue
            if any(len(w) < 2 for w in cased[i : i + size]):
                continue  # (і, в, a: a word of one letter is in no name)
            if size > 1 and any(w.lower() in _NO_NAME_WORDS for w in cased[i : i + size]):
                continue  # (ТА МАР'ЇВКУ: no Тамарівка; BERDYKHIV WAS: no Berdyčivas)
            span = " ".join(cased[i : i + size])
            if names_a_place(span):
                head = i + size < len(words) and _media_head(sentence, words, i + size)
                for j in range(i, i + size + head):
                    out[words[j].start() : words[j].end()] = cased[j]
                i += size - 1 + head
                break
        i += 1
    return "".join(out)


def _a_person(sentence: str, words: list[re.Match[str]], i: int) -> bool:
    """Whether word ``i`` opens another name with the word after it, as a first name or a
    club's word does (VOLODYMYR ZELENSKYI, DYNAMO KYIV: not the city Volodymyr), or as a
    first name a village bears too does before a surname (MARIA TKACHENKO, SOFIA MELNYK:
    :data:`~gazetteer.words.FIRST_NAMES`, a surname by its ending or a common one); in
    capitals the word after has no capital to say so, so both are given theirs."""
    if i + 1 >= len(words) or sentence[words[i].end() : words[i + 1].start()].strip():
        return False
    word, after = words[i].group(), words[i + 1].group()
    if after in _NO_NAME_WORDS:  # (RESIDENTS OF ZIRKA WERE EVACUATED: the village Зірка)
        return False
    if word in NAME_OPENERS:
        return len(after) >= 2
    return word in FIRST_NAMES and (
        after in SURNAMES or after in _SURNAMES_UK or bool(_SURNAME_SHAPE.search(after))
    )


def _media_head(sentence: str, words: list[re.Match[str]], i: int) -> bool:
    """Whether word ``i`` closes a newspaper's or a broadcaster's name with the name right
    before it (:data:`_MEDIA_HEADS`: THE KYIV POST), and no common noun goes on from it
    (:data:`_NOUN_AFTER_HEAD`: KHARKIV POST OFFICE)."""
    return (
        words[i].group() in _MEDIA_HEADS
        and not sentence[words[i - 1].end() : words[i].start()].strip()
        and not (
            i + 1 < len(words)
            and words[i + 1].group() in _NOUN_AFTER_HEAD
            and not sentence[words[i].end() : words[i + 1].start()].strip()
        )
    )
