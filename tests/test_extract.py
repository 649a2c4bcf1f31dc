"""Place names in running text: what is found, what is not, and how it resolves."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from gazetteer import Gazetteer, find_places
from gazetteer.cli import main

STORY = (
    "Ukrainian forces recaptured the villages of Lyubymivka, Khreshchenivka and Zolota Balka, "
    "and later Bilyaivka and Davydiv Brid in Kherson Oblast, officials said. President "
    "Volodymyr Zelensky thanked the troops from Kyiv. Police said shelling hit Kharkiv "
    "overnight, while fighting went on near Lyman and Kremina. The Kyiv Post reported that "
    "Sofia had fled to Zaporizhzhia. Talks are due in Berlin."
)
#: the villages of the story, all in Beryslav raion of Kherson oblast (UA6502)
VILLAGES = {
    "Lyubymivka": "UA65020150020078280",
    "Khreshchenivka": "UA65020150080087246",
    "Zolota Balka": "UA65020170040073651",
    "Bilyaivka": "UA65020170020066255",
    "Davydiv Brid": "UA65020050120053151",
}
CITIES = {
    "Kyiv": "UA80000000000093317",
    "Kharkiv": "UA63120270010096107",
    "Lyman": "UA14120110010088407",
    "Kremina": "UA44120030010038707",
    "Zaporizhzhia": "UA23060070010069526",
}


def codes(gz: Gazetteer, text: str) -> dict[str, str]:
    found = {}
    for m in find_places(gz, text):
        assert text[m.start : m.end] == m.text
        assert m.resolution.best is not None
        found[m.text] = m.resolution.best.entry.code
    return found


def codes_in_order(gz: Gazetteer, text: str) -> list[str]:
    """The codes of the places found in ``text``, in the order they come."""
    return [m.resolution.best.entry.code for m in find_places(gz, text) if m.resolution.best]


def test_a_story_s_villages_land_together_and_its_cities_stay_cities(gz: Gazetteer) -> None:
    found = codes(gz, STORY)
    for name, code in {**VILLAGES, **CITIES}.items():
        assert found.get(name) == code, name
    assert found["Kherson Oblast"] == "UA65000000000030969"  # the level word is read too


@pytest.mark.parametrize("name", ["Volodymyr", "Police", "Sofia", "Berlin", "Kyiv Post"])
def test_names_of_people_and_things_are_not_places(gz: Gazetteer, name: str) -> None:
    # Volodymyr, Sofia and Berlin are villages, Police one too: but here a surname follows,
    # nothing says a place, a newspaper is named, a foreign capital is meant.
    found = codes(gz, STORY)
    assert name not in found
    assert list(found).count("Kyiv") == 1  # Kyiv Post is not a second Kyiv


def test_declined_names_are_read_in_the_nominative(gz: Gazetteer) -> None:
    text = (
        "ЗСУ звільнили Любимівку та Золоту Балку. Бої тривають у Бахмуті та біля Часового "
        "Яру, обстріляли Нову Каховку. Президент Володимир Зеленський провів нараду в Києві. "
        "Жителі села Біляївка Бериславського району отримали допомогу."
    )
    found = {m.text: m for m in find_places(gz, text)}
    expected = {
        "Любимівку": "Любимівка",
        "Золоту Балку": "Золота Балка",
        "Бахмуті": "Бахмут",
        "Часового Яру": "Часів Яр",
        "Нову Каховку": "Нова Каховка",
        "Києві": "Київ",
        "Біляївка": "Біляївка",
    }
    for written, name_uk in expected.items():
        best = found[written].resolution.best
        assert best is not None and best.entry.name_uk == name_uk, written
    assert found["Біляївка"].resolution.best.entry.raion_code == "UA65020000000032929"  # type: ignore[union-attr]
    assert found["Бахмуті"].query == "у Бахмуті"  # the preposition is read with the name
    assert "Володимир" not in found


def test_russian_text(gz: Gazetteer) -> None:
    found = codes(gz, "В Харькове и под Киевом слышны взрывы.")
    assert found == {"Харькове": CITIES["Kharkiv"], "Киевом": CITIES["Kyiv"]}
    found = codes(gz, "В Запорожской области под удар попали Орехов и Гуляйполе.")
    assert found["Запорожской области"] == "UA23000000000064947"
    assert found["Орехов"] == "UA23100170010023304"  # Оріхів, by its Russian name
    found = codes(gz, "Удары по Харькову и Запорожью, обломки упали в Измаильском районе.")
    assert found == {
        "Харькову": CITIES["Kharkiv"],
        "Запорожью": CITIES["Zaporizhzhia"],  # had been missed: -ью, -ском
        "Измаильском районе": "UA51080000000061776",
    }
    # a level word ends the name: the governor's name after it does not glue to it
    found = codes(gz, "Губернатор Харьковской области Олег Синегубов сообщил о взрывах.")
    assert found == {"Харьковской области": "UA63000000000041885"}


def test_a_text_without_places(gz: Gazetteer) -> None:
    assert find_places(gz, "The meeting ended at noon. Nobody said anything.") == []
    assert find_places(gz, "") == []
    with pytest.raises(TypeError):
        find_places(gz, None)  # type: ignore[arg-type]


def test_the_command_reads_text_standard_input_and_prints_json() -> None:
    runner = CliRunner()
    table = runner.invoke(main, ["extract", "Fighting near Lyman and Kremina."])
    assert table.exit_code == 0
    assert CITIES["Lyman"] in table.output and CITIES["Kremina"] in table.output
    piped = runner.invoke(main, ["extract", "--json"], input="Shelling hit Kharkiv.")
    records = json.loads(piped.output)
    assert [(r["text"], r["code"], r["status"]) for r in records] == [
        ("Kharkiv", CITIES["Kharkiv"], "matched")
    ]
    assert records[0]["start"] == 13 and records[0]["end"] == 20
    none = runner.invoke(main, ["extract", "Nothing here."])
    assert none.exit_code == 1 and "no place names found" in none.output
    both = runner.invoke(main, ["extract", "Kyiv", "--file", "x.txt"])
    assert both.exit_code == 2 and "not both" in both.output


def test_a_file_name_given_as_the_text_is_pointed_out(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # `extract news.txt` reads the words 'news.txt', not the file: say how to read it
    (tmp_path / "news.txt").write_text("Shelling hit Kharkiv.", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    runner = CliRunner()
    named = runner.invoke(main, ["extract", "news.txt"])
    assert named.exit_code == 1 and "give --file news.txt" in named.output
    read = runner.invoke(main, ["extract", "--file", "news.txt"])
    assert read.exit_code == 0 and CITIES["Kharkiv"] in read.output
    plain = runner.invoke(main, ["extract", "missing.txt"])  # no such file: no hint
    assert plain.exit_code == 1 and "--file" not in plain.output


def test_the_unit_after_a_name_is_its_hint_and_a_long_story_keeps_its_cities(
    gz: Gazetteer,
) -> None:
    text = (
        "Moscow claimed the village of Andriivka in the Donetsk region. Russian troops "
        "attacked along the Pokrovsk front. Two civilians were killed in Kostiantynivka. "
        "Olena Zelenska spoke at the Kyiv Security Forum."
    )
    found = {m.text: m for m in find_places(gz, text)}
    andriivka = found["Andriivka"]
    assert andriivka.query == "Andriivka, Donetsk region"
    assert andriivka.resolution.best is not None
    assert andriivka.resolution.best.entry.oblast == "UA-14"
    assert found["Donetsk region"].resolution.best.entry.category == "O"  # type: ignore[union-attr]
    # the city, not the village Костянтинівка of Pokrovsk raion that context could pick
    assert found["Kostiantynivka"].resolution.best.entry.code == "UA14120070010085843"  # type: ignore[union-attr]
    assert "Zelenska" not in found  # a hromada's adjective, no level word beside it
    assert "Kyiv" not in found  # a forum's name


def test_a_village_s_ending_marks_it_and_its_list_and_a_speaker_is_a_person(
    gz: Gazetteer,
) -> None:
    found = codes(gz, "Drones struck Khomivka and Danylky overnight. Volodymyr said so.")
    # -ivka is an ending only places have; Danylky shares it by standing in its list
    assert {"Khomivka", "Danylky"} <= set(found) and "Volodymyr" not in found
    assert codes(gz, "Kyiv said talks would go on.") == {"Kyiv": CITIES["Kyiv"]}
    # a surname-like word after a verb, with no place ending and nothing beside it, is not read
    assert codes(gz, "Reporters met Shevchenko yesterday.") == {}


def test_a_plural_level_word_makes_oblasts_of_a_list_and_english_endings_are_cut(
    gz: Gazetteer,
) -> None:
    found = codes(gz, "Zelensky visited Kherson, Mykolaiv and Odesa oblasts.")
    assert found == {
        "Kherson": "UA65000000000030969",
        "Mykolaiv": "UA48000000000039575",
        "Odesa oblasts": "UA51000000000030770",
    }
    assert codes(gz, "Kharkiv-based volunteers reached Kherson's outskirts.") == {
        "Kharkiv": CITIES["Kharkiv"],
        "Kherson": "UA65100150010064384",
    }


def test_a_regions_name_in_the_text_is_its_oblast(gz: Gazetteer) -> None:
    # Донеччина, as Ukrainian news names Donetsk oblast (declined: на Донеччині)
    assert codes_in_order(gz, "На Донеччині тривають бої, а в Закарпатті спокійно.") == [
        "UA14000000000091971",
        "UA21000000000011690",
    ]


def test_a_regions_name_after_a_verb_is_its_oblast(gz: Gazetteer) -> None:
    # no preposition stands before it, but no person is called Сумщина
    assert codes_in_order(gz, "Ворог атакував Сумщину, Херсонщини торкнулися удари.") == [
        "UA59000000000057109",
        "UA65000000000030969",
    ]


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Уламки впали в Марганці.", "UA12080010010085669"),  # Марганець, locative
        ("Поблизу Марганця тихо.", "UA12080010010085669"),  # genitive
        ("Бої під Кременцем.", "UA61020070010067494"),  # Кременець, instrumental
    ],
)
def test_a_town_in_ets_is_read_declined(gz: Gazetteer, text: str, code: str) -> None:
    found = find_places(gz, text)
    assert [m.resolution.best.entry.code for m in found if m.resolution.best] == [code]


@pytest.mark.parametrize(
    "text",
    [
        "Бої біля Кремінної Луганської області.",  # a name that is an adjective, genitive
        "У Кремінній тихо.",
        "Бои за Кременную Луганской области.",  # Russian, accusative
    ],
)
def test_a_name_that_is_an_adjective_is_read_declined(gz: Gazetteer, text: str) -> None:
    found = find_places(gz, text)
    assert [m.resolution.best.entry.code for m in found if m.resolution.best][:1] == [
        "UA44120030010038707"  # Кремінна
    ]


def test_an_occupation_name_after_a_place_is_its_oblast(gz: Gazetteer) -> None:
    # a Russian report: the oblast named as the occupation authorities name it
    found = find_places(gz, "Атаки отражены у Кременной Луганской Народной Республики.")
    best = [m.resolution.best for m in found if m.resolution.best]
    assert [(b.entry.code, b.entry.oblast) for b in best] == [("UA44120030010038707", "UA-09")]


def test_a_direction_in_the_text_is_its_town_and_lends_its_raion(gz: Gazetteer) -> None:
    # the General Staff's wording; Новоолександрівка is one of 42 villages so called, three
    # of them in Pokrovsk raion: the one of Pokrovsk's own hromada (UA14160210190077247)
    text = (
        "На Покровському напрямку ворог атакував поблизу Мирнограда та Новоолександрівки. "
        "На Часовоярському напрямку бої тривали."  # an adjective no place bears as a name
    )
    found = {m.text: m.resolution for m in find_places(gz, text)}
    assert found["Покровському"].best.entry.code == "UA14160210010099403"  # type: ignore[union-attr]
    assert found["Новоолександрівки"].best.entry.code == "UA14160210190077247"  # type: ignore[union-attr]
    assert found["Часовоярському"].best.entry.code == "UA14020130010015598"  # type: ignore[union-attr]


def test_names_in_one_sentence_are_read_together_first(gz: Gazetteer) -> None:
    text = (
        "Russian forces shelled Kherson and the villages of Bilozerka and Antonivka overnight. "
        "In the Donetsk region, fighting continued near Pokrovsk, Myrnohrad and Toretsk."
    )
    found = codes(gz, text)
    assert found["Antonivka"] == "UA65100150020050619"  # beside Kherson, not near Pokrovsk
    assert found["Bilozerka"] == "UA65100010010090594"
    assert found["Pokrovsk"] == "UA14160210010099403"


def test_villages_of_one_raion_named_together_are_places_without_a_cue(gz: Gazetteer) -> None:
    # three villages of Kamin-Kashyrskyi raion (Volyn oblast), in a list after a verb
    text = "Russian forces shelled Okonsk, Huta-Kaminska and Huta-Borovenska overnight."
    assert codes(gz, text) == {
        "Okonsk": "UA07040050260029782",
        "Huta-Kaminska": "UA07040010170017651",
        "Huta-Borovenska": "UA07040010160071336",
    }
    # one such village beside a person's name is no proof, nor is a speaker beside a village
    assert codes(gz, "Police said Okonsk was calm.") == {}
    assert "Nadia" not in codes(gz, "Nadia said power was restored in Svitlenke.")


def test_a_name_of_a_list_whose_other_names_are_places_is_one(gz: Gazetteer) -> None:
    text = "На Херсонщині під обстріл потрапили Білозерка, Дніпряни та Корсунка."
    found = codes(gz, text)
    # Білозерка is also a town of Sumy oblast: the group puts Kherson oblast's first
    assert found["Білозерка"] == "UA65100010010090594"
    assert {"Дніпряни", "Корсунка"} <= found.keys()
    # but a list of people is not made places by a place beside them
    assert "Ivan" not in codes(gz, "Ivan, Sofia and Maria left Kherson.")


def test_a_russian_round_up_is_read_sentence_by_sentence(gz: Gazetteer) -> None:
    text = (
        "ВС РФ нанесли удары по Покровску, Мирнограду и Дружковке. В Запорожской области под "
        "обстрел попали Орехов, Гуляйполе и Степногорск. В Харьковской области атакованы "
        "Купянск-Узловой и Боровая."
    )
    found = codes(gz, text)
    assert found["Дружковке"] == "UA14120030010055241"  # Дружковка: по Дружковке
    # the oblast of the next sentence is not the unit of this one's last name
    assert found["Орехов"] == "UA23100170010023304"
    assert found["Степногорск"] == "UA23040210010095541"
    # names in a sentence that names their oblast are places
    assert found["Купянск-Узловой"] == "UA63080090030044417"
    assert found["Боровая"] == "UA63040050010023832"


def test_a_river_after_the_is_not_its_city(gz: Gazetteer) -> None:
    text = "Fighting continued in Krynky on the left bank of the Dnipro. Drones struck Dnipro."
    found = [(m.start, m.text) for m in find_places(gz, text)]
    assert found == [(22, "Krynky"), (text.rindex("Dnipro"), "Dnipro")]  # the city, once


def test_a_river_on_whose_bank_a_story_stands_is_no_city(gz: Gazetteer) -> None:
    text = "Бої тривають на лівому березі Дніпра біля Кринок. Ворог обстріляв Дніпро."
    found = {
        m.text: m.resolution.best.entry.code for m in find_places(gz, text) if m.resolution.best
    }
    assert found == {"Кринок": "UA65100110040070147", "Дніпро": "UA12020010010037010"}


def test_a_name_borne_today_is_not_given_to_a_place_only_called_so_abroad(gz: Gazetteer) -> None:
    # GeoNames calls the village Анталовці 'Антонівка' too; the story's Антонівка is one of
    # the many villages that bear the name, whichever the group leans to
    found = [m for m in find_places(gz, "ЗСУ звільнили Антонівку та Андріївку.")]
    assert [m.resolution.best.entry.name_uk for m in found if m.resolution.best] == [
        "Антонівка",
        "Андріївка",
    ]


def test_an_agglomeration_in_text_is_its_first_town_unsure(gz: Gazetteer) -> None:
    text = "Russian forces pressed on the Pokrovsk-Myrnohrad agglomeration."
    (mention,) = find_places(gz, text)
    assert mention.text == "Pokrovsk-Myrnohrad"
    assert mention.resolution.status == "ambiguous"
    assert mention.resolution.best is not None
    assert mention.resolution.best.entry.code == "UA14160210010099403"


def test_an_oblast_before_a_hromada_is_the_oblast_and_hromadas_make_a_list(
    gz: Gazetteer,
) -> None:
    # as humanitarian reports write: the oblast, then the hromada, then its villages
    text = (
        "In Kharkivska oblast, Kupianska hromada, shelling damaged houses in Kivsharivka. "
        "Evacuations continued from Pokrovska and Myrnohradska hromadas in Donetska oblast."
    )
    mentions = find_places(gz, text)
    found = {m.text: m.resolution.best.entry.code for m in mentions if m.resolution.best}
    assert found["Kharkivska oblast"] == "UA63000000000041885"  # not Kupianska hromada
    assert found["Kupianska hromada"] == "UA63080090000067457"
    assert found["Pokrovska"] == "UA14160210000011148"  # the list's level word is its own
    assert found["Myrnohradska hromadas"] == "UA14160150000038750"


def test_a_hromada_in_a_russian_report(gz: Gazetteer) -> None:
    assert codes_in_order(gz, "В Харьковской области, в Купянской громаде, повреждены дома.") == [
        "UA63000000000041885",
        "UA63080090000067457",
    ]


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ("The Dnipropetrovsk governor said two people were hurt.", "Dnipropetrovsk governor"),
        ("Kharkiv governor Oleh Syniehubov reported shelling.", "Kharkiv governor"),
        ("Голова Харківської ОВА Олег Синєгубов повідомив про обстріл.", "Харківської ОВА"),
        ("Начальник Запорізької ОВА Іван Федоров.", "Запорізької ОВА"),
        ("Kherson Oblast Governor Oleksandr Prokudin said", "Kherson Oblast"),
        ("Херсонська ОДА повідомила.", "Херсонська ОДА"),
    ],
)
def test_an_oblast_named_by_its_administration_or_governor(
    gz: Gazetteer, text: str, mention: str
) -> None:
    # the oblast, not its centre (Dnipropetrovsk: Dnipro's old name; the speech verb after
    # the governor is no sign of a person's name), and no person's name glued on
    found = find_places(gz, text)
    assert [m.text for m in found] == [mention]
    assert found[0].resolution.status == "matched"
    assert found[0].resolution.best.entry.category == "O"  # type: ignore[union-attr]


def test_an_acronym_is_a_level_in_capitals_only(gz: Gazetteer) -> None:
    # 'ova Hurynivka' is Nova Hurynivka with its first letter lost, not Hurynivka of an OVA
    found = gz.resolve("ova Hurynivka", oblast="UA74")
    assert found.best is not None and found.best.entry.code == "UA74020010330093595"
    assert gz.hint_oblasts("Харківська ОВА") == ("UA-63",)


def test_a_regional_centre_is_the_city(gz: Gazetteer) -> None:
    found = find_places(gz, "Russian troops shelled the Kharkiv regional centre overnight.")
    assert [(m.text, m.resolution.best.entry.category) for m in found] == [("Kharkiv", "M")]  # type: ignore[union-attr]
