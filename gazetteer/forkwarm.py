"""What a process about to fork its workers makes first, so that they share it.

The workers of a batch are forked from the process that read the gazetteer (copy on write),
and whatever the query path makes only when a value first needs it each worker would make
again: the name index's columns read back packed (:meth:`NameIndex.unpack`), the typo
and consonant indexes and the scoring arrays (:meth:`Finder.warm`), and what values of a
file of any size meet sooner or later: the reader of a name inside a text
(``downtown Kharkiv``: :mod:`gazetteer.extract` and the modules it imports, 0.06 s), the
cities abroad (a name in accented letters is asked whether it is one, 0.02 s), and
translit's transliterator for letters its tables lack (ICU's Any-Latin, 0.01 s). Made once
here, before the fork, they cost each worker nothing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from translit import match_key

from .foreign import foreign_city, may_be_foreign

if TYPE_CHECKING:
    from .gazetteer import Gazetteer


def warm_before_fork(gz: Gazetteer) -> None:
    """Make what each of ``gz``'s workers would make when a value first needs it."""
    gz.index.unpack()
    gz._finder().warm()
    if gz.oblasts is None:  # (a gazetteer of your own: its own files, read as it goes)
        return
    from . import extract  # noqa: F401  (imported here: it imports the query path)

    foreign_city("")  # (each loads its table on its first call)
    may_be_foreign("")
    match_key("ω")  # (a letter beyond translit's tables: it makes the Any-Latin reader)
