"""What the words beside a capitalised word in running text say of it (:mod:`gazetteer.spans`):
a word that says a place follows (a preposition, a settlement's or a level's word; a plural
settlement phrase, в населених пунктах Ліски, Гай та Вир, read in running text only, as
lookup's settlement words are not asked to read it), and whether its own ending says a place
(a bare stem, Вовк, is read as a plural's genitive, Вовки, but has no ending to say so).
"""

from __future__ import annotations

import re

from .declension import PREPOSITIONS
from .words import LEVEL_WORDS, LOCATIVE_WORDS, PLACE_WORDS

#: Settlement words in the plural, in running text (в селах Ліски та Ставки, у селищах,
#: жителі сіл, в сёлах, в посёлках). Not in :data:`~gazetteer.words.PLACE_WORDS`, which
#: lookup strips from a query too.
PLURAL_SETTLEMENTS = frozenset({
    "селах", "сіл", "селами", "селам", "селищах", "селищ", "селищами", "хуторах", "хуторів",
    "сёлах", "посёлках", "поселках", "посёлков", "поселков",
})  # fmt: skip
#: The noun of населений пункт "settlement" in its cases (в населених пунктах Ліски, в
#: населеному пункті Ліски; Russian в населенных пунктах), read only after its adjective.
_POINTS = frozenset({
    "пункт", "пункту", "пункті", "пунктом", "пункти", "пунктів", "пунктах", "пунктами",
    "пунктам", "пункте", "пунктов",
})  # fmt: skip
_SETTLED = re.compile(r"^населен(?:н)?(?:ий|ого|ому|им|ім|их|ими|ым|ых|ыми|ом)$")


def place_cue(word: str) -> bool:
    """Whether ``word`` says a place follows or stands by: a preposition, a locative, a
    settlement's or a level's word."""
    lowered = word.lower()
    return (
        lowered in LOCATIVE_WORDS
        or lowered in PREPOSITIONS
        or lowered in PLACE_WORDS
        or lowered in LEVEL_WORDS
    )


def settlements_before(words: list[tuple[int, int, str]], i: int) -> bool:
    """Whether the words right before word ``i`` name settlements: a settlement word in the
    plural (в селах Ліски) or населений пункт in any case (в населених пунктах Ліски)."""
    if i < 1:
        return False
    word = words[i - 1][2].lower()
    if word in PLURAL_SETTLEMENTS:
        return True
    return word in _POINTS and i >= 2 and bool(_SETTLED.match(words[i - 2][2].lower()))


#: The plural endings of a name's nominative that a bare stem is read as (Вовк: Вовки, the
#: genitive of no ending as Кринок is Кринки's; Мостиськ: Мостиська).
_PLURAL_NOMINATIVE = re.compile(r"[иіа]$")
#: A written word ending in a consonant (no case ending).
_BARE = re.compile(r"[бвгґджзйклмнпрстфхцчшщ]$", re.IGNORECASE)


def bare_stem(written: str, nominative: str) -> bool:
    """Whether ``written`` (one word, Cyrillic) is read as ``nominative`` only as a plural's
    genitive of no ending (Вовк: Вовки): its own letters end in no case ending, so a
    toponymic ending is the reading's, not the text's. Not the genitive in -ів, -їв, -ей
    (Вовків: its ending says the plural)."""
    if written == nominative or " " in written:
        return False
    low = written.lower()
    return (
        bool(_BARE.search(low))
        and not low.endswith(("ів", "їв", "ей"))
        and bool(_PLURAL_NOMINATIVE.search(nominative.lower()))
    )
