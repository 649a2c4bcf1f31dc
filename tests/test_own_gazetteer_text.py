"""Running text read with a gazetteer of one's own: the embedded gazetteer's word lists about
Ukraine's places do not apply to it."""

from __future__ import annotations

from pathlib import Path

from gazetteer import Gazetteer, find_places


def test_berlin_in_a_german_list_is_found_in_text(tmp_path: Path) -> None:
    # KATOTTG's villages Берлин and Париж are taken in free text for the far better known
    # cities abroad, and so left out; in a gazetteer of Germany Berlin is its own city
    path = tmp_path / "de.csv"
    path.write_text(
        "id,name,region,category\nb1,Berlin,Berlin,city\nh1,Hamburg,Hamburg,city\n",
        encoding="utf-8",
    )
    own = Gazetteer.from_file(path)
    found = find_places(own, "Protests were held in Berlin and in Hamburg on Sunday.")
    assert [m.resolution.best.entry.code for m in found if m.resolution.best] == ["b1", "h1"]


def test_the_embedded_gazetteer_still_reads_berlin_as_the_city_abroad() -> None:
    gz = Gazetteer.default()
    assert [m.text for m in find_places(gz, "Protests were held in Berlin on Sunday.")] == []
