"""The build script's linking of former names to today's units (``scripts/``), on small
made-up codifiers: what decides whether a link is certain, unsure or dropped."""

from __future__ import annotations

from pathlib import Path

import build_scripts  # noqa: F401  (scripts/ importable; skipped without openpyxl)
import pytest
from kodifikator import Unit
from linking import SettlementIndex
from renamed_geonames import GeoNamesNames
from renamed_sources import (
    MOST_NAMESAKES,
    LinkStats,
    _parse_lt_line,
    languagetool_renamings,
)


def unit(code: str, name: str, category: str = "C") -> Unit:
    return Unit(code, category, name, (code[:4], "", "", code, ""))


def test_names_match_exactly_or_with_g_written_h() -> None:
    index = SettlementIndex([unit("UA01000000000000001", "Яни Кьогенеш")])
    assert [u.code for u in index.candidates("Яни Кьоґенеш")] == ["UA01000000000000001"]
    assert index.candidates("Яни Кьогенеш") == index.candidates("Яни Кьоґенеш")
    assert index.candidates("Яни Кьокенеш") == []


def test_an_exact_name_is_not_joined_by_its_g_spelling() -> None:
    index = SettlementIndex(
        [unit("UA05000000000000001", "Дзигівка"), unit("UA05000000000000002", "Дзиґівка")]
    )
    assert [u.code for u in index.candidates("Дзигівка")] == ["UA05000000000000001"]
    assert [u.code for u in index.candidates("Дзиґівка")] == ["UA05000000000000002"]


def test_a_languagetool_line_gives_every_new_name() -> None:
    line = "Котовське=Вітрова Балка|Чудське|Мирне; Бюйтен; декомунізовано"
    assert _parse_lt_line(line) == (
        "Котовське",
        ["Вітрова Балка", "Чудське", "Мирне", "Бюйтен"],
        "",
    )
    assert _parse_lt_line("Фрунзенка=Діброва|2016") == ("Фрунзенка", ["Діброва"], "2016")
    assert _parse_lt_line("# a comment") is None


def links(
    units: list[Unit], lines: list[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> list:
    import renamed_sources

    listing = tmp_path / "replace_renamed.txt"
    listing.write_text("\n".join(lines) + "\n", encoding="utf-8")
    monkeypatch.setattr(renamed_sources, "LT_FILE", listing)
    return languagetool_renamings(SettlementIndex(units), LinkStats(), GeoNamesNames())


def test_a_unique_new_name_links_for_certain(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    found = links(
        [unit("UA01000000000000001", "Бюйтен")], ["Котовське=Бюйтен"], tmp_path, monkeypatch
    )
    assert [(f.code, f.old_name_uk, f.namesakes) for f in found] == [
        ("UA01000000000000001", "Котовське", "")
    ]


def test_a_few_namesakes_each_get_an_unsure_link(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    units = [unit(f"UA01000000000000{n:03d}", "Бюйтен") for n in range(2)]
    found = links(units, ["Котовське=Бюйтен"], tmp_path, monkeypatch)
    assert sorted((f.code, f.namesakes) for f in found) == [
        ("UA01000000000000000", "2"),
        ("UA01000000000000001", "2"),
    ]


def test_too_many_namesakes_give_no_link(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    units = [unit(f"UA01000000000000{n:03d}", "Мирне") for n in range(MOST_NAMESAKES + 1)]
    assert links(units, ["Першотравневе=Мирне"], tmp_path, monkeypatch) == []
    assert len(links(units[:MOST_NAMESAKES], ["Першотравневе=Мирне"], tmp_path, monkeypatch)) == (
        MOST_NAMESAKES
    )


def test_a_geonames_place_links_by_a_name_russian_spells_alike_only_failing_others() -> None:
    from geonames_link import SHARED, SettlementNames, link_place, link_places
    from geonames_names import Place

    # Voykovo (GeoNames 688903) beside today's Айбар; a neighbour with a Дружба of its own
    aibar = unit("UA01120050010085180", "Айбар")
    druzhba = unit("UA01120050020000001", "Дружба")
    pryvilne = unit("UA01120050030000002", "Привільне")
    names = SettlementNames([aibar, druzhba, pryvilne])
    voykovo = Place(688903, "Voykovo", "11", 1694, ("Ajbar", "Vojkovo", "Айба\u0301р", "Войково"))
    assert link_place(voykovo, "UA01", names)[0] == aibar
    # a strict vote (its Ukrainian name) wins; Дружба, spelled alike, does not make a tie
    renamed = Place(1, "Privol'noye", "11", 900, ("Привільне", "Дружба"))
    assert link_place(renamed, "UA01", names) == (pryvilne, "linked")
    # two places claiming the same settlement by such a name: neither is linked
    twin = Place(2, "Voykovo", "11", 4284, ("Айбар", "Войково"))
    found = link_places([voykovo, twin], {"11": ("UA01", 1, 1)}, names)
    assert [(unit, why) for _, unit, why in found] == [(None, SHARED), (None, SHARED)]


def test_a_big_place_links_to_the_city_not_to_villages_of_its_old_name() -> None:
    from geonames_link import SettlementNames, link_place
    from geonames_names import Place

    # Chystiakove (GeoNames 691374, 53,000 people) lists its old name Олексіївка, which a
    # village of the oblast bears today: two votes for the village, one for the city
    village = unit("UA14040010140071861", "Олексіївка")
    city = unit("UA14060150010042613", "Чистякове", "M")
    names = SettlementNames([village, city])
    alternates = ("Oleksiivka", "Олексіївка", "Chistyakovo", "Torez")
    big = Place(691374, "Chystiakove", "05", 53462, alternates)
    assert link_place(big, "UA14", names)[0] == city
    small = Place(1, "Chystiakove", "05", 900, alternates)  # a small place: the votes decide
    assert link_place(small, "UA14", names)[0] == village


def test_a_namesake_s_neighbour_is_no_name_of_the_place() -> None:
    from geonames_names import Place
    from tables_exonyms import _city_names, _hromadas_by_name, _names_of

    def settlement(code: str, name: str, category: str = "X") -> Unit:
        return Unit(code, category, name, (code[:4], code[:9], code[:11], code, ""))

    # GeoNames 708393, Hirnyk of Lviv oblast, lists Курахівка, the selyshche beside Hirnyk
    # of Donetsk oblast (both in Kurakhove hromada): not a name of the Lviv one
    lviv = settlement("UA46120130030027066", "Гірник")
    units = [
        lviv,
        settlement("UA14160110020099716", "Гірник", "M"),
        settlement("UA14160110050089070", "Курахівка"),
        settlement("UA46120130010000001", "Грядова"),  # (a name in its own hromada stays)
    ]
    place = Place(708393, "Hirnyk", "15", 2820, ("Gornyak", "Kurahivka", "Курахівка", "Грядова"))
    names = _names_of(place, lviv, _city_names(units), _hromadas_by_name(units))
    assert [n for n, _ in names] == ["Gornyak", "Грядова"]


def test_a_place_links_by_a_settlement_s_earlier_codifier_name_only_failing_today_s() -> None:
    from geonames_link import EARLIER, SettlementNames, link_place, use_earlier_names
    from geonames_names import Place

    # GeoNames' Nikol's'ke (689151) lists Нікольське and Володарське; the codifier wrote
    # Нікольське until 2026 and Микільське since (UA14140070010098555)
    mykilske = unit("UA14140070010098555", "Микільське", "X")
    other = unit("UA14140070020000001", "Володарське")  # (made up: today's own name wins)
    alternates = ("Nikol's'ke", "Volodars'ke", "Володарське", "Нікольське")
    nikolske = Place(689151, "Nikol's’ke", "05", 7801, alternates)
    try:
        use_earlier_names({})
        assert link_place(nikolske, "UA14", SettlementNames([mykilske]))[0] is None
        use_earlier_names({mykilske.code: ("Нікольське",)})
        assert link_place(nikolske, "UA14", SettlementNames([mykilske])) == (
            mykilske,
            "linked" + EARLIER,
        )
        assert link_place(nikolske, "UA14", SettlementNames([mykilske, other]))[0] == other
    finally:
        use_earlier_names({})
