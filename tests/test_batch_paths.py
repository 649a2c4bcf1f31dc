"""The batch layer's cheap paths (a block's keys, a file read again with its values
remembered) do the work of the plain ones, no more and no less."""

from __future__ import annotations

import csv
import io

from test_batch import KYIV, LVIV, Fake

from gazetteer import filerun, splitrun
from gazetteer.batch import Normalizer
from gazetteer.batchio import normalize_file
from gazetteer.chunk import Chunk
from gazetteer.csvio import CsvSource
from gazetteer.memo import pack, unpack
from gazetteer.model import Entry
from gazetteer.prescan import scan_keys
from gazetteer.regional import Place, RegionTally
from gazetteer.resolving import Outcome
from gazetteer.writers import serialize


def test_a_block_hands_on_only_the_keys_it_meets_first(monkeypatch):
    fake = Fake()
    norm = Normalizer(fake)
    asked: list[list[str]] = []
    ensure = norm.ensure
    monkeypatch.setattr(
        norm, "ensure", lambda keys, *a: ensure(asked.append(list(keys)) or asked[-1], *a)
    )
    first = norm.cells("c", ["Kyiv", "zzz", "Kyiv"])
    again = norm.cells("c", ["Kyiv", "Lviv", "zzz", "Lviv"])
    assert asked == [["Kyiv", "zzz"], ["Lviv"]]  # the second block's Kyiv and zzz are known
    assert sorted(fake.calls) == [("Kyiv", None), ("Lviv", None), ("zzz", None)]
    assert [c[0] for c in first + again] == [
        KYIV.code,
        "",
        KYIV.code,
        KYIV.code,
        LVIV.code,
        "",
        LVIV.code,
    ]
    norm.flush()
    assert norm.status["c"] == {"matched": 5, "unmatched": 2}


def test_a_key_counted_before_a_cleared_cache_is_resolved_again(monkeypatch):
    monkeypatch.setattr("gazetteer.batch.CACHE_LIMIT", 1)
    fake = Fake()
    norm = Normalizer(fake)
    norm.cells("c", ["Kyiv", "Lviv"])
    cells = norm.cells("c", ["Kyiv"])  # the cache was full: cleared, and the tally with it
    assert cells[0][0] == KYIV.code
    assert sorted(fake.calls) == [("Kyiv", None), ("Kyiv", None), ("Lviv", None)]


def test_a_block_counts_its_line_breaks_with_or_without_carriage_returns():
    assert Chunk(None, 2, text="a,1\nb,2\n").breaks() == (2, 0, 0)
    mixed = Chunk(None, 2, text="a,1\r\nb,2\rc,3\n")
    assert mixed.breaks() == (2, 2, 1)
    assert len(mixed) == 3


def test_the_prescan_reads_lines_ended_by_a_lone_carriage_return_as_text(tmp_path):
    path = tmp_path / "in.csv"
    path.write_bytes(b"id,city\n1,Kyiv\r2,Lviv\r3,Kyiv\r\n")
    source = CsvSource(str(path))
    keys = [k for block in scan_keys(str(path), source, [1], None) for k in block]
    source.close()
    assert sorted(keys) == ["Kyiv", "Lviv"]


def test_a_kept_outcome_reads_back_whole():
    """Every field of an outcome, its places' too, survives the memo's payload."""
    kyiv = Place(KYIV.code, "", "UA-30", "K")
    village = Place(
        "UA65100010010090594", "UA65100000000029736", "UA-65", "X", "UA65100010000048953"
    )
    cell = (village.code, "Bilozerka", "Білозерка", "X", "UA-65", "100.0", "ambiguous", "exact")
    out = Outcome(
        cell,
        ((village.code, "Bilozerka", "UA-65", 100.0), (KYIV.code, "Kyiv", "UA-30", 61.5)),
        places=((village, cell), (kyiv, (KYIV.code, *cell[1:]))),
        namesakes="UA59020050310097709 100.0 exact",
        note="why",
    )
    assert unpack(pack(out)) == out
    assert unpack(pack(Outcome(cell, error="refused"))) == Outcome(cell, error="refused")


def test_records_are_joined_piece_by_piece_in_order(monkeypatch):
    monkeypatch.setattr(filerun, "PIECE", 3)
    bodies = [f"b{i}" for i in range(8)]
    keys = [[f"k{i % 2}" for i in range(8)], ["x"] * 8]
    suffix = {"k0": ",zero", "k1": ",one", "x": ",ex"}
    whole = {2: "W2", 3: "W3", 7: "W7"}
    pieces = list(filerun._interleave(bodies, keys, suffix, "\n", whole))
    assert len(pieces) == 3
    want = [whole.get(i, f"b{i}{suffix[f'k{i % 2}']},ex") + "\n" for i in range(len(bodies))]
    assert "".join(pieces) == "".join(want)


def test_a_file_written_in_small_pieces_is_the_same(tmp_path, monkeypatch):
    rows = ["id,place"] + [f"{i},{['Kyiv', 'Lviv', 'zzz'][i % 3]}" for i in range(50)]
    rows[20] = "19"  # a short row: padded, so written whole
    rows[33] = '32,"Kyiv"'  # a quote: the block is parsed
    src = tmp_path / "in.csv"
    src.write_text("\n".join(rows) + "\n", encoding="utf-8")
    normalize_file(str(src), str(tmp_path / "a.csv"), columns=["place"], gazetteer=Fake())
    monkeypatch.setattr(filerun, "PIECE", 4)
    normalize_file(str(src), str(tmp_path / "b.csv"), columns=["place"], gazetteer=Fake())
    assert (tmp_path / "a.csv").read_bytes() == (tmp_path / "b.csv").read_bytes()
    assert (tmp_path / "b.csv").read_text().splitlines()[20].startswith("19,,,")


def test_fields_serialise_alike_whatever_their_types():
    assert serialize(("UA-30", "Kyiv", "97.2"), ",") == "UA-30,Kyiv,97.2"
    assert serialize(("a,b", 'say "x"', ""), ",") == '"a,b","say ""x""",'
    for odd in ('Ki"v', "Ky\niv"):  # each character that needs quotes, alone
        assert serialize(("UA-30", odd), ",") == "UA-30," + '"' + odd.replace('"', '""') + '"'
    # a carriage return goes to the csv writer too, which quotes only the line ending's "\n"
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\n").writerow(("UA-30", "Kyiv\r"))
    assert serialize(("UA-30", "Kyiv\r"), ",") == buf.getvalue()[:-1]
    assert serialize(("Kyiv", 97.25, None), ";") == "Kyiv;97.25;"


def test_kept_outcomes_read_back_share_their_places():
    place = Place("UA65100010010090594", "UA65100000000029736", "UA-65", "X", "UA65100010000048953")
    cell = (place.code, "Bilozerka", "Білозерка", "X", "UA-65", "100.0", "matched", "exact")
    made: dict = {}
    one, two = (unpack(pack(Outcome(cell, places=((place, cell),))), made) for _ in range(2))
    assert one.places[0][0] == place and one.places[0][0] is two.places[0][0]


def test_a_choice_kept_among_ties_is_made_again_when_the_file_changes():
    north = [Entry(f"N-{i}", f"N-{i}", f"N-{i}", "C", oblast="O-N", raion_code="R-N") for i in "AB"]
    south = [Entry(f"S-{i}", f"S-{i}", f"S-{i}", "C", oblast="O-S", raion_code="R-S") for i in "AB"]
    tied = [Place.of(Entry("S-X", "X", "X", "C", oblast="O-S", raion_code="R-S"))]
    tied.append(Place.of(Entry("N-X", "X", "X", "C", oblast="O-N", raion_code="R-N")))
    tally = RegionTally()
    for e in north:
        tally.add_place(Place.of(e))
    assert tally.choose(tied) == tally.choose(list(tied)) == 1  # the north's namesake
    for e in south * 2 + [
        Entry(f"S-{i}", "s", "s", "C", oblast="O-S", raion_code="R-S") for i in "CDEF"
    ]:
        tally.add_place(Place.of(e))
    assert tally.choose(tied) == 0  # now the south's: six places to two


def test_this_process_writes_a_little_over_half_the_records():
    marks = [(2 + 50 * i, 100) for i in range(10)]  # ten blocks of 50 lines, 100 bytes each
    offset, line = splitrun.plan(marks, 1_020, "utf-8")  # (a header of 20 bytes)
    assert (offset, line) == (20 + 600, 2 + 300)  # the second process writes the last four
