"""A gazetteer of your own, built from its file once and then read back from the cache.

A list of 5,000 people is 190,000 forms of their names, keyed: 2 s to build, 0.2 s to read
back. A file of :data:`SMALLEST_CACHED` bytes or more is kept in the cache directory
(:func:`gazetteer.storage.cache_dir`, as the embedded index is), under a name made of its
path, so a file edited replaces its own entry; it is trusted only for the very bytes of the
file, the options it was read with, and the code that reads it and writes its forms (and
the libraries that key them: :func:`gazetteer.storage.load_cached`). A smaller file is
built each time: quicker than reading back.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .index import NameIndex
from .katottg import keyed_code
from .model import Entry
from .storage import fingerprint, load_cached, store_cached

#: The size (bytes) from which a file's build is cached: some 1,000 people, 0.4 s to build.
SMALLEST_CACHED = 64_000
#: The code that reads a file and writes its forms, beside :func:`keyed_code`'s.
READ_BY = (
    "userfile.py",
    "sniff.py",
    "namelist.py",
    "personforms.py",
    "givennames.py",
    "words.py",
    "model.py",
    "usercache.py",
)


@dataclass(frozen=True)
class OwnBuild:
    """What a gazetteer of your own is made of (:meth:`Gazetteer.from_file`)."""

    entries: list[Entry]
    index: NameIndex
    points: dict[str, tuple[float, float]]
    small_words: frozenset[str]
    first_words: frozenset[str]
    kind: str


def built(path: Path, kind: str | None, options: dict[str, str]) -> OwnBuild:
    """The gazetteer of the file ``path`` read as ``kind`` (None: as the file declares) with
    the reader's ``options``: from the cache when it holds this very file, else built (and
    cached when the file is large)."""
    key = _key(path, kind, options)
    if key is not None:
        held = load_cached(_slot(path), key)
        if isinstance(held, OwnBuild):
            return held
    made = _build(path, kind, options)
    if key is not None and key == _key(path, kind, options):  # (not edited meanwhile)
        store_cached(_slot(path), key, made)
    return made


def _build(path: Path, kind: str | None, options: dict[str, str]) -> OwnBuild:
    """The gazetteer of the file ``path``, read and its forms written."""
    from .namelist import checked_kind
    from .personforms import people_forms
    from .userfile import name_words, read_user_gazetteer

    entries, forms, points, declared = read_user_gazetteer(path, **options)
    kind = checked_kind(kind, str(path)) if kind is not None else declared or "places"
    if kind == "people":  # (Шевченко Тарас, Т. Г. Шевченко, Александр for Олександр)
        forms += people_forms(entries, forms)
    small, first = name_words(forms)
    return OwnBuild(entries, NameIndex(forms, spell_now=False), points, small, first, kind)


def _key(path: Path, kind: str | None, options: dict[str, str]) -> str | None:
    """What a cached build of ``path`` must have been made from; None for a file too small
    to cache, or one that cannot be read (the reader then says why)."""
    try:
        if path.stat().st_size < SMALLEST_CACHED:
            return None
        data = path.read_bytes()
        code = [p.read_bytes() for p in keyed_code()]
        code += [Path(__file__).with_name(name).read_bytes() for name in READ_BY]
    except OSError:
        return None
    return fingerprint(data, repr(kind), repr(sorted(options.items())), *code)


def _slot(path: Path) -> str:
    """The cache entry of the file ``path``: one a file, by its full path."""
    return f"own-gazetteer-{fingerprint(str(path.resolve()))}"
