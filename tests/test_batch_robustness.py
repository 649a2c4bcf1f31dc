"""The batch I/O layer where files are odd: long fields, odd encodings, odd outputs, full
disks, clashing paths, repeated options, and processes that are stopped."""

from __future__ import annotations

import io
import os
import sys

import pytest

from gazetteer.batchio import normalize_file
from gazetteer.csvio import InputError
from gazetteer.model import Entry, Match, Resolution

KYIV = Entry("UA80000000000093317", "Kyiv", "Київ", "K", "UA-30")


class Fake:
    """Knows Kyiv; everything else is unmatched."""

    def resolve(self, value, *, oblast=None, min_score=None, sources=None):
        if value.strip().lower() != "kyiv":
            return Resolution(value, "unmatched", None, ())
        m = Match(KYIV, 100.0, "exact", "Kyiv")
        return Resolution(value, "matched", m, (m,))

    def resolve_many(self, values, *, oblast=None, sources=None):
        return [self.resolve(v, oblast=oblast) for v in values]


def run(src, out, **options):
    options.setdefault("gazetteer", Fake())
    options.setdefault("jobs", 1)
    return normalize_file(str(src), str(out), columns=["place"], **options)


def write(path, text: str | bytes):
    if isinstance(text, str):
        text = text.encode("utf-8")
    path.write_bytes(text)
    return path


# --- B3, B4: fields past the csv module's default limit ------------------------------------


LONG = 'place,note\nKyiv,"' + "a" * 140_000 + '"\nZzz,b\n'


def test_a_quoted_field_longer_than_128_kib_is_read(tmp_path):
    src = write(tmp_path / "q.csv", LONG)
    out = tmp_path / "out.csv"
    run(src, out)
    rows = out.read_text().splitlines()
    assert len(rows) == 3 and len(rows[1]) > 140_000 and rows[2].startswith("Zzz,b,")


def test_a_long_quoted_field_on_standard_input(tmp_path, monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(LONG.encode())))
    out = tmp_path / "out.csv"
    normalize_file("-", str(out), columns=["place"], gazetteer=Fake(), jobs=1)
    assert len(out.read_text().splitlines()) == 3


UNCLOSED = 'place\n"Kyiv,1\n' + "Kharkiv\n" * 20_000


def test_a_quote_left_open_far_from_the_end_names_its_line(tmp_path):
    src = write(tmp_path / "uq.csv", UNCLOSED)
    with pytest.raises(InputError, match=r"^line 2: unclosed quote at end of file$"):
        run(src, tmp_path / "x.csv")
    assert sorted(os.listdir(tmp_path)) == ["uq.csv"]


def test_a_quote_left_open_far_from_the_end_is_kept_as_an_error(tmp_path):
    src = write(tmp_path / "uq.csv", UNCLOSED)
    summary = run(src, tmp_path / "x.csv", on_error="keep")
    assert summary.rows == 1 and summary.status["place"]["error"] == 1


# --- B6, B10: encodings ---------------------------------------------------------------------


@pytest.mark.parametrize("encoding", ["utf-16", "UTF16", "utf-32"])
def test_a_byte_order_codec_without_a_mark_says_which_to_use(tmp_path, encoding):
    src = write(tmp_path / "u.csv", "place\nKyiv\n".encode("utf-16-le"))
    name = "utf-32" if "32" in encoding else "utf-16"
    with pytest.raises(InputError, match=f"use --encoding {name}-le or {name}-be$"):
        run(src, tmp_path / "out.csv", encoding=encoding)


def test_utf16_with_its_mark_is_still_read(tmp_path):
    src = write(tmp_path / "u.csv", "place\nKyiv\n".encode("utf-16"))
    run(src, tmp_path / "out.csv", encoding="utf-16")
    assert (tmp_path / "out.csv").read_text().splitlines()[1].startswith("Kyiv,UA8")


@pytest.mark.parametrize("eol", [b"\n", b"\r\n"])
def test_a_bad_byte_far_into_the_file_names_its_own_line(tmp_path, eol):
    body = b"place" + eol + (b"Kyiv" + eol) * 200_000 + "Одеса".encode("cp1251") + eol
    src = write(tmp_path / "e.csv", body)
    with pytest.raises(InputError, match=r"^line 200002: the bytes are not valid utf-8"):
        run(src, tmp_path / "out.csv", encoding="utf-8")
