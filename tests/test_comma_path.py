"""A path of units written with commas (gazetteer.commapath): ``Kharkiv, Izium, Kamianka``
is the village, as with slashes or arrows, when the parts nest; a list of towns after the
oblast's centre is no sure answer; a descriptor beside a centre (``Odesa (port)``) is no
place in its oblast (gazetteer.twoplaces.oblast_first). Every code is a row of
data/katottg.tsv."""

from __future__ import annotations

import pytest

from gazetteer import Gazetteer

#: Кам’янка of Ізюмська громада (Ізюмський район); Kharkiv oblast has three more.
KAMIANKA_IZIUM = "UA63040090080095309"
IZIUM = "UA63040090010029555"


@pytest.mark.parametrize(
    "text",
    [
        "Kharkiv, Izium, Kamianka",  # the oblast by its centre, then a town
        "Харків, Ізюм, Кам'янка",
        "м. Харків, Ізюм, с. Кам'янка",
        "Kharkiv oblast, Izium, Kamianka",  # by its level word: had answered Izium
        "Kharkivska, Izium, Kamianka",  # by its adjective: had answered the oblast
        "Kharkiv, Izium raion, Kamianka",  # had answered the raion
        "Kharkiv, Izium, Kamianka, Ukraine",
    ],
)
def test_a_path_written_with_commas_is_the_village(gz: Gazetteer, text: str) -> None:
    found = gz.resolve(text)
    assert found.best is not None and found.best.entry.code == KAMIANKA_IZIUM
    assert found.status == "matched"


def test_a_village_outside_the_towns_hromada_is_found_in_its_raion(gz: Gazetteer) -> None:
    # Рідне of Барвінківська громада, Ізюмський район, where Balakliia (Балаклійська
    # громада) lies: none in Balakliia's hromada; the selyshche Рідне of Богодухівський
    # район ties with it, a list may name it
    found = gz.resolve("Kharkiv, Balakliia, Ridne")
    codes = [m.entry.code for m in found.candidates[:2]]
    assert codes == ["UA63040030450039976", "UA63020050710063454"]


def test_a_selyshche_at_the_end_is_unsure(gz: Gazetteer) -> None:
    # Савинці, a selyshche of Ізюмський район: the path's end, or a list's town
    found = gz.resolve("Kharkiv, Izium, Savyntsi")
    assert found.best is not None and found.best.entry.code == "UA63040150010069203"
    assert found.status != "matched"


def test_a_village_named_like_a_selyshche_of_the_oblast_is_tied_with_it(gz: Gazetteer) -> None:
    # Благодатне of Лозівська громада (the village, in Lozova's hromada) first, then the
    # selyshche Благодатне of Чугуївський район: a list may name it
    found = gz.resolve("Kharkiv, Lozova, Blahodatne")
    codes = [m.entry.code for m in found.candidates[:2]]
    assert codes == ["UA63100050080057823", "UA63140110150036910"]
    assert found.status == "ambiguous"


@pytest.mark.parametrize(
    "text",
    [
        "Kharkiv, Izium, Balakliia",  # three towns of one oblast (Balakliia: Izium raion)
        # a village Дубно lies in Dubrovytsia's raion, but Дубно is a city of Rivne oblast
        "Rivne, Dubrovytsia, Dubno",
        "Kharkiv, Izium, Pisochyn",  # a selyshche of Kharkiv raion: no path, a list
        "Kharkiv oblast, Izium, Balakliia",
    ],
)
def test_a_list_after_the_oblasts_centre_is_no_sure_answer(gz: Gazetteer, text: str) -> None:
    assert gz.resolve(text).status != "matched"


def test_an_address_from_the_oblast_down_is_read_as_before(gz: Gazetteer) -> None:
    found = gz.resolve("Харківська обл., Ізюмський р-н, с. Кам'янка")
    assert found.best is not None and found.best.entry.code == KAMIANKA_IZIUM
    assert found.status == "matched"


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # a site's word beside an oblast's centre says what it is there, not where: not the
        # villages Порт (Odesa raion), Вокзал (Voznesensk raion), Завод (Chernihiv raion)
        ("Odesa (port)", "UA51100270010076757"),
        ("Odesa, Port", "UA51100270010076757"),
        ("Одеса (порт)", "UA51100270010076757"),
        ("Chernihiv (Завод)", "UA74100390010054825"),
        # a bracket in lower case after a capitalised name holds no place's name
        ("Mykolaiv (vokzal)", "UA48060150010035747"),
    ],
)
def test_a_descriptor_beside_a_centre_is_no_village(gz: Gazetteer, text: str, code: str) -> None:
    found = gz.resolve(text)
    assert found.best is not None and found.best.entry.code == code
    assert found.status == "matched"


def test_a_town_beside_the_centre_is_still_the_town(gz: Gazetteer) -> None:
    found = gz.resolve("Kharkiv (Izium)")  # the oblast by its centre, the town after it
    assert found.best is not None and found.best.entry.code == IZIUM
