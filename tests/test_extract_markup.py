"""``find_places`` on text pasted with its markup: links, addresses and HTML tags are no prose."""

from __future__ import annotations

import pytest
from resolving_asserts import mentions

from gazetteer import Gazetteer, find_places

KHERSON = "UA65100150010064384"  # Херсон, the city (data/katottg.tsv)
IZIUM = "UA63040090010029555"
BAKHMUT = "UA14020010010059145"


@pytest.mark.parametrize(
    "text",
    [
        "Photo: http://example.org/Bakhmut.jpg",
        "Source: https://Bakhmut.media/news/123 today.",
        "More at www.Bakhmut.net today.",
        "See https://example.org/news?city=Bakhmut&x=1",
        "Read https://uk.wikipedia.org/wiki/Бахмут now",
        "Write to Bakhmut@ukr.net today.",
        "<div class='Bakhmut'><p>No news.</p></div>",
    ],
)
def test_a_name_inside_a_link_an_address_or_a_tag_is_no_mention(gz: Gazetteer, text: str) -> None:
    assert mentions(gz, text) == []


def test_a_link_and_its_text_are_one_mention_where_the_text_stands(gz: Gazetteer) -> None:
    text = '<p>Shelling hit <a href="https://x.ua/Kherson">Херсон</a> and <b>Izium</b>.</p>'
    mentions = find_places(gz, text)
    assert [(m.text, m.resolution.best.entry.code) for m in mentions] == [
        ("Херсон", KHERSON),
        ("Izium", IZIUM),
    ]
    assert [text[m.start : m.end] for m in mentions] == ["Херсон", "Izium"]


def test_prose_beside_markup_and_hashtags_still_read(gz: Gazetteer) -> None:
    text = "#Bakhmut: shelling hit Izium (https://t.me/x/1), 5 < 7 > 3 in Kherson."
    assert mentions(gz, text) == [("Bakhmut", BAKHMUT), ("Izium", IZIUM), ("Kherson", KHERSON)]


def test_a_link_ending_a_sentence_leaves_its_full_stop(gz: Gazetteer) -> None:
    from gazetteer.extract import prose_only

    text = "See https://x.ua/a. Shelling hit Izium."
    assert prose_only(text) == "See " + " " * len("https://x.ua/a") + ". Shelling hit Izium."
