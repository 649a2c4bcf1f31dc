"""A town and a village of its name in one raion: named with that raion's villages, both
readings fit the group, so the town stays first but is not sure, unless a kind word (м.,
с., село, the village of) tells them apart. The facts are KATOTTG's."""

from __future__ import annotations

import pytest

from gazetteer import Gazetteer, find_places
from gazetteer.apposition import kind_before

# Khmilnytskyi raion (Vinnytsia oblast): the town Koziatyn and the village Koziatyn, both
# of Koziatynska hromada; Verbolozy and Vernyhorodok, villages of the raion no other
# settlement is named after
KOZIATYN_TOWN = "UA05120090010077573"
KOZIATYN_VILLAGE = "UA05120090040015328"
KHMILNYTSKYI = ["Verbolozy", "Vernyhorodok"]
KHMILNYTSKYI_UK = ["Верболози", "Вернигородок"]
# Buchanskyi raion (Kyiv oblast): the town Bucha (Buchanska hromada) and a village Bucha
# (another hromada); Horenychi and Muzychi, villages of the raion
BUCHA_TOWN = "UA32080070010087821"
BUCHA_VILLAGE = "UA32080130030091226"
# Nizhynskyi raion (Chernihiv oblast): the town Bakhmach and a village Bakhmach of its
# hromada; Mytchenky and Nove Polissia, villages of the raion
BAKHMACH_TOWN = "UA74040030010089994"
BAKHMACH_VILLAGE = "UA74040030020071408"

CASES = [
    (["Verbolozy", "Vernyhorodok", "Koziatyn"], KOZIATYN_TOWN, KOZIATYN_VILLAGE),
    (["Верболози", "Вернигородок", "Козятин"], KOZIATYN_TOWN, KOZIATYN_VILLAGE),
    (["Horenychi", "Muzychi", "Bucha"], BUCHA_TOWN, BUCHA_VILLAGE),
    (["Митченки", "Нове Полісся", "Бахмач"], BAKHMACH_TOWN, BAKHMACH_VILLAGE),
]


@pytest.mark.parametrize(("names", "town", "village"), CASES)
def test_a_town_with_a_village_of_its_name_in_the_groups_raion_is_not_sure(
    gz: Gazetteer, names: list[str], town: str, village: str
) -> None:
    assert gz.resolve(names[-1]).status == "matched"  # (alone, the name means the town)
    for parts in (None, [0, 0, 0]):
        answer = gz.resolve_many(names, parts=parts)[-1]
        assert answer.best is not None and answer.best.entry.code == town
        assert answer.status == "ambiguous"
        assert village in {m.entry.code for m in answer.candidates if m.ambiguous}


def test_the_town_named_with_the_towns_of_its_raion_stays_sure(gz: Gazetteer) -> None:
    # Khmilnyk and Kalynivka: towns of Khmilnytskyi raion, not villages around the village
    answer = gz.resolve_many(["Хмільник", "Калинівка", "Козятин"])[-1]
    assert answer.best is not None and answer.best.entry.code == KOZIATYN_TOWN
    assert answer.status == "matched"


def test_a_kind_word_tells_the_town_from_the_village(gz: Gazetteer) -> None:
    for town in ("м. Козятин", "місто Козятин"):
        answer = gz.resolve_many([*KHMILNYTSKYI_UK, town])[-1]
        assert answer.best is not None and answer.best.entry.code == KOZIATYN_TOWN
        assert answer.status == "matched"
    for village in ("с. Козятин", "село Козятин"):
        answer = gz.resolve_many([*KHMILNYTSKYI_UK, village])[-1]
        assert answer.best is not None and answer.best.entry.code == KOZIATYN_VILLAGE
        assert answer.status == "matched"


@pytest.mark.parametrize(
    ("text", "code", "status"),
    [
        ("Під обстрілом опинилися Верболози, Вернигородок та Козятин.", KOZIATYN_TOWN, "ambiguous"),
        (
            "Під обстрілом опинилися Верболози, Вернигородок та м. Козятин.",
            KOZIATYN_TOWN,
            "matched",
        ),
        (
            "Під обстрілом опинилися Верболози, Вернигородок та с. Козятин.",
            KOZIATYN_VILLAGE,
            "matched",
        ),
        (
            "Shelling hit Verbolozy, Vernyhorodok and the town of Koziatyn.",
            KOZIATYN_TOWN,
            "matched",
        ),
        (
            "Shelling hit Verbolozy, Vernyhorodok and the village of Koziatyn.",
            KOZIATYN_VILLAGE,
            "matched",
        ),
    ],
)
def test_in_text_the_word_before_the_name_is_read_with_it(
    gz: Gazetteer, text: str, code: str, status: str
) -> None:
    mentions = find_places(gz, text)
    assert [m.text for m in mentions][-1] in ("Козятин", "Koziatyn")
    last = mentions[-1]
    assert last.query in ("Козятин", "Koziatyn")  # (the mention is the name, as before)
    assert last.resolution.best is not None and last.resolution.best.entry.code == code
    assert last.resolution.status == status
    # (с. and м. end no sentence: the villages before them are read with the name)
    assert all(m.resolution.status == "matched" for m in mentions[:-1])


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("обстріляли м. Козятин", "м. "),
        ("у селі Козятин", "селі "),
        ("near the village of Koziatyn", "village "),
        ("приїхав с Козятина", ""),  # (Russian "from", no village)
        ("в н. п. Козятин", ""),  # (населений пункт: any kind)
        ("в Козятині", ""),
        ("Козятин", ""),
    ],
)
def test_the_kind_word_before_a_name(text: str, kind: str) -> None:
    assert kind_before(text, text.index("Коз" if "Коз" in text else "Koz")) == kind
