"""Which of the names found in a text are places: the evidence each needs.

Many villages bear the words people, firms and things are named with (Volodymyr, Sofia,
Police), so a name found in running text (:mod:`gazetteer.extract`) is kept only when
something says it is a place. On its own evidence: it is a city or a name of several words
(or of two joined by a hyphen, Kupiansk-Vuzlovyi),
a preposition, settlement or level word stands beside it (or beside its list), a verb of war
news takes it (Shelling hit Sencha: :mod:`gazetteer.warverbs`), or it ends as only places'
names do; or, one Latin word in -ino mid-sentence (an Italian name's ending too: Pacino,
Valentino), it spells a place's Russian form as a standard romanises it (Officials said
Rabotino had no power: Работино, Роботине) and is no Italian name a Russian form meets
(Marino, Martino). Or by the places around it, once all are resolved together: the
group made it sure, or it is the only place of its name and two other names' answers lie in
its raion; it lies in the raion of a name kept on its own evidence, or in the oblast its
sentence names; or it is in a list whose two other names are places, or paired after між
with a town (Бої між Равою та Жовквою: :mod:`gazetteer.between`). A speaker (Volodymyr
said) is a person whatever lies around, unless a city known by its name alone speaks
(:func:`gazetteer.hintprior.well_known_city`: the capital, an oblast's centre, a city of
100,000); so is a sender (Лист від Климця, a letter from Klymets), unless, in English, a
city by its own name (a letter from Irpin).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Hashable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from translit import match_key

from .between import paired_with_town
from .context import sure_by_group
from .foreign import foreign_city
from .hintprior import well_known_city
from .model import GUESSED_KINDS, Match, Resolution
from .rank import CITY_CATEGORIES, TOWN_CATEGORIES
from .warverbs import spelled_as_named

if TYPE_CHECKING:
    from .gazetteer import Gazetteer

#: Places named by a bare word that need nothing else to be read as places (an oblast, a
#: raion or a hromada is an adjective, Zelenska, that needs its level word beside it).
_STRONG_CATEGORIES = CITY_CATEGORIES
#: One Latin word in -ino (Rabotino, Pacino), which :class:`Found` ``ino`` marks.
LATIN_INO = re.compile(r"^[A-Z][a-z]+ino$")
#: Italian first names and surnames in -ino that a Russian form of a village's name spells
#: too, or nearly (Маріне: Марино, Marino; Сонине: Sonino, Sidney Sonnino): a person's.
_ITALIAN_INO = frozenset({
    "marino", "martino", "valentino", "pacino", "tarantino", "sonino", "sonnino", "florino",
    "albino", "latino", "casino", "merino", "bambino", "domino",
})  # fmt: skip


@dataclass
class Found:
    """A run of words read as a place name, with what stands beside it."""

    start: int
    end: int
    query: str
    cued: bool  #: a preposition, settlement or level word beside it, or a war verb before
    words: int
    unit: str = ""  #: the unit it is said to lie in (``Donetsk region``)
    toponymic: bool = False  #: mid-sentence, with an ending only place names have
    plural_level: str = ""  #: a level word in the plural after it, in the singular
    speaks: bool = False  #: one word, a reporting verb after it (Volodymyr said)
    #: its only cue is a verb of war news before it (Shelling hit Sencha), which a name
    #: spelled otherwise than its place is (hit Bosch: Біж) does not make a place
    war: bool = False
    #: that verb is one a person is as often the object of (visited Rudka, visited Biden),
    #: which makes a place only of a settlement's official name as it is written
    visit: bool = False
    members: int = 0  #: the number of names in its list (A, B and C), 0 out of a list
    first: int = -1  #: the index of its list's first name among the found
    #: mid-sentence, one Latin word in -ino (Rabotino; Pacino): a place's Russian form when
    #: so spelled (see the module docs)
    ino: bool = False
    #: one word that hosts a match in a sports report (Kharkiv hosted the league matches):
    #: a place when a city's, a team's name else (Zorya hosted the match)
    venue: bool = False
    #: one Latin word that is an English word (:func:`~gazetteer.warverbs.english_city_word`)
    english: bool = False
    #: its cue is only a preposition, a lower-case word right after it (to Sumo wrestling),
    #: or one that takes persons and things as often (to, of, from: compared Putin to Stalin)
    bare: bool = False
    #: a declined person's name after a preposition that takes people (до Олександра, з
    #: Дмитром: :func:`~gazetteer.personcases.persons_case`), which a city met only by a guess
    #: at its spelling (Олександрія's Oleksandriïa) does not make a place
    person: bool = False
    #: a surname's shape opening a sentence, read as a place only by what war news says of
    #: a town after it (Макаров под обстрелом): a place only when a town's, Петров под
    #: обстрелом a person's (the village Петрів's Russian form too)
    town_only: bool = False
    #: one Cyrillic word in the instrumental after з/с "with" (Поговорили з Равою): a
    #: person's case as often, which makes no place of a city met only by its name cut
    #: short (Рава, a surname too; a village there is read as any village is)
    with_case: bool = False
    #: one Latin word in a surname's shape after "a letter from" (a letter from Klymets:
    #: :func:`~gazetteer.frames.an_english_sender`): its sender, as a speaker is, unless a
    #: city by its own name (a letter from Irpin)
    sent: bool = False
    #: right after між "between" (між Равою та Жовквою: :mod:`gazetteer.between`)
    between: bool = False
    #: one Cyrillic word in a person's instrumental after між or a list's та, і (між
    #: Климцем та Києвом: :func:`~gazetteer.personcases.persons_case`)
    shaped: bool = False
    #: three letters, a settlement's official name in a list (Botar, Hut, Velyka Kopania:
    #: :func:`~gazetteer.borne.short_listed`): a place by the places around it only (its
    #: list's, its raion's, the group's), never on its own evidence
    short: bool = False


def places_among(
    gz: Gazetteer,
    found: Sequence[Found],
    resolutions: Sequence[Resolution],
    sentences: Sequence[Hashable],
) -> list[bool]:
    """Which of the ``found`` names (resolved together as ``resolutions``; ``sentences``:
    the sentence each stands in) are kept as places; see the module docs."""
    # A name the group made sure of lies where others do, and so does the only place of its
    # name when two other names' answers lie in its raion: people's names seldom do.
    speaks = [_speaker(f, r) for f, r in zip(found, resolutions)]
    beside = Counter(
        r.best.entry.raion_code
        for r, speaker in zip(resolutions, speaks)
        if r.best is not None and r.best.entry.raion_code and not speaker
    )
    strong = [
        (not f.short and _strong(gz, f, r, speaker))  # (Hut in a list: by the places around)
        or (
            not speaker
            and r.best is not None
            and (sure_by_group(r) or (_sure_alone(r) and beside[r.best.entry.raion_code] > 2))
        )
        for f, r, speaker in zip(found, resolutions, speaks)
    ]
    #: the raions of the names read as places on their own evidence
    raions = {
        r.best.entry.raion_code
        for r, sure in zip(resolutions, strong)
        if sure and r.best is not None and r.best.entry.raion_code
    }
    #: the oblasts each sentence names (В Харьковской области атакованы ...)
    named: dict[Hashable, set[str]] = {}
    for sentence, r, sure in zip(sentences, resolutions, strong):
        if sure and r.best is not None and r.best.entry.category == "O":
            named.setdefault(sentence, set()).add(r.best.entry.oblast)
    kept = [
        r.best is not None
        and r.best.kind not in GUESSED_KINDS
        and (
            sure
            or (
                not speaker
                and r.best.kind != "short"  # (Enrico Rava played in Lviv: its raion's too)
                and (
                    r.best.entry.raion_code in raions
                    or r.best.entry.oblast in named.get(sentence, ())
                )
            )
        )
        for r, sure, sentence, speaker in zip(resolutions, strong, sentences, speaks)
    ]
    # the other name of a pair between a town and it (між Равою та Жовквою)
    kept = [keep or pair for keep, pair in zip(kept, paired_with_town(found, resolutions, strong))]
    # a name of a list whose two other names are places is one too (Білозерка, Дніпряни
    # та Корсунка)
    # a sports report's host is its venue when a city, else a team (Zorya hosted the match)
    kept = [
        keep
        and not (f.venue and r.best is not None and r.best.entry.category not in CITY_CATEGORIES)
        for f, r, keep in zip(found, resolutions, kept)
    ]
    placed = Counter(f.first for f, keep in zip(found, kept) if keep and f.members)
    return [
        keep
        or (
            f.members > 2
            and placed[f.first] >= 2
            and not speaker
            and r.best is not None
            and r.best.kind not in GUESSED_KINDS
        )
        for f, r, keep, speaker in zip(found, resolutions, kept, speaks)
    ]


def _speaker(found: Found, resolution: Resolution) -> bool:
    """Whether a name is a person who speaks or sends (Volodymyr said, Лист від Климця, a
    letter from Klymets), unless an English sender is a city by its own name (a letter
    from Irpin)."""
    best = resolution.best
    city = best is not None and best.kind == "exact" and best.entry.category in CITY_CATEGORIES
    return found.speaks or (found.sent and not city)


def _sure_alone(resolution: Resolution) -> bool:
    """Whether ``resolution`` is sure without the group (its answer is the only place of
    its name, or far ahead of the rest)."""
    return resolution.status == "matched" and not sure_by_group(resolution)


def _strong(gz: Gazetteer, found: Found, resolution: Resolution, speaks: bool) -> bool:
    """Whether a name (``speaks``: a speaker's or a sender's, :func:`_speaker`) is read as a
    place on its own evidence (see the module docs)."""
    best = resolution.best
    if best is None:
        return False
    if speaks:  # a person (Volodymyr said), unless a city known by its name alone
        # speaks for its people (Kharkiv said; Kherson, an oblast's centre, whatever
        # GeoNames counts: 66,000): :func:`~gazetteer.hintprior.well_known_city`
        # (not by a cut name: Rava said is a person, no Рава-Руська)
        return best.kind != "short" and well_known_city(gz, gz._by_code[best.entry.code])
    category = best.entry.category
    if found.town_only and category not in TOWN_CATEGORIES:
        return False
    return (
        (
            found.cued
            and not (found.war and not spelled_as_named(found.query, best))
            and not (found.visit and best.kind != "exact")
            and not (found.with_case and best.kind == "short")  # (з Равою: with Rava)
            # (moved to Sumo wrestling, From Judo to Sumo, a statue of Stalin: an English
            # word or a person's name another spelling of Суми, Донецьк meets)
            and not (found.bare and found.english and best.kind != "exact")
            # (visited Poznan, struck Samara: a city abroad the village Познань, Самара is
            # named as; struck Samara village, Samara in Sumy oblast ask otherwise)
            and not (found.war and foreign_city(found.query))
        )
        or found.toponymic
        or (found.ino and _russian_ino(found.query, best))
        or found.words > 1
        # (two names joined, Kupiansk-Vuzlovyi: as good as two words, when sure)
        or ("-" in found.query and resolution.status == "matched")
        # (a city met only by another spelling of a common English word is no city:
        # He visited Lucky, not Луцьк; Chop, Чоп's official name, still is)
        or (
            category in _STRONG_CATEGORIES
            and not ((found.english or found.person) and best.kind != "exact")
            # (a city by its name cut short, Rava, is named as a surname or a word is: a
            # preposition or a verb of war news must say so, as for a village; in a file of
            # your own, whose Polish w, do no cue reads, a city as before: w Gorzowie)
            and (best.kind != "short" or gz.oblasts is None)
        )
        or (category == "O" and _a_region(gz, found.query))
        or best.kind == "area"  # (Обстріл Куп'янщини: an area's name is no person's)
    )


def _russian_ino(written: str, best: Match) -> bool:
    """Whether ``written`` (Rabotino) is the Russian form ``best`` met as a standard
    romanises it, and no Italian name (Marino)."""
    return (
        best.kind == "russian"
        and written.lower() not in _ITALIAN_INO
        and spelled_as_named(written, best)
    )


def _a_region(gz: Gazetteer, name: str) -> bool:
    """Whether ``name`` is a name a region goes by (Сумщина, Донбас), or the English name
    of an oblast that is no city's (Crimea, not Donetsk): none is a person's."""
    if gz.oblasts is None:
        return False
    if gz.oblasts.region_named(name):
        return True
    key = match_key(name)
    return any(
        match_key(o.name_en) == key and key != match_key(o.center_uk) for o in gz.oblasts.oblasts
    )
