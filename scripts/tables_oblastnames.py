"""``oblast_names.tsv``: the 27 units' ISO 3166-2 names in other languages.

pycountry ships Debian's iso-codes, whose ISO 3166-2 subdivision names are translated into
many languages: Polish ``obwód wołyński``, Hungarian ``Volinyi terület``, Italian ``Oblast'
di Volinia``, Romanian ``Transcarpatia``. An oblast column or a hint may be written so; the
oblast table reads these names beside its own (``gazetteer/oblasts.py``). Only names in Latin
or Cyrillic letters are kept (the gazetteer reads no other script as an oblast), and only
those that differ from the English (KMU) name; Ukrainian and Russian are left out, the
codifier and ``oblasts.tsv`` giving their forms.
"""

from __future__ import annotations

import gettext
import os
import unicodedata
from pathlib import Path

from oblast_facts import ISO_EXCEPTIONS
from sources import pycountry_version
from tsvio import write_tsv

HEADER = ("prefix", "iso", "lang", "name")
_OWN = ("uk", "ru")
#: Translations that are not the unit's name: Irish "Ceantar Foraoise" (forest district)
#: for Sumy oblast.
_WRONG = {("ga", "UA-59")}
LICENCE = (
    "licence: iso-codes (Debian), LGPL-2.1, as shipped in pycountry (LGPL-2.1); names are"
    " facts, listed as translated"
)


def _script_ok(text: str) -> bool:
    return all(
        not ch.isalpha() or unicodedata.name(ch, "").startswith(("LATIN", "CYRILLIC"))
        for ch in text
    )


def _forms(name: str) -> list[str]:
    """``name`` with a bracketed part split off: ``Kirovohrad (Kirovograd)`` is two names;
    ``Kiev (stad)``, a word about it, is ``Kiev``."""
    head, _, rest = name.partition(" (")
    inner = rest.rstrip(")")
    return [head, inner] if inner[:1].isupper() else [head]


def build_oblast_names(out: Path) -> list[str]:
    """Write ``oblast_names.tsv``; return report lines."""
    import pycountry  # build-time only

    prefix_of = {iso: prefix for prefix, iso in ISO_EXCEPTIONS.items()}
    subs = sorted(pycountry.subdivisions.get(country_code="UA"), key=lambda s: s.code)
    locales = Path(pycountry.LOCALES_DIR)
    languages = sorted(
        d
        for d in os.listdir(locales)
        if d not in _OWN and (locales / d / "LC_MESSAGES" / "iso3166-2.mo").is_file()
    )
    rows = set()
    for lang in languages:
        translation = gettext.translation("iso3166-2", str(locales), languages=[lang])
        for sub in subs:
            name = unicodedata.normalize("NFC", translation.gettext(sub.name))
            if name == sub.name or not _script_ok(name) or (lang, sub.code) in _WRONG:
                continue
            prefix = prefix_of.get(sub.code, "UA" + sub.code[3:])
            for form in _forms(name):
                rows.add((prefix, sub.code, lang, form))
    comments = [
        "The 27 top-level units' ISO 3166-2 names in other languages (Latin and Cyrillic"
        " letters; not Ukrainian or Russian), as the oblast table reads them beside its own.",
        f"source: pycountry {pycountry_version()} (PyPI; "
        "the release scripts/sources.py pins), its iso-codes"
        " translations (locales/*/LC_MESSAGES/iso3166-2.mo) of the ISO 3166-2:UA names",
        LICENCE,
        "prefix: KATOTTG prefix; iso: ISO 3166-2 code; lang: the translation's locale;"
        " a bracketed alternative is a row of its own",
    ]
    count = write_tsv(out / "oblast_names.tsv", comments, HEADER, sorted(rows))
    return [f"oblast_names.tsv: {count} rows ({len(languages)} languages read)"]
