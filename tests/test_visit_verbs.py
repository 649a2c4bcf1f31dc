"""A name after a verb a person is as often the object of (visited, left, toured) is a place
only when spelled exactly as a settlement's official (KMU) name and no person's name
(gazetteer.warverbs); the names of a list after a verb of war news are its objects too.
Every code is a row of data/katottg.tsv."""

from __future__ import annotations

import pytest
from resolving_asserts import mentions

from gazetteer import Gazetteer

DOKHNO = "UA05040270080061872"  # Дохно, Vinnytsia oblast: the only one
MELIACHYKHA = "UA59080030260085753"  # Мелячиха, Sumy oblast: the only one
LIUDMYLPIL = "UA07020150120048237"  # Людмильпіль, Volyn oblast: the only one
SENCHA = "UA53060290010082589"  # Сенча, Poltava oblast: the only one
POVIDOV = "UA74100250300089069"  # Повідов, Chernihiv oblast: the only one
STAROMISHCHYNA = "UA61040350160071387"  # Староміщина, Ternopil oblast: the only one


@pytest.mark.parametrize(
    ("text", "name", "code"),
    [
        ("Mayor Volodymyr Kovalenko of Kharkiv visited Dokhno.", "Dokhno", DOKHNO),
        ("Mayor Stepan Melnyk of Kharkiv visited Meliachykha.", "Meliachykha", MELIACHYKHA),
        ("The Kyiv Post said Bohdan Shevchenko had left Liudmylpil.", "Liudmylpil", LIUDMYLPIL),
        ("The mayor visited Sencha.", "Sencha", SENCHA),
        ("The governor toured Dokhno on Friday.", "Dokhno", DOKHNO),
    ],
)  # fmt: skip
def test_a_settlements_official_name_after_visited_is_a_place(
    gz: Gazetteer, text: str, name: str, code: str
):
    assert (name, code) in mentions(gz, text)
    assert all(code == c for n, c in mentions(gz, text) if n == name)


def test_after_visited_only_the_official_spelling_counts(gz: Gazetteer):
    # Meliachikha spells Мелячиха as another standard would: enough after a war verb, not
    # after one a person is as often the object of
    assert mentions(gz, "Drones hit Meliachikha on Monday.") == [("Meliachikha", MELIACHYKHA)]
    assert mentions(gz, "Officials visited Meliachikha on Monday.") == []
    # the verb as written in lower case only: the Left Bank, a sentence's first word
    assert mentions(gz, "Left Dokhno, they drove south.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Zelensky visited Biden in Washington.",
        "Blinken visited Zelensky on Monday.",
        "The minister visited Kovalenko in hospital.",
        "Reporters met Shevchenko yesterday.",
        "The envoy met Kuleba and Yermak.",
        "Scholz visited Macron before the summit.",
        "She had left Melnyk for another party.",
        "The general left Zaluzhnyi's office at noon.",
        "Zelensky met Stoltenberg in Brussels.",
        "The delegation visited Budanov at headquarters.",
        "Olena visited Sofia on Sunday.",
        "He visited Maria and Stepan last week.",
        "The president met Tkachenko and Lysenko.",
        "The mayor visited Boyko at home.",
        "Trump visited Netanyahu.",
        "The governor had left Bondarenko in charge.",
        "Sybiha visited Lammy in London.",
        "Klitschko visited Shmyhal after the attack.",
        "The coach left Mudryk out of the squad.",
        "Protesters visited Medvedchuk's house.",
        "Her husband left Nadia after the war began.",
        "Pope Francis met Zelensky.",
        "The prime minister visited Svyrydenko.",
        "The ambassador visited Marchenko and Ivan.",
        "Friends visited Roman and Marta.",
        "The soldiers left Oleh behind.",
        # first names villages bear: Саша, Нікіта (Crimea)
        "She visited Sasha in hospital.",
        "He visited Nikita at home.",
    ],
)
def test_a_person_after_visited_left_or_met_is_no_place(gz: Gazetteer, text: str):
    assert mentions(gz, text) == []


def test_people_and_places_after_visited_in_one_sentence(gz: Gazetteer):
    assert [n for n, _ in mentions(gz, "Macron visited Zelensky in Kyiv.")] == ["Kyiv"]


def test_a_list_after_a_war_verb_keeps_its_names_past_a_surnames_shape(gz: Gazetteer):
    # Povidov ends as Russian surnames do (-ov): not a place after the verb by itself, but the
    # list's other name is the verb's object too, and a list of the verb's objects is places
    assert mentions(gz, "Drones struck Staromishchyna overnight.") == [
        ("Staromishchyna", STAROMISHCHYNA)
    ]
    assert mentions(gz, "Drones struck Povidov and Staromishchyna overnight.") == [
        ("Povidov", POVIDOV),
        ("Staromishchyna", STAROMISHCHYNA),
    ]
    # ...but no person's name in the list becomes the verb's place
    assert mentions(gz, "Police captured Shevchenko and Maria.") == []


@pytest.mark.parametrize(
    "text",
    [
        # a city abroad spelled as a village's official name (Познань, Самара, Мале): the
        # visit is the city's
        "The minister visited Poznan on Monday.",
        "Putin visited Samara.",
        "The foreign minister left Male for Colombo.",
    ],
)
def test_a_city_abroad_after_visited_is_no_village(gz: Gazetteer, text: str):
    assert mentions(gz, text) == []


@pytest.mark.parametrize(
    "text",
    [
        # "left" after a span of time, or in "there are ... left", is what remains: no verb
        # of leaving (Зоря: a football club's name and many villages')
        "With ten seconds left Zoria equalised.",
        "With 3 minutes left Zoria scored again.",
        "There are two days left Zoria must win.",
        "There were only a few games left Zoria needed points.",
    ],
)
def test_left_as_remaining_is_no_verb(gz: Gazetteer, text: str):
    assert mentions(gz, text) == []


def test_left_as_a_verb_keeps_its_place(gz: Gazetteer):
    text = "Two days ago the mayor left Dokhno."
    assert mentions(gz, text) == [("Dokhno", DOKHNO)]


NOBEL = "UA56020110140047250"  # Нобель, Rivne oblast: the only one


@pytest.mark.parametrize(
    "text",
    [
        # English words and names villages' official names spell (Марс, Нобель, Флора)
        "The probe visited Mars.",
        "The laureates visited Nobel on Friday.",
        "He visited Flora at home.",
    ],
)
def test_an_english_word_after_visited_is_no_village(gz: Gazetteer, text: str):
    assert mentions(gz, text) == []


def test_the_village_an_english_word_names_is_kept_with_more_evidence(gz: Gazetteer):
    assert mentions(gz, "The governor visited Nobel in Rivne oblast.")[0] == ("Nobel", NOBEL)


@pytest.mark.parametrize(
    "text",
    [
        # villages' official names that are common English words too (Сміле, Степ, Мар'їне,
        # Нова): a firm's, a club's, a thing's name after visited, left, toured
        "He visited Smile on Monday.",
        "The minister left Step after the talks.",
        "The delegation toured Step, a tech hub.",
        "The team visited Nova on Friday.",
        "The president visited Marine headquarters.",
        # an article before the word: a common noun's (Бар is a town, Гут a village)
        "The mayor visited the Bar on Friday.",
        "He left the Hut at noon.",
        # Marine ends as Мар'їне does (-ine), yet is an English word: no ending's evidence
        "A Marine veteran spoke to reporters.",
    ],
)
def test_an_english_word_after_visited_is_no_place(gz: Gazetteer, text: str):
    assert mentions(gz, text) == []


def test_an_english_word_is_still_a_place_where_the_sentence_says_so(gz: Gazetteer):
    # Степ: a village of Dnipropetrovsk oblast (and others); a preposition or a verb of war
    # news still makes it a place, and a village named as no English word stays one after
    # visited
    assert [n for n, _ in mentions(gz, "Fighting near Step continued.")] == ["Step"]
    assert [n for n, _ in mentions(gz, "Russian forces shelled Marine overnight.")] == ["Marine"]
    assert mentions(gz, "The mayor visited Dokhno on Monday.") == [("Dokhno", DOKHNO)]
