"""A name declined after a preposition, its oblast or raion trailing it without a comma, as
Russian-language reports write it (в Богодухове Харьковской области). Every code below is a
row of data/katottg.tsv."""

from __future__ import annotations

import pytest

from gazetteer import Gazetteer

BOHODUKHIV = "UA63020010010049442"  # M Богодухів, Bohodukhivskyi raion, Kharkiv oblast
CHUHUIV = "UA63140170010036104"  # M Чугуїв, Chuhuivskyi raion, Kharkiv oblast
IZIUM = "UA63040090010029555"  # M Ізюм, Iziumskyi raion, Kharkiv oblast
KAMIANKA_IZIUM = "UA63040090080095309"  # C Кам’янка, the only one in Iziumskyi raion
NOVA_KAKHOVKA = "UA65060170010075325"  # M Нова Каховка, Kherson oblast


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("в Богодухове Харьковской области", BOHODUKHIV),
        ("под Изюмом Харьковской области", IZIUM),
        ("в Новой Каховке Херсонской области", NOVA_KAKHOVKA),
        ("в Каменке Изюмского района", KAMIANKA_IZIUM),
        ("в Каменке Изюмского района Харьковской области", KAMIANKA_IZIUM),
        ("возле Чугуева Чугуевского района Харьковской области", CHUHUIV),
        ("у Богодухові Харківської області", BOHODUKHIV),
    ],
)
def test_a_declined_name_before_its_oblast_or_raion_is_read_in_the_nominative(
    gz: Gazetteer, text: str, code: str
) -> None:
    # (they had been a typo's reading of the declined word, unsure: Богодухове ~ Богодухов
    # 87.5; в Каменке Изюмского района found no place)
    resolution = gz.resolve(text)
    assert resolution.best is not None and resolution.best.entry.code == code
    assert resolution.status == "matched"


def test_without_a_preposition_the_ending_stays_unsure(gz: Gazetteer) -> None:
    # an ending alone may be a slip of the pen (as for a name alone: Луцька)
    resolution = gz.resolve("Каменке Изюмского района")
    assert resolution.best is not None and resolution.best.entry.code == KAMIANKA_IZIUM
    assert resolution.status == "ambiguous"
