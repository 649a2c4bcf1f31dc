"""A village's name that opens a sentence, in Latin letters with an ending no English word
has (-ivka, -ovka), is read as the place: its capital says nothing there, its ending does."""

from __future__ import annotations

from gazetteer import Gazetteer, find_places

#: Авдіївка, Pokrovsk raion of Donetsk oblast; Кліщіївка, Bakhmut raion (KATOTTG)
AVDIIVKA = "UA14160010010073615"
KLISHCHIIVKA = "UA14020010120064151"


def _found(text: str) -> dict[str, str]:
    gz = Gazetteer.default()
    return {
        m.text: m.resolution.best.entry.code for m in find_places(gz, text) if m.resolution.best
    }


def test_a_village_opening_a_sentence_is_found() -> None:
    assert _found("Avdeevka fell in February.") == {"Avdeevka": AVDIIVKA}
    assert _found("The army regrouped. Klishchiivka was retaken.") == {"Klishchiivka": KLISHCHIIVKA}


def test_a_name_of_several_places_opening_a_sentence_is_found() -> None:
    # 19 villages and selyshches bear Любимівка: found, and left for the reader to place
    mentions = list(find_places(Gazetteer.default(), "Lyubymivka was liberated."))
    assert [m.text for m in mentions] == ["Lyubymivka"]
    assert mentions[0].resolution.status == "ambiguous"


def test_english_words_opening_a_sentence_stay_words() -> None:
    assert _found("Love is all. Above the city, drones flew.") == {}
