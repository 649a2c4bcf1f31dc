"""Forms of the top-level units' names beyond their own: the English adjectives of their
regions' names (``Transcarpathian``, ``Crimean``), the words other languages write an
oblast with (``terület``, ``megye``, ``Provincie``), and their ISO 3166-2 names in those
languages (``data/oblast_names.tsv``: ``obwód wołyński``, ``Oblast' di Volinia``).
:class:`gazetteer.oblasts.OblastTable` reads them all.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from translit import match_key
from translit.lazyre import lazy_compile

from .newsroomwords import spellings
from .storage import read_table

if TYPE_CHECKING:
    from importlib.abc import Traversable

    from .oblasts import Oblast

#: Words that say "oblast" in the ISO 3166-2 names of other languages (Hungarian terület,
#: megye; Dutch provincie; Italian, Spanish provincia; Esperanto provinco; Irish réigiún;
#: Bashkir өлкәһе).
UNIT_WORDS = frozenset("terület megye provincie provincia provinco réigiún өлкәһе".split())
#: ...and their filler: the Crimean unit's long name (Autonomiczna Republika Krymu, Krim,
#: Autonome Republiek van de), a city's word (Orașul Kiev), prepositions (Oblast' di Volinia).
FOREIGN_FILLER = frozenset(
    """autonomiczna republika autonome republiek van di autonomă republica aŭtonoma
    respubliko autonóm köztársaság orașul municipalité""".split()
)
#: A peninsula's words: Crimea is one (Crimean peninsula, Кримський півострів).
PENINSULA_WORDS = frozenset(
    """peninsula півострів півострові півострова полуостров полуострове полуострова
    péninsule halbinsel półwysep""".split()
)
OTHER_FILLER = FOREIGN_FILLER | PENINSULA_WORDS


def region_names(unit: Oblast) -> list[str]:
    """The names ``unit``'s region goes by: its own (Закарпаття, Transcarpathia), and the
    English adjectives of its Latin ones (Transcarpathian) and of its English name where that
    is no city's (Crimean; not Vinnytsian)."""
    names = list(filter(None, unit.region_names.split("|")))
    english = [unit.name_en] if match_key(unit.name_en) != match_key(unit.center_uk) else []
    return names + [a for a in english_adjectives([*names, *english]) if a not in names]


#: A region's name formed as a neuter collective (Поділля, Закарпаття, Полісся).
_COLLECTIVE = lazy_compile(r"(?:жжя|лля|ття|сся|ччя)$")


def centre_named_as_region(unit: Oblast) -> bool:
    """Whether ``unit``'s centre is named as a region is, a neuter collective (Запоріжжя):
    after на it names the oblast (на Запоріжжі, на Запорожье), as на Поділлі a region."""
    return bool(_COLLECTIVE.search(unit.center_uk))


def english_adjectives(names: Iterable[str]) -> Iterator[str]:
    """The English adjectives of Latin region names, as English makes them: a name in -ia or
    -ea takes -n (Transcarpathia: Transcarpathian; Crimea: Crimean), one in -ina -ian
    (Bukovina: Bukovinian)."""
    for name in names:
        if not name.isascii() or not name.isalpha():
            continue
        if name.endswith(("ia", "ea")):
            yield name + "n"
        elif name.endswith("ina"):
            yield name[:-1] + "ian"


def polish_declined(name: str) -> list[str]:
    """The other forms of a Polish ISO name's adjective (``obwód lwowski``): a voivodeship's
    neuter (województwo lwowskie), the genitive (obwodu lwowskiego), the locative (w
    obwodzie lwowskim), each also without its marks; [] for any other name."""
    word, _, adjective = name.partition(" ")
    if word != "obwód" or " " in adjective or not adjective.endswith("ki"):
        return []
    forms = (adjective + "e", adjective + "ego", adjective + "m")
    return sorted({spelt for form in forms for spelt in spellings(form)})  # (wolynskie)


#: The short forms of oblasts' names that Russian and Ukrainian documents write with a dot
#: (Луг. обл., Од. обл., Хм. обл.), shorter than a name's beginning is read by likeness:
#: each written out as its oblast's adjective. Чер., Черн. and Кр. are left: several units
#: begin so (Черкаська, Чернігівська, Чернівецька; Крим, Кропивницький's Кіровоградська).
SHORT_FORMS = {
    "вол": "Волинська", "жит": "Житомирська", "зап": "Запорізька", "луг": "Луганська",
    "льв": "Львівська", "ник": "Николаевская", "мик": "Миколаївська", "од": "Одеська",
    "пол": "Полтавська", "ров": "Ровенская", "рів": "Рівненська", "тер": "Тернопільська",
    "хм": "Хмельницька", "кир": "Кировоградская", "кір": "Кіровоградська",
}  # fmt: skip
_SHORT = lazy_compile(r"(?<![\w.’'-])(" + "|".join(SHORT_FORMS) + r")\.(?![\w’'-])", re.I)
#: Ivano-Frankivsk oblast's short forms: Ив.-Франк., Ів.-Франк., И.-Франк., Ив-Франк.
_FRANKIVSK = lazy_compile(r"(?<![\w’'-])(?:ив|ів|и|і)\.?\s*-?\s*франк\.", re.I)


def short_forms_written_out(text: str) -> str:
    """``text`` with an oblast's short form written out (``Луг. обл.``: ``Луганська обл.``;
    ``Ив.-Франк.``: ``Івано-Франківська``); a word without its dot is left (луг, под)."""
    if "." not in text:
        return text
    text = _FRANKIVSK.sub("Івано-Франківська", text)
    return _SHORT.sub(lambda m: SHORT_FORMS[m[1].lower()], text)


def written_latin(name: str) -> bool:
    """Whether ``name`` is in Latin letters with an accent (Crimée, Kırım): its match key may
    be an everyday word's (crime), so it is read only as written."""
    return not name.isascii() and all(
        not ch.isalpha() or unicodedata.name(ch, "").startswith("LATIN") for ch in name
    )


def as_written(text: str) -> str:
    """The key of a text read as written: its letters, casefolded, composed."""
    return unicodedata.normalize("NFC", " ".join(text.split()).casefold())


def foreign_names(path: Traversable | Path) -> dict[str, tuple[str, ...]]:
    """KATOTTG prefix -> the unit's names in other languages, from ``oblast_names.tsv``
    (empty when the file is missing)."""
    names: dict[str, tuple[str, ...]] = {}
    if path.is_file():
        for row in read_table(path):
            names[row["prefix"]] = (*names.get(row["prefix"], ()), row["name"])
    return names
