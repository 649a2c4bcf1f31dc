"""Sentences written in small letters, as chats, posts and notes are: ``вибухи в харкові та
у сумах``, ``обстрел харькова``, ``explosions in kharkiv and sumy``, ``на донеччині``.

Running text is read by its capitals (:mod:`gazetteer.spans`), so such a sentence had no
name. Most places' names are plain words too (Мирне, Веселе, Зірка, Перемога), so in small
letters only what is seldom anything else is read: a form of a city's name (category K or
M, in Ukrainian, Russian or Latin letters, declined as :func:`~gazetteer.declension
.nominatives` reads it, with or without its apostrophe: словянськ) or of a region's own
(харківщина, донеччина, крим; запоріжжя after на), right after a word that says a place
follows (:data:`PLACE_WORDS`: в, у, біля; под, из; in, near, of; мешканці, обстріл;
shelled, обстріляли; visited), or after по, на, on behind a strike's or a course's word
(:data:`STRIKE_CUES`: удар по харкову, наступ на київ, летить на київ, strikes on odesa),
or listed after such a one (в харкові та сумах; a verb's objects after a village, struck
vesele and kupiansk); and an oblast's adjective before its level word (у харківській
області). Never a word that is a common word as well (:data:`COMMON_WORDS`: сума, ізюм,
щастя, лиман; English words of ``data/english_words.tsv``; a first name), a name of an
adjective's shape (Первомайський, Рівне, Алмазна) or an -ськ form before a noun it may
agree with (в донецьку область: :mod:`gazetteer.nounafter`), a city abroad's (в самаре) or
the river Дніпро's (над дніпром, the bank of dnipro; летить на дніпро is the city's). A
sentence is in small letters when no word after its first is capitalised (acronyms, ЗСУ,
ППО, may stand); a writer who capitalises a name anywhere in it has said which words are
names.

:func:`raised` gives the text back with those words capitalised, for the reader to read as it
reads prose; :func:`gazetteer.extract.find_places` keeps what is so read only when it is a
city or a region, as asked.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from translit import match_key

from .capitals import sentences, titled
from .declension import OF_PEOPLE, nominatives
from .foreign import foreign_city
from .model import derived, entry_fields
from .nounafter import locative_adjective, may_agree
from .rank import CITY_CATEGORIES, is_cyrillic
from .regionforms import centre_named_as_region, region_names
from .spanlevels import names_an_oblast
from .spans import WORD
from .warverbs import english_city_word
from .words import FIRST_NAMES, STRIKE_VERBS, WAR_VERBS

if TYPE_CHECKING:
    from .gazetteer import Gazetteer
    from .model import Resolution

#: What a name read in small letters may resolve to: a city, an oblast (or its region); no
#: village, whose name is too often a plain word (Мирне, Веселе, Зірка).
_READ_CATEGORIES = CITY_CATEGORIES | {"O"}

#: Verbs of a visit (visited kharkiv, had left talne, відвідав суми): in small letters a
#: city's name after one is a place, as a person's name that is a city's too is a common
#: word (:data:`COMMON_WORDS`: volodymyr; a first name: :data:`FIRST_NAMES`).
VISITS = frozenset({
    "visited", "toured", "left", "відвідав", "відвідала", "відвідали", "посетил", "посетила",
    "посетили",
})  # fmt: skip
#: Nouns of a place's area (в районі бахмута, в районе часов яра: near it).
_NEAR = frozenset({"районі", "районе"})
#: The place words that are nouns, which an adjective before them agrees with (в донецьку
#: сторону, в луганском районе): no city's name.
_NOUNS = OF_PEOPLE | _NEAR
#: Words before a name that say a place follows (Ukrainian, Russian, English): a
#: preposition of place, of (the mayor of kharkiv, residents of sumy), a place's people's
#: or attack's noun (мешканці, мер, обстріл), a verb of war news (shelled, обстріляли); на
#: only before a region (на донеччині: на сумах is no Ukrainian).
PLACE_WORDS = frozenset({
    "в", "у", "під", "біля", "з", "із", "зі", "до", "над", "поблизу", "неподалік", "від",
    "во", "под", "возле", "около", "из", "от", "близ", "вблизи", "к", "ко", "для",
    *_NEAR,
    "in", "near", "from", "to", "outside", "around", "of", "over", "into", "towards",
    "toward", "across", "inside", "throughout",
    *OF_PEOPLE, *WAR_VERBS, *VISITS,
})  # fmt: skip
REGION_WORDS = PLACE_WORDS | {"на", "по"}
#: Verbs of a flight or a course towards a place, before на and its accusative (ракета
#: летить на київ, колона рухається на харків, дроны летят на одессу).
HEADING = frozenset({
    "летить", "летять", "летів", "летіла", "летіли", "полетів", "полетіла", "полетіли",
    "прямує", "прямують", "прямував", "прямувала", "прямували", "рухається", "рухаються",
    "летит", "летят", "летел", "летела", "летели", "полетел", "полетела", "полетели",
    "движется", "движутся", "направляется", "направляются",
})  # fmt: skip
#: Prepositions that say a place follows only after a strike's word: по after a verb or
#: noun of a strike (удар по слов'янську, прилёт по харькову; по сумі, by the amount, is
#: none), на and on after an attack's or a course's (наступ на харків, летить на київ,
#: strikes on odesa; on time is none).
STRIKE_CUES: dict[str, frozenset[str]] = {
    "по": STRIKE_VERBS | {"прильот", "прильоти", "прилёт", "прилет", "прилёты", "прилеты"},
    "на": HEADING | {
        "атака", "атаку", "атаки", "наступ", "наступу", "напад", "нападу", "марш", "похід",
        "наступление", "наступления", "нападение", "поход",
    },
    "on": frozenset({
        "strike", "strikes", "attack", "attacks", "assault", "assaults", "raid", "raids",
        "shelling", "bombing", "bombardment", "offensive", "advance", "push",
    }),
}  # fmt: skip
#: Words that join a list of names (в харкові та сумах, in kharkiv and sumy).
LIST_WORDS = frozenset({"та", "і", "й", "и", "and", "or", "або", "или", "чи"})

#: Cities' names (lower case, and the nominatives a declined word is read as) that are
#: common words as well, in Ukrainian, Russian or English, so never read in small letters
#: (сума платежу, в сумі, у сумах до 100 грн: сума, not Суми; ізюм, raisins; щастя,
#: happiness; лиман, an estuary; ровно, exactly; до сватів, to the in-laws). Found by
#: reading every word form of Ukrainian and Russian dictionaries as this module reads a
#: word, and keeping the cities' names one met that are everyday words: a fact table.
COMMON_WORDS = frozenset({
    "суми", "сума", "сум", "сумах", "сумы", "ізюм", "изюм", "щастя", "счастье", "лиман",
    "бар", "мена", "долина", "городок", "городище", "броди", "брід", "сарни", "малин",
    "малина", "пологи", "валки", "дружба", "покров", "судак", "антрацит", "бурштин", "турка",
    "українка", "украинка", "боярка", "острог", "гірник", "горняк", "буча", "чоп", "рені",
    "балта", "гребінка", "гребёнка", "ворожба", "герца", "саки", "сватів", "сватове",
    "дергачі", "хмельник", "винники", "ровно", "рівне", "сміла", "смела", "кремінна",
    "роздільна", "надвірна", "помічна", "лозова", "олешки", "сколе", "володимир",
    "владимир", "олександрія", "александрия", "самара", "самар", "прилуки", "немирів",
    "стрий", "берегове", "вишневе", "золоте", "залізне", "шахтарське", "привілля",
    "виноградів", "оріхів", "орехов", "марганець", "марганец", "тлумач", "кипуче",
    "березна", "гребенка", "приволье", "незаможник", "борщів", "васильків", "васильков",
    "глухів", "зборів", "зборов", "зміїв", "змиев", "змеев", "яворів", "остер", "лебедин",
    # (a city named as an everyday adjective is, in -ськ: в українську, into Ukrainian)
    "українськ", "приморськ", "первомайськ", "комсомольськ", "червоноармійськ",
    "чорноморськ", "шахтарськ",
    # (and cities named as people are, in Latin letters: according to volodymyr melnyk)
    "volodymyr", "vladimir", "wladimir", "oleksandriia", "oleksandriya", "alexandria",
})  # fmt: skip
#: A name of the shape of an adjective (Первомайський, Південне, Залізне, Южное, Алмазна,
#: Кремінна): it agrees with a noun as often (первомайський район, в залізному ящику), so
#: it is not read in small letters unless hyphened (білгород-дністровський).
_ADJECTIVE = re.compile(
    r"(?:[иіо]й|ый|ая|[оеє]е|не|ське|цьке|зьке|ьке|ве|ська|цька|[^аеиіоуяюєї]на)$"
)
#: A form of a city's name in -ськ, -цьк that an adjective has too (в донецьку, донецька:
#: в донецьку область, донецька вода; в донецком аэропорту): read only where no word in
#: small letters, but a list's or a place's, follows it.
_ADJECTIVE_FORM = re.compile(r"[сцз]ьк[аеуі]$|[сцз]к(?:ом|ая|ой|ую|ое|ие)$")
#: The names of cities that are rivers' too, read only after in, into or of (в дніпрі, the
#: mayor of dnipro; над дніпром, біля дніпра are as often the river's banks) or a war verb
#: (обстріляли дніпро: no river is shelled) or на behind a flight's (:data:`_FLIGHTS`).
RIVERS = frozenset({"дніпро", "днепр", "dnipro", "dnepr"})
_INTO = frozenset({"в", "у", "во", "до", "in", "to", "of", *WAR_VERBS})
#: Verbs of a flight or a course that make на before дніпро the city's (летить на дніпро,
#: прямує на днепр: no river is flown onto); not рухається, движется (a column may move on
#: to the river's line).
_FLIGHTS = HEADING - {"рухається", "рухаються", "движется", "движутся"}
#: Words before of that say a river's (the left bank of dnipro, the mouth of dnipro).
_RIVER_PARTS = frozenset({"bank", "banks", "shore", "shores", "mouth", "side", "waters", "bed"})

#: An oblast's adjective in any case before its level word (харківській області).
_OBLAST_LEVELS = frozenset({
    "область", "області", "областю", "областей", "обл", "области", "областью", "oblast",
    "region",
})  # fmt: skip
#: A capitalised word (an initial capital and a small letter after it): a name's.
_TITLED = re.compile(r"[^\W\d_][^\W\d_]*[a-zа-яіїєґё'’]", re.UNICODE)


def raised(gz: Gazetteer, text: str) -> tuple[str, list[tuple[int, int]]]:
    """``text`` with the cities' and regions' names of its sentences in small letters
    capitalised (see the module), and where each such word stands; the same length."""
    if gz.oblasts is None or not any(c.islower() for c in text):
        return text, []
    out: list[str] | None = None
    spans: list[tuple[int, int]] = []
    for start, end in sentences(text):
        words = [
            (m.start() + start, m.end() + start, m.group()) for m in WORD.finditer(text[start:end])
        ]
        if not _in_small_letters(words):
            continue
        for s, e in _names(gz, text, words):
            out = out if out is not None else list(text)
            out[s:e] = titled(text[s:e])
            spans.append((s, e))
    return ("".join(out), spans) if out is not None else (text, [])


def a_city_or_region(resolution: Resolution) -> bool:
    """Whether a name read in small letters resolved to what was asked of it: a city or an
    oblast (a village that its reading met instead is not read)."""
    best = resolution.best
    return best is not None and best.entry.category in _READ_CATEGORIES


def _in_small_letters(words: list[tuple[int, int, str]]) -> bool:
    """Whether no word after the first is capitalised (an acronym, all capitals, may be)."""
    return len(words) >= 2 and not any(_TITLED.match(w) and w[0].isupper() for _, _, w in words[1:])


def _names(gz: Gazetteer, text: str, words: list[tuple[int, int, str]]) -> list[tuple[int, int]]:
    """Where the words of a sentence in small letters that are read as a city's or a
    region's name stand (a two-word name as one span)."""
    found: list[tuple[int, int]] = []
    listing = False  # (a name read before, and only list words since)
    unread = -1  # (a word after a place word, read as no city: a village, struck vesele)
    i = 0
    while i < len(words):
        s, e, word = words[i]
        before = words[i - 1][2].lower() if i else ""
        gap = text[words[i - 1][1] : s] if i else ""
        if not word.islower():
            listing = False
            i += 1
            continue
        cued = (
            before in PLACE_WORDS
            or _after_a_strike(text, words, i)
            or (listing and (before in LIST_WORDS or gap.strip() == ","))
            or (before in LIST_WORDS and unread == i - 2)
        )
        pair = i + 1 < len(words) and text[e : words[i + 1][0]] == " " and words[i + 1][2].islower()
        if pair and cued and city_form(gz, f"{word} {words[i + 1][2]}", before):
            found.append((s, words[i + 1][1]))
            listing, i = True, i + 2
            continue
        river = before == "of" and i > 1 and words[i - 2][2].lower() in _RIVER_PARTS
        flown = before == "на" and i > 1 and words[i - 2][2].lower() in _FLIGHTS
        reading = _city_reading(gz, word, "" if river else before, flown) if cued else ""
        if (
            reading
            and _ADJECTIVE_FORM.search(word)
            and (_noun_after(text, words, i) or locative_adjective(word, before))
        ):
            reading = ""
        if reading == "common" and not listing:
            reading = ""
        if reading or ((before in REGION_WORDS or (listing and cued)) and region_form(gz, word)):
            found.append((s, e))
            listing = True
        elif (
            i + 1 < len(words)
            and words[i + 1][2].lower() in _OBLAST_LEVELS
            and (not text[e : words[i + 1][0]].strip() and names_an_oblast(gz, titled(word)))
        ):
            found.append((s, e))
            listing = False
        elif not (listing and (word in LIST_WORDS or word in PLACE_WORDS)):
            listing = False
            unread = i if cued and before not in LIST_WORDS else unread
        i += 1
    return found


def _after_a_strike(text: str, words: list[tuple[int, int, str]], i: int) -> bool:
    """Whether word ``i`` follows a preposition of :data:`STRIKE_CUES` right after a word
    of its strike (удар по, strikes on)."""
    if i < 2 or text[words[i - 2][1] : words[i - 1][0]] != " ":
        return False
    return words[i - 2][2].lower() in STRIKE_CUES.get(words[i - 1][2].lower(), ())


def _noun_after(text: str, words: list[tuple[int, int, str]], i: int) -> bool:
    """Whether word ``i`` is followed, with only a space between, by a word in small
    letters that no list or place word is and that may be a noun agreeing with it (в
    донецьку область; not в краматорську вночі: :func:`~gazetteer.nounafter.may_agree`)."""
    if i + 1 >= len(words) or text[words[i][1] : words[i + 1][0]].strip():
        return False
    after = words[i + 1][2]
    return (
        after.islower()
        and after not in LIST_WORDS
        and (after not in REGION_WORDS or after in _NOUNS)
        and may_agree(words[i][2], after)
    )


def city_form(gz: Gazetteer, words: str, before: str = "") -> bool:
    """Whether ``words`` (in small letters; ``before`` the word before them) is a form of a
    city's name, as written or declined, and no common word (:data:`COMMON_WORDS`, an
    English word, an adjective's shape), no city abroad's (в самаре, у білгороді) and no
    river's but after in or into (:data:`RIVERS`)."""
    return _city_reading(gz, words, before) == "city"


def _city_reading(gz: Gazetteer, words: str, before: str, flown: bool = False) -> str:
    """``city`` when :func:`city_form` holds for ``words``; ``common`` when they are a
    city's name that is a common word too (:data:`COMMON_WORDS`: у сумах), read only in a
    list after a city (в харкові та у сумах); else ``""``. ``flown``: after на behind a
    verb of flight (летить на дніпро), where a river's name is the city's."""
    low = words.lower()
    if not is_cyrillic(low) and english_city_word(low):
        return ""
    if foreign_city(low) is not None:
        return ""
    names = _city_names(gz)
    low = _plain(low)
    readings = [low] if low in names else [_plain(n) for n in nominatives(titled(low))]
    # (and the cities' own names: Вишнево, Золото are Вишневе's and Золоте's, adjectives')
    named = {name for n in readings if n in names for name in (n, *names[n])}
    into = flown or before in _INTO  # (a river's name is the city's only so)
    if not named or any(
        ("-" not in n and _ADJECTIVE.search(n)) or (n in RIVERS and not into) for n in named
    ):
        return ""
    common = (low, *readings, *named)
    return "common" if any(n in COMMON_WORDS or n in FIRST_NAMES for n in common) else "city"


def region_form(gz: Gazetteer, word: str) -> bool:
    """Whether ``word`` (in small letters) is a form of a region's own name (харківщині,
    донеччина, криму), as written: not a word that only its match key meets (поділі,
    division, is no Поділля; кроме, except, no Крым)."""
    low = _plain(word)
    readings = [low, *map(_plain, nominatives(titled(low)))] if is_cyrillic(low) else [low]
    regions = _region_names(gz)
    return any(r in regions and r not in COMMON_WORDS for r in readings)


def _region_names(gz: Gazetteer) -> frozenset[str]:
    """The regions' own names of one word, in small letters (харківщина, донбас, крим), and
    the Cyrillic forms of a centre named as a region is (запоріжжя, запорожье: на запоріжжі
    is the oblast, as :func:`~gazetteer.beside.on_region` reads it): made once for the
    gazetteer's entries (each word in small letters after a place word asks)."""
    oblasts = gz.oblasts
    assert oblasts is not None

    def make() -> frozenset[str]:
        centres = {_plain(u.center_uk) for u in oblasts.oblasts if centre_named_as_region(u)}
        return frozenset(
            _plain(name)
            for unit in oblasts.oblasts
            for name in region_names(unit)
            if " " not in name
        ) | {
            form
            for form, officials in _city_names(gz).items()
            if officials & centres and " " not in form and is_cyrillic(form)
        }

    return derived(gz.entries, "region names in small letters", make)


def _plain(name: str) -> str:
    """``name`` in small letters with one apostrophe (Слов’янськ, слов'янськ)."""
    return name.lower().replace("’", "'").replace("ʼ", "'")


#: The name sources whose forms are read in small letters as they are.
_OWN_SOURCES = frozenset({"official", "russian", "former"})


def _city_names(gz: Gazetteer) -> dict[str, frozenset[str]]:
    """Every form of ``gz``'s cities' names (K, M), in small letters, with the official
    names (in small letters) of the cities that bear it: their own, Russian and former
    names, and the exonyms that spell one of those (Kharkov, Kiev, Odessa; not another
    language's word that some table gives as a name: Human, Umań's)."""

    def make() -> dict[str, frozenset[str]]:
        fields = list(entry_fields(gz.entries, "category", "name_uk"))
        cities = [i for i, (category, _) in enumerate(fields) if category in CITY_CATEGORIES]
        index = gz.index
        own: dict[int, set[str]] = {}  # (an entry's Ukrainian, Latin, Russian, former keys)
        for p in index.positions_of(cities):
            if index.source_of(p) in _OWN_SOURCES:
                own.setdefault(index.entry_of[p], set()).add(match_key(index.text_of[p]))
        found: dict[str, set[str]] = {}
        for p in index.positions_of(cities):
            entry = index.entry_of[p]
            if index.source_of(p) in _OWN_SOURCES or match_key(index.text_of[p]) in own[entry]:
                form, official = _plain(index.text_of[p]), _plain(fields[entry][1])
                found.setdefault(form, set()).add(official)
        # (and as a chat writes them without the apostrophe: словянськ, камянське)
        for form, officials in list(found.items()):
            found.setdefault(form.replace("'", ""), set()).update(officials)
        return {form: frozenset(officials) for form, officials in found.items()}

    return derived(gz.entries, "city names in small letters", make)
