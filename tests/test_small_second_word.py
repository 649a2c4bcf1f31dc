"""Two-word city names with the second word in small letters, in running text
(:mod:`gazetteer.smallsecond`): the city, sure, shown as written."""

from __future__ import annotations

import pytest

from gazetteer import Gazetteer, find_places
from gazetteer.smallsecond import second_words_raised

KRYVYI_RIH = "UA12060170010065850"
BILA_TSERKVA = "UA32020010010081183"
NOVA_KAKHOVKA = "UA65060170010075325"
CHASIV_YAR = "UA14020130010015598"
ZHOVTI_VODY = "UA12040110010051141"


@pytest.fixture(scope="module")
def gz() -> Gazetteer:
    return Gazetteer.default()


@pytest.mark.parametrize(
    ("text", "shown", "code"),
    [
        ("Бои под Кривым рогом продолжаются", "Кривым рогом", KRYVYI_RIH),  # (was Кривий, sure)
        ("Обстріл під Кривим рогом", "Кривим рогом", KRYVYI_RIH),
        ("Взрыв в Белой церкви", "Белой церкви", BILA_TSERKVA),
        ("Прилет в Новой каховке ночью", "Новой каховке", NOVA_KAKHOVKA),
        ("у Новій каховці знову стріляли", "Новій каховці", NOVA_KAKHOVKA),
        ("Shelling in Kryvyi rih overnight", "Kryvyi rih", KRYVYI_RIH),
        ("бои в Часовом яре", "Часовом яре", CHASIV_YAR),
        ("біля Жовтих вод", "Жовтих вод", ZHOVTI_VODY),
    ],
)
def test_a_city_whose_second_word_is_in_small_letters(
    gz: Gazetteer, text: str, shown: str, code: str
) -> None:
    [mention] = find_places(gz, text)
    assert mention.text == shown == text[mention.start : mention.end]
    assert mention.resolution.status == "matched"
    assert mention.resolution.best is not None and mention.resolution.best.entry.code == code


def test_a_sentence_that_opens_with_the_words_is_left_alone(gz: Gazetteer) -> None:
    """A white church standing on a hill, at the start of a sentence: no city."""
    assert find_places(gz, "Белая церковь стоит на холме.") == []
    text = "Это было давно. Белая церковь стоит на холме."
    assert second_words_raised(gz, text) == text


def test_only_a_city_name_raises_a_word(gz: Gazetteer) -> None:
    """Two words that are no city's name keep their small letter (Нова пошта is a firm), and
    the text keeps its length (every offset stands)."""
    text = "посылка пришла в Новую почту, а в Кривой рог ее везли долго"
    raised = second_words_raised(gz, text)
    assert raised == text.replace("Кривой рог", "Кривой Рог")
    assert len(raised) == len(text)
