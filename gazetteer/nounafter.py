"""Whether a word can be the noun that an adjective's form before it agrees with, for a city's
name in -ськ read in small letters (:mod:`gazetteer.lowercase`): ``в донецьку область`` is
an adjective and its noun (Donetsk oblast), ``в краматорську вночі`` a city and an adverb.

An adjective's form in -ську is a feminine accusative (в українську мову), in -ська a
feminine nominative (донецька вода), in -ське a neuter (донецьке море), in Russian -ском a
masculine or neuter locative (в донецком аэропорту). The noun agreeing with it ends as
that case's nouns end (-у/-ю, -а/-я, -о/-е; a feminine's -ь, -ч, -ж, -ш, -в, -р: ніч,
любов, матір); a word that ends otherwise (вночі, сьогодні, були) is no such noun, nor are
the adverbs of :data:`NOT_NOUNS` that happen to end as one does (знову, вчора), nor past
verbs in -в, reflexive ones (пролунав, точаться) and present ones in a vowel and -ть
(мешканці донецька кажуть; not донецька пам'ять). Any other ending of the adjective's form
keeps every word a noun.
"""

from __future__ import annotations

import re

#: Words that end as a noun of an adjective's case does but are none: adverbs of time and
#: manner, particles, and past verbs in -в (Ukrainian, Russian).
NOT_NOUNS = frozenset({
    "знову", "вчора", "учора", "зранку", "вдень", "удень", "також", "теж", "тепер", "звечора",
    "досі", "майже", "була", "було", "впала", "лунала", "сталася", "ніби", "наче",
    "снова", "опять", "вчера", "сегодня", "ночью", "тоже", "также", "теперь", "была",
    "было", "утра", "ранее",
})  # fmt: skip

#: The endings of an adjective's forms that a city's name in -ськ shares, and the last
#: letters of the nouns that may agree with each.
_ENDINGS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"[сцз]ьку$"), "уюьчжшщвр"),
    (re.compile(r"[сцз]ька$"), "аяьчжшщвр"),
    (re.compile(r"[сцз]ьке$"), "оея"),
    (re.compile(r"[сцз]ком$"), "еуиюі"),
)
#: Past verbs in -в (пролунав, прилетів, був), which no feminine noun in -в is (любов),
#: reflexive verbs in -ся (точаться, сталася), and present verbs in a vowel and -ть
#: (кажуть, знають, бачать, летить), which few feminine nouns end as (:data:`IN_VOWEL_TH`).
_VERB = re.compile(r"(?:[аиіїуя]|[^ш]о)в$|ся$|[аеиіїуюя]ть$")
#: The feminine nouns in a vowel and -ть (суть, пам'ять, мить; Russian сеть), not verbs.
IN_VOWEL_TH = frozenset({
    "суть", "ртуть", "путь", "жуть", "муть", "лють", "благодать", "гать", "знать", "рать",
    "стать", "сіножать", "пам'ять", "пам’ять", "мить", "блакить", "сіть", "віть", "нить",
    "сеть", "мать", "память", "печать", "кровать", "плеть", "клеть",
})  # fmt: skip


#: Russian prepositions of the locative: after one a form in -ском is an adjective's (в
#: донецком, в луганском районе), as the city's own is in -ске (в донецке).
_LOCATIVE = frozenset({"в", "во", "на", "о", "об", "обо", "при"})


def locative_adjective(form: str, before: str) -> bool:
    """Whether ``form``, a Russian form in -ском, is an adjective's by the preposition
    ``before`` it (в донецком; под краматорском is the city's instrumental; в
    каменце-подольском, a hyphened name's, is the city's locative)."""
    return form.endswith(("ском", "цком", "зком")) and "-" not in form and before in _LOCATIVE


def may_agree(form: str, after: str) -> bool:
    """Whether ``after`` (in small letters) may be the noun that ``form``, an adjective's
    form in -ськ (донецьку, краматорська), agrees with (see the module); a word in other
    letters (hromada) may be any."""
    if after in NOT_NOUNS:
        return False
    if not re.fullmatch(r"[а-яіїєґё'’-]+", after):
        return True
    for ending, last in _ENDINGS:
        if ending.search(form):
            return after[-1] in last and (after in IN_VOWEL_TH or not _VERB.search(after))
    return True
