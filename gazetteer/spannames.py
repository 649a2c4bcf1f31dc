"""Whether a span of running text names a place: a name a place bears, or a declined form of
one (Бахмута), a facility's (ДніпроГЕС), two names joined (Pokrovsk-Myrnohrad), a city's name
cut short (Rava, у Раві: :mod:`gazetteer.shortnames`), a unit's adjective before its level
word (Измаильском районе), a town's before a direction word (Часовоярському напрямку); and the
unit named beside a name, which tells its namesakes apart (Біляївка Бериславського району,
Andriivka in the Donetsk region, Андреевка в ДНР). What :mod:`gazetteer.spans` asks of the
words it reads.
"""

from __future__ import annotations

from .apposition import after_settlement_word
from .borne import bears_name, hyphened_pair
from .declension import neuter_plural_genitive, nominatives
from .directions import direction_town
from .facilities import facility
from .gazetteer import Gazetteer
from .owncases import own_borne
from .rank import is_cyrillic
from .shortnames import cut_read
from .spanlevels import GENITIVE_LEVELS, is_level, latin_unit, names_an_oblast, nominative_of
from .words import SENTENCE_END, possessive_after


def names_a_town(gz: Gazetteer, span: str, direction: str) -> bool:
    """Whether ``span`` before a direction word is a town's adjective (Часовоярському)."""
    return direction_town(gz, f"{span} {direction}", span) is not None


def a_place_named(gz: Gazetteer, span: str) -> bool:
    """Whether ``span`` is a place's name, or a declined form of one (Бахмута)."""
    return names_a_place(gz, span)


def names_a_place(gz: Gazetteer, span: str, adjective: bool = False) -> bool:
    """Whether ``span`` is a place's name, or declined (``adjective``: a unit's, before its
    level word: Измаильском районе)."""
    if bears_name(gz, span):
        return True
    if gz.oblasts is not None and facility(span) is not None:  # ДніпроГЕС, Трипільську ТЕС
        return True
    if "-" in span and hyphened_pair(gz, span) is not None:  # Pokrovsk-Myrnohrad
        return True
    if " " not in span and cut_read(gz, span):  # Rava, у Раві: Рава-Руська
        return True
    if not is_cyrillic(span):  # (Latin: a unit's adjective, Iziumskoho; yours: w Krakowie)
        return (adjective and latin_unit(gz, span)) or own_borne(gz, span)
    # (before its level word, a raion's before 2020 too, by its seat: в Марьинском районе)
    if any(bears_name(gz, n, old_raion=adjective) for n in nominatives(span, adjective)):
        return True
    # (біля Мостиськ: a neuter plural's genitive, read so after a preposition of the genitive)
    return not adjective and neuter_plural_genitive(span) and bears_name(gz, span + "а")


def unit_after(gz: Gazetteer, text: str, words: list[tuple[int, int, str]], i: int) -> str:
    """The unit named from word ``i`` on, as a hint for the name before it: right after it
    (Біляївка Бериславського району) or after in/of (Andriivka in the Donetsk region); never
    across the end of a sentence."""
    if 0 < i < len(words) and SENTENCE_END.search(text[words[i - 1][1] : words[i][0]]):
        return ""
    unit = unit_at(gz, text, words, i)
    if unit is None and (after := after_settlement_word(text, words, i)) > i:
        i, unit = after, unit_at(gz, text, words, after)  # Kamianka, a village in Izium ...
    if unit is None and i + 1 < len(words) and words[i][2] in ("in", "of"):
        i += 2 if words[i + 1][2] == "the" else 1
        unit = unit_at(gz, text, words, i)
        if unit is None and i + 1 < len(words) and possessive_after(text, words[i][1]):
            unit = unit_at(gz, text, words, i + 1)  # in Kherson's Beryslav district
    elif unit is None and i + 1 < len(words) and words[i][2] in ("в", "у", "на"):
        # Андреевка в ДНР, Білогорівка на Луганщині: a region only (у Києві в Дарницькому
        # районі names a part of the city, not where it lies)
        unit = _region_named(gz, words[i + 1][2])
    return unit or ""


def _region_named(gz: Gazetteer, word: str) -> str | None:
    """The name of a region (ДНР, Луганщина) ``word`` is, in the nominative; else None."""
    if gz.oblasts is None or not word[0].isupper():
        return None
    for name in (word, *nominatives(word)):
        if gz.oblasts.region_named(name):
            return name
    return None


def unit_at(gz: Gazetteer, text: str, words: list[tuple[int, int, str]], i: int) -> str | None:
    """``Name level`` in the nominative when words ``i`` on are a capitalised name of one or
    two words and a level word (Donetsk region, Бериславського району); else None."""
    for size in (1, 2):
        last = i + size
        if last >= len(words) or not all(w[2][0].isupper() for w in words[i:last]):
            return None
        level = words[last][2].lower()
        if is_level(level):
            name = text[words[i][0] : words[last - 1][1]]
            # (an oblast by any of its names: Луганской Народной Республики)
            if names_a_place(gz, name) or names_an_oblast(gz, name) or latin_unit(gz, name):
                return f"{nominative_of(gz, name)} {GENITIVE_LEVELS.get(level, level)}"
    return None
