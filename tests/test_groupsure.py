"""How sure ``resolve_many``'s choice is: sure only when nothing else the names read with it
point to could be meant too. The facts are KATOTTG's (each village's raion and hromada)."""

from __future__ import annotations

from gazetteer import Gazetteer

KYIV_OBLAST_VYSHNEVE = "UA32080090010037585"  # the city, Buchanskyi raion
ZAPORIZHZHIA_CITY = "UA23060070010069526"
# Podilskyi raion (Odesa oblast): Akulynivka and Pereima lie in Baltska hromada, and the
# raion has four villages called Petrivka (Baltska, Kodymska, Kuialnytska, Liubashivska)
PODILSKYI_PETRIVKAS = {
    "UA51120030280065610",
    "UA51120090120086720",
    "UA51120110450016060",
    "UA51120130300041239",
}
# villages of Lutskyi raion and of Chuhuivskyi raion whose names no other settlement bears;
# each raion has a village Vesele
LUTSKYI = ["Burkachi", "Volytsia-Lobachivska", "Hektary"]
CHUHUIVSKYI = ["Baksheivka", "Bochkove", "Budarky"]
CHUHUIVSKYI_VESELE = "UA63140030100083616"
LUTSKYI_VESELE = "UA07080270060065697"


def test_namesakes_of_one_raion_are_not_told_apart_for_sure(gz: Gazetteer) -> None:
    for parts in (None, [0, 0, 0]):
        petrivka = gz.resolve_many(["Akulynivka", "Petrivka", "Pereima"], parts=parts)[1]
        assert petrivka.best is not None and petrivka.best.entry.code in PODILSKYI_PETRIVKAS
        assert petrivka.status == "ambiguous"


def test_a_name_with_a_village_in_each_of_two_fronts_is_not_sure_read_as_one_group(
    gz: Gazetteer,
) -> None:
    gz._finder().warm()  # (scored as arrays, as a process does after many queries)
    vesele = gz.resolve_many([*LUTSKYI, *CHUHUIVSKYI, "Vesele"])[-1]
    assert vesele.status == "ambiguous"


def test_read_by_sentence_the_village_of_its_own_front_is_found(gz: Gazetteer) -> None:
    # Vesele is one of 75 settlements so called: the one meant lies beyond the first 60
    gz._finder().warm()
    names = [*LUTSKYI, *CHUHUIVSKYI, "Vesele"]
    vesele = gz.resolve_many(names, parts=[0, 0, 0, 1, 1, 1, 1])[-1]
    assert vesele.best is not None and vesele.best.entry.code == CHUHUIVSKYI_VESELE
    assert vesele.status == "matched"
    lutsk = gz.resolve_many(names, parts=[0, 0, 0, 1, 1, 1, 0])[-1]
    assert lutsk.best is not None and lutsk.best.entry.code == LUTSKYI_VESELE


def test_a_city_named_with_the_villages_around_a_village_of_its_name_is_not_sure(
    gz: Gazetteer,
) -> None:
    # Mala Kalynivka and Hrechane: villages of Dniprovskyi raion, which has two villages
    # Vyshneve (Solonianska and Chumakivska hromadas); the city Vyshneve is in Kyiv oblast
    vyshneve = gz.resolve_many(["Mala Kalynivka", "Hrechane", "Vyshneve"])[-1]
    assert vyshneve.best is not None and vyshneve.best.entry.code == KYIV_OBLAST_VYSHNEVE
    assert vyshneve.status == "ambiguous"
    # Kartushyne and Melnykove: Rovenkivskyi raion (Luhansk oblast), which has a selyshche
    # Zaporizhzhia; the oblast centre stays first, not sure
    zaporizhzhia = gz.resolve_many(["Kartushyne", "Melnykove", "Zaporizhzhia"])[-1]
    assert zaporizhzhia.best is not None
    assert zaporizhzhia.best.entry.code == ZAPORIZHZHIA_CITY
    assert zaporizhzhia.status == "ambiguous"
    assert "UA44080050060055827" in {m.entry.code for m in zaporizhzhia.candidates}


def test_the_city_alone_stays_sure(gz: Gazetteer) -> None:
    assert gz.resolve_many(["Vyshneve"])[0].status == "matched"
    assert gz.resolve_many(["Zaporizhzhia", "Kyiv"])[0].status == "matched"
