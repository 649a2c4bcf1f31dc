"""Rivers named like cities or villages (Дніпро, Десна, Оскіл), and the words that say the
river is meant: English ``the`` (the Dnipro), a bank (на лівому березі Дніпра), a bed or a
mouth (русло Дніпра, гирло Десни), along (уздовж Дніпра), a crossing (форсували Дніпро, міст
через Дніпро). In running text such a name is then the river, no place."""

from __future__ import annotations

import re

from translit import match_key

from .declension import nominatives

#: Rivers named like cities or villages.
RIVERS = frozenset(match_key(name) for name in (
    "Dnipro", "Dnieper", "Dnepr", "Donets", "Inhulets", "Ingulets", "Oskil", "Oskol", "Psel",
    "Vorskla", "Desna", "Samara", "Sula", "Udai", "Orel", "Bug", "Дніпро", "Днепр", "Донець",
    "Донец", "Інгулець", "Ингулец", "Оскіл", "Оскол", "Псел", "Ворскла", "Десна", "Самара",
    "Сула", "Удай", "Орель", "Буг",
    # (declined: на березі Дніпра, Десни; the letter rules read Дніпра as a masculine Дніпр)
    "Дніпра", "Днепра", "Дніпром", "Днепром", "Дніпрі", "Днепре", "Донця", "Донца", "Десни",
    "Оскола", "Псла", "Ворскли", "Самари", "Сули", "Бугу", "Інгульця", "Ингульца",
))  # fmt: skip

#: A word just before a name that says the river: a bank, a bed, a mouth, a floodplain, the
#: current, along it; crossing it (форсували Дніпро); English "the" (the Dnipro).
RIVER_CUES = frozenset({
    "the", "березі", "берега", "берегу", "берегом", "берег", "береги", "берегів", "берегах",
    "берегами", "річки", "річку", "річці", "річкою", "річка", "реки", "реку", "реке", "рекой",
    "река", "русло", "русла", "руслі", "руслом", "русле", "гирло", "гирла", "гирлі", "устье",
    "устья", "заплава", "заплави", "заплаві", "пойма", "поймы", "пойме", "течія", "течії",
    "течією", "течение", "течения", "вздовж", "уздовж", "вдоль", "форсували", "форсувати",
    "форсування", "форсуванні", "форсировали", "форсировать", "форсирования",
})  # fmt: skip

#: A word before "через" (across) that says a river is crossed: a bridge, a crossing.
CROSSING_WORDS = frozenset({
    "міст", "мости", "мосту", "мостом", "мостів", "переправа", "переправи", "переправу",
    "переправі", "переправ", "переправилися", "переправились", "переправитися",
    "переправлялися", "мост", "мосты", "переправы", "переправиться", "переправлялись",
})  # fmt: skip

_LAST_TWO = re.compile(r"([^\W\d_]+)\s+([^\W\d_]+)\s*$")


def a_river(span: str, after: str = "") -> bool:
    """Whether ``span``, or its nominative (Дніпра: Дніпро), is a river's name; not when
    ``after`` it (the text after it) makes it a city's adjective (the Dnipro-based hub)."""
    if after.startswith(("-based", "-born", "-bound")):
        return False
    return any(match_key(form) in RIVERS for form in (span, *nominatives(span)))


def river_meant(before: str | None, text_before: str, span: str, after: str) -> bool:
    """Whether ``span``, a river's name (:func:`a_river`), stands for the river: after a word
    that says so (``before``, the word just before it: the, березі, русло, уздовж), or after
    "через" that a bridge or a crossing precedes (міст через Дніпро; not їхали через Дніпро,
    which may go through the city)."""
    if before is None:
        return False
    cued = before.lower() in RIVER_CUES
    if not cued and before.lower() == "через":
        last = _LAST_TWO.search(text_before)
        cued = last is not None and last.group(1).lower() in CROSSING_WORDS
    return cued and a_river(span, after)
