"""A masculine name in -ок or -єць loses its о or є when declined (Городок: біля Городка, у
Городку; Дунаєць: біля Дунайця): the declined form is read as the nominative it comes from.
Every code is a row of data/katottg.tsv."""

from __future__ import annotations

import pytest

from gazetteer import Gazetteer, find_places
from gazetteer.declension import nominatives

VERNYHORODOK = "UA05120010060072606"  # Вернигородок, Vinnytsia oblast: the only one
NOVYI_HORODOK = "UA48040050220026674"  # Новий Городок, Mykolaiv oblast: the only one
HORODOK_LVIV = "UA46060070010047335"  # the city Городок, Lviv oblast
HORODOK_KHMELNYTSKYI = "UA68040130010039416"  # the city Городок, Khmelnytskyi oblast
DUNAIETS = {"UA46100010040070211", "UA59100030080067934"}  # the two villages Дунаєць
LUTSK = "UA07080170010083384"
OSTER_CITY = "UA74100310010010586"  # Остер, Chernihiv oblast (a village Остер there too)


@pytest.mark.parametrize(
    ("declined", "nominative"),
    [
        ("Вернигородку", "Вернигородок"),
        ("Городка", "Городок"),
        ("Городком", "Городок"),
        ("Нового Городка", "Новий Городок"),
        ("Новому Городку", "Новий Городок"),
        ("Городке", "Городок"),  # Russian locative
        ("Гайка", "Гайок"),
        ("Дунайця", "Дунаєць"),
        ("Дунайці", "Дунаєць"),
        ("Кременця", "Кременець"),
        ("Остра", "Остер"),
        ("Острі", "Остер"),
    ],
)
def test_the_dropped_vowel_is_put_back(declined: str, nominative: str) -> None:
    assert nominative in nominatives(declined)


def test_a_town_in_sk_keeps_its_stem() -> None:
    # Луцька, Слов'янська: Луцьк, Слов'янськ, never an -ок read into them
    assert "Луцьок" not in nominatives("Луцька")
    assert not any(n.endswith("сок") for n in nominatives("Слов'янська"))
    # біля Орла: Russia's Орёл as often as the village Орел (Odesa oblast), so no -ел
    assert "Орел" not in nominatives("Орла")


@pytest.mark.parametrize(
    ("query", "code"),
    [
        ("у Вернигородку", VERNYHORODOK),
        ("з Вернигородка", VERNYHORODOK),
        ("біля Нового Городка", NOVYI_HORODOK),
        ("у Новому Городку", NOVYI_HORODOK),
        ("біля Луцька", LUTSK),
        # not the village Остра (Chernivtsi oblast), whose genitive is Остри
        ("біля Остра", OSTER_CITY),
        ("з Остра Чернігівської області", OSTER_CITY),
    ],
)
def test_a_declined_name_finds_its_place(gz: Gazetteer, query: str, code: str) -> None:
    answer = gz.resolve(query)
    assert answer.status == "matched"
    assert answer.best is not None and answer.best.entry.code == code


def test_a_name_several_places_bear_stays_ambiguous(gz: Gazetteer) -> None:
    answer = gz.resolve("біля Городка")
    assert answer.status == "ambiguous"
    assert {HORODOK_LVIV, HORODOK_KHMELNYTSKYI} <= {m.entry.code for m in answer.candidates}
    answer = gz.resolve("біля Дунайця")
    assert {m.entry.code for m in answer.candidates[:2]} == DUNAIETS


def test_an_oblast_after_it_tells_which(gz: Gazetteer) -> None:
    answer = gz.resolve("біля Городка Львівської області")
    assert answer.best is not None and answer.best.entry.code == HORODOK_LVIV


@pytest.mark.parametrize(
    ("text", "words", "code"),
    [
        ("Вчора у Вернигородку відкрили нову школу.", "Вернигородку", VERNYHORODOK),
        ("Бої тривають біля Городка Хмельницької області.", "Городка", HORODOK_KHMELNYTSKYI),
        ("Обстріл Нового Городка триває.", "Нового Городка", NOVYI_HORODOK),
    ],
)
def test_running_text(gz: Gazetteer, text: str, words: str, code: str) -> None:
    (m,) = find_places(gz, text)
    best = m.resolution.best
    assert m.text == words and best is not None and best.entry.code == code


KHUTIR_BUDYLIV = "UA26080230270054050"  # Хутір-Будилів, Ivano-Frankivsk oblast: the only one
KHUTIR_MOKLIAKY = "UA18080130690071353"  # Хутір-Мокляки, Zhytomyr oblast: the only one


@pytest.mark.parametrize(
    ("query", "code"),
    [
        # two nouns joined by a hyphen, each declined (its о closed again: Хуторі, Хутір)
        ("у Хуторі-Будилові", KHUTIR_BUDYLIV),
        ("біля Хутора-Будилова", KHUTIR_BUDYLIV),
        ("у Хуторі-Мокляках", KHUTIR_MOKLIAKY),
    ],
)
def test_a_hyphened_pair_of_nouns_declined(gz: Gazetteer, query: str, code: str) -> None:
    answer = gz.resolve(query)
    assert answer.status == "matched"
    assert answer.best is not None and answer.best.entry.code == code
