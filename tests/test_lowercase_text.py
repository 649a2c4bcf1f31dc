"""Place names in running text written in small letters (chats, posts, notes): a city's or a
region's name after a preposition of place, or listed after one, is read; a common word
that a city's name is too, a village's name, or a name with no place word before it is not.

Codes are KATOTTG's (data/katottg.tsv): the cities Харків UA63120270010096107, Суми
UA59080270010036634, Полтава UA53080370010073240, Одеса UA51100270010076757, Київ
UA80000000000093317, Дніпро UA12020010010037010, Донецьк UA14080030010048113, Краматорськ
UA14120090010038661, Слов’янськ UA14120210010032554, Покровськ UA14160210010099403, Херсон
UA65100150010064384, Запоріжжя UA23060070010069526, Кривий Ріг UA12060170010065850, Бахмут
UA14020010010059145, Чорнобиль UA32000000020050699, Березань UA32060030010087257, Часів Яр
UA14020130010015598, Куп’янськ UA63080090010026457, Кам’янець-Подільський
UA68020110010097898; the oblasts Харківська UA63000000000041885, Донецька
UA14000000000091971, Херсонська UA65000000000030969.
"""

from __future__ import annotations

import pytest

from gazetteer import Gazetteer, find_places

KHARKIV, SUMY, POLTAVA = "UA63120270010096107", "UA59080270010036634", "UA53080370010073240"
ODESA, KYIV = "UA51100270010076757", "UA80000000000093317"
KHARKIVSKA, DONETSKA = "UA63000000000041885", "UA14000000000091971"
DNIPRO, DONETSK, KRAMATORSK = "UA12020010010037010", "UA14080030010048113", "UA14120090010038661"
SLOVIANSK, POKROVSK, KHERSON = "UA14120210010032554", "UA14160210010099403", "UA65100150010064384"
ZAPORIZHZHIA, KRYVYI_RIH = "UA23060070010069526", "UA12060170010065850"
BAKHMUT, KHERSONSKA = "UA14020010010059145", "UA65000000000030969"
CHORNOBYL, BEREZAN = "UA32000000020050699", "UA32060030010087257"
CHASIV_YAR, KUPIANSK = "UA14020130010015598", "UA63080090010026457"
KAMIANETS = "UA68020110010097898"


def read(text: str) -> list[tuple[str, str]]:
    found = find_places(Gazetteer.default(), text)
    return [(m.text, m.resolution.best.entry.code) for m in found if m.resolution.best]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("вибухи в харкові та у сумах", [("харкові", KHARKIV), ("сумах", SUMY)]),
        ("обстріл харькова и белгорода", [("харькова", KHARKIV)]),  # (Belgorod is abroad)
        ("explosions in kharkiv and sumy", [("kharkiv", KHARKIV), ("sumy", SUMY)]),
        (
            "вибухи в харкові, сумах і полтаві",
            [("харкові", KHARKIV), ("сумах", SUMY), ("полтаві", POLTAVA)],
        ),
        ("пишу з одеси", [("одеси", ODESA)]),
        ("we moved to kiev", [("kiev", KYIV)]),
        ("на харківщині та донеччині", [("харківщині", KHARKIVSKA), ("донеччині", DONETSKA)]),
        ("у харківській області", [("харківській області", KHARKIVSKA)]),
        ("в донецьку область", [("донецьку область", DONETSKA)]),  # the oblast, not the city
        ("вибухи в донецьку", [("донецьку", DONETSK)]),
        ("ворог обстріляв краматорськ", [("краматорськ", KRAMATORSK)]),  # a war verb's object
        ("the mayor of dnipro visited", [("dnipro", DNIPRO)]),
        ("в харькове, кроме выходных", [("харькове", KHARKIV)]),  # кроме: no Крым
    ],
)
def test_a_citys_or_regions_name_after_a_place_word_is_read(text: str, expected: list) -> None:
    assert read(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "сума платежу",  # сума, an amount: not Суми
        "у сумах до 100 грн",  # amounts, and no city listed before them
        "в мирне небо",  # Мирне: villages, and a plain word
        "купив ізюм",  # raisins
        "в ізюмі",  # Ізюм is raisins too: read in capitals only
        "у щасті",  # happiness (Щастя)
        "харків і суми",  # no place word before them
        "над дніпром літають чайки",  # the river
        "в самаре жара",  # Самара is Russia's; Самар (Dnipropetrovsk oblast) is not read so
        "in human rights",  # Umań in some table's spelling
        "according to volodymyr melnyk",  # a person: Володимир is a city's name too
        "в первомайському районі",  # an adjective's shape
        "перекласти в українську мову",  # Українськ: into Ukrainian
        "в донецком аэропорту",  # an adjective before its noun
        "в поділі на групи",  # division: no Поділля
        "в алмазну їдальню",  # Алмазна, diamond: an adjective's shape
    ],
)
def test_a_common_word_or_an_uncued_name_in_small_letters_is_no_place(text: str) -> None:
    assert read(text) == []


def test_a_name_capitalised_elsewhere_in_the_sentence_keeps_its_writers_cases() -> None:
    # who capitalises Харкові has said which words are names: сумах stays a word
    assert read("Вибухи в Харкові та у сумах") == [("Харкові", KHARKIV)]
    # a sentence's first capital is no name's
    assert read("Вибухи в харкові") == [("харкові", KHARKIV)]


def test_the_offsets_are_the_texts_own() -> None:
    text = "ніч була гучна: вибухи у харкові."
    (mention,) = find_places(Gazetteer.default(), text)
    assert text[mention.start : mention.end] == "харкові" == mention.text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a city's -ськ form before an adverb or a verb: no adjective's noun follows it
        ("вибухи в краматорську вночі", [("краматорську", KRAMATORSK)]),
        ("вибухи в краматорську знову", [("краматорську", KRAMATORSK)]),
        ("обстріл краматорська вранці", [("краматорська", KRAMATORSK)]),
        ("в слов'янську були вибухи", [("слов'янську", SLOVIANSK)]),
        ("у краматорську пролунав вибух", [("краматорську", KRAMATORSK)]),
        ("в покровську ситуація напружена", [("покровську", POKROVSK)]),
        (
            "вибухи у слов'янську та краматорську вночі",
            [("слов'янську", SLOVIANSK), ("краматорську", KRAMATORSK)],
        ),
        ("под краматорском ночью слышны взрывы", [("краматорском", KRAMATORSK)]),
        ("взрывы в каменце-подольском", [("каменце-подольском", KAMIANETS)]),
        ("обстрел славянска ночью", [("славянска", SLOVIANSK)]),
        # по after a strike's word, on after an attack's
        ("удар по слов'янську сьогодні", [("слов'янську", SLOVIANSK)]),
        ("прилёт по харькову", [("харькову", KHARKIV)]),
        ("прилет по краматорску", [("краматорску", KRAMATORSK)]),
        ("удари по запоріжжю", [("запоріжжю", ZAPORIZHZHIA)]),
        ("ракетний удар по кривому рогу", [("кривому рогу", KRYVYI_RIH)]),
        ("strikes on odesa port", [("odesa", ODESA)]),
        ("russian strikes on kharkiv", [("kharkiv", KHARKIV)]),
        ("drone strike on kyiv", [("kyiv", KYIV)]),
        ("russian troops advance on pokrovsk", [("pokrovsk", POKROVSK)]),
        ("атака на київ", [("київ", KYIV)]),
        ("наступ на харків", [("харків", KHARKIV)]),
        # a visit's object
        ("mayor bohdan kovalenko visited berezan", [("berezan", BEREZAN)]),
        ("прем'єр відвідав харків", [("харків", KHARKIV)]),
        ("президент посетил херсон", [("херсон", KHERSON)]),
        # a verb's objects listed after a village, which is not read in small letters
        ("drones struck chernihivka and chornobyl overnight", [("chornobyl", CHORNOBYL)]),
        ("обстріляли мирне та краматорськ", [("краматорськ", KRAMATORSK)]),
        # near it (в районі), towards it (к), for it (для), over it
        ("в районі бахмута тривають бої", [("бахмута", BAKHMUT)]),
        ("бои в районе часов яра", [("часов яра", CHASIV_YAR)]),
        ("на подступах к покровску", [("покровску", POKROVSK)]),
        ("загроза балістики для харкова", [("харкова", KHARKIV)]),
        ("shahed drones over odesa", [("odesa", ODESA)]),
        ("біля куп'янська точаться бої", [("куп'янська", KUPIANSK)]),  # a reflexive verb
        # a war verb's object is no river
        ("обстріляли дніпро вночі", [("дніпро", DNIPRO)]),
        # as read before
        ("shelling of kramatorsk overnight", [("kramatorsk", KRAMATORSK)]),
        ("drone attack near kherson", [("kherson", KHERSON)]),
        ("in kherson region", [("kherson region", KHERSONSKA)]),
        (
            "взрывы в харькове, сумах и полтаве",
            [("харькове", KHARKIV), ("сумах", SUMY), ("полтаве", POLTAVA)],
        ),
        ("под бахмутом", [("бахмутом", BAKHMUT)]),
        ("жители херсона без света", [("херсона", KHERSON)]),
        ("в херсонську область", [("херсонську область", KHERSONSKA)]),
    ],
)
def test_a_telegram_lines_city_in_small_letters_is_read(text: str, expected: list) -> None:
    assert read(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "у херсонську лікарню",  # an adjective and its noun (-у: a feminine accusative)
        "в покровську громаду",
        "в донецьку мову",
        "в донецком аэропорту",
        "удар по сумі",  # сума, an amount
        "з дніпра вибирають рибу",  # the river: no war verb before it
        "attack on hope",  # an English word
        "on kharkiv",  # on alone, no attack's word before it
        "в ізюмі знайшли поховання",  # raisins too: read in capitals only
        "в селі та сумах",  # amounts: a common word, listed after no city
        "he left volodymyr alone",  # a person
        "visited human rights groups",
        "ракета летить на лиман",  # an estuary: a common word after a course's verb
        "the left bank of dnipro",  # the river's bank
        "drones flew over dnipro",  # over the river as well
        "к счастью",  # fortunately (Щастя)
        "в луганском районе",  # an adjective and its noun, a place word too
        "в донецьку сторону",  # towards Donetsk's side: an adjective
        "в донецком",  # в with -ском: an adjective's locative (the city's is в донецке)
        "в районі сум",  # amounts
    ],
)
def test_an_adjective_or_an_uncued_word_in_small_letters_stays_no_place(text: str) -> None:
    assert read(text) == []
