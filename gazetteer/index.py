"""The name index: every form of every entry's name, found by its match key.

A *form* is one way of writing one entry's name, with the source it comes from:
``official`` (the gazetteer's own names and their KMU romanisation), ``russian``,
``former`` and ``exonyms``. Forms are keyed with :func:`translit.match_key`, so a query in
any romanisation meets every form written any other way in one dict lookup. Typos are found
through the single-deletion neighbourhood of the keys (a query key and an indexed key within
one edit share a deletion), built only when a query first needs it; never a scan of all names.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from translit import match_key

from .query import normal_form

#: The name sources, in the order they are trusted.
NAME_SOURCES = ("official", "russian", "former", "exonyms")


@dataclass(frozen=True)
class NameForm:
    """One written form of an entry's name."""

    entry: int  #: position of the entry in the gazetteer
    text: str  #: the form as written (``Харьков``, ``Artemivsk``, ``Charkow``)
    source: str  #: one of :data:`NAME_SOURCES`
    rank: int = 0  #: 0 for an attested form; n for the n-th generated guess
    note: str = ""  #: where the form comes from (``renamed 2016``, ``generated``, ``de``)


class NameIndex:
    """Key -> forms, exact text -> forms, and the deletion neighbourhood for typos."""

    def __init__(self, forms: Sequence[NameForm]):
        self.forms = tuple(forms)
        self.by_key: dict[str, list[int]] = {}
        self.by_text: dict[str, list[int]] = {}
        for position, form in enumerate(self.forms):
            key = match_key(form.text)
            if key:
                self.by_key.setdefault(key, []).append(position)
            self.by_text.setdefault(normal_form(form.text), []).append(position)
        self._deletions: dict[str, list[str]] | None = None

    def exact(self, text: str) -> list[int]:
        """Forms written exactly as ``text`` (after case, apostrophe and space folding)."""
        return self.by_text.get(normal_form(text), [])

    def keyed(self, key: str) -> list[int]:
        """Forms whose match key is ``key``."""
        return self.by_key.get(key, [])

    def near_keys(self, key: str) -> set[str]:
        """Indexed keys within about one edit of ``key`` (the key itself excluded)."""
        if len(key) < 4:
            return set()
        deletions = self._deletion_map()
        found: set[str] = set(deletions.get(key, ()))
        for variant in _deletions_of(key):
            found.update(deletions.get(variant, ()))
            if variant in self.by_key:
                found.add(variant)
        found.discard(key)
        return found

    def _deletion_map(self) -> dict[str, list[str]]:
        if self._deletions is None:
            deletions: dict[str, list[str]] = {}
            for key in self.by_key:
                if len(key) >= 4:
                    for variant in _deletions_of(key):
                        deletions.setdefault(variant, []).append(key)
            self._deletions = deletions
        return self._deletions


def _deletions_of(key: str) -> Iterable[str]:
    return {key[:i] + key[i + 1 :] for i in range(len(key))}
