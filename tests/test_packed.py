"""Columns of strings packed for the disk cache (:mod:`gazetteer.packed`): what is read back
is what was written, item by item and whole, and the index and entries kept so are KATOTTG's."""

from __future__ import annotations

import pickle

import pytest
from hypothesis import given
from hypothesis import strategies as st

from gazetteer import Gazetteer, packed
from gazetteer.index import NameForm, NameIndex
from gazetteer.katottg import LazyEntries
from gazetteer.letterforms import normal_form, plain_latin
from gazetteer.packed import StringColumn
from translit import match_key

KYIV = "UA80000000000093317"
LIUBYMIVKA = "UA65020150020078280"


def _round_trip(column: StringColumn) -> StringColumn:
    read = pickle.loads(pickle.dumps(column, protocol=pickle.HIGHEST_PROTOCOL))
    assert isinstance(read, StringColumn)
    return read


@pytest.mark.parametrize(
    "strings",
    [
        ["Київ", "Kyiv", "Харків", "Ивановка", "Ĺviv"],  # each its own: one text
        ["UA-30", "UA-65", "UA-30", "UA-30", "UA-65", "UA-30", "UA-30", "UA-30", "UA-30"],
        ["", "a", "", "b"],  # empty strings among others
        [""],
        [],
        ["line\nbreak", "tab\tand\x00nul", "plain"],  # the cuts inside the strings
        ["\n", "\x00", "\x1f", "x"],  # every cut taken: kept by value
        ["surrogate \ud800 alone", "Ꙗ ꙗ", "名前"],  # beyond Cyrillic, a lone surrogate
    ],
)
def test_a_column_reads_back_as_written(strings: list[str]) -> None:
    read = _round_trip(StringColumn(strings))
    assert len(read) == len(strings)
    assert [read[i] for i in range(len(strings))] == strings
    assert [read[-i] for i in range(1, len(strings) + 1)] == strings[::-1]
    assert read.unpack() == strings
    for beyond in (len(strings), -len(strings) - 1):
        with pytest.raises(IndexError):
            read[beyond]


@given(st.lists(st.text(max_size=12), max_size=60))
def test_any_strings_read_back_as_written(strings: list[str]) -> None:
    read = _round_trip(StringColumn(strings))
    assert read.unpack() == strings
    assert [read[i] for i in range(len(read))] == strings


def test_a_repeated_value_is_one_object() -> None:
    # (an oblast's code in 31,744 rows: one string, not one each)
    strings = ["UA-" + str(30 + i % 3) for i in range(40)]
    unpacked = _round_trip(StringColumn(strings)).unpack()
    assert unpacked == strings
    assert len({id(s) for s in unpacked}) == 3


def _forms() -> list[NameForm]:
    return [
        NameForm(0, "Київ", "official"),
        NameForm(0, "Kyiv", "official"),
        NameForm(0, "Киев", "russian", rank=1, note="Russian form by rule"),
        NameForm(1, "Київська", "official"),
        NameForm(2, "Івано-Франківськ", "official"),
        NameForm(2, "Станиславів", "former", note="1962"),
    ]


@pytest.mark.parametrize("spell_now", [True, False])
def test_an_index_reads_back_what_was_built(spell_now: bool) -> None:
    built = NameIndex(_forms(), spell_now=spell_now)
    read = pickle.loads(pickle.dumps(built, protocol=pickle.HIGHEST_PROTOCOL))
    assert isinstance(read.text_of, StringColumn)  # (packed: read off the column)
    assert list(read.text_of) == [f.text for f in _forms()]
    assert [read.form(p) for p in range(len(read))] == _forms()
    assert list(read.latin_of) == [plain_latin(f.text) for f in _forms()]
    assert [read.normal_of(p) for p in range(len(read))] == [normal_form(f.text) for f in _forms()]
    assert read.keyed(match_key("Kyiv")) == [0, 1]
    assert read.may_have_normal(normal_form("Станиславів"))
    assert not read.may_have_normal(normal_form("Станіслав"))
    again = pickle.loads(pickle.dumps(read, protocol=pickle.HIGHEST_PROTOCOL))
    assert list(again.text_of) == list(read.text_of)
    assert list(again.latin_of) == list(read.latin_of)


def test_a_packed_column_is_cut_into_a_list_once_read_often(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # (a lookup reads a few forms off the packed text; a batch soon reads enough to be
    # better served by a list, set on the index: a plain attribute from then on)
    monkeypatch.setattr(packed, "UNPACK_AFTER", 5)
    read = pickle.loads(pickle.dumps(NameIndex(_forms())))
    column = read.text_of
    assert isinstance(column, StringColumn)
    assert [column[4] for _ in range(5)] == ["Івано-Франківськ"] * 5
    assert type(read.text_of) is list and read.text_of == [f.text for f in _forms()]
    assert column[4] == "Івано-Франківськ"  # (a caller still holding it reads on)
    assert isinstance(read.latin_of, StringColumn)  # (each column counted apart)
    assert list(read.latin_of) == [plain_latin(f.text) for f in _forms()]
    assert type(read.latin_of) is list  # (read whole: cut at once)


def test_unpack_cuts_every_packed_column_at_once() -> None:
    read = pickle.loads(pickle.dumps(NameIndex(_forms())))
    read.unpack()  # (before a fork: the workers share the lists)
    assert type(read.text_of) is list and type(read.latin_of) is list
    assert read.text_of[4] == "Івано-Франківськ" and read.latin_of[4] == "ivano frankivsk"


def test_the_embedded_entries_are_katottgs_rows(gz: Gazetteer) -> None:
    # data/katottg.tsv: UA80000000000093317 K Київ Kyiv; UA65020150020078280 C Любимівка
    # Liubymivka, in the hromada UA65020150000047137 of the raion UA65020000000032929
    kyiv = gz.entry(KYIV)
    assert (kyiv.name, kyiv.name_uk, kyiv.category, kyiv.oblast) == ("Kyiv", "Київ", "K", "UA-30")
    village = gz.entry(LIUBYMIVKA)
    assert (village.name, village.name_uk, village.category) == ("Liubymivka", "Любимівка", "C")
    assert (village.oblast, village.raion_code) == ("UA-65", "UA65020000000032929")
    assert village.hromada_code == village.parent == "UA65020150000047137"
    assert gz.entries[-1] == gz.entries[len(gz) - 1]
    assert isinstance(gz.entries, LazyEntries)  # (made from the cached columns)
    codes = gz.entries.codes()
    assert len(codes) == len(set(codes)) == len(gz)
    assert gz.entries[codes.index(LIUBYMIVKA)] == village


def test_entries_made_after_the_columns_are_cut_into_lists_are_the_same(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """After a few entries the columns become plain lists: later entries, and whole columns,
    read the same values as before (Liubymivka, Kherson oblast, among them)."""
    gz = Gazetteer.default()
    codes = gz.entries.codes()
    rows = [codes.index(c) for c in (KYIV, LIUBYMIVKA)]
    columns = [StringColumn(gz.entries.column(f)) for f in ("code", "name", "name_uk")]
    padded = [*columns, *(StringColumn(gz.entries.column(f)) for f in _OTHER_FIELDS)]
    monkeypatch.setattr("gazetteer.katottg.UNPACK_AFTER_ENTRIES", 3)
    entries = LazyEntries(padded)
    before = [entries[i] for i in range(3)]  # the third cuts the columns
    assert all(isinstance(c, list) for c in entries._columns)
    assert before == [gz.entries[i] for i in range(3)]
    for i in rows:
        assert entries[i] == gz.entries[i]
    assert entries[rows[1]].name_uk == "Любимівка" and entries[rows[1]].oblast == "UA-65"
    assert entries.codes() == codes and entries.column("oblast") == gz.entries.column("oblast")


_OTHER_FIELDS = ("category", "oblast", "oblast_name", "raion", "raion_code", "hromada",
                 "hromada_code", "parent")  # fmt: skip
