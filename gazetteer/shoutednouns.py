"""Plural common nouns after a preposition in a sentence of capitals (``ДНІПРО ВИЙШОВ З
БЕРЕГІВ``, out of its banks: not the villages Береги).

In capitals a word's capital is the reader's guess (:mod:`gazetteer.capitals`), so a name
found by it stands only when sure or cued (:func:`gazetteer.extract.find_places`). A
preposition is a weak cue for a village named in the plural as a common noun is (Береги,
banks; Ліски, Ставки, Гаї, Броди): з берегів, у ставках, до лісків say a thing as often. Such
a name is kept there only when something else backs it: a level or unit beside it, a war
verb, a settlement's word (с., села), or a list with a name that needs no such backing. The
plurals that name people, not things (Петрівці, Бабинці, Бабичі, Вільшани, Дубляни: -вці,
-нці, -ичі, -[лжшч]ани, -яни), are no common nouns and keep their preposition's cue.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .declension import OF_PEOPLE, PREPOSITIONS
from .evidence import Found
from .model import Resolution
from .rank import CITY_CATEGORIES, is_cyrillic

#: The prepositions proper (у, з, до, на, біля; not жителі, мер, обстріл: a place's people
#: or its attack back a name more).
_PREPOSITIONS = PREPOSITIONS - OF_PEOPLE - {"районі", "районе"}
#: A village's name in the plural (Береги, Ліски, Гаї), one word.
_PLURAL = re.compile(r"^[^\W\d_]+[иії]$")
#: The plurals of people's names (Петрівці, Бабинці, Бабичі; of a place's people: Вільшани,
#: Дубляни, Бережани, Зарічани): no thing is so called (but Кургани, Чабани, Тумани are).
_OF_PEOPLE = re.compile(r"(?:[вн]ці|ичі|[лжшчщ]ани|яни)$")


def plural_nouns(
    found: Sequence[Found], resolutions: Sequence[Resolution], kinds: Sequence[str]
) -> set[int]:
    """The indices of ``found`` that only a preposition cues and that resolve to a village
    named in the plural as a common noun is (see the module), unbacked by their list."""
    bare = {
        n
        for n, (f, r, kind) in enumerate(zip(found, resolutions, kinds))
        if _preposition_only(f, kind) and _plural_village(r)
    }
    backed = set()
    for n in bare:  # (З ХАРКОВА ТА БЕРЕГІВ: a list with a name of its own evidence)
        f = found[n]
        members = range(f.first, f.first + f.members) if f.members > 1 else ()
        if any(m not in bare for m in members):
            backed.add(n)
    return bare - backed


def _preposition_only(f: Found, kind: str) -> bool:
    """Whether ``f`` is one Cyrillic word whose only cue is a preposition before it."""
    opening = f.query.split(" ", 1)[0].lower()
    return (
        f.words == 1
        and opening in _PREPOSITIONS
        and not (kind or f.unit or f.plural_level or f.war)
        and is_cyrillic(f.query)
    )


def _plural_village(resolution: Resolution) -> bool:
    """Whether ``resolution``'s best is no city and named in the plural as a thing is."""
    best = resolution.best
    if best is None or best.entry.category in CITY_CATEGORIES:
        return False
    name = best.entry.name_uk
    return bool(_PLURAL.match(name)) and not _OF_PEOPLE.search(name)
