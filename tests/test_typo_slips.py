"""Two neighbouring letters swapped are one slip, even where the swap breaks a digraph
(kh, sh, ts): the name meant is found, and is sure when no other name is as near (names and
codes from data/katottg.tsv)."""

from __future__ import annotations

from gazetteer import Gazetteer
from gazetteer.swapslips import swapped_keys
from translit import match_key

VYSHKIV = "UA26060070030074634"  # Вишків, Ivano-Frankivsk oblast
VYSHIV = "UA18060130090034376"  # Вишів, Zhytomyr oblast
RASHKIV_IF = "UA26080030230076274"  # Рашків, Ivano-Frankivsk oblast
SHCHOMY = "UA59040090150045501"  # Щоми, Sumy oblast
ZABEREZHZHIA_IF = "UA26040030090027307"  # Забережжя, Ivano-Frankivsk oblast
LISHNIA = "UA46020030160079337"  # Лішня, Lviv oblast


def codes(found: object) -> list[str]:
    """The codes of a resolution's candidates, in order."""
    return [m.entry.code for m in found.candidates]  # type: ignore[attr-defined]


def test_a_swap_that_breaks_a_digraph_is_keyed_back() -> None:
    # kh and sh: visHiv is four edits from viSkiv, a swap of the letters typed
    assert match_key("Vyshkiv") in swapped_keys("vyskhiv", match_key("Vyskhiv"))
    # ts: Стасі typed Satsi
    assert match_key("Stasi") in swapped_keys("satsi", match_key("Satsi"))


def test_a_swap_and_a_dropped_letter_tie(gz: Gazetteer) -> None:
    # Vyskhiv: Вишків with k and h swapped, or Вишів with the k dropped: one slip each
    found = gz.resolve("Vyskhiv")
    assert found.status == "ambiguous"
    assert {VYSHKIV, VYSHIV} <= set(codes(found)[:3])


def test_a_swap_in_the_oblast_given_is_the_name(gz: Gazetteer) -> None:
    found = gz.resolve("Vyskhiv", oblast="UA26")
    assert found.best is not None and found.best.entry.code == VYSHKIV
    # Рашків with s and h swapped, not Раків (a letter added and one changed)
    found = gz.resolve("Raskhiv", oblast="UA26")
    assert found.status == "matched" and found.best is not None
    assert found.best.entry.code == RASHKIV_IF
    found = gz.resolve("Shcohmy", oblast="UA59")  # Shchomy, h and o swapped
    assert found.status == "matched" and found.best is not None
    assert found.best.entry.code == SHCHOMY
    found = gz.resolve("Zaberezhziha", oblast="UA26")  # Zaberezhzhia, i and h swapped
    assert found.status == "matched" and found.best is not None
    assert found.best.entry.code == ZABEREZHZHIA_IF
    # Lishnia with i and s swapped: no other name of Lviv oblast is one slip away
    found = gz.resolve("Lsihnia", oblast="Lviv oblast")
    assert found.status == "matched" and found.best is not None
    assert found.best.entry.code == LISHNIA


def test_a_swap_no_longer_makes_another_name_sure(gz: Gazetteer) -> None:
    # Raskhiv: Рахів (the town) with an s added, or Рашків with s and h swapped
    found = gz.resolve("Raskhiv")
    assert found.status == "ambiguous"
    assert RASHKIV_IF in codes(found)


VILLIA = "UA56060490050065940"  # Вілля, Rivne oblast
PIDLYSSIA = "UA46040070460071841"  # Підлисся, Lviv oblast
BEREZYNKA = "UA21040030020033632"  # Березинка, Zakarpattia oblast
KHARKIV = "UA63120270010096107"


def test_another_form_a_slip_of_another_name_explains_is_unsure(gz: Gazetteer) -> None:
    # Veele: Вілля by a Russian form of it, or Веселе (Vesele) with its s dropped
    found = gz.resolve("Veele")
    assert found.status == "ambiguous"
    assert codes(found)[0] == VILLIA
    assert "Веселе" in {m.entry.name_uk for m in found.candidates}
    # Pidlise: Підлисся's Russian form, or Підлісне (Pidlisne) with its n dropped
    found = gz.resolve("Pidlise")
    assert found.status == "ambiguous"
    assert codes(found)[0] == PIDLYSSIA
    assert "Підлісне" in {m.entry.name_uk for m in found.candidates}


def test_a_spelling_variant_or_a_city_stays_sure(gz: Gazetteer) -> None:
    # Berezinka spells Березинка (и as i), though Березівка is a letter away: no slip
    found = gz.resolve("Berezinka")
    assert found.status == "matched" and found.best is not None
    assert found.best.entry.code == BEREZYNKA
    found = gz.resolve("Kharkov")  # the city's Russian name: no village outweighs it
    assert found.status == "matched" and found.best is not None
    assert found.best.entry.code == KHARKIV
