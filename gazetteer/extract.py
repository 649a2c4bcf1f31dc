"""Place names in running text (a news story, a report): found, then resolved as one group.

A place name in text is a run of capitalised words that the gazetteer has a name for
(``Velyka Oleksandrivka``), in Cyrillic perhaps declined (``у Бахмуті``, ``звільнили
Любимівку``), perhaps with its level after it (``Kherson Oblast``, ``Бериславського району``,
``Kherson and Odesa oblasts``) or the unit it lies in (``Andriivka in the Donetsk region``,
which becomes its hint). Precision comes first: the words people and organisations are named
with are names of villages too (Volodymyr, Sofia, Police), so a mention is kept only when
something says it is a place (:mod:`gazetteer.evidence`): it is a city, or a name of several
words; a preposition, a settlement word or a level word stands beside it or its list; a
verb of war news takes it (``Shelling hit Sencha``, :mod:`gazetteer.warverbs`); it ends as
only places' names do; or, once the mentions are resolved together
(:meth:`Gazetteer.resolve_many`, the names of each sentence weighing most for each other),
the places around it say so.

A capitalised word right before or after the name that is not a place, a level or a role
(``President Volodymyr Zelensky``, ``Kyiv Post``) makes it part of another name; one word
before a reporting verb (``Volodymyr said``) is a person unless Kyiv or a city of 100,000
speaks; a few names of foreign places that villages share (Berlin, Rostov) are not read,
nor a name in quotation marks (``«Днепр»``, a unit's; ``ТОВ «Київ»``, a firm's), before a
road's word (``Київському шосе``), or after a club's or a first name (``Dynamo Kyiv``,
``Олександр Миколаїв``). Nor is a name inside a link, an e-mail address or an HTML tag
(``https://x.ua/Kherson``, ``Izium@ukr.net``, ``<a href=...>``): they are blanked before the
reading (:func:`prose_only`), so a pasted page's places are its prose's, each once.
A city's name cut short (``in Rava``, ``біля Рави``: Рава-Руська) is read as lookup reads
it, where a word beside it says a place (:mod:`gazetteer.shortnames`). A sentence in small
letters (``вибухи у харкові``) has its cities' and regions' names read after a place word
only (:mod:`gazetteer.lowercase`). Typos are not sought in free text.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable
from dataclasses import dataclass, replace

from translit.stress import stress_marks

from .apposition import kind_before, kind_dot
from .capitals import recased, within
from .evidence import places_among
from .facilities import city_plant, facility_end, plant_after
from .gazetteer import Gazetteer
from .headings import sectioned
from .hints import OblastHint, hint_text
from .inside import nested
from .lowercase import a_city_or_region, raised
from .model import Resolution
from .namelist import NAME_KINDS, names_in
from .owntext import nouns_left_out
from .readback import marked_misread, text_read_back
from .regionarea import oblasts_by_area_name
from .shortnames import text_hint
from .shoutednouns import plural_nouns
from .smallsecond import second_words_raised
from .spannames import a_place_named
from .spans import name_spans
from .textlists import in_lists
from .words import SENTENCE_END


@dataclass(frozen=True)
class Mention:
    """A place name found in a text, where it stands and what it resolves to."""

    start: int  #: offset of its first character in the text
    end: int  #: offset just after its last character
    text: str  #: the words as the text writes them (``text[start:end]``)
    query: str  #: what was resolved: the words with a level or preposition beside them
    resolution: Resolution


def find_places(
    gz: Gazetteer,
    text: str,
    *,
    oblast: OblastHint = None,
    sources: Iterable[str] | None = None,
) -> list[Mention]:
    """The place names in ``text``, in order, resolved together as one group.

    ``oblast`` is a hint for every name (a story about one oblast), as text or a number as
    :meth:`Gazetteer.resolve` takes it; ``sources`` limits the
    name tables, as for :meth:`Gazetteer.resolve`. See the module docs for what counts.
    """
    if not isinstance(text, str):
        raise TypeError(f"find_places() expects a str text, got {type(text).__name__}")
    if oblast is not None and type(oblast) is not str:
        oblast = hint_text(oblast, "find_places")
    if (back := text_read_back(text)) is not None:  # a text whose bytes were misread, or a part
        at = back.at
        return [
            Mention(at[m.start], at[m.end], text[at[m.start] : at[m.end]], m.query, res)
            for m in find_places(gz, back.text, oblast=oblast, sources=sources)
            for misread in [back.misread(m.start, m.end)]
            for res in [
                marked_misread(m.resolution, m.query, m.query, misread) if misread else m.resolution
            ]
        ]
    if marks := stress_marks(text):  # Харкі́в: read without its stress marks
        marked = set(marks)
        at = [i for i in range(len(text) + 1) if i not in marked]
        read = "".join(text[i] for i in at[:-1])
        return [
            Mention(at[m.start], at[m.end], text[at[m.start] : at[m.end]], m.query, m.resolution)
            for m in find_places(gz, read, oblast=oblast, sources=sources)
        ]
    shown = text = prose_only(text)  # (the same length: every offset stands)
    if gz.kind in NAME_KINDS:  # people, units: no place's evidence asked (gazetteer.namelist)
        return names_in(gz, text, oblast=oblast, sources=sources)
    # (у Білгороді, the hint Odesa oblast: Білгород-Дністровський, not Belgorod)
    with text_hint(gz.hint_oblasts(oblast) if oblast and gz.oblasts is not None else ()):
        text, shouted = recased(text, lambda span: a_place_named(gz, span))  # KHARKIV ...
        text, lowered = raised(gz, text)  # вибухи у харкові
        text = second_words_raised(gz, text)  # (под Кривым рогом)
        spans = list(name_spans(gz, text))
    if gz.oblasts is None:  # a gazetteer of your own: Die Halle war voll, the hall
        spans = nouns_left_out(text, spans)
    found = in_lists(text, spans)
    if not found:
        return []
    plants = set()  # (the Khmelnytskyi plant: the city, or the plant named after it)
    for n, f in enumerate(found if gz.oblasts is not None else ()):  # Zaporizhzhia NPP
        if (end := facility_end(text, f.start, f.end)) is not None:
            f.end, f.query, f.cued = end, text[f.start : end], True
        elif plant_after(text, f.end):
            plants.add(n)
    # (one character each; с. Козятин's full stop ends no sentence)
    ends = [m.start() for m in SENTENCE_END.finditer(text) if not kind_dot(text, m.start())]
    sentences = [bisect_left(ends, f.start) for f in found]  # the ends before each name
    parts = sectioned(text, found, sentences)  # (KHERSON OBLAST: a heading's section)
    kinds = [kind_before(text, f.start) for f in found]  # (м. Козятин: the town, not the village)
    with nested():  # (its names are read as they stand: a mention is no text to read inside)
        resolutions = gz.resolve_many(
            [kind + f.query for kind, f in zip(kinds, found)],
            oblast=oblast,
            sources=sources,
            parts=parts,
        )
    resolutions = [
        replace(r, query=f.query) if kind else r for kind, f, r in zip(kinds, found, resolutions)
    ]
    resolutions = [
        city_plant(gz, r, text[f.start : f.end]) if n in plants else r
        for n, (f, r) in enumerate(zip(found, resolutions))
    ]
    texts = [text[f.start : f.end] for f in found]  # (атакували Харківщину: the oblast)
    resolutions = oblasts_by_area_name(gz, texts, kinds, resolutions)
    kept = places_among(gz, found, resolutions, parts)
    if shouted:  # in capitals, a name is read by guessed capitals: sure or cued only
        nouns = plural_nouns(found, resolutions, kinds)  # (З БЕРЕГІВ: out of its banks)
        kept = [
            keep
            and (
                not within(f.start, shouted)
                or ((f.cued or r.status == "matched") and n not in nouns)
            )
            for n, (f, r, keep) in enumerate(zip(found, resolutions, kept))
        ]
    if lowered:  # in small letters, a city's or a region's name only (gazetteer.lowercase)
        kept = [
            keep and (not within(f.start, lowered) or a_city_or_region(r))
            for f, r, keep in zip(found, resolutions, kept)
        ]
    return [
        Mention(f.start, f.end, shown[f.start : f.end], f.query, r)
        for f, r, keep in zip(found, resolutions, kept)
        if keep
    ]


#: What in a text is no prose: a link (``https://x.ua/Kherson``, ``www.kherson.net``), an
#: e-mail address (``Izium@ukr.net``), an HTML tag or comment (``<a href='...'>``, not ``5 <
#: 7``: a tag's ``<`` has a letter, ``/`` or ``!`` right after it).
_NO_PROSE = re.compile(
    r"(?:https?://|www\.)[^\s<>\"'«»]*[^\s<>\"'«».,;:!?)\]]"
    r"|[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
    r"|<[A-Za-z/!][^<>]{0,2000}>"
)


def prose_only(text: str) -> str:
    """``text`` with its links, e-mail addresses and HTML tags blanked out by spaces, the
    rest (and so every offset) as it was."""
    if "://" not in text and "www." not in text and "@" not in text and "<" not in text:
        return text
    return _NO_PROSE.sub(lambda m: " " * len(m.group()), text)
