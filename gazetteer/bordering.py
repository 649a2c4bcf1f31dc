"""Words of bordering before a name (Жовква межує з Равою, на межі з Климцем, граничит с
Равой, Zhovkva borders Rava): what borders on a place is a place, so the name after them is
cued, though з/с "with" in the instrumental takes a person as often (Поговорили з Равою,
з Климцем: :mod:`gazetteer.personcases`), for :mod:`gazetteer.spans`."""

from __future__ import annotations

import re

#: "With" between a word of bordering and the name (межує з, граничит с, borders with).
_WITH = frozenset({"з", "із", "зі", "с", "со", "with", "on"})
#: A word of bordering that takes its place after "with": a verb (межує, межувати,
#: граничить, сусідить, соседствует), a border's noun (межа, на межі, кордон, граница), or
#: a merger's verb, hromadas' (об'єднали з, объединили с), in any case. Not a neighbour's
#: noun (сусід, сосед: ми сусіди з Климцем, a person), a reflexive merger (об'єднався з
#: Климцем: joined forces with a person), nor an English border's noun (crossed the border
#: with Kovalenko).
_BORDERING = re.compile(
    r"(?:межу\w*|меж(?:а|і|ею|ами|ах)|гранич(?!н)\w*|сусід(?:ить|ять|ила|ило|или|ив|ити"
    r"|итиме|ітимуть|ячи)|сосед(?:ствует|ствуют|ствовал\w*|ит|ят)|кордон(?:у|і|ом|и|ів|ах)?"
    r"|границ(?:а|е|у|ей|ы|ах)|стик(?:у|ом)?"
    r"|об[ʼ'’]єдна(?:ли|ло|ла|в|но|ти|ють|ємо|ний|на|не|ні|ння)"
    r"|объедин(?:или|ило|ила|ил|ено|ить|ят|ен|ена|ены|ение|ения)"
    r"|borders|bordering|bordered)",
    re.IGNORECASE,
)
#: A verb of crossing before a border's noun: the name after "with" is who crossed it too
#: (перетнув кордон з Климцем, перешли границу с Ивановым, crossed borders with Klymets).
_CROSSED = re.compile(
    r"(?:перет\w*|перейш\w*|перейд\w*|перес[еі]к\w*|переш[её]?л\w*|cross(?:ed|es|ing)?)",
    re.IGNORECASE,
)
#: English verbs of bordering that take their place with nothing between (Zhovkva borders
#: Rava, the hromada bordering Klymets).
_BORDERS = frozenset({"borders", "bordering", "bordered", "adjoins", "adjoining"})


def borders_before(text: str, words: list[tuple[int, int, str]], i: int) -> bool:
    """Whether word ``i`` follows a word of bordering: right after an English verb of it
    (borders Rava) or after "with" right after one (межує з Равою, на межі з Климцем,
    borders with Rava), only spaces between the words."""
    if i < 1 or _gap(text, words, i):
        return False
    before = words[i - 1][2].lower()
    if before in _BORDERS:
        return True
    if before not in _WITH or i < 2 or _gap(text, words, i - 1):
        return False
    if not _BORDERING.fullmatch(words[i - 2][2]):
        return False
    return i < 3 or not _CROSSED.fullmatch(words[i - 3][2])


def _gap(text: str, words: list[tuple[int, int, str]], i: int) -> bool:
    """Whether anything but spaces lies between word ``i - 1`` and word ``i``."""
    return bool(text[words[i - 1][1] : words[i][0]].strip())
