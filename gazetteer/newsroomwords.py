"""The words foreign newsrooms write around a Ukrainian place's name: a settlement's kind
(``Stadt Lemberg``, ``ville de Kharkiv``, ``miasto Lwów``, ``Orașul Kiev``, ``satul Bucha``),
a region's or a district's (``województwo lwowskie``, ``județul``, ``megye``, ``rejon``), and
the articles before them (``in der Stadt``, ``la ville de``). :mod:`gazetteer.words` adds
them to its own, so that a query is cleaned of them as of ``village of`` or ``м.``.

Each word is also read without its marks (``wies``, ``sehir``, ``judetul``) and with the
Romanian cedilla for the comma below (``oraşul``), as keyboards without them type it.
None is a settlement's name in the codifier; a word alone is never dropped (``Stadt``,
``Sat`` stay names), and ``tests/test_newsroomwords.py`` checks the list against the
gazetteer's names.
"""

from __future__ import annotations

import unicodedata

#: Settlement words, and the category each asks for (a city word M, which a capital
#: answers too; a village word C; a municipality's or a locality's word nothing).
_SETTLEMENTS: dict[str, str] = {
    # German
    "stadt": "M", "großstadt": "M", "kleinstadt": "M", "dorf": "C", "siedlung": "X",
    "ortschaft": "", "ort": "", "gemeinde": "",
    # French
    "ville": "M", "localité": "", "commune": "", "bourg": "", "hameau": "C",
    # Polish (osiedle typu miejskiego: an urban-type settlement)
    "miasto": "M", "miasta": "M", "mieście": "M", "wieś": "C", "wsi": "C", "wioska": "C",
    "osiedle": "X", "typu": "X", "miejskiego": "X", "miejscowość": "", "miejscowości": "",
    "gmina": "",
    # Romanian (articled: orașul, satul)
    "oraș": "M", "orașul": "M", "orașului": "M", "municipiul": "M", "sat": "C",
    "satul": "C", "satului": "C", "comuna": "", "localitatea": "", "localitate": "",
    # Spanish, Portuguese, Italian
    "ciudad": "M", "pueblo": "C", "aldea": "C", "localidad": "", "municipio": "",
    "cidade": "M", "aldeia": "C", "povoado": "C", "localidade": "",  # (not vila: Вила)
    "città": "M", "cittadina": "M", "villaggio": "C", "paese": "C", "comune": "",
    "località": "",
    # Czech, Slovak
    "město": "M", "městě": "M", "mesto": "M", "meste": "M", "vesnice": "C", "vesnici": "C",
    "ves": "C", "dedina": "C", "obec": "", "obci": "",
    # Hungarian
    "város": "M", "falu": "C", "község": "", "település": "",
    # Turkish (possessed: Harkov şehri, Buça köyü)
    "şehir": "M", "şehri": "M", "kent": "M", "kenti": "M", "kasaba": "M", "kasabası": "M",
    "köy": "C", "köyü": "C",
    # Dutch, Swedish
    "stad": "M", "staden": "M", "dorp": "C", "gemeente": "", "plaats": "", "byn": "C",
    "tätort": "", "orten": "",
    # Russian romanised (v gorode, poselok gorodskogo tipa)
    "gorod": "M", "gorode": "M", "goroda": "M", "derevnya": "C", "derevnia": "C",
    "derevne": "C", "poselok": "X", "posyolok": "X", "posiolok": "X", "posëlok": "X",
    "poselke": "X", "pos": "X", "gorodskogo": "X", "tipa": "X", "sela": "C", "sele": "C",
    "seli": "C",
    # Georgian (ქ. თბილისი, ქალაქი ბათუმი; სოფ. სიონი), for a gazetteer of Georgia's places
    "ქალაქი": "M", "ქ": "M", "სოფელი": "C", "სოფ": "C", "დაბა": "X",
}  # fmt: skip

#: Region and district words, and the level each says (O an oblast, P a raion). Not Czech
#: kraj: Рідний Край is Ridny Kraj so romanised.
_LEVELS: dict[str, str] = {
    "województwo": "O", "województwa": "O", "województwie": "O", "voivodeship": "O",
    "voivodship": "O", "obwodzie": "O", "regionu": "O", "regionie": "O",
    "județul": "O", "județ": "O", "regiunea": "O", "regiune": "O", "regiunii": "O",
    "megye": "O", "terület": "O", "oblasť": "O", "oblastí": "O",
    "bölgesi": "O", "bölge": "O", "oblastı": "O", "oblasten": "O", "regionen": "O",
    "raionul": "P", "rajon": "P", "rejon": "P", "rejonie": "P", "rejonu": "P", "bezirk": "P",
    "okres": "P", "okrese": "P", "ilçe": "P", "ilçesi": "P", "járás": "P", "distretto": "P",
    "distrito": "P",
}  # fmt: skip

#: Articles and prepositions before those words (in der Stadt, la ville de, città di, w
#: obwodzie, het dorp). Not den: Denʹ-Dobryy (День-Добрий) would lose its first word.
ARTICLES = frozenset(
    "der die das dem des im la le les el del di della nella het w".split()
)  # fmt: skip

#: Letters no decomposition takes the mark from: Turkish dotless ı, Polish ł.
_UNMARKED = str.maketrans({"ı": "i", "ł": "l"})
#: The Romanian comma below, as the older cedilla writes it.
_CEDILLA = str.maketrans({"ș": "ş", "ț": "ţ"})


def spellings(word: str) -> set[str]:
    """``word`` as written, without its marks, and with the cedilla for a comma below."""
    decomposed = unicodedata.normalize("NFKD", word.translate(_UNMARKED))
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    return {word, bare, word.translate(_CEDILLA)}


def _spelled(words: dict[str, str]) -> dict[str, str]:
    return {form: kind for word, kind in words.items() for form in sorted(spellings(word))}


SETTLEMENT_WORDS = _spelled(_SETTLEMENTS)
REGION_WORDS = _spelled(_LEVELS)
