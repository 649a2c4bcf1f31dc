"""The cheap test before a case-blind search (gazetteer.ignorecase) never says no where the
search finds: the words each pattern cannot do without, in any case, and the letters the
regex folds otherwise than str.lower (İ, ı, ſ, the old Cyrillic ᲃ for с...)."""

from __future__ import annotations

import re
import sys

import pytest

from gazetteer import councilnotes, councils, directions
from gazetteer.ignorecase import may_hold, words_held
from gazetteer.words import DIRECTION_WORDS

#: Texts the patterns find, some in letters str.lower folds otherwise than the regex.
FOUND = {
    "directions": [
        "на Покровському напрямку", "НА КУП'ЯНСЬКОМУ НАПРЯМКУ", "Pokrovsk DIRECTION",
        "Kupiansk dırection", "Bakhmut axis", "на Купянском направлении",
        "napryamku Bakhmut", "Kramatorsk AXES",
    ],
    "city": [
        "Черкаська міська рада", "ХАРЬКОВСКИЙ ГОРОДСКОЙ СОВЕТ", "Kharkivska miska rada",
        "Kharkivska MİSKA rada", "Kharkivska mıska rada", "Kharkovskiy gorodſkoy sovet",
        "Харьковский гᲂродской совет", "Харьковский гороᲁской совет",
    ],
    "notation": [
        "Печеніги Печенізької с/р", "Циркуни сільрада", "Ізюм ТГ", "Ізюм тг",
        "Березники, п.о Старий Салтів", "ПОССОВЕТ", "Циркуновский сельᲃовет", "selrada",
        "Tsyrkuny ſilrada", "Tsyrkuny SOVET", "Печеніги рАДа", "сельсовеᲄ",
    ],
}  # fmt: skip
PATTERNS = {
    "directions": (directions._SAYS_DIRECTION, directions._DIRECTION_HELD),
    "city": (councils._CITY_COUNCIL, councils._CITY_HELD),
    "notation": (councilnotes._TRIGGER, councilnotes._TRIGGER_HELD),
}


@pytest.mark.parametrize("kind", sorted(FOUND))
def test_what_the_pattern_finds_the_cheap_test_lets_through(kind: str) -> None:
    pattern, words = PATTERNS[kind]
    for text in FOUND[kind]:
        assert pattern.search(text), text  # (the pattern finds it: the test must not stop it)
        assert may_hold(text, words), text


def test_every_direction_word_holds_a_stem() -> None:
    assert [w for w in DIRECTION_WORDS if not any(s in w for s in directions.DIRECTION_STEMS)] == []


def test_a_plain_name_is_told_without_the_pattern() -> None:
    for text in ("Степанівка", "Кам'янець-Подільський", "Bila Tserkva", "Ясна Поляна"):
        for pattern, words in PATTERNS.values():
            assert not pattern.search(text)
            assert not may_hold(text, words), text


def test_each_letter_the_regex_folds_beyond_lower_is_left_to_the_pattern() -> None:
    # every character the regex matches case-blind with a Latin or Cyrillic letter whose
    # lower case its own is not: may_hold leaves a text holding one to the pattern
    letters = [chr(o) for o in (*range(0x80), *range(0x400, 0x500)) if chr(o).isalpha()]
    any_letter = re.compile(f"[{''.join(letters)}]", re.IGNORECASE)
    lowered = {letter.lower() for letter in letters}
    odd = [
        c
        for c in map(chr, range(sys.maxunicode + 1))
        if any_letter.fullmatch(c) and c.lower() not in lowered
    ]
    held = words_held()
    assert odd and all(may_hold(c, held) for c in odd), odd
    # and among those letters, the regex matches case-blind only the ones str.lower joins
    assert [
        (a, b)
        for a in letters
        for b in letters
        if a.lower() != b.lower() and re.fullmatch(re.escape(a), b, re.IGNORECASE)
    ] == []
